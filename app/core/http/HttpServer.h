#pragma once

#include "http/HttpConnection.h"
#include "http/Limits.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QUrl>

namespace statusdeck {

class Clock;
class HttpExchangeSink;
class HttpHandler;

// An HTTP/1.1 server on one address and port: one HttpConnection per socket, requests
// answered by an HttpHandler. Loopback unless the caller binds another address on purpose.
// Lives and serves on the thread it was created on.
class HttpServer final : public QTcpServer
{
    Q_OBJECT

public:
    HttpServer(HttpHandler *handler, Clock *clock, QObject *parent = nullptr);
    ~HttpServer() override;

    // Settings take effect for connections accepted afterwards.
    void setLimits(const HttpLimits &limits) { m_env.limits = limits; }
    const HttpLimits &limits() const { return m_env.limits; }
    void setExchangeSink(HttpExchangeSink *sink) { m_env.sink = sink; }

    // port 0 picks any free port. On failure, *error says why in words
    // ("port 8088 on 127.0.0.1 is already in use").
    bool start(const QHostAddress &address, quint16 port, QString *error = nullptr);
    QUrl url() const; // http://127.0.0.1:PORT/ or http://[::1]:PORT/
    int connectionCount() const { return m_connections; }
    // Read on the server's thread.
    const HttpServerStats &stats() const { return m_stats; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void shedOneFor();

    HttpServerStats m_stats;
    HttpConnection::Environment m_env;
    int m_connections = 0;
};

} // namespace statusdeck
