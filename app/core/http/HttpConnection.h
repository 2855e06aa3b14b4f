#pragma once

#include "http/HttpExchange.h"
#include "http/HttpParser.h"
#include "http/HttpResponse.h"
#include "http/Limits.h"
#include "platform/SocketIo.h"
#include "util/Clock.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <deque>

namespace statusdeck {

class HttpHandler;
class SocketChannel;

// One client socket of an HttpServer: feeds bytes to the parser, checks the Host and
// the limits, asks the handler, and writes answers strictly in request order (pipelining).
// Refusals that leave the stream untrustworthy close it after the answer; the server and
// its other connections carry on. It stops reading while too much of its output waits
// (backpressure), and a client that half-closes still gets every answer it is owed.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    // What the server shares with each of its connections; outlives them.
    struct Environment {
        HttpHandler *handler = nullptr;
        Clock *clock = nullptr;
        HttpExchangeSink *sink = nullptr; // may be null
        HttpLimits limits;
        bool allowIpLiteralHosts = false;
        QString origin;
        HttpServerStats *stats = nullptr;
    };

    HttpConnection(platform::SocketDescriptor socket, quint64 id, Environment *environment, QObject *parent = nullptr);
    ~HttpConnection() override;

    quint64 id() const { return m_id; }
    // Answers 503 at once and closes, for a connection over the server's limit.
    void refuseOverCapacity();
    // Since when this connection could give its slot to a new client (an incomplete
    // request, or idle keep-alive after an answer); nullopt when it is busy or closing.
    std::optional<qint64> sheddableSince() const;
    void shed(); // 408 for an incomplete request, a plain close when idle
    bool wasShed() const { return m_shed; }

Q_SIGNALS:
    void finished(); // the socket is closed; the server deletes the connection

private:
    struct Pending {
        HttpResponse response;
        HttpExchange exchange;
        qint64 readyAtMs = 0;
        bool head = false;
        bool keepAlive = true;
        bool http10 = false;
        QByteArray upgradeRequest = {}; // with response.takeOver: the request's raw bytes, for the taker
        qint64 startedNs = -1;          // steady clock, for HttpExchange::elapsedNs
    };
    struct InFlight { // an answer handed to the channel, not yet all in the kernel
        quint64 logId = 0;
        qint64 begin = 0;
        qint64 end = 0;
    };

    void onReceived(const QByteArray &bytes);
    void processInput();
    void onInputFinished();
    void onBytesWritten();
    void onClosed(bool lost);
    void handleMessage(HttpMessage message, const QDateTime &started);
    void refuse(int status, const QString &explanation, const QString &parseError);
    void enqueue(Pending pending);
    void flush();
    void handOver();
    void sendContinueIfExpected();
    void send(const QByteArray &bytes, quint64 logId = 0);
    bool isOverBuffered() const;
    void updateBackpressure();
    void startMessageClock();
    void armRequestTimers();
    void armIdleTimer();
    void scheduleIdleCheck();
    void onIdle();
    void closeGracefully();
    void cancelTimer(Clock::TimerId &timer);
    HttpExchange newExchange(const QDateTime &started) const;
    // The request the parser is in the middle of, recorded in the sink as cut short.
    void recordCutShortRequest();

    SocketChannel *m_channel = nullptr;
    QHostAddress m_peerAddress;
    QString m_peerAddressText;
    quint16 m_peerPort = 0;
    QHostAddress m_localAddress;
    quint16 m_localPort = 0;
    const quint64 m_id;
    Environment *m_env;
    HttpParser m_parser;
    QByteArray m_input; // read but not parsed yet (backpressure stopped the parser)
    qsizetype m_inputOffset = 0;
    QList<Pending> m_pending;
    qint64 m_pendingBytes = 0;     // bodies of the answers waiting in line
    qint64 m_reportedBuffered = 0; // our share of HttpServerStats::bufferedOutputBytes
    std::deque<InFlight> m_inFlight;
    QDateTime m_messageStartUtc;
    qint64 m_messageStartMs = 0;
    qint64 m_messageStartNs = 0; // steady clock, nanoseconds
    qint64 m_idleSinceMs = -1;   // after an answer, with nothing in progress
    bool m_continueSent = false;
    bool m_closing = false; // no more requests are read; close once the answers are out
    bool m_finished = false;
    bool m_shed = false;
    bool m_handoverWaiting = false; // an upgrade waits for the answers before it to get out
    Clock::TimerId m_headerTimer = 0;
    Clock::TimerId m_requestTimer = 0;
    Clock::TimerId m_idleTimer = 0;
    qint64 m_idleDeadlineMs = 0;
    Clock::TimerId m_delayTimer = 0;
    Clock::TimerId m_lingerTimer = 0;
};

} // namespace statusdeck
