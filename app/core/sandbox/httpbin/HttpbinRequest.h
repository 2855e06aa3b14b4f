#pragma once

// What httpbin's routes read from a request, computed once per request: the decoded path
// segments, the query in order, the form and files of a urlencoded or multipart body, and
// the JSON object httpbin builds with get_dict() (args, data, files, form, headers, json,
// method, origin, url). Pure functions over the parsed message: no sockets.

#include "http/HttpHandler.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace statusdeck::httpbin {

using Items = QList<QPair<QString, QString>>; // in arrival order

struct Request {
    explicit Request(const HttpRequestContext &context);

    const HttpRequestContext &context;
    const HttpMessage &message;
    QByteArray method;
    QString path;         // still percent-encoded, as it arrived
    QStringList segments; // path split at '/', each percent-decoded; [0] is the empty string before the first '/'
    QByteArray rawQuery;
    Items args;

    QByteArray header(const QByteArray &name) const { return message.header(name); }
    QString arg(const QString &name, const QString &fallback = {}) const; // first value, name case-insensitive
    bool hasArg(const QString &name) const;
};

// httpbin's get_dict() keys, in its order.
enum class Key { Url, Args, Form, Data, Origin, Headers, Files, Json, Method };

// The object httpbin returns for these keys.
QJsonObject getDict(const Request &request, std::initializer_list<Key> keys);

// The headers as httpbin shows them: names title-cased (the WSGI environ's spelling),
// repeated fields joined with ",".
QJsonObject headersObject(const HttpMessage &message);

// Werkzeug's semiflatten: one value is a string, several are an array.
QJsonObject semiflatten(const Items &items);

// The form fields and uploaded files of a urlencoded or multipart/form-data body.
struct FormData {
    Items fields;
    Items files;         // name, content (text, or a data: URL for binary content)
    bool parsed = false; // the body was a form (its bytes are then not httpbin's "data")
};
FormData parseForm(const HttpMessage &message);

// The text of UTF-8 bytes; nullopt when they are not UTF-8.
std::optional<QString> utf8(const QByteArray &bytes);

// The Cookie header's pairs, in order.
Items cookies(const HttpMessage &message);

// Text when the bytes are UTF-8, else an RFC 2397 data: URL with base64 (httpbin's json_safe).
QString jsonSafe(const QByteArray &bytes,
                 const QByteArray &contentType = QByteArrayLiteral("application/octet-stream"));

// "12" -> 12; signs, spaces, junk and overflow -> nullopt.
std::optional<qint64> number(const QString &text);

// A JSON answer as httpbin sends it (a trailing newline), with its Content-Type.
HttpResponse jsonResponse(int status, const QJsonObject &object);
HttpResponse textResponse(int status, const QByteArray &body, const QByteArray &contentType = "text/plain");
// A file of resources/sandbox/httpbin/ (":/sandbox/httpbin/NAME").
QByteArray resource(const QString &name);

// A redirect as Flask's redirect() makes it: 302, Location, a small HTML body.
HttpResponse flaskRedirect(const QByteArray &location, int status = 302);

// "http://HOST" for absolute URLs, from the Host header the request was addressed to.
QString base(const Request &request);

} // namespace statusdeck::httpbin
