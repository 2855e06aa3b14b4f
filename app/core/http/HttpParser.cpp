#include "http/HttpParser.h"

#include <llhttp.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace statusdeck {

QByteArray HttpMessage::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpMessage::hasHeader(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

struct HttpParser::Private {
    llhttp_t parser;
    llhttp_settings_t settings;
    HttpMessage current;
    QByteArray field;
    QByteArray value;
    bool inValue = false;
    bool headersDone = false;
    bool midMessage = false;
    QByteArray requestMethod = "GET";
    QList<HttpMessage> messages;

    static Private *self(llhttp_t *p) { return static_cast<Private *>(p->data); }

    void flushHeader()
    {
        if (!field.isEmpty() || inValue)
            current.headers.append({field, value});
        field.clear();
        value.clear();
        inValue = false;
    }
};

HttpParser::HttpParser(Type type)
    : d(std::make_unique<Private>())
{
    llhttp_settings_init(&d->settings);
    d->settings.on_message_begin = [](llhttp_t *p) {
        Private *s = Private::self(p);
        s->current = {};
        s->headersDone = false;
        s->midMessage = true;
        return 0;
    };
    d->settings.on_url = [](llhttp_t *p, const char *at, size_t len) {
        Private::self(p)->current.target.append(at, qsizetype(len));
        return 0;
    };
    d->settings.on_status = [](llhttp_t *p, const char *at, size_t len) {
        Private::self(p)->current.reason.append(at, qsizetype(len));
        return 0;
    };
    d->settings.on_method = [](llhttp_t *p, const char *at, size_t len) {
        Private::self(p)->current.method.append(at, qsizetype(len));
        return 0;
    };
    d->settings.on_header_field = [](llhttp_t *p, const char *at, size_t len) {
        Private *s = Private::self(p);
        if (s->inValue)
            s->flushHeader();
        s->field.append(at, qsizetype(len));
        return 0;
    };
    d->settings.on_header_value = [](llhttp_t *p, const char *at, size_t len) {
        Private *s = Private::self(p);
        s->inValue = true;
        s->value.append(at, qsizetype(len));
        return 0;
    };
    d->settings.on_headers_complete = [](llhttp_t *p) {
        Private *s = Private::self(p);
        s->flushHeader();
        s->headersDone = true;
        s->current.versionMajor = llhttp_get_http_major(p);
        s->current.versionMinor = llhttp_get_http_minor(p);
        if (llhttp_get_type(p) == HTTP_RESPONSE) {
            s->current.status = llhttp_get_status_code(p);
            if (s->requestMethod == "HEAD")
                return 1; // no body follows, whatever Content-Length says
        }
        return 0;
    };
    d->settings.on_body = [](llhttp_t *p, const char *at, size_t len) {
        Private::self(p)->current.body.append(at, qsizetype(len));
        return 0;
    };
    d->settings.on_message_complete = [](llhttp_t *p) {
        Private *s = Private::self(p);
        s->current.keepAlive = llhttp_should_keep_alive(p) != 0;
        s->current.upgrade = llhttp_get_upgrade(p) != 0;
        s->messages.append(std::move(s->current));
        s->current = {};
        s->midMessage = false;
        return 0;
    };
    llhttp_init(&d->parser, type == Type::Request ? HTTP_REQUEST : HTTP_RESPONSE, &d->settings);
    d->parser.data = d.get();
}

HttpParser::~HttpParser() = default;

void HttpParser::setRequestMethod(const QByteArray &method)
{
    d->requestMethod = method;
}

bool HttpParser::feed(const QByteArray &data)
{
    if (hasError())
        return false;
    const llhttp_errno_t err = llhttp_execute(&d->parser, data.constData(), size_t(data.size()));
    return err == HPE_OK || err == HPE_PAUSED_UPGRADE;
}

bool HttpParser::finish()
{
    if (hasError())
        return false;
    return llhttp_finish(&d->parser) == HPE_OK;
}

bool HttpParser::hasError() const
{
    const llhttp_errno_t err = llhttp_get_errno(&d->parser);
    return err != HPE_OK && err != HPE_PAUSED_UPGRADE;
}

QByteArray HttpParser::errorName() const
{
    return llhttp_errno_name(llhttp_get_errno(&d->parser));
}

QString HttpParser::errorReason() const
{
    const char *reason = llhttp_get_error_reason(&d->parser);
    return reason ? QString::fromUtf8(reason) : QString();
}

bool HttpParser::headersComplete() const
{
    return d->headersDone;
}

bool HttpParser::isMidMessage() const
{
    return d->midMessage;
}

QList<HttpMessage> HttpParser::takeMessages()
{
    return std::exchange(d->messages, {});
}

namespace {

std::optional<HttpMessage> parseOne(HttpParser &parser, const QByteArray &raw, QString *error)
{
    const bool fed = parser.feed(raw) && parser.finish();
    QList<HttpMessage> messages = parser.takeMessages();
    if (!fed) {
        if (error)
            *error = QString::fromLatin1(parser.errorName()) + u": "_s + parser.errorReason();
        return std::nullopt;
    }
    if (messages.size() != 1) {
        if (error)
            *error = messages.isEmpty() ? u"incomplete message"_s
                                        : u"%1 messages where one was expected"_s.arg(messages.size());
        return std::nullopt;
    }
    return messages.takeFirst();
}

} // namespace

std::optional<HttpMessage> parseResponse(const QByteArray &raw, QString *error, const QByteArray &requestMethod)
{
    HttpParser parser(HttpParser::Type::Response);
    parser.setRequestMethod(requestMethod);
    return parseOne(parser, raw, error);
}

std::optional<HttpMessage> parseRequest(const QByteArray &raw, QString *error)
{
    HttpParser parser(HttpParser::Type::Request);
    return parseOne(parser, raw, error);
}

} // namespace statusdeck
