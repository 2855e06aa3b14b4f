#pragma once

// The matrix in its parts: the clients (MatrixClient.h), the grid of cells (MatrixGrid.h), the
// runners for each kind of client (CellRunner.h), what the server saw (MatrixObserve.h) and the
// command line's text and JSON (MatrixFormat.h). This file schedules the cells.

#include "lab/MatrixCell.h"
#include "lab/MatrixClient.h"
#include "lab/MatrixFormat.h"
#include "lab/MatrixGrid.h"
#include "lab/MatrixObserve.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QTemporaryFile;

namespace statusdeck {
class ExchangeLog;
}

namespace statusdeck::lab {

class BrowserRun;
class CellRunner;
class ProgramSetup;

// Runs one client through methods x codes (GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS x
// 301, 302, 303, 307, 308) live against a running sandbox. Each cell starts at
// /redirect-to?url=/anything?lab=TOKEN&status_code=CODE with Authorization and
// X-StatusDeck-Probe headers (and "k=v" as a form body for POST, PUT and PATCH); its result is
// read from what the server logged for TOKEN. A few cells run at a time; the signals let a
// window fill a table as cells finish.
class RedirectMatrix : public QObject
{
    Q_OBJECT
public:
    static const QList<QByteArray> &methods() { return grid::methods(); }
    static const QList<int> &codes() { return grid::codes(); }
    static QByteArray requestBody() { return grid::requestBody(); }
    static int indexOf(const QByteArray &method, int code) { return grid::indexOf(method, code); }

    explicit RedirectMatrix(MatrixClient client, QObject *parent = nullptr);
    ~RedirectMatrix() override;

    void setConcurrency(int cells); // default 4
    void setCellTimeout(int ms);    // default 30 s (15 s in a browser); a cell that takes longer fails
    // Runs only the cells of these codes (empty: every code); the others stay unfinished.
    void setCodes(const QList<int> &codes);
    // The grid to run: methods x codes (the default) or the cross-origin grid, which needs the
    // sandbox's second origin (start() with secondUrl; without one, "another port" stays on the first).
    void setKind(grid::Kind kind) { m_kind = kind; }
    grid::Kind kind() const { return m_kind; }
    // sandboxUrl: the sandbox's main origin ("http://127.0.0.1:8088/"); log: its exchange log.
    void start(const QUrl &sandboxUrl, ExchangeLog *log);
    void start(const QUrl &sandboxUrl, const QUrl &secondUrl, ExchangeLog *log);
    void cancel(); // stops what runs; finished() follows

    const MatrixClient &client() const { return m_client; }
    bool isRunning() const { return m_running; }
    // Row-major: methods() x codes() (or scopes() x codes()); a cell's results are valid once cellFinished(index) came.
    const QList<MatrixCell> &cells() const { return m_cells; }
    int finishedCount() const { return m_done; }
    int scheduledCount() const { return m_scheduled; }
    // A real program is set up before its cells run (ProgramSetup: its version, the python3 that
    // imports it, the Go client's build); when that fails, finished() comes with no cell run and
    // this says why (translated, names the package). Empty otherwise.
    QString setupError() const { return m_setupError; }
    // Where the Go client is built (default: the user's cache folder).
    void setCacheRoot(const QString &root) { m_cacheRoot = root; }

Q_SIGNALS:
    void cellStarted(int index);
    void cellFinished(int index);
    void progress(int finished, int total);
    void finished();

private:
    struct Job {
        QPointer<CellRunner> runner;
        QPointer<QObject> timer;
    };
    void launchMore();
    void launch(int index);
    void launchBrowser();
    void complete(int index, const QString &error, const QString &stop, const QString &output);
    void finishCell(int index, const QString &error, const QString &stop, const QString &output);
    static void dispose(const Job &job);
    void setUp();

    MatrixClient m_client;
    QList<MatrixCell> m_cells;
    QList<int> m_queue;
    QList<int> m_codes;
    QHash<int, Job> m_jobs;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<QTemporaryFile> m_bodyFile;
    std::unique_ptr<ProgramSetup> m_setup;
    QString m_setupError;
    QString m_cacheRoot;
    QPointer<BrowserRun> m_browser; // Kind::Browser: the one browser that runs every queued cell
    QUrl m_sandboxUrl;
    QString m_run;
    QSet<int> m_pendingBrowser; // cells the browser has not reported yet
    ExchangeLog *m_log = nullptr;
    grid::Kind m_kind = grid::Kind::Methods;
    int m_concurrency = 4;
    int m_timeoutMs = 30000;
    int m_done = 0;
    int m_scheduled = 0;
    bool m_running = false;
};

} // namespace statusdeck::lab
