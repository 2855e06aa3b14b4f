// BrowserRun without a browser: a small shell script stands in for it (it starts a helper
// process, as browsers do, and waits). Checked: the page's reports are read from the log (only
// this run's), the end report ends the run, the deadline ends it with the cells unreported, a
// browser that exits early or cannot start is reported, and in every case the browser, its
// helper and the profile folder are gone afterwards, also on abort() and on destruction.
#include "lab/BrowserRun.h"
#include "sandbox/ExchangeLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::lab;

namespace {

// Alive and not a zombie waiting for its parent.
bool alive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.mid(close + 2, 1) != "Z";
}

} // namespace

class TestBrowserRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fake;
    QString m_pids;

    browser::Browser fakeBrowser() const { return *browser::find(u"chromium"_s); }

    QList<browser::PageCell> cells(int count) const
    {
        QList<browser::PageCell> list;
        for (int i = 0; i < count; ++i) {
            LabRequest request;
            request.method = "GET";
            request.url = QUrl(u"http://127.0.0.1:9/redirect-to?url=%2Fanything%3Flab%3Dx&status_code=301"_s);
            list.append({i, request});
        }
        return list;
    }

    static void report(ExchangeLog &log, const QByteArray &query)
    {
        HttpExchange exchange;
        exchange.method = "GET";
        exchange.target = "/lab/browser-report?" + query;
        exchange.status = 204;
        log.record(exchange);
    }

    // The helper's pid, written by the fake browser once it runs.
    qint64 helperPid() const
    {
        QFile file(m_pids);
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        return file.readAll().trimmed().toLongLong();
    }

    void verifyCleanedUp(const QString &profile, qint64 browserPid, qint64 helper)
    {
        QVERIFY(!profile.isEmpty());
        QVERIFY2(!QFileInfo::exists(profile), qPrintable(profile));
        QTRY_VERIFY(!alive(browserPid));
        if (helper > 0)
            QTRY_VERIFY2(!alive(helper), "the browser's helper process outlived it");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fake = m_dir.filePath(u"fake-browser"_s);
        m_pids = m_dir.filePath(u"helper.pid"_s);
        QFile script(m_fake);
        QVERIFY(script.open(QIODevice::WriteOnly));
        // A helper in the background, as a browser's renderers; the profile folder is its argument.
        script.write("#!/bin/sh\nsleep 300 &\necho $! > \"$STATUSDECK_TEST_PIDS\"\nwait\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("STATUSDECK_TEST_PIDS", m_pids.toLocal8Bit());
    }

    void init() { QFile::remove(m_pids); }

    void reportsFromTheLogFinishCells()
    {
        ExchangeLog log;
        BrowserRun run(fakeBrowser(), m_fake, browser::Mode::Fetch);
        QSignalSpy reported(&run, &BrowserRun::cellFinished);
        QSignalSpy finished(&run, &BrowserRun::finished);
        run.start(QUrl(u"http://127.0.0.1:9/"_s), &log, cells(3), u"RUN"_s);
        QTRY_VERIFY(run.processId() > 0);
        QTRY_VERIFY(helperPid() > 0);
        const qint64 pid = run.processId();
        const QString profile = run.profileDir();
        QVERIFY(QFileInfo(profile).isDir());
        QVERIFY2(run.command().contains(u"--user-data-dir="_s + profile + u"/profile"_s), qPrintable(run.command()));
        QVERIFY2(run.command().endsWith(u"/lab/browser-runner#…'"_s), qPrintable(run.command()));

        report(log, "run=OTHER&cell=0&error="); // another run's
        report(log, "run=RUN&cell=0&error=");   // fine
        report(log, "run=RUN&cell=1&error=timeout");
        report(log, "run=RUN&cell=1&error=again"); // reported twice: the first counts
        QTRY_COMPARE(reported.size(), 2);
        QCOMPARE(reported.at(0).at(0).toInt(), 0);
        QCOMPARE(reported.at(0).at(1).toString(), QString());
        QCOMPARE(reported.at(1).at(0).toInt(), 1);
        QCOMPARE(reported.at(1).at(1).toString(), u"timed out"_s);
        QVERIFY(finished.isEmpty());
        report(log, "run=RUN&done=1");
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QString()); // the page ended: cell 2 never reported
        QCOMPARE(reported.size(), 2);
        QVERIFY(!run.isRunning());
        verifyCleanedUp(profile, pid, helperPid());
    }

    void theLastReportEndsTheRun()
    {
        ExchangeLog log;
        BrowserRun run(fakeBrowser(), m_fake, browser::Mode::Form);
        QSignalSpy finished(&run, &BrowserRun::finished);
        run.start(QUrl(u"http://127.0.0.1:9/"_s), &log, cells(1), u"ONE"_s);
        QTRY_VERIFY(helperPid() > 0);
        const qint64 pid = run.processId();
        const QString profile = run.profileDir();
        report(log, "run=ONE&cell=0&error=TypeError%3A%20Failed%20to%20fetch");
        QTRY_COMPARE(finished.size(), 1);
        verifyCleanedUp(profile, pid, helperPid());
    }

    void deadlineEndsTheRun()
    {
        ExchangeLog log;
        BrowserRun run(fakeBrowser(), m_fake, browser::Mode::Navigate);
        run.setDeadline(300);
        QSignalSpy reported(&run, &BrowserRun::cellFinished);
        QSignalSpy finished(&run, &BrowserRun::finished);
        run.start(QUrl(u"http://127.0.0.1:9/"_s), &log, cells(2), u"SLOW"_s);
        QTRY_VERIFY(helperPid() > 0);
        const qint64 pid = run.processId();
        const QString profile = run.profileDir();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.at(0).at(0).toString().contains(u"longer than"_s),
                 qPrintable(finished.at(0).at(0).toString()));
        QVERIFY(reported.isEmpty());
        verifyCleanedUp(profile, pid, helperPid());
    }

    void defaultDeadlineCoversEveryCell()
    {
        BrowserRun run(fakeBrowser(), m_fake, browser::Mode::Fetch);
        run.setCellTimeout(1000);
        run.setParallel(4);
        // A start-up allowance plus one round of cell timeouts per four cells.
        QVERIFY(run.deadline(8) > run.deadline(4));
        QVERIFY(run.deadline(4) >= 2 * 1000 / 2);
        run.setDeadline(1234);
        QCOMPARE(run.deadline(35), 1234);
    }

    void abortAndDestructionCleanUp()
    {
        ExchangeLog log;
        QString profile;
        qint64 pid = 0;
        {
            BrowserRun run(fakeBrowser(), m_fake, browser::Mode::Fetch);
            QSignalSpy finished(&run, &BrowserRun::finished);
            run.start(QUrl(u"http://127.0.0.1:9/"_s), &log, cells(1), u"A"_s);
            QTRY_VERIFY(helperPid() > 0);
            pid = run.processId();
            profile = run.profileDir();
            run.abort();
            QVERIFY(!run.isRunning());
            QVERIFY(run.profileDir().isEmpty());
            QTest::qWait(0);
            QVERIFY(finished.isEmpty()); // abort() reports nothing
        }
        verifyCleanedUp(profile, pid, helperPid());

        QFile::remove(m_pids);
        {
            auto run = std::make_unique<BrowserRun>(fakeBrowser(), m_fake, browser::Mode::Fetch);
            run->start(QUrl(u"http://127.0.0.1:9/"_s), &log, cells(1), u"B"_s);
            QTRY_VERIFY(helperPid() > 0);
            pid = run->processId();
            profile = run->profileDir();
            run.reset(); // the app quits
        }
        verifyCleanedUp(profile, pid, helperPid());
    }

    void browserThatExitsOrCannotStart()
    {
        ExchangeLog log;
        BrowserRun exits(fakeBrowser(), u"/bin/true"_s, browser::Mode::Fetch);
        QSignalSpy exited(&exits, &BrowserRun::finished);
        exits.start(QUrl(u"http://127.0.0.1:9/"_s), &log, cells(1), u"E"_s);
        QVERIFY(exited.wait(10000));
        QVERIFY2(exited.at(0).at(0).toString().contains(u"before the page was done"_s),
                 qPrintable(exited.at(0).at(0).toString()));
        QVERIFY(exits.profileDir().isEmpty());

        BrowserRun missing(fakeBrowser(), m_dir.filePath(u"no-such-browser"_s), browser::Mode::Fetch);
        QSignalSpy failed(&missing, &BrowserRun::finished);
        missing.start(QUrl(u"http://127.0.0.1:9/"_s), &log, cells(1), u"M"_s);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.at(0).at(0).toString().contains(u"could not be started"_s),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(missing.profileDir().isEmpty());
    }

    void noCellsNoBrowser()
    {
        ExchangeLog log;
        BrowserRun run(fakeBrowser(), m_fake, browser::Mode::Form);
        QSignalSpy finished(&run, &BrowserRun::finished);
        run.start(QUrl(u"http://127.0.0.1:9/"_s), &log, {}, u"N"_s);
        QVERIFY(finished.wait(5000));
        QVERIFY(!run.isRunning());
        QVERIFY(run.profileDir().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBrowserRun)
#include "tst_browserrun.moc"
