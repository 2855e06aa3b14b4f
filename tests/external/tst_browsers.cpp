// The real browsers (Chromium, Firefox; Google Chrome where installed) against their profiles,
// cell by cell, each of the three ways a browser makes a request (fetch(), an HTML form, a
// navigation), every cell of a mode in one page load; and a cross-origin fetch() whose CORS
// preflights the sandbox answers and logs. A missing browser skips with its Debian package
// (fails under CI=true).
#include "../core/RedirectTable.h"
#include "RequireProgram.h"
#include "SandboxFixture.h"
#include "lab/BrowserRun.h"
#include "lab/RedirectMatrix.h"
#include "sandbox/ExchangeLog.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::lab;

class TestBrowsers : public QObject
{
    Q_OBJECT

    SandboxServer m_server;

    static int runnerLoads(const ExchangeLog *log, quint64 after)
    {
        int loads = 0;
        for (const HttpExchange &exchange : log->entries()) {
            if (exchange.id > after && exchange.target == "/lab/browser-runner")
                ++loads;
        }
        return loads;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(testsupport::startSandbox(m_server, true, true)); } // localhost may be ::1
    void cleanupTestCase() { m_server.stop(); }

    void browsersMatchTheirProfiles_data()
    {
        QTest::addColumn<QString>("client");
        for (const QString &id : MatrixClient::browserIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void browsersMatchTheirProfiles()
    {
        QFETCH(QString, client);
        const MatrixClient::Resolved resolved = MatrixClient::resolve(client, true);
        const auto name = browser::parseClient(client);
        QVERIFY(name);
        if (name->browser->id == "chrome"_L1 && resolved.problem == MatrixClient::Problem::NotInstalled)
            QSKIP("Google Chrome is not installed (it is not in Debian; Chromium stands for it)");
        STATUSDECK_REQUIRE_PROGRAM(
            resolved.problem != MatrixClient::Problem::NotInstalled,
            qPrintable(u"%1 is not installed (Debian package %2, tests/install-test-packages.sh)"_s.arg(
                name->browser->name, name->browser->package)));
        QCOMPARE(resolved.problem, MatrixClient::Problem::None);
        QCOMPARE(resolved.client.kind, MatrixClient::Kind::Browser);

        const QList<HttpExchange> before = m_server.log()->entries();
        const quint64 after = before.isEmpty() ? 0 : before.constLast().id;
        RedirectMatrix matrix(resolved.client);
        QSignalSpy finished(&matrix, &RedirectMatrix::finished);
        matrix.start(m_server.url(), m_server.log());
        QVERIFY(finished.wait(120000));
        const QList<MatrixCell> &cells = matrix.cells();
        QCOMPARE(cells.size(), 35);
        QStringList problems;
        const QString profileId = resolved.client.profile->id();
        for (const QByteArray &method : RedirectMatrix::methods()) {
            QStringList row;
            for (int code : RedirectMatrix::codes()) {
                const MatrixCell &cell = cells.at(RedirectMatrix::indexOf(method, code));
                row.append(redirecttable::notation(cell.method, cell.bodySent, cell.nextMethod, cell.bodyKept));
                const QString where = u"%1 %2 %3"_s.arg(client, QString::fromLatin1(method)).arg(code);
                if (!cell.finished)
                    problems.append(where + u": not finished"_s);
                if (!cell.mismatch.isEmpty())
                    problems.append(where + u": "_s + cell.mismatch);
                if (!browser::canSend(name->mode, method)) {
                    if (cell.error != browser::notPossibleText(name->mode) || !cell.hops.isEmpty())
                        problems.append(where + u": expected '%1', saw '%2'"_s.arg(browser::notPossibleText(name->mode),
                                                                                   cell.error));
                    continue;
                }
                if (!cell.followed() || !cell.clientError.isEmpty())
                    problems.append(where + u": "_s + cell.error + cell.clientError);
                // Same origin: no preflight; the Authorization fetch() sets stays.
                for (const MatrixHop &hop : cell.hops) {
                    if (browser::isPreflight(hop))
                        problems.append(where + u": a preflight on a same-origin request"_s);
                }
                if (cell.headersDropped.contains(u"Authorization"_s, Qt::CaseInsensitive))
                    problems.append(where + u": Authorization dropped"_s);
                if (!cell.command.contains(resolved.client.programPath))
                    problems.append(where + u": command '%1'"_s.arg(cell.command));
            }
            const QString expected = redirecttable::expected(profileId, method);
            if (row.join(u' ') != expected)
                problems.append(u"%1 %2: saw '%3', table says '%4'"_s.arg(client, QString::fromLatin1(method),
                                                                          row.join(u' '), expected));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Every cell of the mode in one page load.
        QCOMPARE(runnerLoads(m_server.log(), after), 1);
        // The throw-away profile is gone.
        const QRegularExpression dir(u"--user-data-dir=(\\S+)/profile|--profile (\\S+)/profile"_s);
        const auto match = dir.match(cells.at(0).command);
        QVERIFY2(match.hasMatch(), qPrintable(cells.at(0).command));
        const QString folder = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        QTRY_VERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
    }

    // The cross-origin grid in fetch(): Authorization and X-StatusDeck-Probe (a page cannot set
    // Cookie) through every code to the same origin, another port and another host, cell by cell
    // against the fetch profile; a form and a navigation are not offered it, and say why.
    void crossOriginGridMatchesTheFetchProfile_data()
    {
        QTest::addColumn<QString>("client");
        for (const QString &id : MatrixClient::browserIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void crossOriginGridMatchesTheFetchProfile()
    {
        QFETCH(QString, client);
        const MatrixClient::Resolved resolved = MatrixClient::resolve(client, true);
        const auto name = browser::parseClient(client);
        QVERIFY(name);
        if (name->mode != browser::Mode::Fetch) {
            QVERIFY(resolved.client.crossOriginUnavailable().contains(u"fetch"_s));
            RedirectMatrix matrix(resolved.client);
            matrix.setKind(grid::Kind::CrossOrigin);
            QSignalSpy finished(&matrix, &RedirectMatrix::finished);
            matrix.start(m_server.url(), m_server.secondUrl(), m_server.log());
            QCOMPARE(finished.size(), 1);
            QCOMPARE(matrix.setupError(), resolved.client.crossOriginUnavailable());
            return;
        }
        QVERIFY(resolved.client.crossOriginUnavailable().isEmpty());
        if (name->browser->id == "chrome"_L1 && resolved.problem == MatrixClient::Problem::NotInstalled)
            QSKIP("Google Chrome is not installed (it is not in Debian; Chromium stands for it)");
        STATUSDECK_REQUIRE_PROGRAM(
            resolved.problem != MatrixClient::Problem::NotInstalled,
            qPrintable(u"%1 is not installed (Debian package %2, tests/install-test-packages.sh)"_s.arg(
                name->browser->name, name->browser->package)));
        RedirectMatrix matrix(resolved.client);
        matrix.setKind(grid::Kind::CrossOrigin);
        QSignalSpy finished(&matrix, &RedirectMatrix::finished);
        matrix.start(m_server.url(), m_server.secondUrl(), m_server.log());
        QVERIFY(finished.wait(120000));
        const QList<MatrixCell> &cells = matrix.cells();
        QCOMPARE(cells.size(), 15);
        QStringList problems;
        for (const MatrixCell &cell : cells) {
            const QString where = u"%1 %2 %3"_s.arg(client, cell.scope).arg(cell.code);
            if (!cell.followed() || !cell.clientError.isEmpty()) {
                problems.append(where + u": "_s + cell.error + cell.clientError);
                continue;
            }
            if (!cell.mismatch.isEmpty())
                problems.append(where + u": "_s + cell.mismatch);
            QStringList seen = cell.headersDropped;
            QStringList predicted = cell.prediction.headersDropped;
            seen.sort(Qt::CaseInsensitive);
            predicted.sort(Qt::CaseInsensitive);
            if (seen.join(u',').toLower() != predicted.join(u',').toLower())
                problems.append(
                    u"%1: dropped [%2], the profile [%3]"_s.arg(where, seen.join(u", "_s), predicted.join(u", "_s)));
            const bool away = cell.scope != "same-origin"_L1;
            if (cell.headersDropped.contains(u"Authorization"_s, Qt::CaseInsensitive) != away)
                problems.append(where + u": Authorization"_s + (away ? u" kept"_s : u" dropped"_s));
            if (cell.headersDropped.contains(u"X-StatusDeck-Probe"_s, Qt::CaseInsensitive))
                problems.append(where + u": X-StatusDeck-Probe dropped"_s);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // A fetch() into the second origin (another port): the browser asks first with a preflight,
    // the sandbox allows it and logs it, the request follows, and the hop timeline explains it.
    void crossOriginFetchShowsItsPreflight_data()
    {
        QTest::addColumn<QString>("browserId");
        QTest::newRow("chromium") << u"chromium"_s;
        QTest::newRow("firefox") << u"firefox"_s;
    }
    void crossOriginFetchShowsItsPreflight()
    {
        QFETCH(QString, browserId);
        const browser::Browser *which = browser::find(browserId);
        const QString program = browser::findExecutable(*which);
        STATUSDECK_REQUIRE_PROGRAM(!program.isEmpty(), qPrintable(u"%1 is not installed (Debian package %2)"_s.arg(
                                                           which->name, which->package)));
        QVERIFY(m_server.secondUrl().isValid());
        QList<MatrixCell> cells = grid::cells(m_server.secondUrl(), u"x%1"_s.arg(browserId.size()));
        QList<browser::PageCell> page;
        for (int index : {grid::indexOf("PUT", 307), grid::indexOf("POST", 303)})
            page.append({index, browser::firstRequest(browser::Mode::Fetch, cells.at(index))});
        BrowserRun run(*which, program, browser::Mode::Fetch);
        QSignalSpy reported(&run, &BrowserRun::cellFinished);
        QSignalSpy finished(&run, &BrowserRun::finished);
        run.start(m_server.url(), m_server.log(), page, u"cors"_s + browserId);
        QVERIFY(finished.wait(90000));
        QCOMPARE(finished.at(0).at(0).toString(), QString());
        QCOMPARE(reported.size(), 2);
        for (const browser::PageCell &sent : std::as_const(page)) {
            MatrixCell cell = observe(cells.at(sent.index), m_server.log()->entries());
            const QString where = browserId + u' ' + QString::fromLatin1(cell.method);
            QVERIFY2(cell.followed(), qPrintable(where + u": "_s + cell.error));
            QCOMPARE(cell.nextMethod, cell.method == "PUT" ? QByteArray("PUT") : QByteArray("GET"));
            int preflights = 0;
            for (const MatrixHop &hop : cell.hops) {
                if (!browser::isPreflight(hop))
                    continue;
                ++preflights;
                QCOMPARE(hop.status, 204);
                QCOMPARE(headers::value(hop.headers, "Origin"),
                         m_server.url().adjusted(QUrl::RemovePath).toString().toLatin1());
                QVERIFY(!browser::corsNotes(hop, m_server.url()).isEmpty());
            }
            QVERIFY2(preflights >= 1, qPrintable(where));
            QCOMPARE(cell.hops.constFirst().method, QByteArray("OPTIONS")); // asked before it sent
        }
    }
};

QTEST_GUILESS_MAIN(TestBrowsers)
#include "tst_browsers.moc"
