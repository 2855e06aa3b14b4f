#include "sandbox/HarExport.h"

#include "http/HttpParser.h"

#include <QJsonArray>
#include <QJsonDocument>
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

// Cookie: a=1; b=2 (RFC 6265, section 4.2.1), every Cookie field of the request.
QJsonArray requestCookies(const HttpMessage &request)
{
    QJsonArray cookies;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &pair : value.split(';')) {
            const QByteArray trimmed = pair.trimmed();
            const qsizetype eq = trimmed.indexOf('=');
            if (trimmed.isEmpty() || eq <= 0)
                continue;
            cookies.append(QJsonObject{{u"name"_s, QString::fromLatin1(trimmed.left(eq).trimmed())},
                                       {u"value"_s, QString::fromLatin1(trimmed.mid(eq + 1).trimmed())}});
        }
    }
    return cookies;
}

// Set-Cookie: name=value; Path=/; HttpOnly (RFC 6265, section 4.1), one cookie per field.
QJsonArray responseCookies(const HttpMessage &response)
{
    QJsonArray cookies;
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Set-Cookie", Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> parts = value.split(';');
        const QByteArray pair = parts.value(0).trimmed();
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0)
            continue;
        QJsonObject cookie{{u"name"_s, QString::fromLatin1(pair.left(eq).trimmed())},
                           {u"value"_s, QString::fromLatin1(pair.mid(eq + 1).trimmed())}};
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray attribute = parts.at(i).trimmed();
            const qsizetype aeq = attribute.indexOf('=');
            const QByteArray key = (aeq < 0 ? attribute : attribute.left(aeq)).trimmed().toLower();
            const QString attributeValue = aeq < 0 ? QString() : QString::fromLatin1(attribute.mid(aeq + 1).trimmed());
            if (key == "path")
                cookie.insert(u"path"_s, attributeValue);
            else if (key == "domain")
                cookie.insert(u"domain"_s, attributeValue);
            else if (key == "httponly")
                cookie.insert(u"httpOnly"_s, true);
            else if (key == "secure")
                cookie.insert(u"secure"_s, true);
            else if (key == "expires") {
                const QDateTime expires = QDateTime::fromString(attributeValue, Qt::RFC2822Date);
                if (expires.isValid())
                    cookie.insert(u"expires"_s, expires.toUTC().toString(Qt::ISODateWithMs));
            }
        }
        cookies.append(cookie);
    }
    return cookies;
}

// postData.params: the fields of an urlencoded form, or the parts of a multipart one.
QJsonArray formParams(const HttpMessage &request)
{
    QJsonArray params;
    const QByteArray type = request.header("Content-Type");
    const QByteArray mime = type.split(';').value(0).trimmed().toLower();
    if (mime == "application/x-www-form-urlencoded") {
        QByteArray body = request.body;
        body.replace('+', ' '); // a form's space (HTML, application/x-www-form-urlencoded)
        for (const auto &[name, value] : QUrlQuery(QString::fromLatin1(body)).queryItems(QUrl::FullyDecoded))
            params.append(QJsonObject{{u"name"_s, name}, {u"value"_s, value}});
        return params;
    }
    if (mime != "multipart/form-data")
        return params;
    const qsizetype at = type.toLower().indexOf("boundary=");
    if (at < 0)
        return params;
    QByteArray boundary = type.mid(at + 9);
    boundary = boundary.split(';').value(0).trimmed();
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    qsizetype from = request.body.indexOf(delimiter);
    while (from >= 0) {
        const qsizetype start = request.body.indexOf("\r\n", from);
        if (start < 0)
            break;
        const QByteArray separator = "\r\n" + delimiter;
        const qsizetype next = request.body.indexOf(separator, start);
        if (next < 0)
            break;
        const QByteArray part = request.body.mid(start + 2, next - start - 2);
        from = next + 2;
        const qsizetype headEnd = part.indexOf("\r\n\r\n");
        if (headEnd < 0)
            continue;
        QJsonObject param;
        for (const QByteArray &line : part.left(headEnd).split('\n')) {
            const QByteArray field = line.trimmed();
            if (field.toLower().startsWith("content-type:"))
                param.insert(u"contentType"_s, QString::fromLatin1(field.mid(13).trimmed()));
            if (!field.toLower().startsWith("content-disposition:"))
                continue;
            for (const QByteArray &attribute : field.split(';')) {
                const QByteArray item = attribute.trimmed();
                const auto quoted = [&](qsizetype skip) {
                    QByteArray v = item.mid(skip);
                    if (v.startsWith('"') && v.endsWith('"') && v.size() >= 2)
                        v = v.mid(1, v.size() - 2);
                    return QString::fromUtf8(v);
                };
                if (item.startsWith("name="))
                    param.insert(u"name"_s, quoted(5));
                else if (item.startsWith("filename="))
                    param.insert(u"fileName"_s, quoted(9));
            }
        }
        if (!param.contains(u"name"_s))
            continue;
        const QByteArray value = part.mid(headEnd + 4);
        param.insert(u"value"_s,
                     value.isValidUtf8() ? QString::fromUtf8(value) : QString::fromLatin1(value.toBase64()));
        params.append(param);
    }
    return params;
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
                       {u"cookies"_s, request ? requestCookies(*request) : QJsonArray()},
                       {u"headers"_s, request ? headerArray(request->headers) : QJsonArray()},
                       {u"queryString"_s, query},
                       {u"headersSize"_s, headerSize(exchange.rawRequest)},
                       {u"bodySize"_s, request ? qint64(request->body.size()) : qint64(-1)}};
    if (request && !request->body.isEmpty()) {
        const QByteArray type = request->header("Content-Type");
        QJsonObject postData{{u"mimeType"_s, QString::fromLatin1(type.isEmpty() ? "application/octet-stream" : type)},
                             {u"params"_s, formParams(*request)}};
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
            {u"cookies"_s, response ? responseCookies(*response) : QJsonArray()},
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
    // Milliseconds with a fraction: a sandbox answer takes well under one.
    const double time = exchange.elapsedNs >= 0 ? double(exchange.elapsedNs) / 1e6
                        : exchange.started.isValid() && exchange.finished.isValid()
                            ? double(qMax<qint64>(0, exchange.started.msecsTo(exchange.finished)))
                            : 0.0;
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
    if (!exchange.session.isEmpty())
        comments.append(exchange.session);
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

bool writeHar(const QString &path, const QList<HttpExchange> &exchanges, QString *error)
{
    return writeFileAtomically(path, QJsonDocument(harDocument(exchanges)).toJson(QJsonDocument::Indented), error);
}

} // namespace statusdeck
