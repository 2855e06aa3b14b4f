#pragma once

#include <atomic>

#include "http/HttpExchange.h"
#include "http/HttpParser.h"
#include "http/HttpResponse.h"
#include "http/Limits.h"
#include "util/Clock.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace statusdeck {

class HttpHandler;

// One client socket of an HttpServer: feeds bytes to the parser, checks the Host and
// the limits, asks the handler, and writes answers strictly in request order (pipelining).
// Refusals that leave the stream untrustworthy close it after the answer; the server and
// its other connections carry on.
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
        // Chunks of bytes read and handled by every connection: lets tests know the server
        // has processed what they sent before they move the clock.
        std::atomic<quint64> *readsHandled = nullptr;
    };

    HttpConnection(QTcpSocket *socket, quint64 id, const Environment *environment, QObject *parent = nullptr);
    ~HttpConnection() override;

    quint64 id() const { return m_id; }
    // Answers 503 at once and closes, for a connection over the server's limit.
    void refuseOverCapacity();

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
    };

    void onReadyRead();
    void onDisconnected();
    void handleMessage(HttpMessage message, const QDateTime &started);
    void refuse(int status, const QString &explanation, const QString &parseError);
    void enqueue(Pending pending);
    void flush();
    void sendContinueIfExpected();
    void send(const QByteArray &bytes); // in order after anything still queued on the socket
    void armHeaderTimer();
    void armIdleTimer();
    void scheduleIdleCheck();
    void onIdle();
    void closeGracefully();
    void shutdownWhenWritten();
    void cancelTimer(Clock::TimerId &timer);
    HttpExchange newExchange(const QDateTime &started) const;

    QPointer<QTcpSocket> m_socket;
    QHostAddress m_peerAddress;
    QString m_peerAddressText;
    quint16 m_peerPort = 0;
    QHostAddress m_localAddress;
    quint16 m_localPort = 0;
    const quint64 m_id;
    const Environment *m_env;
    HttpParser m_parser;
    QList<Pending> m_pending;
    QDateTime m_messageStartUtc;
    qint64 m_messageStartMs = 0;
    bool m_continueSent = false;
    bool m_closing = false;  // no more requests are read; close once the answers are out
    bool m_shutDown = false; // our side is closed; waiting for the peer (lingering close)
    bool m_finished = false;
    Clock::TimerId m_headerTimer = 0;
    Clock::TimerId m_idleTimer = 0;
    qint64 m_idleDeadlineMs = 0;
    Clock::TimerId m_delayTimer = 0;
    Clock::TimerId m_lingerTimer = 0;
};

} // namespace statusdeck
