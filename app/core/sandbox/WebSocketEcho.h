#pragma once

#include "http/ConnectionHandover.h"
#include "http/HttpResponse.h"

#include <QObject>

#include <memory>
#include <vector>

class QWebSocket;
class QWebSocketServer;

namespace statusdeck {

// The sandbox's /ws: a WebSocket echo (RFC 6455). The router checks the opening handshake
// with answer() and refuses a bad one itself (400, 405, 426, 503), so those are ordinary
// HTTP exchanges; a good one is handed over (http/ConnectionHandover.h) to Qt WebSockets,
// whose QWebSocketServer::handleConnection() reads the request again from the handed-over
// bytes, answers 101 and runs the session. Every text and binary message is sent back as it
// came. The exchange log gets the upgrade request with the 101 exactly as Qt wrote it, and,
// when the session ends, its summary (messages and bytes each way, the close code).
// Lives on the sandbox server's thread.
class WebSocketEcho final : public QObject, public ConnectionTaker
{
    Q_OBJECT

public:
    static constexpr int kMaxSessions = 64;                  // more: 503 to the handshake
    static constexpr quint64 kMaxMessageBytes = 1024 * 1024; // larger: closed with 1009
    static constexpr int kIdleTimeoutMs = 60 * 1000;         // no message: closed with 1001

    explicit WebSocketEcho(QObject *parent = nullptr);
    ~WebSocketEcho() override;

    // The answer to a request for /ws: 101 with takeOver set to echo when the opening
    // handshake is what RFC 6455, section 4.2.1 asks for; otherwise a refusal with its reason.
    // echo may be null (no service): then a valid handshake gets 503.
    static HttpResponse answer(const HttpMessage &request, WebSocketEcho *echo);

    int sessionCount() const { return int(m_sessions.size()); }
    void takeOver(ConnectionHandover handover) override;

    struct Session;

private:
    void onNewConnection();
    void onSocketDestroyed(QObject *socket);
    void endSession(Session *session, const QString &how);
    Session *sessionOf(const QObject *socket) const;

    QWebSocketServer *m_server = nullptr;
    std::vector<std::unique_ptr<Session>> m_sessions;
};

} // namespace statusdeck
