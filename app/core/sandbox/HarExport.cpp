#include "sandbox/HarExport.h"

#include "http/HttpParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

// What could be read from one side's raw bytes: the complete message, or at least its head.
std::optional<HttpMessage> readMessage(const QByteArray &raw, HttpParser::Type type, const QByteArray &method = {})
{
    HttpParser parser(type);
    if (type == HttpParser::Type::Response)
        parser.setRequestMethod(method);
    if (parser.feed(raw) && type == HttpParser::Type::Response)
        parser.finish();
    // A response may start with interim answers (100 Continue); the final one is last.
    const QList<HttpMessage> messages = parser.takeMessages();
    if (!messages.isEmpty())
        return messages.last();
    if (parser.headersComplete())
        return parser.currentMessage();
    return std::nullopt;
}

QJsonArray headerArray(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonObject{{u"name"_s, QString::fromLatin1(name)}, {u"value"_s, QString::fromLatin1(value)}});
    return array;
}

qint64 headerSize(const QByteArray &raw)
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    return end < 0 ? -1 : end + 4;
}

QString httpVersion(const HttpMessage &message)
{
    return u"HTTP/%1.%2"_s.arg(message.versionMajor).arg(message.versionMinor);
}

QJsonObject requestObject(const HttpExchange &exchange, const std::optional<HttpMessage> &request)
{
    const QByteArray method = request ? request->method : exchange.method;
    const QByteArray target = request ? request->target : exchange.target;
    QString url;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        url = QString::fromLatin1(target);
    } else {
        const QByteArray host = request ? request->header("Host") : QByteArray();
        url =
            (host.isEmpty() ? exchange.origin : u"http://"_s + QString::fromLatin1(host)) + QString::fromLatin1(target);
    }
    QJsonArray query;
    const QUrl parsed(url);
    for (const auto &[name, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded))
        query.append(QJsonObject{{u"name"_s, name}, {u"value"_s, value}});

    QJsonObject object{{u"method"_s, QString::fromLatin1(method)},
                       {u"url"_s, url},
                       {u"httpVersion"_s, request ? httpVersion(*request) : u"HTTP/1.1"_s},
                       {u"cookies"_s, QJsonArray()},
                       {u"headers"_s, request ? headerArray(request->headers) : QJsonArray()},
                       {u"queryString"_s, query},
                       {u"headersSize"_s, headerSize(exchange.rawRequest)},
                       {u"bodySize"_s, request ? qint64(request->body.size()) : qint64(-1)}};
    if (request && !request->body.isEmpty()) {
        const QByteArray type = request->header("Content-Type");
        QJsonObject postData{{u"mimeType"_s, QString::fromLatin1(type.isEmpty() ? "application/octet-stream" : type)},
                             {u"params"_s, QJsonArray()}};
        postData.insert(u"text"_s, request->body.isValidUtf8() ? QString::fromUtf8(request->body)
                                                               : QString::fromLatin1(request->body.toBase64()));
        if (!request->body.isValidUtf8())
            postData.insert(u"comment"_s, u"body is base64: not valid UTF-8"_s);
        object.insert(u"postData"_s, postData);
    }
    return object;
}

QJsonObject responseObject(const HttpExchange &exchange, const std::optional<HttpMessage> &response)
{
    const int status = response ? response->status : exchange.status;
    QJsonObject content{{u"size"_s, response ? qint64(response->body.size()) : qint64(0)},
                        {u"mimeType"_s, response ? QString::fromLatin1(response->header("Content-Type")) : QString()}};
    if (response && !response->body.isEmpty()) {
        if (response->body.isValidUtf8()) {
            content.insert(u"text"_s, QString::fromUtf8(response->body));
        } else {
            content.insert(u"text"_s, QString::fromLatin1(response->body.toBase64()));
            content.insert(u"encoding"_s, u"base64"_s);
        }
    }
    return {{u"status"_s, status},
            {u"statusText"_s, response ? QString::fromLatin1(response->reason) : QString()},
            {u"httpVersion"_s, response ? httpVersion(*response) : u"HTTP/1.1"_s},
            {u"cookies"_s, QJsonArray()},
            {u"headers"_s, response ? headerArray(response->headers) : QJsonArray()},
            {u"content"_s, content},
            {u"redirectURL"_s, response ? QString::fromLatin1(response->header("Location")) : QString()},
            {u"headersSize"_s, headerSize(exchange.rawResponse)},
            {u"bodySize"_s, response ? qint64(response->body.size()) : qint64(-1)}};
}

