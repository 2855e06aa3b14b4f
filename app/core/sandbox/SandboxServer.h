#pragma once

#include "http/Limits.h"
#include "sandbox/ExchangeLog.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

class QThread;

namespace statusdeck {

class Clock;

// Owns the sandbox: its own QThread with the HTTP servers and the router, and the
// exchange log they write to. start() returns at once; started() or failed() follows,
// so a window never waits on the network. Two origins are served: the main one on the
// chosen port and a second one on any free port, for cross-origin redirects.
class SandboxServer final : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultPort = 8088;

    struct Options {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = kDefaultPort; // 0: any free port
        bool secondOrigin = true;
        bool alsoIpv6 = true; // with 127.0.0.1: also listen on [::1], same port, where available
        HttpLimits limits;
        Clock *clock = nullptr; // null: the system clock
    };

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    void start(const Options &options);
    void stop(); // blocks until the server thread has ended (connections are dropped)
    bool isRunning() const { return m_thread != nullptr; }

    QUrl url() const { return m_url; }             // valid once started() was emitted
    QUrl secondUrl() const { return m_secondUrl; } // empty without a second origin
    ExchangeLog *log() { return &m_log; }

Q_SIGNALS:
    void started(const QUrl &url, const QUrl &secondUrl);
    void failed(const QString &error);

private:
    void onStarted(const QUrl &url, const QUrl &secondUrl);
    void onFailed(const QString &error);

    ExchangeLog m_log;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    QUrl m_url;
    QUrl m_secondUrl;
};

} // namespace statusdeck
