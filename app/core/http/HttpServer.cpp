#include "http/HttpServer.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

// Unique across every server in the process, so log entries of two listeners never collide.
std::atomic<quint64> g_nextConnectionId{1};

} // namespace

HttpServer::HttpServer(HttpHandler *handler, Clock *clock, QObject *parent)
    : QTcpServer(parent)
{
    m_env.handler = handler;
    m_env.clock = clock;
    m_env.stats = &m_stats;
}

HttpServer::~HttpServer()
{
    close();
    // Connections are children; delete them while the environment they point to still exists.
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
}

bool HttpServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    if (listen(address, port)) {
        m_env.allowIpLiteralHosts = !address.isLoopback();
        m_env.origin = url().toString(QUrl::StripTrailingSlash);
        return true;
    }
    if (error) {
        if (serverError() == QAbstractSocket::AddressInUseError)
            *error = u"port %1 on %2 is already in use"_s.arg(port).arg(address.toString());
        else
            *error = u"cannot listen on %1 port %2: %3"_s.arg(address.toString()).arg(port).arg(errorString());
    }
    return false;
}

QUrl HttpServer::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(serverAddress().toString());
    url.setPort(serverPort());
    url.setPath(u"/"_s);
    return url;
}

void HttpServer::incomingConnection(qintptr socketDescriptor)
{
    // Keep a few slots for new clients: near the limit, the connection that has held its slot
    // longest without a complete request (or idle after its answers) gives it up.
    if (m_connections >= m_env.limits.maxConnections - m_env.limits.reservedConnections)
        shedOneFor();
    auto *connection =
        new HttpConnection(platform::SocketDescriptor(socketDescriptor), g_nextConnectionId++, &m_env, this);
    const bool overCapacity = m_connections >= m_env.limits.maxConnections;
    ++m_connections;
    connect(connection, &HttpConnection::finished, this, [this, connection] {
        if (!connection->wasShed())
            --m_connections;
        connection->deleteLater();
    });
    if (overCapacity)
        connection->refuseOverCapacity();
}

void HttpServer::shedOneFor()
{
    const qint64 now = m_env.clock->nowMs();
    HttpConnection *victim = nullptr;
    qint64 oldest = now - HttpLimits::kShedAfterMs;
    for (HttpConnection *connection : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly)) {
        const std::optional<qint64> since = connection->sheddableSince();
        if (since && *since <= oldest) {
            oldest = *since;
            victim = connection;
        }
    }
    if (!victim)
        return;
    // Its slot is free from now on, although its socket lingers a moment to say why.
    --m_connections;
    victim->shed();
}

} // namespace statusdeck
