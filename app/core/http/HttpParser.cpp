// Over 400 lines on purpose: the llhttp callbacks, the limits and the split-independent
// error statuses share the parser's private state and are only correct together.

#include "http/HttpParser.h"

#include <llhttp.h>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace statusdeck {

QByteArray HttpMessage::header(const QByteArray &name) const
{
    return headers::value(headers, name);
}

bool HttpMessage::hasHeader(const QByteArray &name) const
{
    return headers::contains(headers, name);
}

namespace {

using headers::isToken;

bool isTokenChar(char c)
{
    return isToken(QByteArrayView(&c, 1));
}

// llhttp's own span callback type; it keeps the open span in the parser struct.
using SpanCallback = int (*)(llhttp_t *, const char *, const char *);

constexpr int kMaxMethodLength = 32;

} // namespace

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
    QByteArray raw; // bytes of the message in progress
    bool inFeed = false;
    bool finishedStream = false;
    bool methodScan = false; // llhttp did not know the method: is it a token (501) or garbage (400)?
    int methodLength = 0;

    std::optional<HttpLimits> limits;
    qsizetype headerBytes = 0;
    int headerCount = 0;
    int limitStatus = 0;
    QString limitReason;

    static Private *self(llhttp_t *p) { return static_cast<Private *>(p->data); }

    void classifyError(llhttp_errno_t err, const char *errorPos);
    qsizetype scanMethod(QByteArrayView data, qsizetype offset);

    // Stops the parser for a limit; llhttp reports the callback's error, we keep the reason.
    int stopFor(int status, const QString &reason)
    {
        limitStatus = status;
        limitReason = reason;
        return HPE_USER;
    }

    int countHeaderBytes(size_t len)
    {
        headerBytes += qsizetype(len);
        if (limits && headerBytes > limits->maxHeaderSectionBytes)
            return stopFor(431, u"The header section is larger than %1 bytes."_s.arg(limits->maxHeaderSectionBytes));
        return 0;
    }

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
        s->headerBytes = 0;
        s->headerCount = 0;
        return 0;
    };
    d->settings.on_url = [](llhttp_t *p, const char *at, size_t len) {
        Private *s = Private::self(p);
        s->current.target.append(at, qsizetype(len));
        if (s->limits && s->current.target.size() > s->limits->maxTargetBytes)
            return s->stopFor(414, u"The request target is longer than %1 bytes."_s.arg(s->limits->maxTargetBytes));
        return s->countHeaderBytes(len);
    };
    d->settings.on_status = [](llhttp_t *p, const char *at, size_t len) {
        Private::self(p)->current.reason.append(at, qsizetype(len));
        return 0;
    };
    d->settings.on_method = [](llhttp_t *p, const char *at, size_t len) {
        Private *s = Private::self(p);
        s->current.method.append(at, qsizetype(len));
        return s->countHeaderBytes(len);
    };
    d->settings.on_header_field = [](llhttp_t *p, const char *at, size_t len) {
        Private *s = Private::self(p);
        if (s->inValue)
            s->flushHeader();
        if (s->field.isEmpty()) {
            ++s->headerCount;
            if (s->limits && s->headerCount > s->limits->maxHeaderFields)
                return s->stopFor(431,
                                  u"The request has more than %1 header fields."_s.arg(s->limits->maxHeaderFields));
            s->headerBytes += 4; // ": " and CRLF
        }
        s->field.append(at, qsizetype(len));
        return s->countHeaderBytes(len);
    };
    d->settings.on_header_value = [](llhttp_t *p, const char *at, size_t len) {
        Private *s = Private::self(p);
        // llhttp (strict) rejects "X-A : 1"; an empty name (": v") it lets through, and an
        // llhttp built without strict mode would let both: field names are tokens (RFC 9110,
        // section 5.1) and whitespace before the colon MUST be refused with 400 (RFC 9112, 5.1).
        if (!s->inValue && !isToken(s->field))
            return s->stopFor(400, s->field.isEmpty() ? u"A header field has an empty name."_s
                                                      : u"The header field name '%1' is not a token."_s.arg(
                                                            QString::fromLatin1(s->field.left(64))));
        s->inValue = true;
        s->value.append(at, qsizetype(len));
        return s->countHeaderBytes(len);
    };
    d->settings.on_headers_complete = [](llhttp_t *p) {
        Private *s = Private::self(p);
        s->flushHeader();
        s->headersDone = true;
        s->current.versionMajor = llhttp_get_http_major(p);
        s->current.versionMinor = llhttp_get_http_minor(p);
        if (llhttp_get_type(p) == HTTP_REQUEST && s->current.versionMajor != 1) {
            // llhttp takes "HTTP/2.0" (and 0.9); we speak HTTP/1.x only (RFC 9110, section 15.6.6)
            s->stopFor(505, u"HTTP/%1 is not supported: the StatusDeck sandbox speaks HTTP/1.1 and HTTP/1.0."_s.arg(
                                s->current.versionMajor));
            return -1;
        }
        if (llhttp_get_type(p) == HTTP_RESPONSE) {
            s->current.status = llhttp_get_status_code(p);
            if (s->requestMethod == "HEAD")
                return 1; // no body follows, whatever Content-Length says
        }
        // Refused before any body byte is read, so a client waiting for 100 Continue never sends it.
        if (s->limits && (p->flags & F_CONTENT_LENGTH) && p->content_length > quint64(s->limits->maxBodyBytes)) {
            s->stopFor(413,
                       u"The declared body of %1 bytes is larger than the limit of %2 bytes."_s.arg(p->content_length)
                           .arg(s->limits->maxBodyBytes));
            return -1;
        }
        return 0;
    };
    d->settings.on_body = [](llhttp_t *p, const char *at, size_t len) {
        Private *s = Private::self(p);
        s->current.body.append(at, qsizetype(len));
        if (s->limits && s->current.body.size() > s->limits->maxBodyBytes)
            return s->stopFor(413, u"The body is larger than the limit of %1 bytes."_s.arg(s->limits->maxBodyBytes));
        return 0;
    };
    d->settings.on_message_complete = [](llhttp_t *p) {
        Private *s = Private::self(p);
        s->current.keepAlive = llhttp_should_keep_alive(p) != 0;
        s->current.upgrade = llhttp_get_upgrade(p) != 0;
        s->messages.append(std::move(s->current));
        s->current = {};
        s->midMessage = false;
        // Pausing tells feed() where this message ends, so each one gets its own raw bytes.
        return s->inFeed ? int(HPE_PAUSED) : 0;
    };
    llhttp_init(&d->parser, type == Type::Request ? HTTP_REQUEST : HTTP_RESPONSE, &d->settings);
    d->parser.data = d.get();
}

