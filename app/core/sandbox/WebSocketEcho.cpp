#include "sandbox/WebSocketEcho.h"

#include "http/Headers.h"

#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

// A QTcpSocket that keeps a copy of the first thing written to it, the handshake's answer,
// up to the end of its header section: the log records what really went to the client.
class HandoverSocket final : public QTcpSocket
{
public:
    using QTcpSocket::QTcpSocket;

    // Called once, with the answer's head, as soon as it is written.
    std::function<void(const QByteArray &)> onAnswer;

protected:
    qint64 writeData(const char *data, qint64 size) override
    {
        if (!m_answerComplete) {
            m_answer.append(data, qsizetype(size));
            const qsizetype end = m_answer.indexOf("\r\n\r\n");
            if (end >= 0) {
                m_answer.truncate(end + 4);
                m_answerComplete = true;
                if (onAnswer)
                    onAnswer(std::exchange(m_answer, {}));
            }
        }
        return QTcpSocket::writeData(data, size);
    }

private:
    QByteArray m_answer;
    bool m_answerComplete = false;
};

bool hasToken(const QByteArray &list, const QByteArray &token)
{
    for (const QByteArray &item : list.split(','))
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

HttpResponse refusal(int status, const QByteArray &reason)
{
    return HttpResponse::text(status, reason + "\n");
}

QString closeCodeText(QWebSocketProtocol::CloseCode code)
{
    switch (code) {
    case QWebSocketProtocol::CloseCodeNormal:
        return u"1000 (normal closure)"_s;
    case QWebSocketProtocol::CloseCodeGoingAway:
        return u"1001 (going away)"_s;
    case QWebSocketProtocol::CloseCodeProtocolError:
        return u"1002 (protocol error)"_s;
    case QWebSocketProtocol::CloseCodeAbnormalDisconnection:
        return u"1006 (no close frame: the connection dropped)"_s;
    case QWebSocketProtocol::CloseCodeTooMuchData:
        return u"1009 (message too big)"_s;
    default:
        return QString::number(int(code));
    }
}

} // namespace

struct WebSocketEcho::Session {
    HandoverSocket *socket = nullptr;
    QWebSocket *webSocket = nullptr;
    QTimer *idle = nullptr;
    HttpExchange exchange; // until recorded
    QByteArray answer;     // the handshake's answer as written
    QByteArray early;      // bytes the client sent after its handshake, before the 101
    HttpExchangeSink *sink = nullptr;
    quint64 logId = 0;
    bool recorded = false;
    quint64 messagesIn = 0;
    quint64 bytesIn = 0;
    quint64 messagesOut = 0;
    quint64 bytesOut = 0;

    void record()
    {
        if (recorded)
            return;
        recorded = true;
        exchange.rawResponse = answer;
        exchange.status = exchange.rawResponse.startsWith("HTTP/1.") ? exchange.rawResponse.mid(9, 3).toInt() : 0;
        if (exchange.status == 0 && exchange.parseError.isEmpty())
            exchange.parseError = u"the connection ended before the WebSocket handshake was answered"_s;
        if (sink)
            logId = sink->record(std::move(exchange));
    }
};

