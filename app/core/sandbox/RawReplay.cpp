#include "sandbox/RawReplay.h"

#include "http/HttpParser.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace statusdeck {

RawReplay::RawReplay(const QByteArray &bytes, const QByteArray &method, QObject *parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_bytes(bytes)
    , m_method(method.isEmpty() ? QByteArray("GET") : method)
{}

RawReplay *RawReplay::send(const QUrl &origin, const QByteArray &bytes, const QByteArray &method, QObject *parent)
{
    auto *replay = new RawReplay(bytes, method, parent);
    QTcpSocket *socket = replay->m_socket;
    connect(socket, &QTcpSocket::connected, replay, [replay] { replay->m_socket->write(replay->m_bytes); });
    connect(socket, &QTcpSocket::readyRead, replay, &RawReplay::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, replay, [replay] {
        replay->onReadyRead();
        replay->finish(replay->m_answer.isEmpty() ? tr("the sandbox closed the connection without an answer")
                                                  : QString());
    });
    connect(socket, &QTcpSocket::errorOccurred, replay, [replay](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            replay->finish(replay->m_socket->errorString());
    });
    QTimer::singleShot(kTimeoutMs, replay,
                       [replay] { replay->finish(tr("no answer within %1 s").arg(kTimeoutMs / 1000)); });
    socket->connectToHost(origin.host(), quint16(origin.port(80)));
    return replay;
}

void RawReplay::onReadyRead()
{
    m_answer += m_socket->readAll();
    HttpParser parser(HttpParser::Type::Response);
    parser.setRequestMethod(m_method);
    if (parser.feed(m_answer) && !parser.takeMessages().isEmpty())
        finish({});
}

void RawReplay::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    int status = 0;
    HttpParser parser(HttpParser::Type::Response);
    parser.setRequestMethod(m_method);
    parser.feed(m_answer);
    parser.finish();
    if (const QList<HttpMessage> messages = parser.takeMessages(); !messages.isEmpty())
        status = messages.first().status;
    m_socket->abort();
    Q_EMIT finished(status, status ? QString() : error);
    deleteLater();
}

} // namespace statusdeck