HttpParser::~HttpParser() = default;

void HttpParser::setRequestMethod(const QByteArray &method)
{
    d->requestMethod = method;
}

void HttpParser::setLimits(const HttpLimits &limits)
{
    d->limits = limits;
}

bool HttpParser::feedSome(QByteArrayView data, qsizetype *consumed, FeedMode mode)
{
    qsizetype offset = 0;
    const auto result = [&](bool ok) {
        if (consumed)
            *consumed = offset;
        return ok;
    };
    if (d->methodScan) {
        offset = d->scanMethod(data, 0);
        return result(!hasError());
    }
    if (hasError())
        return result(false);
    while (offset < data.size() && !d->finishedStream) {
        const char *start = data.data() + offset;
        d->inFeed = true;
        const llhttp_errno_t err = llhttp_execute(&d->parser, start, size_t(data.size() - offset));
        d->inFeed = false;
        if (err != HPE_PAUSED) {
            const char *end = err == HPE_OK ? data.data() + data.size() : llhttp_get_error_pos(&d->parser);
            if (!end || end < start)
                end = data.data() + data.size();
            d->raw.append(start, end - start);
            offset = end - data.data();
            if (err == HPE_OK || err == HPE_PAUSED_UPGRADE) {
                d->finishedStream = err == HPE_PAUSED_UPGRADE;
                offset = data.size();
                return result(true);
            }
            d->classifyError(err, end);
            if (d->methodScan)
                offset = d->scanMethod(data, offset);
            return result(!hasError());
        }
        const char *end = llhttp_get_error_pos(&d->parser);
        d->raw.append(start, end - start);
        offset += end - start;
        HttpMessage &done = d->messages.last();
        done.raw = std::exchange(d->raw, {});
        llhttp_resume(&d->parser);
        // Let llhttp leave the paused node now, so that finish() sees a clean end of message
        // even when no more bytes come.
        llhttp_execute(&d->parser, end, 0);
        if (llhttp_get_type(&d->parser) == HTTP_REQUEST && (!done.keepAlive || done.upgrade))
            d->finishedStream = true;
        if (mode == FeedMode::StopAfterMessage)
            break;
    }
    return result(true);
}