HttpResponse WebSocketEcho::answer(const HttpMessage &request, WebSocketEcho *echo)
{
    // RFC 6455, section 4.2.1: a handshake that does not match "MUST stop processing the
    // client's handshake and return an HTTP response with an appropriate error code (such as
    // 400 Bad Request)"; a version it does not speak gets 426 and the versions it does (4.2.2).
    if (request.method != "GET") {
        HttpResponse response =
            refusal(405, "/ws takes a WebSocket opening handshake, which is a GET (RFC 6455, section 4.1).");
        response.setHeader("Allow", "GET");
        return response;
    }
    if (!hasToken(request.header("Upgrade"), "websocket")) {
        // RFC 9110, section 15.5.22: a 426 MUST carry Upgrade with the protocols required.
        HttpResponse response = refusal(426, "/ws speaks WebSocket only: send Upgrade: websocket and Connection: "
                                             "Upgrade with Sec-WebSocket-Key and Sec-WebSocket-Version: 13.");
        response.setHeader("Upgrade", "websocket");
        response.setHeader("Connection", "Upgrade");
        response.setHeader("Sec-WebSocket-Version", "13");
        return response;
    }
    if (request.versionMajor != 1 || request.versionMinor < 1)
        return refusal(400, "A WebSocket opening handshake is an HTTP/1.1 request (RFC 6455, section 4.2.1).");
    if (!hasToken(request.header("Connection"), "upgrade"))
        return refusal(400, "The Connection header must include the token Upgrade (RFC 6455, section 4.2.1).");
    const QByteArray key = request.header("Sec-WebSocket-Key").trimmed();
    const auto decoded = QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
    if (key.isEmpty())
        return refusal(400, "Sec-WebSocket-Key is missing (RFC 6455, section 4.2.1).");
    if (!decoded || decoded.decoded.size() != 16)
        return refusal(400, "Sec-WebSocket-Key must be base64 of 16 bytes (RFC 6455, section 4.2.1).");
    const QByteArray version = request.header("Sec-WebSocket-Version").trimmed();
    if (version.isEmpty())
        return refusal(400, "Sec-WebSocket-Version is missing; the sandbox speaks 13 (RFC 6455, section 4.2.1).");
    if (version != "13") {
        HttpResponse response = refusal(426, "WebSocket version " + version.left(64) +
                                                 " is not spoken here; the sandbox speaks 13 (RFC 6455, section 4.4).");
        response.setHeader("Sec-WebSocket-Version", "13");
        response.setHeader("Upgrade", "websocket");
        response.setHeader("Connection", "Upgrade");
        return response;
    }
    if (!echo || echo->sessionCount() >= kMaxSessions) {
        HttpResponse response =
            refusal(503, "The sandbox already runs " + QByteArray::number(kMaxSessions) +
                             " WebSocket sessions, its limit (or has no WebSocket service). Try again later.");
        response.setHeader("Retry-After", "5");
        return response;
    }
    HttpResponse response;
    response.status = 101;
    response.takeOver = echo;
    return response;
}

WebSocketEcho::WebSocketEcho(QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(u"StatusDeck sandbox"_s, QWebSocketServer::NonSecureMode, this))
{
    // Never listens: it only runs handshakes on the sockets handed to it.
    m_server->setMaxPendingConnections(kMaxSessions);
    connect(m_server, &QWebSocketServer::newConnection, this, &WebSocketEcho::onNewConnection);
}

WebSocketEcho::~WebSocketEcho()
{
    for (const auto &session : m_sessions) {
        if (session->socket) {
            session->socket->onAnswer = nullptr;
            disconnect(session->socket, &QObject::destroyed, this, nullptr);
        }
        if (session->webSocket)
            disconnect(session->webSocket, nullptr, this, nullptr);
        session->record();
        if (session->sink && session->logId && session->webSocket)
            session->sink->describeSession(
                session->logId, u"WebSocket: %1 messages in (%2 bytes), %3 out (%4 bytes); still open when the "
                                "sandbox stopped (closed with 1001, going away)"_s.arg(session->messagesIn)
                                    .arg(session->bytesIn)
                                    .arg(session->messagesOut)
                                    .arg(session->bytesOut));
    }
    // The children (QWebSocketServer, the sockets, the web sockets) go with ~QObject.
}

WebSocketEcho::Session *WebSocketEcho::sessionOf(const QObject *socket) const
{
    for (const auto &session : m_sessions)
        if (session->socket == socket || session->webSocket == socket)
            return session.get();
    return nullptr;
}

void WebSocketEcho::takeOver(ConnectionHandover handover)
{
    auto session = std::make_unique<Session>();
    session->exchange = std::move(handover.exchange);
    session->sink = handover.sink;
    auto *socket = new HandoverSocket(this);
    if (!socket->setSocketDescriptor(handover.socket)) {
        platform::closeSocket(handover.socket);
        session->exchange.parseError = u"the WebSocket library could not take the socket: "_s + socket->errorString();
        delete socket;
        session->record();
        return;
    }
    // The request goes back in front of anything the kernel still holds, in order, so that
    // QWebSocketServer reads the handshake as if it had read the socket from the start. What
    // followed the request waits until the session's signals are connected (onNewConnection):
    // QWebSocket reads what is buffered as soon as it is made, before newConnection is emitted.
    for (qsizetype i = handover.requestSize - 1; i >= 0; --i)
        socket->ungetChar(handover.input.at(i));
    session->early = handover.input.mid(handover.requestSize);
    session->socket = socket;
    Session *raw = session.get();
    socket->onAnswer = [raw](const QByteArray &answer) {
        raw->answer = answer;
    };
    connect(socket, &QObject::destroyed, this, &WebSocketEcho::onSocketDestroyed);
    m_sessions.push_back(std::move(session));
    m_server->handleConnection(socket);
}

