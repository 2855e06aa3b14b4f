#include "lab/RedirectMatrix.h"

#include "lab/BrowserRun.h"
#include "lab/CellRunner.h"
#include "lab/ProgramSetup.h"
#include "sandbox/ExchangeLog.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace statusdeck::lab {

RedirectMatrix::RedirectMatrix(MatrixClient client, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_network(new QNetworkAccessManager(this))
{}

RedirectMatrix::~RedirectMatrix()
{
    for (const Job &job : std::as_const(m_jobs))
        dispose(job);
    delete m_browser; // ends the browser and removes its profile folder now, not later
}

void RedirectMatrix::dispose(const Job &job)
{
    if (job.timer)
        job.timer->deleteLater();
    if (job.runner) {
        job.runner->disconnect();
        job.runner->abort();
        // Later: the runner may be the one emitting right now.
        job.runner->deleteLater();
    }
}

void RedirectMatrix::setConcurrency(int cells)
{
    m_concurrency = qMax(1, cells);
}

void RedirectMatrix::setCellTimeout(int ms)
{
    m_timeoutMs = qMax(1, ms);
}

void RedirectMatrix::setCodes(const QList<int> &codes)
{
    m_codes = codes;
}

void RedirectMatrix::start(const QUrl &sandboxUrl, ExchangeLog *log)
{
    start(sandboxUrl, QUrl(), log);
}

void RedirectMatrix::start(const QUrl &sandboxUrl, const QUrl &secondUrl, ExchangeLog *log)
{
    cancel();
    m_log = log;
    m_queue.clear();
    m_done = 0;
    const QString run = u"%1"_s.arg(quint64(QRandomGenerator::global()->generate()), 8, 16, QChar(u'0'));
    m_run = run;
    m_sandboxUrl = sandboxUrl;
    m_cells = grid::cellsOf(m_kind, sandboxUrl, secondUrl, run);
    for (int i = 0; i < m_cells.size(); ++i) {
        if (m_codes.isEmpty() || m_codes.contains(m_cells.at(i).code))
            m_queue.append(i);
    }
    m_scheduled = int(m_queue.size());
    if (m_client.kind == MatrixClient::Kind::Program && m_client.id == "curl"_L1) {
        m_bodyFile = std::make_unique<QTemporaryFile>();
        if (m_bodyFile->open()) {
            m_bodyFile->write(requestBody());
            m_bodyFile->flush();
        }
    }
    m_running = true;
    m_setupError.clear();
    Q_EMIT progress(0, m_scheduled);
    if (m_kind == grid::Kind::CrossOrigin && !m_client.crossOriginUnavailable().isEmpty()) {
        m_setupError = m_client.crossOriginUnavailable();
        m_queue.clear();
        m_running = false;
        m_bodyFile.reset();
        Q_EMIT finished();
        return;
    }
    if (m_queue.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    if (m_client.kind == MatrixClient::Kind::Browser) {
        launchBrowser();
        return;
    }
    if (m_client.kind == MatrixClient::Kind::Program) {
        setUp();
        return;
    }
    launchMore();
}

void RedirectMatrix::setUp()
{
    m_setup = std::make_unique<ProgramSetup>();
    if (!m_cacheRoot.isEmpty())
        m_setup->setCacheRoot(m_cacheRoot);
    connect(m_setup.get(), &ProgramSetup::finished, this, [this](const ProgramSetup::Result &result) {
        m_setup.release()->deleteLater(); // it is the one emitting
        if (!result.error.isEmpty()) {
            m_setupError = result.error;
            m_queue.clear();
            m_running = false;
            m_bodyFile.reset();
            Q_EMIT finished();
            return;
        }
        m_client.programPath = result.programPath;
        m_client.invokedAs = result.invokedAs;
        m_client.installedVersion = result.version;
        launchMore();
    });
    m_setup->start(m_client);
}

void RedirectMatrix::launchBrowser()
{
    const auto name = browser::parseClient(m_client.id);
    const browser::Mode mode = name ? name->mode : browser::Mode::Fetch;
    QList<browser::PageCell> page;
    QList<int> impossible;
    for (int index : std::as_const(m_queue)) {
        MatrixCell &cell = m_cells[index];
        const LabRequest first = browser::firstRequest(mode, cell);
        if (m_client.profile)
            cell.prediction = m_client.profile->decide(first, cell.code, grid::location(cell), 0, {first.url});
        if (browser::canSend(mode, cell.method))
            page.append({index, first});
        else
            impossible.append(index);
    }
    m_queue.clear();
    auto *run = new BrowserRun(name ? *name->browser : browser::Browser(), m_client.programPath, mode, this);
    m_browser = run;
    run->setCellTimeout(qMin(m_timeoutMs, 15000));
    connect(run, &BrowserRun::cellFinished, this,
            [this](int index, const QString &error) { finishCell(index, error, {}, {}); });
    connect(run, &BrowserRun::finished, this, [this, run](const QString &error) {
        // Every cell the page did not report: timed out, or what ended the run.
        for (int index = 0; index < m_cells.size() && m_running; ++index) {
            if (!m_cells.at(index).finished && run == m_browser && m_pendingBrowser.contains(index))
                finishCell(index, error.isEmpty() ? tr("timed out") : error, {}, {});
        }
        if (m_browser == run)
            m_browser.clear();
        run->deleteLater();
    });
    for (const browser::PageCell &cell : std::as_const(page))
        m_pendingBrowser.insert(cell.index);
    for (int index : std::as_const(impossible)) {
        m_cells[index].error = browser::notPossibleText(mode);
        m_cells[index].stop.clear();
    }
    run->start(m_sandboxUrl, m_log, page, m_run);
    for (const browser::PageCell &cell : std::as_const(page)) {
        m_cells[cell.index].command = run->command();
        Q_EMIT cellStarted(cell.index);
    }
    // Rows the mode cannot send finish at once, without a request.
    for (int index : std::as_const(impossible)) {
        if (m_running)
            finishCell(index, browser::notPossibleText(mode), u"not-possible"_s, {});
    }
}

void RedirectMatrix::cancel()
{
    if (!m_running)
        return;
    for (const Job &job : std::as_const(m_jobs))
        dispose(job);
    m_jobs.clear();
    m_queue.clear();
    m_setup.reset();
    if (m_browser) {
        m_browser->disconnect(this);
        m_browser->abort(); // the browser ends and its profile folder goes now
        m_browser->deleteLater();
        m_browser.clear();
    }
    m_pendingBrowser.clear();
    m_running = false;
    Q_EMIT finished();
}

void RedirectMatrix::launchMore()
{
    while (m_running && !m_queue.isEmpty() && m_jobs.size() < m_concurrency)
        launch(m_queue.takeFirst());
}

void RedirectMatrix::launch(int index)
{
    MatrixCell &cell = m_cells[index];
    if (m_client.profile)
        cell.prediction = grid::predict(*m_client.profile, cell);

    Job job;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this,
            [this, index] { complete(index, tr("timed out after %1 s").arg(m_timeoutMs / 1000.0), {}, {}); });
    job.timer = timer;
    std::unique_ptr<CellRunner> runner =
        CellRunner::create(m_client, m_network, m_bodyFile ? m_bodyFile->fileName() : QString());
    runner->setParent(this);
    job.runner = runner.release();
    connect(job.runner, &CellRunner::finished, this,
            [this, index](const RunOutcome &outcome) { complete(index, outcome.error, outcome.stop, outcome.output); });
    m_jobs.insert(index, job);
    timer->start(m_timeoutMs);
    Q_EMIT cellStarted(index);
    job.runner->start(grid::firstRequest(cell));
    cell.command = job.runner->command();
}

void RedirectMatrix::complete(int index, const QString &error, const QString &stop, const QString &output)
{
    const auto it = m_jobs.constFind(index);
    if (it == m_jobs.constEnd())
        return; // already completed (a timeout racing the answer)
    const Job job = *it;
    m_jobs.erase(it);
    dispose(job);
    finishCell(index, error, stop, output);
}

void RedirectMatrix::finishCell(int index, const QString &error, const QString &stop, const QString &output)
{
    m_pendingBrowser.remove(index);
    MatrixCell &cell = m_cells[index];
    cell.error = error;
    cell.stop = stop;
    cell.output = output;
    cell = observe(cell, m_log ? m_log->entries() : QList<HttpExchange>());
    cell.versionNote = cell.mismatch.isEmpty() ? QString() : m_client.versionDifference();
    ++m_done;
    Q_EMIT cellFinished(index);
    Q_EMIT progress(m_done, m_scheduled);
    if (m_done == m_scheduled) {
        m_running = false;
        m_bodyFile.reset();
        if (m_browser) {
            m_browser->disconnect(this);
            m_browser->abort();
            m_browser->deleteLater();
            m_browser.clear();
        }
        Q_EMIT finished();
        return;
    }
    launchMore();
}

} // namespace statusdeck::lab
