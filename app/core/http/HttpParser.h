#pragma once

#include "http/HttpMessage.h"
#include "http/Limits.h"

#include <QString>

#include <memory>
#include <optional>

namespace statusdeck {

// Incremental HTTP/1.x parser on top of llhttp (the parser inside Node.js). Bytes go in
// as they arrive; complete messages come out. It never interprets bytes by hand.
class HttpParser
{
public:
    enum class Type { Request, Response };

    explicit HttpParser(Type type);
    ~HttpParser();
    HttpParser(const HttpParser &) = delete;
    HttpParser &operator=(const HttpParser &) = delete;

    // Enforces the limits while parsing: a request over a limit stops the parser with
    // errorStatus() 414, 431 or 413 (the declared body size is checked at the end of the
    // header section, before any body byte). Without limits, only llhttp's rules apply.
    void setLimits(const HttpLimits &limits);

    // For a response parser: the method of the request it answers (HEAD has no body).
    void setRequestMethod(const QByteArray &method);

    enum class FeedMode { WholeInput, StopAfterMessage };
    // Parses what it can; false once the stream is malformed (see errorName/errorReason).
    // StopAfterMessage returns after each complete message, so that the caller can stop
    // reading (backpressure); *consumed says how much of data was used.
    bool feed(const QByteArray &data) { return feedSome(data, nullptr, FeedMode::WholeInput); }
    bool feedSome(QByteArrayView data, qsizetype *consumed, FeedMode mode);
    static constexpr FeedMode StopAfterMessage = FeedMode::StopAfterMessage;
    // The peer closed: completes a message delimited by the end of the connection.
    bool finish();

    bool hasError() const;
    QByteArray errorName() const; // llhttp's error code name, e.g. "HPE_INVALID_METHOD"
    QString errorReason() const;  // llhttp's reason, e.g. "Invalid method encountered"
    // The status a server answers a stopped request with: 414, 431 or 413 for a limit, 505
    // for another major HTTP version, 501 for a well-formed but unknown method, 400 for
    // anything else llhttp (strict, no lenient flag) or the field-name check rejects; 0
    // while there is no error. The same bytes give the same status however they are split.
    int errorStatus() const;
    bool headersComplete() const; // of the message being parsed now
    bool isMidMessage() const;
    // The message being parsed now: its head is complete once headersComplete() is true.
    const HttpMessage &currentMessage() const;
    // Bytes received since the last complete message (the partial one, or the bad one).
    QByteArray pendingRaw() const;
    // A request parser stops after a message that ends the connection (Connection: close,
    // HTTP/1.0 without keep-alive, an upgrade): later bytes are not HTTP/1.1 to us and are ignored.
    bool isFinishedStream() const;

    QList<HttpMessage> takeMessages();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Parses one complete response from raw bytes; nullopt with a reason when it does not parse.
std::optional<HttpMessage> parseResponse(const QByteArray &raw, QString *error = nullptr,
                                         const QByteArray &requestMethod = "GET");
std::optional<HttpMessage> parseRequest(const QByteArray &raw, QString *error = nullptr);

} // namespace statusdeck