void HttpParser::Private::classifyError(llhttp_errno_t err, const char *errorPos)
{
    if (limitStatus)
        return;
    // A span llhttp was inside is handed to its callback up to the error, as it would have
    // been had the bytes arrived in pieces: so the limits (414, 431) win over a later
    // syntax error whether the bytes came whole or one by one.
    if (parser._span_pos0 && parser._span_cb0) {
        const auto callback = reinterpret_cast<SpanCallback>(parser._span_cb0);
        const auto *begin = static_cast<const char *>(parser._span_pos0);
        parser._span_pos0 = nullptr;
        if (begin <= errorPos)
            callback(&parser, begin, errorPos);
        if (limitStatus)
            return;
    }
    if (err == HPE_INVALID_VERSION) {
        // "HTTP/3.0": another major version is 505 (RFC 9110, section 15.6.6); "HTTP/1.2" and
        // other damage stay 400.
        const qsizetype lineEnd = raw.indexOf('\r');
        const QByteArray line = lineEnd < 0 ? raw : raw.left(lineEnd);
        const qsizetype slash = line.lastIndexOf("HTTP/");
        if (slash >= 0 && slash + 5 < line.size()) {
            const char major = line.at(slash + 5);
            if (major >= '0' && major <= '9' && major != '1')
                stopFor(505, u"HTTP/%1 is not supported: the StatusDeck sandbox speaks HTTP/1.1 and HTTP/1.0."_s.arg(
                                 QLatin1Char(major)));
        }
        return;
    }
    if (err == HPE_INVALID_METHOD && llhttp_get_type(&parser) == HTTP_REQUEST &&
        std::all_of(raw.begin(), raw.end(), isTokenChar)) {
        methodScan = true; // decided by scanMethod() once the token ends
        methodLength = int(raw.size());
    }
}

qsizetype HttpParser::Private::scanMethod(QByteArrayView data, qsizetype offset)
{
    // An unknown method that is a token followed by a space is 501 (RFC 9110, section 9.1
    // SHOULD); anything else there is 400. Decided on the same byte however input is split.
    while (offset < data.size()) {
        const char c = data.at(offset++);
        raw.append(c);
        if (isTokenChar(c) && ++methodLength <= kMaxMethodLength)
            continue;
        methodScan = false;
        if (c == ' ' && methodLength <= kMaxMethodLength)
            stopFor(501, u"The method '%1' is not implemented by the StatusDeck sandbox."_s.arg(
                             QString::fromLatin1(raw.left(raw.size() - 1))));
        return offset;
    }
    return offset;
}

bool HttpParser::finish()
{
    if (hasError())
        return false;
    const bool ok = llhttp_finish(&d->parser) == HPE_OK;
    if (ok && !d->messages.isEmpty() && d->messages.last().raw.isEmpty())
        d->messages.last().raw = std::exchange(d->raw, {});
    return ok;
}

int HttpParser::errorStatus() const
{
    if (!hasError())
        return 0;
    return d->limitStatus ? d->limitStatus : 400;
}

const HttpMessage &HttpParser::currentMessage() const
{
    return d->current;
}

QByteArray HttpParser::pendingRaw() const
{
    return d->raw;
}

bool HttpParser::isFinishedStream() const
{
    return d->finishedStream;
}

bool HttpParser::hasError() const
{
    if (d->limitStatus)
        return true;
    const llhttp_errno_t err = llhttp_get_errno(&d->parser);
    return err != HPE_OK && err != HPE_PAUSED_UPGRADE && !d->methodScan;
}

QByteArray HttpParser::errorName() const
{
    return llhttp_errno_name(llhttp_get_errno(&d->parser));
}

QString HttpParser::errorReason() const
{
    if (d->limitStatus)
        return d->limitReason;
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
