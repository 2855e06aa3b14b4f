// The redirect lab in the window: run a client's matrix live against the sandbox, read a
// cell, open its hop timeline and the raw bytes of a hop.

#include "CodeEditor.h"
#include "LabPage.h"
#include "RawModeBar.h"
#include "Theme.h"
#include "lab/ClientProfile.h"
#include "lab/CompareView.h"
#include "lab/ComposerView.h"
#include "lab/HopDetailView.h"
#include "lab/MatrixFormat.h"
#include "lab/MatrixView.h"
#include "lab/RedirectMatrix.h"
#include "sandbox/ExchangeLog.h"
#include "sandbox/RawBytesView.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::gui;

class TestLabPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    // A matrix that goes with its page hands its runners to deleteLater() (one may be the
    // object emitting), and a test function has no event loop after it to run them: without
    // this a test's runners could still be there at exit, which LeakSanitizer reported in
    // one of the last two sanitized runs (77 objects of QtNetwork and QtCore).
    void cleanup() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }
    void runMatrixAndOpenATimeline()
    {
        QSettings settings(m_dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        page.resize(1200, 800);
        page.show();
        page.setClientId(u"fetch"_s);
        QCOMPARE(page.clientId(), u"fetch"_s);

        QSignalSpy finished(&page, &LabPage::matrixFinished);
        page.runMatrix(); // starts the sandbox first
        QVERIFY(finished.wait(120000));
        QVERIFY(server.isRunning());

        const int post = int(lab::RedirectMatrix::methods().indexOf("POST"));
        const int put = int(lab::RedirectMatrix::methods().indexOf("PUT"));
        const int c302 = int(lab::RedirectMatrix::codes().indexOf(302));
        const int c307 = int(lab::RedirectMatrix::codes().indexOf(307));
        QTableWidget *table = page.matrixTable();
        QVERIFY(table->item(post, c302));
        QVERIFY2(table->item(post, c302)->text().startsWith(u"GET, body dropped"_s),
                 qPrintable(table->item(post, c302)->text()));
        QVERIFY(table->item(post, c307)->text().startsWith(u"POST, body kept"_s));
        QVERIFY(table->item(put, c302)->text().startsWith(u"PUT, body kept"_s));
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column)
                QVERIFY2(!table->item(row, column)->text().contains(u"⚠"_s), "the live run disagrees with fetch");
        }

        // A cell's timeline: the redirect, then the request at its target.
        table->setCurrentCell(post, c302);
        QCOMPARE(page.timeline()->count(), 2);
        QVERIFY(page.timeline()->item(0)->text().contains(u"POST"_s));
        QVERIFY(page.timeline()->item(1)->text().contains(u"method POST → GET"_s));
        QVERIFY(page.timeline()->item(1)->text().contains(u"body dropped"_s));
        page.timeline()->setCurrentRow(1);
        QVERIFY(page.detailView()->requestView()->text().startsWith(u"GET /anything"_s));
        QVERIFY(page.detailView()->responseView()->text().startsWith(u"HTTP/1.1 200 OK"_s));

        // A theme switch recolours the cells: background and text from the new palette.
        auto &app = *static_cast<QApplication *>(QCoreApplication::instance());
        for (const QString &theme : {u"dark"_s, u"light"_s}) {
            applyTheme(app, theme);
            const QPalette palette = QApplication::palette();
            QTRY_COMPARE(table->item(post, c302)->foreground().color(), palette.color(QPalette::Text));
            QCOMPARE(table->item(post, c302)->background().color(),
                     labCellColor(lab::CellKind::MethodChanged, palette));
        }
        applyTheme(app, QString());
        server.stop();
    }

    void presetAcrossOriginsDropsAuthorization()
    {
        QSettings settings(m_dir.filePath(u"s3.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        page.setClientId(u"fetch"_s);
        const int preset = int(page.presetNames().indexOf(u"Authorization across origins"_s));
        QVERIFY(preset >= 0);
        page.applyPreset(preset); // starts the sandbox for its second origin
        QTRY_VERIFY(server.isRunning() && !page.findChild<QLineEdit *>(u"requestUrl"_s)->text().isEmpty());
        QSignalSpy done(&page, &LabPage::requestFinished);
        page.sendRequest();
        QVERIFY(done.wait(30000));
        QCOMPARE(page.timeline()->count(), 2);
        const QString second = page.timeline()->item(1)->text();
        QVERIFY2(second.contains(u"−Authorization"_s), qPrintable(second));
        QVERIFY2(second.contains(QString::number(server.secondUrl().port())), qPrintable(second));
        // The timeline says why: the origin changed, and the profile's rule removed it.
        QVERIFY2(second.contains(u"→ another origin: port "_s), qPrintable(second));
        QVERIFY2(second.contains(u"so Authorization is removed"_s) || second.contains(u"Authorization and"_s),
                 qPrintable(second));
        QVERIFY2(second.contains(u"−Authorization: "_s), qPrintable(second));
        QVERIFY2(page.detailView()->summaryText().contains(u"https://"_s),
                 qPrintable(page.detailView()->summaryText()));
        server.stop();
    }

    void compareClientsOnOneCode()
    {
        QSettings settings(m_dir.filePath(u"s4.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        QSignalSpy done(&page, &LabPage::compareFinished);
        page.runCompare(302);
        QVERIFY(done.wait(120000));
        QTableWidget *table = page.compareTable();
        // The lab's clients: every profile, Qt, and the installed real programs.
        QCOMPARE(table->columnCount(), int(page.availableClients().size()));
        QVERIFY(table->columnCount() >= int(lab::ClientProfile::all().size()));
        const int post = int(lab::RedirectMatrix::methods().indexOf("POST"));
        // Columns are labelled with the clients' names; the id is the header's data.
        const auto column = [table](const QString &id) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (table->horizontalHeaderItem(c)->data(Qt::UserRole).toString() == id)
                    return c;
            }
            return -1;
        };
        QVERIFY(table->item(post, column(u"fetch"_s))->text().startsWith(u"GET, body dropped"_s));
        QVERIFY(table->item(post, column(u"rfc"_s))->text().startsWith(u"POST, body kept"_s));
        QVERIFY(table->item(int(lab::RedirectMatrix::methods().indexOf("PUT")), column(u"urllib"_s))
                    ->text()
                    .startsWith(u"not followed"_s));
        server.stop();
    }

    // Issue #9: Compare runs the cells it shows (7 per client), not the whole matrix of each.
    void compareRunsOnlyTheCellsItShows()
    {
        QSettings settings(m_dir.filePath(u"s5.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        QSignalSpy done(&page, &LabPage::compareFinished);
        page.runCompare(307);
        QVERIFY(done.wait(120000));
        const int clients = int(page.availableClients().size());
        QCOMPARE(page.compareView()->cellsRun(), clients * int(lab::RedirectMatrix::methods().size()));
        // Every exchange the comparison caused belongs to a 307 cell.
        for (const HttpExchange &exchange : server.log()->entries())
            QVERIFY2(!exchange.target.startsWith("/redirect-to") || exchange.target.contains("status_code=307"),
                     exchange.target.constData());
        // Labelled by name, not id (issue #15).
        QCOMPARE(page.compareTable()->horizontalHeaderItem(0)->text(), page.availableClients().first().second);
        for (int column = 0; column < page.compareTable()->columnCount(); ++column)
            QVERIFY(page.compareTable()->horizontalHeaderItem(column)->text().contains(u' '));
        server.stop();
    }

    // Issue #12, bug 2: every preset goes where it means to, end to end.
    void presetsEndToEnd_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("arrives"); // the last hop's target starts so; "second": on the second origin
        QTest::addColumn<int>("status");      // the last hop's status
        QTest::newRow("POST through a 302") << 0 << QByteArray("GET") << u"/anything"_s << 200;
        QTest::newRow("POST through a 307") << 1 << QByteArray("POST") << u"/anything"_s << 200;
        QTest::newRow("PUT through a 303") << 2 << QByteArray("GET") << u"/anything"_s << 200;
        QTest::newRow("DELETE through a 301") << 3 << QByteArray("DELETE") << u"/anything"_s << 200;
        QTest::newRow("Authorization across origins") << 4 << QByteArray("GET") << u"second"_s << 200;
        QTest::newRow("A chain of three redirects") << 5 << QByteArray("GET") << u"/anything"_s << 200;
        QTest::newRow("A redirect loop") << 6 << QByteArray("GET") << u"/loop"_s << 302;
    }

    void presetsEndToEnd()
    {
        QFETCH(int, preset);
        QFETCH(QByteArray, method);
        QFETCH(QString, arrives);
        QFETCH(int, status);
        QSettings settings(m_dir.filePath(u"s6.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        page.setClientId(u"fetch"_s);
        QCOMPARE(page.presetNames().size(), 7);
        page.applyPreset(preset);
        auto *url = page.findChild<QLineEdit *>(u"requestUrl"_s);
        QTRY_VERIFY(server.isListening() && !url->text().isEmpty());
        // Built from parts: on the main origin, the query decodes to what the preset says.
        const QUrl built(url->text());
        QCOMPARE(built.port(), server.url().port());
        if (built.path() == u"/redirect-to"_s) {
            const QString target = QUrlQuery(built).queryItemValue(u"url"_s, QUrl::FullyDecoded);
            QVERIFY2(target == u"/anything"_s || target == server.secondUrl().resolved(QUrl(u"anything"_s)).toString(),
                     qPrintable(target));
        }
        QSignalSpy done(&page, &LabPage::requestFinished);
        page.sendRequest();
        QVERIFY(done.wait(30000));
        QListWidget *hops = page.timeline();
        QVERIFY(hops->count() >= 2);
        const QString last = hops->item(hops->count() - 1)->text().section(u'\n', 0, 0);
        QVERIFY2(last.contains(u" → %1"_s.arg(status)), qPrintable(last));
        QVERIFY2(!last.contains(u"→ 404"_s), qPrintable(last));
        const QString target = last.section(u' ', 2, 2);
        if (arrives == u"second"_s)
            QVERIFY2(target.contains(u":%1/anything"_s.arg(server.secondUrl().port())), qPrintable(last));
        else
            QVERIFY2(target.startsWith(arrives), qPrintable(last));
        QVERIFY2(last.section(u' ', 1, 1) == QString::fromLatin1(method), qPrintable(last));
        server.stop();
    }

    // Issue #12, bug 3: the detail pane belongs to the view in front.
    void detailFollowsTheTab()
    {
        QSettings settings(m_dir.filePath(u"s7.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        page.setClientId(u"fetch"_s);
        QSignalSpy finished(&page, &LabPage::matrixFinished);
        page.runMatrix();
        QVERIFY(finished.wait(120000));
        page.matrixTable()->setCurrentCell(2, 1);
        QVERIFY(page.detailView()->summaryText().contains(u"POST into 302"_s));
        QCOMPARE(page.timeline()->count(), 2);

        page.tabs()->setCurrentIndex(LabPage::CompareTab);
        QVERIFY2(!page.detailView()->summaryText().contains(u"POST into 302"_s),
                 qPrintable(page.detailView()->summaryText()));
        QCOMPARE(page.timeline()->count(), 0);
        page.tabs()->setCurrentIndex(LabPage::RequestTab);
        QVERIFY(!page.detailView()->summaryText().contains(u"POST into 302"_s));
        QCOMPARE(page.timeline()->count(), 0);
        page.tabs()->setCurrentIndex(LabPage::MatrixTab);
        QVERIFY(page.detailView()->summaryText().contains(u"POST into 302"_s));
        server.stop();
    }

    // Issue #12, bug 4: the legend has the room its text needs at the first-start size.
    void legendIsNotClipped_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("first start") << QSize(906, 600);
        QTest::newRow("narrow") << QSize(700, 520);
    }

    void legendIsNotClipped()
    {
        QFETCH(QSize, size);
        QSettings settings(m_dir.filePath(u"s8.ini"_s), QSettings::IniFormat);
        SandboxServer server;
        LabPage page(server, settings);
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QLabel *legend = page.matrixView()->legend();
        QVERIFY(legend->isVisible());
        QVERIFY2(legend->height() >= legend->heightForWidth(legend->width()),
                 qPrintable(u"%1 < %2"_s.arg(legend->height()).arg(legend->heightForWidth(legend->width()))));
        // Below the table, inside the tab.
        const QRect table = page.matrixTable()->geometry();
        QVERIFY(legend->geometry().top() >= table.bottom());
        QVERIFY(legend->geometry().bottom() <= page.matrixView()->height());
    }

    // Issue #12, raw means raw: the hop pane shows the bytes the sandbox logged for the hop, with
    // the Sandbox page's toggles for line ends and hex (RawModeBar over two RawBytesViews).
    void hopPaneShowsTheLoggedBytesRawAndHex()
    {
        QSettings settings(m_dir.filePath(u"s10.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        page.setClientId(u"fetch"_s);
        const int preset = int(page.presetNames().indexOf(u"POST through a 302"_s));
        QVERIFY(preset >= 0);
        page.applyPreset(preset);
        QTRY_VERIFY(server.isRunning() && !page.findChild<QLineEdit *>(u"requestUrl"_s)->text().isEmpty());
        QSignalSpy done(&page, &LabPage::requestFinished);
        page.sendRequest();
        QVERIFY(done.wait(30000));
        QCOMPARE(page.timeline()->count(), 2);

        HopDetailView *detail = page.detailView();
        // In a small window the summary (with the rules behind the hops) keeps every line.
        page.resize(700, 340);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *summary = detail->findChild<QLabel *>(u"cellSummary"_s);
        QTRY_VERIFY2(summary->height() >= summary->heightForWidth(summary->width()),
                     qPrintable(u"%1 < %2"_s.arg(summary->height()).arg(summary->heightForWidth(summary->width()))));
        RawBytesView *request = detail->requestView();
        RawBytesView *response = detail->responseView();
        QCheckBox *lineEnds = detail->rawModeBar()->lineEndsToggle();
        QCheckBox *hex = detail->rawModeBar()->hexToggle();
        page.timeline()->setCurrentRow(0);
        const auto logged = server.log()->entry(page.composerView()->hops().at(0).exchangeId);
        QVERIFY(logged);
        // The very bytes the sandbox logged, each side in its view.
        QCOMPARE(request->bytes(), logged->rawRequest);
        QCOMPARE(response->bytes(), logged->rawResponse);
        QVERIFY2(request->text().startsWith(u"POST /redirect-to?"_s), qPrintable(request->text()));
        QVERIFY(!request->text().contains(u"\\r\\n"_s));
        QVERIFY(response->text().startsWith(u"HTTP/1.1 302 Found"_s));

        lineEnds->click();
        QVERIFY(request->showsLineEnds() && response->showsLineEnds());
        QVERIFY2(request->text().contains(u"\\r\\n"_s), qPrintable(request->text()));
        hex->click();
        QVERIFY(request->isHex() && response->isHex());
        QVERIFY(!lineEnds->isEnabled());
        QVERIFY(settings.value(u"lab/hex"_s).toBool()); // kept for the next session
        QVERIFY2(request->text().startsWith(u"00000000  50 4f 53 54 20"_s), qPrintable(request->text())); // "POST "
        QVERIFY(request->text().contains(u"0d 0a"_s));
        QVERIFY(response->text().contains(u"0d 0a"_s));
        // Another hop keeps the mode.
        page.timeline()->setCurrentRow(1);
        QVERIFY(request->text().startsWith(u"00000000  47 45 54 20"_s)); // "GET "
        hex->click();
        lineEnds->click();
        QVERIFY(!request->isHex() && !request->showsLineEnds());
        QVERIFY(request->text().startsWith(u"GET /anything"_s));
        server.stop();
    }

    // Issue #9 / #12 bug 5: a busy port does not block the lab; it runs on a free port.
    void runsWhenTheConfiguredPortIsTaken()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        QSettings settings(m_dir.filePath(u"s9.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, blocker.serverPort());
        SandboxServer server;
        LabPage page(server, settings);
        page.setClientId(u"fetch"_s);
        QSignalSpy finished(&page, &LabPage::matrixFinished);
        page.runMatrix();
        QVERIFY(finished.wait(120000));
        QVERIFY(server.isListening());
        QVERIFY(server.onFallbackPort());
        QVERIFY(server.url().port() != blocker.serverPort());
        QCOMPARE(page.matrix()->finishedCount(), 35);
        QVERIFY(page.matrixTable()->item(2, 1)->text().startsWith(u"GET, body dropped"_s));
        // The user's choice is kept.
        QCOMPARE(settings.value(u"sandbox/port"_s).toInt(), int(blocker.serverPort()));
        server.stop();
    }

    // Issue #9: the lab never runs against a sandbox that is still starting.
    void neverRunsAgainstAnEmptyUrl()
    {
        QSettings settings(m_dir.filePath(u"s10.ini"_s), QSettings::IniFormat);
        SandboxServer server;
        LabPage page(server, settings);
        page.setClientId(u"fetch"_s);
        SandboxServer::Options options;
        options.port = 0;
        server.start(options); // Starting: the URL is not there yet
        QCOMPARE(server.state(), SandboxServer::State::Starting);
        QSignalSpy finished(&page, &LabPage::matrixFinished);
        page.runMatrix();
        QVERIFY(finished.wait(120000));
        for (const lab::MatrixCell &cell : page.matrix()->cells()) {
            QCOMPARE(cell.url.port(), server.url().port());
            QVERIFY(cell.followed() || !cell.hops.isEmpty());
        }
        server.stop();
    }

    // Issue #15: the cross-origin tab. Fetch removes Authorization (and undici Cookie) on another
    // port and another host; each cell names its rule; the timeline says why.
    void crossOriginTab()
    {
        QSettings settings(m_dir.filePath(u"x1.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        page.resize(1200, 800);
        page.show();
        page.setClientId(u"fetch"_s);
        QCOMPARE(page.tabs()->tabText(LabPage::CrossOriginTab), u"Cross-Origin"_s);
        QSignalSpy finished(&page, &LabPage::crossOriginFinished);
        page.runCrossOrigin();
        QVERIFY(finished.wait(120000));
        QCOMPARE(page.tabs()->currentIndex(), int(LabPage::CrossOriginTab));
        QTableWidget *table = page.crossOriginView()->table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->verticalHeaderItem(1)->text(), u"another port"_s);
        const int c307 = int(lab::grid::codes().indexOf(307));
        QVERIFY2(table->item(0, c307)->text().startsWith(u"all kept"_s), qPrintable(table->item(0, c307)->text()));
        const QString port = table->item(1, c307)->text();
        QVERIFY2(port.contains(u"−Authorization"_s) && port.contains(u"−Cookie"_s), qPrintable(port));
        QVERIFY(table->item(1, c307)->toolTip().contains(u"Fetch standard"_s));
        QVERIFY(page.crossOriginView()->exportButton()->isEnabled());

        table->setCurrentCell(1, c307);
        const QString summary = page.detailView()->summaryText();
        QVERIFY2(summary.contains(u"Why −Authorization"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"https://fetch.spec.whatwg.org/"_s), qPrintable(summary));
        QCOMPARE(page.timeline()->count(), 2);
        const QString hop = page.timeline()->item(1)->text();
        const QString ports =
            u"port %1 ≠ %2"_s.arg(QString::number(server.url().port()), QString::number(server.secondUrl().port()));
        QVERIFY2(hop.contains(u"→ another origin: "_s + ports + u", so Authorization and Cookie are removed"_s),
                 qPrintable(hop));
        QVERIFY2(hop.contains(u"−Authorization: Fetch standard"_s), qPrintable(hop));

        // The other host is localhost against 127.0.0.1.
        table->setCurrentCell(2, c307);
        QVERIFY2(page.timeline()->item(1)->text().contains(u"host 127.0.0.1 ≠ localhost"_s),
                 qPrintable(page.timeline()->item(1)->text()));
        server.stop();
    }

    // A form or a navigation sets none of the cross-origin grid's headers: the tab does not run
    // it and says why in the message line.
    void crossOriginTabRefusesAForm()
    {
        QSettings settings(m_dir.filePath(u"x1f.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        page.show();
        page.setClientId(u"form"_s);
        QSignalSpy finished(&page, &LabPage::crossOriginFinished);
        page.runCrossOrigin();
        QTRY_VERIFY2(page.message().contains(u"not offered"_s), qPrintable(page.message()));
        QVERIFY(page.message().contains(u"fetch mode"_s));
        QVERIFY(!page.crossOriginView()->isRunning());
        QCOMPARE(finished.size(), 0);
        server.stop();
    }

    // The matrix exports as Markdown, CSV and JSON through the save dialog; a write that fails
    // says so and leaves what was there.
    void exports()
    {
        QSettings settings(m_dir.filePath(u"x2.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        page.setClientId(u"curl"_s);
        QVERIFY(!page.matrixView()->exportButton()->isEnabled());
        QVERIFY(!page.exportMatrix(m_dir.filePath(u"early.md"_s), u"markdown"_s).isEmpty());
        QSignalSpy finished(&page, &LabPage::matrixFinished);
        page.runMatrix();
        QVERIFY(finished.wait(120000));
        QVERIFY(page.matrixView()->exportButton()->isEnabled());
        QSignalSpy status(&page, &LabPage::statusMessage);
        QString offered;
        page.setFileChooser([&](const QString &, const QString &suggested, const QString &) {
            offered = suggested;
            return QFileInfo(suggested).fileName().endsWith(u".md"_s)    ? m_dir.filePath(u"m.md"_s)
                   : QFileInfo(suggested).fileName().endsWith(u".csv"_s) ? m_dir.filePath(u"m.csv"_s)
                                                                         : m_dir.filePath(u"m.json"_s);
        });
        const QList<QAction *> actions = page.matrixView()->exportButton()->menu()->actions();
        QCOMPARE(actions.size(), 3);
        for (QAction *action : actions)
            action->trigger();
        QCOMPARE(status.size(), 3);
        QVERIFY(status.first().first().toString().contains(u"m.md"_s));
        QVERIFY(offered.endsWith(u"statusdeck-curl.json"_s));
        QFile md(m_dir.filePath(u"m.md"_s));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(md.readAll());
        QVERIFY(markdown.contains(u"| POST | GET, body dropped ["_s));
        QVERIFY(markdown.contains(u"--post301"_s));
        QFile csv(m_dir.filePath(u"m.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 36);
        QFile json(m_dir.filePath(u"m.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).array().size(), 35);

        // A folder that does not exist: an error, nothing written, no confirmation.
        const QString error = page.exportMatrix(m_dir.filePath(u"missing/m.md"_s), u"markdown"_s);
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing/m.md"_s)));
        QCOMPARE(status.size(), 3);
        server.stop();
    }

    // "Try it in the lab" on a card runs that code's column at once: seven cells, nothing else.
    void tryCodeRunsItsColumn()
    {
        QSettings settings(m_dir.filePath(u"x3.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        page.setClientId(u"fetch"_s);
        QSignalSpy finished(&page, &LabPage::matrixFinished);
        page.tryCode(303);
        QCOMPARE(page.matrixTable()->currentColumn(), int(lab::RedirectMatrix::codes().indexOf(303)));
        QVERIFY(finished.wait(120000));
        QCOMPARE(page.matrix()->finishedCount(), int(lab::RedirectMatrix::methods().size()));
        const int column = int(lab::RedirectMatrix::codes().indexOf(303));
        for (int row = 0; row < page.matrixTable()->rowCount(); ++row) {
            for (int c = 0; c < page.matrixTable()->columnCount(); ++c)
                QCOMPARE(page.matrixTable()->item(row, c) != nullptr, c == column);
        }
        server.stop();
    }

    void focusCodeSelectsItsColumn()
    {
        QSettings settings(m_dir.filePath(u"s2.ini"_s), QSettings::IniFormat);
        SandboxServer server;
        LabPage page(server, settings);
        page.focusCode(303);
        QCOMPARE(page.matrixTable()->currentColumn(), int(lab::RedirectMatrix::codes().indexOf(303)));
    }
};

QTEST_MAIN(TestLabPage)
#include "tst_labpage.moc"
