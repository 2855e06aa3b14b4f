#pragma once

#include "http/HttpMessage.h"

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

    // For a response parser: the method of the request it answers (HEAD has no body).
    void setRequestMethod(const QByteArray &method);

    // Parses what it can; false once the stream is malformed (see errorName/errorReason).
    bool feed(const QByteArray &data);
    // The peer closed: completes a message delimited by the end of the connection.
    bool finish();

    bool hasError() const;
    QByteArray errorName() const; // llhttp's error code name, e.g. "HPE_INVALID_METHOD"
    QString errorReason() const;  // llhttp's reason, e.g. "Invalid method encountered"
    bool headersComplete() const; // of the message being parsed now
    bool isMidMessage() const;

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
