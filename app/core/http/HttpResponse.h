#pragma once

#include "http/HttpMessage.h"

#include <QByteArray>
#include <QList>

namespace statusdeck {

class ConnectionTaker;

// What a handler answers; the connection adds framing (Content-Length, Connection, Date).
struct HttpResponse {
    // An informational response sent before the final one (100 Continue, 103 Early Hints).
    struct Interim {
        int status = 100;
        HeaderList headers;
    };

    int status = 200;
    HeaderList headers; // without Content-Length, Connection and Date
    QByteArray body;    // also measured for HEAD, whose body is not sent
    QList<Interim> interim;
    qint64 delayMs = 0;      // answer this much later (driven by the server's clock)
    bool closeAfter = false; // the stream cannot be trusted after this answer
    // Set for an upgrade the handler accepted: the connection sends nothing itself and hands
    // the socket to the taker once the answers before it are out (http/ConnectionHandover.h).
    ConnectionTaker *takeOver = nullptr;

    HttpResponse &setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse text(int status, const QByteArray &body,
                             const QByteArray &contentType = QByteArrayLiteral("text/plain; charset=utf-8"));
};

// Reason phrase for a status code (the IANA phrase where known, "Unknown" otherwise).
QByteArray reasonPhrase(int status);

// True when the status forbids content (1xx, 204, 304).
bool statusForbidsBody(int status);

// The bytes on the wire: status line, headers with framing added, the body unless
// it is a HEAD answer. `date` is an IMF-fixdate, e.g. "Mon, 01 Jan 2024 12:00:00 GMT".
QByteArray serializeResponse(const HttpResponse &response, bool headRequest, bool keepAlive, bool http10KeepAlive,
                             const QByteArray &date);
QByteArray serializeInterim(const HttpResponse::Interim &interim);

} // namespace statusdeck
