#include "sandbox/SandboxServer.h"

#include "http/HttpServer.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/WebSocketEcho.h"
#include "util/Clock.h"

#include <QEventLoop>
#include <QPointer>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

// Lives on the server thread; everything it creates lives there too.
class SandboxWorker final : public QObject
{
public:
    explicit SandboxWorker(ExchangeLog *log)
        : m_log(log)
    {}

    struct Outcome {
        QString error; // empty on success, with the URLs filled in
        bool portInUse = false;
        bool onFallbackPort = false;
        QUrl url;
        QUrl secondUrl;
    };

    Outcome start(const SandboxServer::Options &options)
    {
        Outcome outcome;
        Clock *clock = options.clock ? options.clock : SystemClock::instance();
        m_router = std::make_unique<SandboxRouter>();
        m_webSocketEcho = new WebSocketEcho(this);
        m_router->setWebSocketEcho(m_webSocketEcho);
        HttpServer *primary = listen(options, clock, options.address, options.port, &outcome.error, &outcome.portInUse);
        if (!primary && outcome.portInUse && options.fallbackToFreePort && options.port != 0) {
            bool unused = false;
            outcome.error.clear();
            primary = listen(options, clock, options.address, 0, &outcome.error, &unused);
            outcome.onFallbackPort = primary != nullptr;
            outcome.portInUse = false;
        }
        if (!primary)
            return outcome;
        outcome.url = primary->url();
        QList<QUrl> origins{outcome.url};
        if (options.secondOrigin) {
            bool unused = false;
            HttpServer *second = listen(options, clock, options.address, 0, &outcome.error, &unused);
            if (!second) {
                outcome.url.clear();
                return outcome;
            }
            outcome.secondUrl = second->url();
            origins.append(outcome.secondUrl);
        }
        m_router->setOrigins(origins);
        return outcome;
    }

private:
    HttpServer *listen(const SandboxServer::Options &options, Clock *clock, const QHostAddress &address, quint16 port,
                       QString *error, bool *portInUse)
    {
        auto *server = new HttpServer(m_router.get(), clock, this);
        server->setLimits(options.limits);
        server->setExchangeSink(m_log);
        if (!server->start(address, port, error)) {
            *portInUse = server->serverError() == QAbstractSocket::AddressInUseError;
            delete server;
            return nullptr;
        }
        // Browsers try "localhost" on ::1 first; the same port there keeps it one origin.
        if (options.alsoIpv6 && address == QHostAddress(QHostAddress::LocalHost)) {
            auto *v6 = new HttpServer(m_router.get(), clock, this);
            v6->setLimits(options.limits);
            v6->setExchangeSink(m_log);
            if (!v6->start(QHostAddress(QHostAddress::LocalHostIPv6), server->serverPort()))
                delete v6;
        }
        return server;
    }

    ExchangeLog *m_log;
    // Declared before the servers are created as children, destroyed after them (~QObject runs later).
    std::unique_ptr<SandboxRouter> m_router;
    WebSocketEcho *m_webSocketEcho = nullptr; // a child; its sessions outlive no server

public:
    ~SandboxWorker() override
    {
        // The servers hold a pointer to the router: delete them first.
        const auto servers = findChildren<HttpServer *>(Qt::FindDirectChildrenOnly);
        qDeleteAll(servers);
    }
};

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{}

SandboxServer::~SandboxServer()
{
    endThread();
}

quint16 SandboxServer::configuredPort(const QSettings &settings)
{
    const int port = settings.value(u"sandbox/port"_s, kDefaultPort).toInt();
    return port >= 0 && port <= 65535 ? quint16(port) : kDefaultPort;
}

void SandboxServer::setConfiguredPort(QSettings &settings, quint16 port)
{
    settings.setValue(u"sandbox/port"_s, port);
}

void SandboxServer::start(const Options &options)
{
    endThread();
    const quint64 generation = ++m_generation;
    m_error.clear();
    m_portInUse = false;
    m_onFallbackPort = false;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"StatusDeck sandbox"_s);
    auto *worker = new SandboxWorker(&m_log);
    m_worker = worker;
    worker->moveToThread(m_thread);
    m_thread->start();
    setState(State::Starting);
    QPointer<SandboxServer> self(this);
    QMetaObject::invokeMethod(worker, [self, worker, options, generation] {
        const SandboxWorker::Outcome outcome = worker->start(options);
        if (!self)
            return;
        const Result result{outcome.error, outcome.portInUse, outcome.onFallbackPort, outcome.url, outcome.secondUrl};
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, result] {
                if (self)
                    self->onResult(generation, result);
            },
            Qt::QueuedConnection);
    });
}

void SandboxServer::onResult(quint64 generation, const Result &result)
{
    if (generation != m_generation || m_state != State::Starting)
        return; // the answer of a start that a stop() or another start() has replaced
    if (!result.error.isEmpty()) {
        endThread();
        m_error = result.error;
        m_portInUse = result.portInUse;
        setState(State::Failed);
        return;
    }
    m_url = result.url;
    m_secondUrl = result.secondUrl;
    m_onFallbackPort = result.onFallbackPort;
    setState(State::Listening);
}

void SandboxServer::setState(State state)
{
    if (m_state == state && m_emittedGeneration == m_generation)
        return;
    m_state = state;
    m_emittedGeneration = m_generation;
    Q_EMIT stateChanged(state, m_generation);
}

bool SandboxServer::startAndWait(const Options &options, int timeoutMs)
{
    start(options);
    const quint64 generation = m_generation;
    if (m_state == State::Starting) {
        QEventLoop loop;
        connect(this, &SandboxServer::stateChanged, &loop, [&loop, generation](State state, quint64 current) {
            if (state != State::Starting || current != generation)
                loop.quit();
        });
        if (timeoutMs >= 0)
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_generation == generation && m_state == State::Listening;
}

void SandboxServer::stop()
{
    if (m_state == State::Stopped && !m_thread)
        return; // nothing to stop: no new generation, no signal
    ++m_generation;
    endThread();
    m_error.clear();
    m_portInUse = false;
    m_onFallbackPort = false;
    setState(State::Stopped);
}

void SandboxServer::endThread()
{
    m_url.clear();
    m_secondUrl.clear();
    if (!m_thread)
        return;
    // The worker (and its servers and connections) is deleted on its own thread when the loop ends.
    m_worker->deleteLater();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

void SandboxServer::whenListening(QObject *context, const Options &options, std::function<void()> ready,
                                  std::function<void(const QString &)> failed)
{
    if (m_state == State::Listening) {
        ready();
        return;
    }
    if (m_state != State::Starting)
        start(options);
    // One shot: the connection goes with the first state after Starting.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(this, &SandboxServer::stateChanged, context,
                [this, connection, ready = std::move(ready), failed = std::move(failed)](State state, quint64) {
                    if (state == State::Starting)
                        return;
                    QObject::disconnect(*connection);
                    if (state == State::Listening)
                        ready();
                    else if (failed)
                        failed(state == State::Failed ? m_error : tr("the sandbox was stopped"));
                });
}

} // namespace statusdeck
