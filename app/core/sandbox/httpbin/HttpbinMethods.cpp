// httpbin's request inspection: /get, /post, /put, /patch, /delete, /anything, /headers,
// /ip, /user-agent, /uuid, /delay/{s}, /response-headers.

#include "http/Limits.h"
#include "sandbox/httpbin/HttpbinHandlers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace statusdeck::httpbin {

HttpResponse getRoute(const Request &request, Services &)
{
    return jsonResponse(200, getDict(request, {Key::Url, Key::Args, Key::Headers, Key::Origin}));
}

HttpResponse bodyMethodRoute(const Request &request, Services &)
{
    return jsonResponse(200, getDict(request, {Key::Url, Key::Args, Key::Form, Key::Data, Key::Origin, Key::Headers,
                                               Key::Files, Key::Json}));
}

HttpResponse anythingRoute(const Request &request, Services &)
{
    return anythingAnswer(request);
}

HttpResponse anythingAnswer(const Request &request)
{
    const HttpMessage &message = request.message;
    QJsonObject object = getDict(request, {Key::Url, Key::Args, Key::Headers, Key::Origin, Key::Method, Key::Form,
                                           Key::Data, Key::Files, Key::Json});
    // What httpbin does not show: the exact request, for the lab and for debugging clients.
    QJsonArray rawHeaders;
    for (const auto &[name, value] : message.headers)
        rawHeaders.append(QJsonArray{QString::fromLatin1(name), utf8(value).value_or(QString::fromLatin1(value))});
    const std::optional<QString> text = utf8(message.body);
    const bool binary = !text;
    object.insert(u"raw_headers"_s, rawHeaders);
    object.insert(u"target"_s, QString::fromLatin1(message.target));
    object.insert(u"path"_s, request.path);
    object.insert(u"query"_s, semiflatten(request.args));
    object.insert(u"body"_s, binary ? QString::fromLatin1(message.body.toBase64()) : *text);
    object.insert(u"body_base64"_s, binary);
    object.insert(u"body_length"_s, qint64(message.body.size()));
    object.insert(u"http_version"_s, u"%1.%2"_s.arg(message.versionMajor).arg(message.versionMinor));
    object.insert(u"connection_id"_s, qint64(request.context.connectionId));
    object.insert(u"hop"_s, qMax(0, request.arg(u"hop"_s).toInt()));
    return jsonResponse(200, object);
}

HttpResponse headersRoute(const Request &request, Services &)
{
    return jsonResponse(200, getDict(request, {Key::Headers}));
}

HttpResponse ipRoute(const Request &request, Services &)
{
    return jsonResponse(200, getDict(request, {Key::Origin}));
}

HttpResponse userAgentRoute(const Request &request, Services &)
{
    return jsonResponse(200, {{u"user-agent"_s, QString::fromUtf8(request.header("User-Agent"))}});
}

HttpResponse uuidRoute(const Request &, Services &)
{
    return jsonResponse(200, {{u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

HttpResponse delayRoute(const Request &request, Services &)
{
    bool ok = false;
    const double seconds = request.segments.at(2).toDouble(&ok);
    if (!ok || seconds < 0 || !std::isfinite(seconds))
        return textResponse(400, "/delay/{seconds} takes a number of seconds (at most 10), not '" +
                                     request.segments.at(2).toUtf8() + "'.\n");
    HttpResponse response = jsonResponse(
        200, getDict(request, {Key::Url, Key::Args, Key::Form, Key::Data, Key::Origin, Key::Headers, Key::Files}));
    // The connection holds the answer back on its clock; the server thread is not blocked.
    response.delayMs = qMin<qint64>(qint64(seconds * 1000), 10 * 1000);
    return response;
}

HttpResponse responseHeadersRoute(const Request &request, Services &)
{
    // The body lists the answer's own headers, Content-Length included, so it is built
    // until its length no longer changes (as httpbin does).
    QJsonObject extra = semiflatten(request.args);
    HttpResponse response;
    response.status = 200;
    for (const auto &[key, value] : request.args)
        response.headers.append({key.toUtf8(), value.toUtf8()});
    headers::set(response.headers, "Content-Type",
                 request.hasArg(u"Content-Type"_s) ? request.arg(u"Content-Type"_s).toUtf8() : "application/json");
    QByteArray body;
    for (int round = 0; round < 5; ++round) {
        QJsonObject object = extra;
        object.insert(u"Content-Type"_s, QString::fromUtf8(response.header("Content-Type")));
        object.insert(u"Content-Length"_s, QString::number(body.size()));
        const QByteArray next = QJsonDocument(object).toJson(QJsonDocument::Indented);
        if (next == body)
            break;
        body = next;
    }
    response.body = body;
    return response;
}

} // namespace statusdeck::httpbin
