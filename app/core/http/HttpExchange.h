#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace statusdeck {

// One request and its answer as the server saw them, for the exchange log.
struct HttpExchange {
    quint64 id = 0; // assigned by the log
    quint64 connectionId = 0;
    QString origin; // the listener, "http://127.0.0.1:8088"
    QString clientAddress;
    quint16 clientPort = 0;
    QDateTime started;  // first byte of the request (or the connection, when refused at once)
    QDateTime finished; // the response was handed to the socket
    // From the request's first byte to the answer handed to the socket, on a monotonic clock
    // in nanoseconds (sub-millisecond, for the HAR's time); -1 where not measured.
    qint64 elapsedNs = -1;
    QByteArray method;
    QByteArray target;
    // The request's Host, as the server parsed it; null where it did not parse a whole request
    // (a refused one, an imported one): read it from rawRequest then.
    QByteArray host;
    int status = 0;
    QByteArray rawRequest; // capped by the log, see ExchangeLog
    QByteArray rawResponse;
    qint64 requestBytes = 0; // sizes before capping
    qint64 responseBytes = 0;
    bool requestTruncated = false;
    bool responseTruncated = false;
    // The client went (reset, or closed before reading) while the answer was still being
    // sent: only responseBytesSent of responseBytes reached its socket.
    bool responseIncomplete = false;
    qint64 responseBytesSent = 0;
    QString parseError; // empty when the request parsed
    // Read from a HAR file (sandbox/HarImport), not seen by this server: read-only, and
    // importNote says from where ("devtools.har, entry 3 of 40") and what the HAR lacked.
    bool imported = false;
    QString importNote;
    // What happened on the connection after an upgrade (a WebSocket session's messages and
    // close code); empty otherwise.
    QString session;
};

// Where a server hands its exchanges; implementations must be thread-safe.
class HttpExchangeSink
{
public:
    virtual ~HttpExchangeSink() = default;
    // Returns the id the exchange is known by, for markIncomplete().
    virtual quint64 record(HttpExchange exchange) = 0;
    // An answer recorded before it was sent did not get out whole.
    virtual void markIncomplete(quint64 id, qint64 bytesSent) = 0;
    // After an upgrade: the summary of what followed on the connection (HttpExchange::session).
    virtual void describeSession(quint64 id, const QString &summary)
    {
        Q_UNUSED(id)
        Q_UNUSED(summary)
    }
};

} // namespace statusdeck

Q_DECLARE_METATYPE(statusdeck::HttpExchange)
