#include "lab/BrowserRun.h"

#include "lab/RealClient.h"
#include "sandbox/ExchangeLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace statusdeck::lab {

namespace {

constexpr int kStartupMs = 30000; // a cold Firefox on a busy machine takes several seconds
constexpr int kTermWaitMs = 3000;

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

// The browser's whole process group: the browser leads it (see start()), its helpers inherit it.
void signalGroup([[maybe_unused]] qint64 pid, [[maybe_unused]] bool hard)
{
#ifdef Q_OS_UNIX
    if (pid > 0)
        ::kill(-pid_t(pid), hard ? SIGKILL : SIGTERM);
#endif
}

} // namespace

BrowserRun::BrowserRun(browser::Browser browser, QString program, browser::Mode mode, QObject *parent)
    : QObject(parent)
    , m_browser(std::move(browser))
    , m_program(std::move(program))
    , m_mode(mode)
{}

BrowserRun::~BrowserRun()
{
    m_ending = true;
    cleanUp();
}

void BrowserRun::setCellTimeout(int ms)
{
    m_cellTimeoutMs = qMax(1, ms);
}

void BrowserRun::setDeadline(int ms)
{
    m_deadlineMs = qMax(1, ms);
}

void BrowserRun::setParallel(int cells)
{
    m_parallel = qMax(1, cells);
}

int BrowserRun::deadline(int cells) const
{
    if (m_deadlineMs > 0)
        return m_deadlineMs;
    const int rounds = (qMax(1, cells) + m_parallel - 1) / m_parallel;
    return kStartupMs + rounds * (m_cellTimeoutMs + 1000);
}

bool BrowserRun::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString BrowserRun::profileDir() const
{
    return m_profile ? m_profile->path() : QString();
}

qint64 BrowserRun::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

void BrowserRun::start(const QUrl &base, ExchangeLog *log, const QList<browser::PageCell> &cells, const QString &run)
{
    cleanUp();
    m_ending = false;
    m_run = run;
    m_log = log;
    m_pending.clear();
    for (const browser::PageCell &cell : cells)
        m_pending.insert(cell.index);
    if (m_pending.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished({}); });
        return;
    }
    m_lastSeen = 0;
    if (log) {
        const QList<HttpExchange> seen = log->entries();
        if (!seen.isEmpty())
            m_lastSeen = seen.constLast().id;
    }

    m_profile = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/statusdeck-browser-XXXXXX"_s);
    if (!m_profile->isValid()) {
        const QString error = tr("cannot make a temporary profile folder: %1").arg(m_profile->errorString());
        m_profile.reset();
        QTimer::singleShot(0, this, [this, error] { Q_EMIT finished(error); });
        return;
    }
    const QString profile = m_profile->filePath(u"profile"_s);
    const QString home = m_profile->filePath(u"home"_s);
    QDir().mkpath(profile);
    QDir().mkpath(home);
    if (m_browser.engine == browser::Browser::Engine::Firefox) {
        QFile prefs(u":/lab/firefox-user.js"_s);
        QFile userJs(profile + u"/user.js"_s);
        if (prefs.open(QIODevice::ReadOnly) && userJs.open(QIODevice::WriteOnly))
            userJs.write(prefs.readAll());
    }

    const QUrl url = browser::runnerUrl(base, run, m_mode, cells, m_cellTimeoutMs, m_parallel);
    const QStringList args = browser::arguments(m_browser, profile, url, runningAsRoot());
    // Shown in the cell: the program, how it is headless and where its profile is, the page; the
    // options that only switch off background work are counted, not listed.
    QStringList shown{shellQuote(m_program)};
    int quiet = 0;
    for (const QString &arg : args) {
        if (arg.startsWith(u"http"_s))
            shown.append(shellQuote(arg.left(arg.indexOf(u'#')) + u"#…"_s));
        else if (arg.startsWith(u"--disable-"_s) || arg == "--metrics-recording-only"_L1 ||
                 (arg.startsWith(u"--no-"_s) && arg != "--no-sandbox"_L1 && arg != "--no-remote"_L1))
            ++quiet;
        else
            shown.append(shellQuote(arg));
    }
    if (quiet > 0)
        shown.insert(shown.size() - 1, tr("[%n option(s) that turn off background work]", nullptr, quiet));
    m_command = shown.join(u' ');

    auto *process = new QProcess(this);
    m_process = process;
    // Nothing of the user's: the browser's home, caches and settings are in the throw-away folder;
    // no proxy stands between it and the sandbox on loopback.
    QProcessEnvironment environment = loopbackEnvironment();
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    environment.insert(u"MOZ_CRASHREPORTER_DISABLE"_s, u"1"_s);
    process->setProcessEnvironment(environment);
    process->setProgram(m_program);
    process->setArguments(args);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardOutputFile(QProcess::nullDevice());
    process->setStandardErrorFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    // Its own process group, so ending it ends its renderers and content processes too.
    process->setChildProcessModifier([] { ::setsid(); });