QJsonObject entryObject(const HttpExchange &exchange)
{
    const auto request = readMessage(exchange.rawRequest, HttpParser::Type::Request);
    const auto response =
        readMessage(exchange.rawResponse, HttpParser::Type::Response, request ? request->method : exchange.method);
    const qint64 time = exchange.started.isValid() && exchange.finished.isValid()
                            ? qMax<qint64>(0, exchange.started.msecsTo(exchange.finished))
                            : 0;
    QStringList comments;
    if (!exchange.parseError.isEmpty())
        comments.append(exchange.parseError);
    if (exchange.requestTruncated)
        comments.append(u"request truncated in the log (%1 bytes received)"_s.arg(exchange.requestBytes));
    if (exchange.responseTruncated)
        comments.append(u"response truncated in the log (%1 bytes sent)"_s.arg(exchange.responseBytes));
    if (exchange.responseIncomplete)
        comments.append(
            u"response not fully sent: the client went after %1 of %2 bytes"_s.arg(exchange.responseBytesSent)
                .arg(exchange.responseBytes));
    QJsonObject entry{{u"startedDateTime"_s, exchange.started.toUTC().toString(Qt::ISODateWithMs)},
                      {u"time"_s, time},
                      {u"request"_s, requestObject(exchange, request)},
                      {u"response"_s, responseObject(exchange, response)},
                      {u"cache"_s, QJsonObject()},
                      {u"timings"_s, QJsonObject{{u"blocked"_s, -1},
                                                 {u"dns"_s, -1},
                                                 {u"connect"_s, -1},
                                                 {u"send"_s, 0},
                                                 {u"wait"_s, time},
                                                 {u"receive"_s, 0},
                                                 {u"ssl"_s, -1}}},
                      {u"connection"_s, QString::number(exchange.connectionId)}};
    if (!comments.isEmpty())
        entry.insert(u"comment"_s, comments.join(u"; "_s));
    return entry;
}

} // namespace

QJsonObject harDocument(const QList<HttpExchange> &exchanges)
{
    QJsonArray entries;
    for (const HttpExchange &exchange : exchanges)
        entries.append(entryObject(exchange));
    const QJsonObject log{
        {u"version"_s, u"1.2"_s},
        {u"creator"_s, QJsonObject{{u"name"_s, u"StatusDeck"_s}, {u"version"_s, QStringLiteral(STATUSDECK_VERSION)}}},
        {u"pages"_s, QJsonArray()},
        {u"entries"_s, entries}};
    return {{u"log"_s, log}};
}

bool writeAll(QIODevice &device, const QByteArray &bytes, QString *error)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 written = device.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0) {
            if (error)
                *error = device.errorString();
            return false;
        }
        done += written;
    }
    return true;
}

bool writeHar(const QString &path, const QList<HttpExchange> &exchanges, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // Every step is checked: Qt 6.4 lets commit() succeed after a short write (a full
    // disk), which would replace a good file with a cut one.
    QString why;
    if (!writeAll(file, QJsonDocument(harDocument(exchanges)).toJson(QJsonDocument::Indented), &why) || !file.flush()) {
        if (why.isEmpty())
            why = file.errorString();
        file.cancelWriting(); // the temporary file is discarded; the old one stays as it was
        if (error)
            *error = why;
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace statusdeck
