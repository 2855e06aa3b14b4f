#pragma once

#include "http/Limits.h"
#include "sandbox/ExchangeLog.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>

class QSettings;
class QThread;

namespace statusdeck {

class Clock;

// Owns the sandbox: its own QThread with the HTTP servers and the router, and the
// exchange log they write to. start() returns at once; the state goes Starting, then
// Listening (url() is valid from here) or Failed (errorString()), so a window never waits
// on the network. stateChanged is the one lifecycle signal. Every start() and stop() begins
// a new generation, which the signal carries: an answer of an older start that arrives late
// is dropped, and a listener that keeps the generation() of its own start() can tell a
// Listening of that start from one of a later start. startAndWait() is the blocking form,
// for the command line, screenshots and tests. Two origins are
// served: the main one on the chosen port and a second one on any free port, for
// cross-origin redirects. The port a user chose is kept in the settings (configuredPort).
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
        // When port is taken by another listener, listen on any free port instead (the lab
        // does: it needs a sandbox, not that port).
        bool fallbackToFreePort = false;
    };

    enum class State { Stopped, Starting, Listening, Failed };
    Q_ENUM(State)

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    void start(const Options &options);
    // start(), then runs a local event loop until this start listens or fails (or timeoutMs
    // passes; -1: no limit). True when it listens: url() and secondUrl() are set; false:
    // errorString() says why (empty after a timeout or when another start() replaced it).
    bool startAndWait(const Options &options, int timeoutMs = -1);
    void stop(); // blocks until the server thread has ended (connections are dropped)

    State state() const { return m_state; }
    quint64 generation() const { return m_generation; }
    bool isListening() const { return m_state == State::Listening; }
    // Starting or listening: the server thread exists.
    bool isRunning() const { return m_state == State::Starting || m_state == State::Listening; }
    QString errorString() const { return m_error; } // after Failed
    bool portInUse() const { return m_portInUse; }  // after Failed: the chosen port was taken
    // Listening on a free port because the chosen one was taken (Options::fallbackToFreePort).
    bool onFallbackPort() const { return m_onFallbackPort; }

    QUrl url() const { return m_url; }             // valid while Listening
    QUrl secondUrl() const { return m_secondUrl; } // empty without a second origin
    ExchangeLog *log() { return &m_log; }

    // The one place that reads and writes the user's port ("sandbox/port").
    static quint16 configuredPort(const QSettings &settings);
    static void setConfiguredPort(QSettings &settings, quint16 port);

    // Calls ready() once the sandbox listens: at once when it does, when the start under way
    // succeeds, or after starting it with options. failed(error) instead when that start fails
    // or the sandbox is stopped first. Nothing is called once context is destroyed.
    void whenListening(QObject *context, const Options &options, std::function<void()> ready,
                       std::function<void(const QString &)> failed);

Q_SIGNALS:
    // Emitted on every change of state, and on every start() (Starting of a new generation).
    void stateChanged(statusdeck::SandboxServer::State state, quint64 generation);

private:
    struct Result {
        QString error;
        bool portInUse = false;
        bool onFallbackPort = false;
        QUrl url;
        QUrl secondUrl;
    };
    void onResult(quint64 generation, const Result &result);
    void setState(State state);
    void endThread();

    ExchangeLog m_log;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    State m_state = State::Stopped;
    quint64 m_generation = 0;
    quint64 m_emittedGeneration = 0; // the generation of the last stateChanged
    QString m_error;
    bool m_portInUse = false;
    bool m_onFallbackPort = false;
    QUrl m_url;
    QUrl m_secondUrl;
};

} // namespace statusdeck