void WebSocketEcho::onNewConnection()
{
    while (QWebSocket *webSocket = m_server->nextPendingConnection()) {
        Session *session = nullptr;
        for (const auto &candidate : m_sessions) {
            if (!candidate->webSocket && candidate->socket && candidate->socket->peerPort() == webSocket->peerPort() &&
                candidate->socket->peerAddress() == webSocket->peerAddress()) {
                session = candidate.get();
                break;
            }
        }
        webSocket->setParent(this);
        if (!session) { // not one of ours: cannot happen, as the server never listens
            webSocket->abort();
            webSocket->deleteLater();
            continue;
        }
        session->webSocket = webSocket;
        session->record();
        webSocket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
        session->idle = new QTimer(webSocket);
        session->idle->setSingleShot(true);
        session->idle->setInterval(kIdleTimeoutMs);
        connect(session->idle, &QTimer::timeout, webSocket,
                [webSocket] { webSocket->close(QWebSocketProtocol::CloseCodeGoingAway, u"idle for 60 s"_s); });
        session->idle->start();
        connect(webSocket, &QWebSocket::textMessageReceived, this, [session](const QString &message) {
            const qsizetype bytes = message.toUtf8().size();
            ++session->messagesIn;
            session->bytesIn += quint64(bytes);
            session->webSocket->sendTextMessage(message);
            ++session->messagesOut;
            session->bytesOut += quint64(bytes);
            session->idle->start();
        });
        connect(webSocket, &QWebSocket::binaryMessageReceived, this, [session](const QByteArray &message) {
            ++session->messagesIn;
            session->bytesIn += quint64(message.size());
            session->webSocket->sendBinaryMessage(message);
            ++session->messagesOut;
            session->bytesOut += quint64(message.size());
            session->idle->start();
        });
        connect(webSocket, &QWebSocket::disconnected, this, [this, session] {
            QString how = u"closed with "_s + closeCodeText(session->webSocket->closeCode());
            if (!session->webSocket->closeReason().isEmpty())
                how += u", reason \"%1\""_s.arg(session->webSocket->closeReason().left(123));
            endSession(session, how);
        });
        if (!session->early.isEmpty() && session->socket) {
            // In front of whatever was read from the kernel since: the early bytes came first.
            const QByteArray early = std::exchange(session->early, {});
            for (qsizetype i = early.size() - 1; i >= 0; --i)
                session->socket->ungetChar(early.at(i));
            Q_EMIT session->socket->readyRead();
        }
    }
}

void WebSocketEcho::endSession(Session *session, const QString &how)
{
    session->record();
    if (session->sink && session->logId)
        session->sink->describeSession(
            session->logId, u"WebSocket: %1 messages in (%2 bytes), %3 out (%4 bytes); %5"_s.arg(session->messagesIn)
                                .arg(session->bytesIn)
                                .arg(session->messagesOut)
                                .arg(session->bytesOut)
                                .arg(how));
    if (session->socket) {
        session->socket->onAnswer = nullptr;
        disconnect(session->socket, &QObject::destroyed, this, nullptr);
    }
    if (session->webSocket) {
        disconnect(session->webSocket, nullptr, this, nullptr);
        session->webSocket->deleteLater();
    }
    std::erase_if(m_sessions, [session](const auto &owned) { return owned.get() == session; });
}

void WebSocketEcho::onSocketDestroyed(QObject *socket)
{
    // QWebSocketServer deletes a socket whose handshake failed, and every socket once it
    // disconnects; a session that got its QWebSocket ends through disconnected() instead.
    Session *session = sessionOf(socket);
    if (!session)
        return;
    session->socket = nullptr;
    if (session->webSocket)
        return;
    session->exchange.parseError = u"Qt WebSockets refused the handshake or the client went before it was answered"_s;
    endSession(session, u"no session"_s);
}

} // namespace statusdeck