#endif
    connect(process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_ending)
            return;
        readLog(); // the last reports may have come just before it exited
        if (m_ending)
            return;
        end(status == QProcess::NormalExit
                ? tr("%1 exited with status %2 before the page was done").arg(m_browser.name).arg(exitCode)
                : tr("%1 crashed").arg(m_browser.name));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && !m_ending)
            end(tr("%1 could not be started: %2").arg(m_program, process->errorString()));
    });

    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        readLog();
        if (!m_ending)
            end(tr("the browser run took longer than %1 s").arg(m_deadline->interval() / 1000));
    });
    m_deadline->start(deadline(int(cells.size())));
    // The log says when it has news; the poll is for a reader that took that notice first.
    m_poll = new QTimer(this);
    connect(m_poll, &QTimer::timeout, this, &BrowserRun::readLog);
    m_poll->start(200);
    if (log)
        connect(log, &ExchangeLog::entriesAvailable, this, &BrowserRun::readLog, Qt::QueuedConnection);
    process->start();
}

void BrowserRun::readLog()
{
    if (!m_log || m_ending)
        return;
    const QList<HttpExchange> fresh = m_log->entriesAfter(m_lastSeen);
    bool done = false;
    for (const HttpExchange &exchange : fresh) {
        m_lastSeen = qMax(m_lastSeen, exchange.id);
        const qsizetype question = exchange.target.indexOf('?');
        if (question < 0 || exchange.target.left(question) != browser::reportPath().toLatin1())
            continue;
        const QUrlQuery query(QString::fromLatin1(exchange.target.mid(question + 1)));
        if (query.queryItemValue(u"run"_s) != m_run)
            continue;
        if (query.hasQueryItem(u"done"_s)) {
            done = true;
            continue;
        }
        bool ok = false;
        const int index = query.queryItemValue(u"cell"_s).toInt(&ok);
        if (!ok || !m_pending.remove(index))
            continue;
        QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
        if (error == "timeout"_L1)
            error = tr("timed out");
        Q_EMIT cellFinished(index, error);
        if (m_ending)
            return; // a receiver aborted the run
    }
    if (done || m_pending.isEmpty())
        end({});
}

void BrowserRun::end(const QString &error)
{
    if (m_ending)
        return;
    m_ending = true;
    cleanUp();
    Q_EMIT finished(error);
}

void BrowserRun::abort()
{
    m_ending = true;
    cleanUp();
}

void BrowserRun::cleanUp()
{
    if (m_deadline) {
        m_deadline->stop();
        m_deadline->deleteLater();
        m_deadline = nullptr;
    }
    if (m_poll) {
        m_poll->stop();
        m_poll->deleteLater();
        m_poll = nullptr;
    }
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    if (m_process) {
        QProcess *process = m_process;
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            const qint64 pid = process->processId();
            // Politely first, so the browser ends its helpers; then the whole group for sure.
            signalGroup(pid, false);
            process->terminate();
            if (!process->waitForFinished(kTermWaitMs)) {
                signalGroup(pid, true);
                process->kill();
                process->waitForFinished(kTermWaitMs);
            }
            signalGroup(pid, true); // helpers that outlived the browser
        }
        process->deleteLater();
        m_process.clear();
    }
    // Only after every process that could write there has gone.
    m_profile.reset();
}

} // namespace statusdeck::lab
