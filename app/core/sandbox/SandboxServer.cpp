#include "sandbox/SandboxServer.h"

#include "http/HttpServer.h"
#include "sandbox/SandboxRouter.h"
#include "util/Clock.h"

#include <QThread>

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

    // Returns an error message, or empty on success with the URLs filled in.
    QString start(const SandboxServer::Options &options, QUrl *url, QUrl *secondUrl)
    {
        Clock *clock = options.clock ? options.clock : SystemClock::instance();
        m_router = std::make_unique<SandboxRouter>();
        QString error;
        HttpServer *primary = listen(options, clock, options.address, options.port, &error);
        if (!primary)
            return error;
        *url = primary->url();
        QList<QUrl> origins{*url};
        if (options.secondOrigin) {
            HttpServer *second = listen(options, clock, options.address, 0, &error);
            if (!second)
                return error;
            *secondUrl = second->url();
            origins.append(*secondUrl);
        }
        m_router->setOrigins(origins);
        return {};
    }

private:
    HttpServer *listen(const SandboxServer::Options &options, Clock *clock, const QHostAddress &address, quint16 port,
                       QString *error)
    {
        auto *server = new HttpServer(m_router.get(), clock, this);
        server->setLimits(options.limits);
        server->setExchangeSink(m_log);
        if (!server->start(address, port, error)) {
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
    stop();
}

void SandboxServer::start(const Options &options)
{
    stop();
    m_thread = new QThread(this);
    m_thread->setObjectName(u"StatusDeck sandbox"_s);
    auto *worker = new SandboxWorker(&m_log);
    m_worker = worker;
    worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(worker, [this, worker, options] {
        QUrl url;
        QUrl second;
        const QString error = worker->start(options, &url, &second);
        if (error.isEmpty())
            QMetaObject::invokeMethod(
                this, [this, url, second] { onStarted(url, second); }, Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(
                this, [this, error] { onFailed(error); }, Qt::QueuedConnection);
    });
}

void SandboxServer::onStarted(const QUrl &url, const QUrl &secondUrl)
{
    m_url = url;
    m_secondUrl = secondUrl;
    Q_EMIT started(url, secondUrl);
}

void SandboxServer::onFailed(const QString &error)
{
    stop();
    Q_EMIT failed(error);
}

void SandboxServer::stop()
{
    if (!m_thread)
        return;
    // The worker (and its servers and connections) is deleted on its own thread when the loop ends.
    m_worker->deleteLater();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    m_url.clear();
    m_secondUrl.clear();
}

} // namespace statusdeck
