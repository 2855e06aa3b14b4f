#include "instance/SingleInstance.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace statusdeck::instance {

InstanceServer::InstanceServer(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceServer::accept);
}

InstanceServer::~InstanceServer()
{
    m_server->close(); // removes the socket file on Unix
}

bool InstanceServer::listen(QString *error)
{
    // Asked first, not left to listen(): with an access option Qt binds in a scratch folder
    // and renames the socket into place, which would silently take over a live one.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1000)) {
        probe.abort();
        if (error)
            *error = u"another instance is listening on %1"_s.arg(m_name);
        return false;
    }
    // Only a name that refuses (nobody listens: absent, or left by a crash) is free; one
    // that is slow to answer may be a busy instance, and taking it would make two.
    if (probe.error() != QLocalSocket::ConnectionRefusedError && probe.error() != QLocalSocket::ServerNotFoundError) {
        if (error)
            *error = u"%1 does not answer: %2"_s.arg(m_name, probe.errorString());
        return false;
    }
    QLocalServer::removeServer(m_name); // a stale socket file, if any
    if (m_server->listen(m_name))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

void InstanceServer::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        // A client that connects and says nothing (or too little) does not keep its socket.
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, socket] {
            Q_EMIT garbageReceived(u"no complete request in time"_s);
            socket->abort();
            socket->deleteLater();
        });
        timer->start(m_readTimeout);
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void InstanceServer::readFrom(QLocalSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    const bool complete = socket->canReadLine();
    if (!complete && socket->bytesAvailable() <= kMaxMessageBytes)
        return; // wait for the rest of the line
    const QByteArray line = complete ? socket->readLine(kMaxMessageBytes + 1) : socket->read(kMaxMessageBytes + 1);
    socket->setProperty("answered", true);
    if (auto *timer = socket->findChild<QTimer *>())
        timer->stop();
    QString why;
    Reply reply;
    if (const std::optional<Request> request = decodeRequest(line, &why)) {
        Q_EMIT requestReceived(*request);
        if (m_handler)
            reply = m_handler(*request);
    } else {
        Q_EMIT garbageReceived(why);
        reply.status = 1;
        reply.message = u"not a StatusDeck request: "_s + why;
    }
    socket->write(encodeReply(reply));
    socket->disconnectFromServer(); // after the reply is written
}

Forwarded forwardRequest(const QString &name, const Request &request, int timeoutMs)
{
    Forwarded result;
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(qMin(timeoutMs, 1000))) {
        result.outcome = Forwarded::Outcome::NoInstance;
        result.error = socket.errorString();
        return result;
    }
    result.outcome = Forwarded::Outcome::NoAnswer;
    const QByteArray message = encodeRequest(request);
    if (socket.write(message) != message.size() || !socket.waitForBytesWritten(timeoutMs)) {
        result.error = socket.errorString();
        return result;
    }
    QByteArray line;
    while (!line.endsWith('\n') && line.size() <= kMaxMessageBytes) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(timeoutMs)) {
            if (socket.bytesAvailable() == 0)
                break;
        }
        line += socket.readLine(kMaxMessageBytes + 1 - line.size());
    }
    QString why;
    if (const std::optional<Reply> reply = decodeReply(line, &why)) {
        result.outcome = Forwarded::Outcome::Delivered;
        result.reply = *reply;
    } else {
        result.error = line.isEmpty() ? u"no answer"_s : why;
    }
    return result;
}

Claim claim(const QString &name, const Request &request, bool newWindow)
{
    Claim result;
    if (newWindow) {
        result.role = Claim::Role::Separate;
        return result;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        Forwarded forwarded = forwardRequest(name, request);
        if (forwarded.outcome != Forwarded::Outcome::NoInstance) {
            result.role = Claim::Role::Forwarded;
            result.forwarded = std::move(forwarded);
            return result;
        }
        auto server = std::make_unique<InstanceServer>(name);
        QString error;
        if (server->listen(&error)) {
            result.role = Claim::Role::Primary;
            result.server = std::move(server);
            return result;
        }
        // Lost a race to another start: it listens now, so the next attempt reaches it.
    }
    // The name cannot be served (a folder that cannot be written): a window of its own.
    result.role = Claim::Role::Separate;
    return result;
}

} // namespace statusdeck::instance
