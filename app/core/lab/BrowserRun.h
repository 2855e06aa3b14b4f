#pragma once

#include "lab/BrowserPage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <memory>

class QProcess;
class QTemporaryDir;
class QTimer;

namespace statusdeck {
class ExchangeLog;
}

namespace statusdeck::lab {

// One real browser run: the browser started headless with a fresh profile in a temporary
// folder, on the runner page that sends every cell and reports each one to the sandbox
// (browser::reportPath()). The reports are read from the sandbox's log; when the page reports
// the end, or the deadline passes, the browser and every process it started are ended and the
// profile folder removed. Ending early (abort(), or destroying the run when the app quits)
// cleans up the same way.
class BrowserRun : public QObject
{
    Q_OBJECT
public:
    // program: the browser's executable (or, in tests, any program that takes its arguments).
    BrowserRun(browser::Browser browser, QString program, browser::Mode mode, QObject *parent = nullptr);
    ~BrowserRun() override;

    void setCellTimeout(int ms); // default 15 s: the page gives up on a cell after it
    void setDeadline(int ms);    // default: start-up allowance plus every cell's timeout, see deadline()
    void setParallel(int cells); // cells the page runs at a time (default 4)
    int deadline(int cells) const;

    // Starts the browser on base's runner page for cells; run is in every report, so reports
    // of another run are not taken for this one's. log: the sandbox's.
    void start(const QUrl &base, ExchangeLog *log, const QList<browser::PageCell> &cells, const QString &run);
    // Ends the browser now; finished() does not follow.
    void abort();

    bool isRunning() const;
    // The command line, copy-ready, with the page's fragment elided.
    QString command() const { return m_command; }
    QString profileDir() const; // empty when none (not started, or cleaned up)
    qint64 processId() const;   // 0 when no browser runs

Q_SIGNALS:
    // A cell the page reported: error is empty, "timed out", or what the page's script saw.
    void cellFinished(int index, const QString &error);
    // The run is over: error is empty when the page reported the end, else why it stopped
    // early (the deadline, the browser could not start or exited). Cells not reported by
    // then never finished.
    void finished(const QString &error);

private:
    void readLog();
    void end(const QString &error);
    void cleanUp();

    browser::Browser m_browser;
    QString m_program;
    browser::Mode m_mode;
    int m_cellTimeoutMs = 15000;
    int m_deadlineMs = 0;
    int m_parallel = 4;
    QString m_run;
    QString m_command;
    QPointer<ExchangeLog> m_log;
    quint64 m_lastSeen = 0;
    QSet<int> m_pending;
    QPointer<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_profile;
    QTimer *m_deadline = nullptr;
    QTimer *m_poll = nullptr;
    bool m_ending = false;
};

} // namespace statusdeck::lab
