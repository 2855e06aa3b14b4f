#include "sandbox/httpbin/HttpbinRequest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace statusdeck::httpbin {

namespace {

// Python's str.title() as the WSGI environ leaves names: a letter after a non-letter is
// upper case, the others lower ("x-b3-traceid" -> "X-B3-Traceid").
QString titleCase(const QByteArray &name)
{
    QString out = QString::fromLatin1(name);
    bool previousLetter = false;
    for (QChar &c : out) {
        const bool letter = c.isLetter();
        c = letter && !previousLetter ? c.toUpper() : c.toLower();
        previousLetter = letter;
    }
    return out;
}

bool isUtf8(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

// A parameter of a header value such as Content-Type or Content-Disposition.
QByteArray parameter(const QByteArray &value, const QByteArray &name)
{
    for (QByteArray part : value.split(';')) {
        part = part.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0 || part.left(eq).trimmed().toLower() != name)
            continue;
        QByteArray v = part.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return v;
    }
    return {};
}

Items urlencoded(const QByteArray &text)
{
    Items items;
    // '+' is a space in forms and queries alike (application/x-www-form-urlencoded).
    QByteArray encoded = text;
    encoded.replace('+', "%20");
    const QUrlQuery query(QString::fromLatin1(encoded));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        items.append({key, value});
    return items;
}

void parseMultipart(const QByteArray &body, const QByteArray &boundary, FormData *form)
{
    const QByteArray delimiter = "--" + boundary;
    qsizetype at = body.indexOf(delimiter);
    while (at >= 0) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            return;
        const qsizetype headersStart = body.indexOf("\r\n", at);
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", at);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), at);
        if (headersStart < 0 || headersEnd < 0 || next < 0 || headersEnd > next)
            return;
        QByteArray disposition;
        QByteArray contentType;
        for (const QByteArray &line : body.mid(headersStart + 2, headersEnd - headersStart - 2).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-disposition")
                disposition = line.mid(colon + 1).trimmed();
            else if (name == "content-type")
                contentType = line.mid(colon + 1).trimmed();
        }
        const QByteArray content = body.mid(headersEnd + 4, next - headersEnd - 4);
        const QString name = QString::fromUtf8(parameter(disposition, "name"));
        if (disposition.contains("filename="))
            form->files.append(
                {name, jsonSafe(content, contentType.isEmpty() ? "application/octet-stream" : contentType)});
        else
            form->fields.append({name, QString::fromUtf8(content)});
        at = next + 2;
    }
}

} // namespace

Request::Request(const HttpRequestContext &ctx)
    : context(ctx)
    , message(ctx.request)
    , method(ctx.request.method)
{
    QByteArray target = message.target;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    const qsizetype mark = target.indexOf('?');
    if (mark >= 0) {
        rawQuery = target.mid(mark + 1);
        target.truncate(mark);
    }
    path = QString::fromLatin1(target);
    for (const QByteArray &segment : target.split('/'))
        segments.append(QUrl::fromPercentEncoding(segment));
    args = urlencoded(rawQuery);
}

QString Request::arg(const QString &name, const QString &fallback) const
{
    for (const auto &[key, value] : args) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return fallback;
}

bool Request::hasArg(const QString &name) const
{
    return std::any_of(args.begin(), args.end(),
                       [&name](const auto &item) { return item.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QJsonObject semiflatten(const Items &items)
{
    QJsonObject object;
    for (const auto &[key, value] : items) {
        if (!object.contains(key)) {
            object.insert(key, value);
        } else if (object.value(key).isArray()) {
            QJsonArray values = object.value(key).toArray();
            values.append(value);
            object.insert(key, values);
        } else {
            object.insert(key, QJsonArray{object.value(key), value});
        }
    }
    return object;
}

QJsonObject headersObject(const HttpMessage &message)
{
    QJsonObject object;
    for (const auto &[name, value] : message.headers) {
        const QString key = titleCase(name);
        QString text;
        if (!isUtf8(value, &text))
            text = QString::fromLatin1(value);
        if ((key == "Content-Length"_L1 || key == "Content-Type"_L1) && text.isEmpty())
            continue;
        object.insert(key, object.contains(key) ? object.value(key).toString() + u',' + text : text);
    }
    return object;
}

FormData parseForm(const HttpMessage &message)
{
    FormData form;
    const QByteArray contentType = message.header("Content-Type");
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray mime = (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
    if (mime == "application/x-www-form-urlencoded") {
        form.parsed = true;
        form.fields = urlencoded(message.body);
    } else if (mime == "multipart/form-data") {
        form.parsed = true;
        const QByteArray boundary = parameter(contentType, "boundary");
        if (!boundary.isEmpty())
            parseMultipart(message.body, boundary, &form);
    }
    return form;
}

QString jsonSafe(const QByteArray &bytes, const QByteArray &contentType)
{
    QString text;
    if (isUtf8(bytes, &text))
        return text;
    return u"data:"_s + QString::fromLatin1(contentType) + u";base64,"_s + QString::fromLatin1(bytes.toBase64());
}

std::optional<QString> utf8(const QByteArray &bytes)
{
    QString text;
    if (!isUtf8(bytes, &text))
        return std::nullopt;
    return text;
}

Items cookies(const HttpMessage &message)
{
    Items items;
    for (const auto &[name, value] : message.headers) {
        if (!headers::sameName(name, "Cookie"))
            continue;
        for (const QByteArray &pair : value.split(';')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0)
                items.append(
                    {QString::fromUtf8(pair.left(eq).trimmed()), QString::fromUtf8(pair.mid(eq + 1).trimmed())});
        }
    }
    return items;
}

QString base(const Request &request)
{
    return u"http://"_s + QString::fromLatin1(request.header("Host"));
}

QJsonObject getDict(const Request &request, std::initializer_list<Key> keys)
{
    const HttpMessage &message = request.message;
    const FormData form = parseForm(message);
    const QByteArray data = form.parsed ? QByteArray() : message.body;
    QJsonObject out;
    for (const Key key : keys) {
        switch (key) {
        case Key::Url: {
            const bool absolute = message.target.startsWith("http://") || message.target.startsWith("https://");
            out.insert(u"url"_s, absolute ? QString::fromLatin1(message.target)
                                          : base(request) + QString::fromLatin1(message.target));
            break;
        }
        case Key::Args:
            out.insert(u"args"_s, semiflatten(request.args));
            break;
        case Key::Form:
            out.insert(u"form"_s, semiflatten(form.fields));
            break;
        case Key::Data:
            out.insert(u"data"_s, jsonSafe(data));
            break;
        case Key::Origin: {
            const QByteArray forwarded = message.header("X-Forwarded-For");
            out.insert(u"origin"_s,
                       forwarded.isEmpty() ? request.context.peerAddress.toString() : QString::fromLatin1(forwarded));
            break;
        }
        case Key::Headers:
            out.insert(u"headers"_s, headersObject(message));
            break;
        case Key::Files:
            out.insert(u"files"_s, semiflatten(form.files));
            break;
        case Key::Json: {
            // Any JSON value is allowed at the top: wrap it so QJsonDocument takes scalars too.
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson('[' + data + ']', &error);
            const bool one = error.error == QJsonParseError::NoError && document.array().size() == 1;
            out.insert(u"json"_s, one ? document.array().at(0) : QJsonValue(QJsonValue::Null));
            break;
        }
        case Key::Method:
            out.insert(u"method"_s, QString::fromLatin1(request.method));
            break;
        }
    }
    return out;
}

std::optional<qint64> number(const QString &text)
{
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    for (const QChar c : text) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return std::nullopt;
    }
    return text.toLongLong();
}

HttpResponse jsonResponse(int status, const QJsonObject &object)
{
    return HttpResponse::text(status, QJsonDocument(object).toJson(QJsonDocument::Indented), "application/json");
}

HttpResponse textResponse(int status, const QByteArray &body, const QByteArray &contentType)
{
    return HttpResponse::text(status, body, contentType);
}

QByteArray resource(const QString &name)
{
    QFile file(u":/sandbox/httpbin/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

HttpResponse flaskRedirect(const QByteArray &location, int status)
{
    const QByteArray escaped = QString::fromLatin1(location).toHtmlEscaped().toLatin1();
    HttpResponse response =
        HttpResponse::text(status,
                           "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n"
                           "<p>You should be redirected automatically to the target URL: <a href=\"" +
                               escaped + "\">" + escaped + "</a>. If not, click the link.\n",
                           "text/html; charset=utf-8");
    response.setHeader("Location", location);
    return response;
}

} // namespace statusdeck::httpbin
