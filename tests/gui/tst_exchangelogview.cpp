// The sandbox's exchange log as in browser devtools (issue #12): raw bytes of requests that
// are not HTTP (sent to a real SandboxServer), line ends and hex, a view that follows new
// rows, the context menu and its shortcuts, redirect chains grouped, the empty state, and the
// composer showing what the sandbox logged for each hop.

#include "ExchangeTableModel.h"
#include "LabPage.h"
#include "MainWindow.h"
#include "SandboxPage.h"
#include "lab/ComposerView.h"
#include "sandbox/EmptyLogHint.h"
#include "sandbox/ExchangeActions.h"
#include "sandbox/FollowTail.h"
#include "sandbox/RawBytesView.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::gui;

namespace {

// Sends bytes on a connection of their own and returns what came back until the server closed.
QByteArray sendRaw(const QUrl &url, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    QByteArray response;
    while (socket.waitForReadyRead(5000))
        response += socket.readAll();
    return response;
}

// A TLS 1.2 ClientHello's first bytes, as `openssl s_client` sends them to a plain HTTP port.
const QByteArray kClientHello = QByteArray::fromHex("160301020001000001fc0303a1b2c3d4e5f60718293a4b5c6d7e8f90"
                                                    "a1b2c3d4e5f60718293a4b5c6d7e8f9000003e130213031301c02c");

HttpExchange logged(const QByteArray &method, const QByteArray &target, int status, const QByteArray &location = {},
                    const QByteArray &extraHeaders = {}, const QByteArray &body = {})
{
    HttpExchange e;
    e.connectionId = 1;
    e.origin = u"http://127.0.0.1:8088"_s;
    e.clientAddress = u"127.0.0.1"_s;
    e.clientPort = 50000;
    e.started = e.finished = QDateTime::currentDateTimeUtc();
    e.method = method;
    e.target = target;
    e.status = status;
    e.rawRequest = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:8088\r\n" + extraHeaders +
                   (body.isEmpty() ? QByteArray() : "Content-Length: " + QByteArray::number(body.size()) + "\r\n") +
                   "\r\n" + body;
    e.rawResponse = "HTTP/1.1 " + QByteArray::number(status) + " Something\r\n" +
                    (location.isEmpty() ? QByteArray() : "Location: " + location + "\r\n") +
                    "Content-Length: 0\r\n\r\n";
    return e;
}

int rowOfTarget(SandboxPage &page, const QByteArray &target)
{
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (page.model()->exchange(row).target == target)
            return row;
    }
    return -1;
}

void selectSourceRow(SandboxPage &page, int sourceRow)
{
    auto *proxy = static_cast<QAbstractProxyModel *>(page.table()->model());
    page.table()->setCurrentIndex(proxy->mapFromSource(page.model()->index(sourceRow, 0)));
}

} // namespace

class TestExchangeLogView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_settingsCount = 0;

    QString settingsPath() { return m_dir.filePath(u"s%1.ini"_s.arg(++m_settingsCount)); }

private Q_SLOTS:
    void garbageRequestShowsTheBytesThatArrived_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");    // in the text view
        QTest::addColumn<QString>("hexLine"); // the first line of the hex view
        QTest::newRow("tls client hello") << kClientHello << u"\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x00\\x01"_s
                                          << u"00000000  16 03 01 02 00 01 00 00  01 fc 03 03 a1 b2 c3 d4"_s;
        QTest::newRow("binary garbage") << QByteArray("\xff\xfe\x00garbage\xc3", 11) << u"\\xFF\\xFE\\x00garbage\\xC3"_s
                                        << u"00000000  ff fe 00 67 61 72 62 61  67 65 c3"_s;
    }
    void garbageRequestShowsTheBytesThatArrived()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, hexLine);
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        SandboxPage page(server, settings);
        page.resize(1000, 700);
        page.show();
        page.startServer();
        QTRY_VERIFY(server.isListening());

        const QByteArray answer = sendRaw(server.url(), bytes);
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
        QTRY_COMPARE(page.model()->rowCount(), 1);
        const HttpExchange &e = page.model()->exchange(0);
        QCOMPARE(e.rawRequest, bytes); // what arrived, not "0 bytes"
        QCOMPARE(e.requestBytes, bytes.size());
        QCOMPARE(e.status, 400);
        page.table()->selectRow(0);
        QVERIFY2(page.requestView()->text().startsWith(text), qPrintable(page.requestView()->text()));
        QVERIFY(page.requestView()->text().contains(u"parse error"_s));
        QVERIFY(page.responseView()->text().startsWith(u"HTTP/1.1 400 Bad Request\n"_s));

        page.hexToggle()->setChecked(true);
        QVERIFY2(page.requestView()->text().startsWith(hexLine), qPrintable(page.requestView()->text()));
        QVERIFY(page.responseView()->text().startsWith(u"00000000  48 54 54 50 2f 31 2e 31"_s));
        QVERIFY(!page.lineEndsToggle()->isEnabled());
        page.hexToggle()->setChecked(false);
        QCOMPARE(settings.value(u"sandbox/hex"_s).toBool(), false);
        server.stop();
    }

    void lineEndsAreShownOnRequest()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        SandboxPage page(server, settings);
        page.startServer();
        QTRY_VERIFY(server.isListening());
        // A bare LF after the request line: llhttp takes it, and the view must tell it apart.
        const QByteArray bytes =
            "GET /status/204 HTTP/1.1\nHost: " + server.url().authority().toUtf8() + "\r\nConnection: close\r\n\r\n";
        QVERIFY(sendRaw(server.url(), bytes).startsWith("HTTP/1.1 204"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        page.table()->selectRow(0);
        QVERIFY(page.requestView()->text().startsWith(u"GET /status/204 HTTP/1.1\nHost: "_s));
        QVERIFY(!page.requestView()->text().contains(u"\\r"_s));
        page.lineEndsToggle()->setChecked(true);
        QVERIFY2(page.requestView()->text().startsWith(u"GET /status/204 HTTP/1.1\\n\nHost: "_s),
                 qPrintable(page.requestView()->text()));
        QVERIFY(page.requestView()->text().contains(u"Connection: close\\r\\n\n\\r\\n\n"_s));
        QVERIFY(page.responseView()->text().startsWith(u"HTTP/1.1 204 No Content\\r\\n\n"_s));
        QCOMPARE(settings.value(u"sandbox/showLineEnds"_s).toBool(), true);
        server.stop();
    }

    void viewFollowsNewRowsUnlessScrolledUp()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SandboxServer server; // not started: rows go straight into its log
        SandboxPage page(server, settings);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QScrollBar *bar = page.table()->verticalScrollBar();
        for (int i = 0; i < 60; ++i)
            server.log()->record(logged("GET", "/status/" + QByteArray::number(200 + i), 200));
        QTRY_COMPARE(page.model()->rowCount(), 60);
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(page.follow()->isFollowing());

        bar->setValue(0); // the user scrolls up to read
        QVERIFY(!page.follow()->isFollowing());
        for (int i = 0; i < 10; ++i)
            server.log()->record(logged("GET", "/later", 200));
        QTRY_COMPARE(page.model()->rowCount(), 70);
        QCOMPARE(bar->value(), 0);

        bar->setValue(bar->maximum()); // back at the bottom: follows again
        QVERIFY(page.follow()->isFollowing());
        const int before = bar->maximum();
        for (int i = 0; i < 10; ++i)
            server.log()->record(logged("GET", "/latest", 200));
        QTRY_COMPARE(page.model()->rowCount(), 80);
        QTRY_VERIFY(bar->maximum() > before);
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void hostColumn()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SandboxServer server;
        SandboxPage page(server, settings);
        server.log()->record(logged("GET", "/headers", 200));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->headerData(ExchangeTableModel::Host, Qt::Horizontal).toString(), u"Host"_s);
        QCOMPARE(page.model()->index(0, ExchangeTableModel::Host).data().toString(), u"127.0.0.1:8088"_s);
    }

    void cutSideKeepsTheLogsMarkOutOfTheBytes()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SandboxServer server;
        server.log()->setBounds(10, 1 << 20, 64);
        SandboxPage page(server, settings);
        server.log()->record(logged("POST", "/post", 200, {}, {}, QByteArray(200, 'x')));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        page.table()->selectRow(0);
        const QString text = page.requestView()->text();
        QVERIFY2(text.endsWith(
                     u"[… StatusDeck: %1 more bytes not kept …]"_s.arg(page.model()->exchange(0).requestBytes - 64)),
                 qPrintable(text));
        page.hexToggle()->setChecked(true);
        QVERIFY(page.requestView()->text().contains(u"\n00000040\n"_s)); // 64 bytes dumped, then the note
        QVERIFY(!page.requestView()->text().contains(u"53 74 61 74 75 73 44 65 63 6b"_s)); // "StatusDeck" not as bytes
    }

    void contextMenuActions()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SandboxServer server;
        SandboxPage page(server, settings);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        server.log()->record(logged("POST", "/status/418?x=1&y=2", 418, {}, "Content-Type: text/plain\r\n", "it's"));
        server.log()->record(logged("GET", "/x", 0));
        QTRY_COMPARE(page.model()->rowCount(), 2);
        page.table()->setFocus();
        page.table()->selectRow(0);
        ExchangeActions *actions = page.actions();
        QSignalSpy messages(&page, &SandboxPage::statusMessage);

        // Every action is in the menu and has a shortcut, which the menu shows.
        QMenu *menu = actions->menu();
        for (int which = 0; which < ExchangeActions::ActionCount; ++which) {
            QAction *action = actions->action(ExchangeActions::Action(which));
            QVERIFY2(menu->actions().contains(action), qPrintable(action->text()));
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
            QVERIFY(page.table()->actions().contains(action));
        }

        QTest::keyClick(page.table(), Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(QApplication::clipboard()->text(),
                 u"curl 'http://127.0.0.1:8088/status/418?x=1&y=2' -H 'Content-Type: text/plain' --data-raw "
                 "'it'\\''s'"_s);
        QVERIFY(messages.last().first().toString().startsWith(u"Copied curl"_s));

        QTest::keyClick(page.table(), Qt::Key_F, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(QApplication::clipboard()->text().startsWith(
            u"fetch(\"http://127.0.0.1:8088/status/418?x=1&y=2\", {\n  method: \"POST\","_s));
        QVERIFY(QApplication::clipboard()->text().contains(u"body: \"it's\""_s));

        QTest::keyClick(page.table(), Qt::Key_U, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(QApplication::clipboard()->text(), u"http://127.0.0.1:8088/status/418?x=1&y=2"_s);
        QVERIFY(messages.last().first().toString().contains(u"Copied http://127.0.0.1:8088/status/418"_s));

        QSignalSpy card(&page, &SandboxPage::cardRequested);
        QTest::keyClick(page.table(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(card.count(), 1);
        QCOMPARE(card.first().first().toString(), u"418"_s);

        QSignalSpy edit(&page, &SandboxPage::editRequested);
        QTest::keyClick(page.table(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().at(0).toString(), u"POST"_s);
        QCOMPARE(edit.first().at(1).toString(), u"http://127.0.0.1:8088/status/418?x=1&y=2"_s);
        QCOMPARE(edit.first().at(2).toString(), u"Content-Type: text/plain"_s); // not Host, not Content-Length
        QCOMPARE(edit.first().at(3).toString(), u"it's"_s);

        // The Menu key opens the menu under the current row; a row without a status has no card.
        page.table()->selectRow(1);
        QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(), QPoint());
        QApplication::sendEvent(page.table(), &key);
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(!actions->action(ExchangeActions::OpenCard)->isEnabled());
        QVERIFY(actions->action(ExchangeActions::CopyCurl)->isEnabled());
        menu->close();
    }

    void replaySendsTheSameBytesAgain()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        SandboxPage page(server, settings);
        page.startServer();
        QTRY_VERIFY(server.isListening());
        const QByteArray bytes =
            "GET /status/418 HTTP/1.1\r\nHost: " + server.url().authority().toUtf8() + "\r\nX-Replay: yes\r\n\r\n";
        QVERIFY(sendRaw(server.url(), bytes + "GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").size() > 0);
        QTRY_COMPARE(page.model()->rowCount(), 2);
        page.table()->selectRow(0);
        QSignalSpy replayed(page.actions(), &ExchangeActions::replayed);
        page.actions()->action(ExchangeActions::Replay)->trigger();
        QVERIFY(replayed.wait(10000));
        QCOMPARE(replayed.first().at(0).toInt(), 418);
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.model()->exchange(2).rawRequest, bytes);
        // Garbage is replayed as it came, and answered as before.
        sendRaw(server.url(), kClientHello);
        QTRY_COMPARE(page.model()->rowCount(), 4);
        page.table()->selectRow(3);
        replayed.clear();
        page.actions()->action(ExchangeActions::Replay)->trigger();
        QVERIFY(replayed.wait(10000));
        QCOMPARE(replayed.first().at(0).toInt(), 400);
        QTRY_COMPARE(page.model()->rowCount(), 5);
        QCOMPARE(page.model()->exchange(4).rawRequest, kClientHello);
        server.stop();
    }

    void redirectChainsAreGrouped()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SandboxServer server;
        SandboxPage page(server, settings);
        ExchangeLog *log = server.log();
        log->record(logged("GET", "/redirect-chain/2", 302, "/redirect-chain/1?hop=1"));
        log->record(logged("GET", "/status/418", 418)); // another request in between
        log->record(logged("GET", "/redirect-chain/1?hop=1", 302, "/anything?hop=2"));
        log->record(logged("GET", "/anything?hop=2", 200));
        log->record(logged("GET", "/redirect-to?url=%2Fanything%3Flab%3Dsdlab1r0c307&status_code=307", 307,
                           "/anything?lab=sdlab1r0c307"));
        log->record(logged("GET", "/anything?lab=sdlab1r0c307", 200));
        QTRY_COMPARE(page.model()->rowCount(), 6);
        ExchangeTableModel *model = page.model();
        const int head = rowOfTarget(page, "/redirect-chain/2");
        QCOMPARE(model->index(head, 0).data(ExchangeTableModel::ChainSizeRole).toInt(), 3);
        // A chain's rows stay together, although another request came in between.
        QCOMPARE(rowOfTarget(page, "/redirect-chain/1?hop=1"), head + 1);
        QCOMPARE(rowOfTarget(page, "/anything?hop=2"), head + 2);
        QCOMPARE(rowOfTarget(page, "/status/418"), head + 3);
        QCOMPARE(
            model->index(rowOfTarget(page, "/anything?hop=2"), 0).data(ExchangeTableModel::ChainRole).toULongLong(),
            model->exchange(head).id);
        QCOMPARE(model->index(rowOfTarget(page, "/status/418"), 0).data(ExchangeTableModel::ChainSizeRole).toInt(), 1);
        QCOMPARE(model->index(rowOfTarget(page, "/anything?lab=sdlab1r0c307"), 0)
                     .data(ExchangeTableModel::ChainSizeRole)
                     .toInt(),
                 2);
        QVERIFY(model->index(head, ExchangeTableModel::Target).data().toString().startsWith(u"▾ /redirect-chain/2"_s));
        QVERIFY(model->index(rowOfTarget(page, "/anything?hop=2"), ExchangeTableModel::Target)
                    .data()
                    .toString()
                    .contains(u"↳ /anything?hop=2"_s));

        // Collapsed, the chain is its first row; expanded again, every hop is back.
        selectSourceRow(page, rowOfTarget(page, "/anything?hop=2"));
        QAction *toggle = page.actions()->action(ExchangeActions::ToggleChain);
        QVERIFY(toggle->isEnabled());
        toggle->trigger();
        QCOMPARE(page.table()->model()->rowCount(), 4);
        QVERIFY(model->index(head, ExchangeTableModel::Target).data().toString().startsWith(u"▸ "_s));
        QCOMPARE(page.table()->currentIndex().data(ExchangeTableModel::ChainHeadRole).toBool(), true);
        toggle->trigger();
        QCOMPARE(page.table()->model()->rowCount(), 6);
        selectSourceRow(page, rowOfTarget(page, "/status/418"));
        QVERIFY(!toggle->isEnabled());
    }

    void rowsTheLogDropsGoWithGrouping()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SandboxServer server;
        server.log()->setBounds(3, 1 << 20);
        SandboxPage page(server, settings);
        ExchangeLog *log = server.log();
        log->record(logged("GET", "/redirect-code/301", 301, "/anything?hop=1"));
        log->record(logged("GET", "/status/200", 200));
        log->record(logged("GET", "/anything?hop=1", 200));
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QCOMPARE(rowOfTarget(page, "/anything?hop=1"), 1);
        log->record(logged("GET", "/status/201", 201)); // the oldest, the chain's head, goes
        QTRY_VERIFY(rowOfTarget(page, "/status/201") >= 0);
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(rowOfTarget(page, "/redirect-code/301"), -1);
        QVERIFY(rowOfTarget(page, "/anything?hop=1") >= 0);
        QVERIFY(rowOfTarget(page, "/status/201") >= 0);
    }

    void emptyStateSaysHowToSendTheFirstRequest()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        SandboxPage page(server, settings);
        page.resize(900, 500);
        page.show();
        EmptyLogHint *hint = page.emptyHint();
        QVERIFY(hint->isVisible());
        QVERIFY(!page.table()->isVisible());
        QVERIFY(hint->commandLine().startsWith(u"curl -i http://127.0.0.1:8088/status/418"_s)); // on start
        page.startServer();
        QTRY_VERIFY(server.isListening());
        QTRY_COMPARE(hint->commandLine(), u"curl -i "_s + server.url().resolved(QUrl(u"/status/418"_s)).toString());
        QSignalSpy messages(&page, &SandboxPage::statusMessage);
        QTest::mouseClick(hint->findChild<QPushButton *>(u"emptyLogCopy"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), hint->commandLine());
        QCOMPARE(messages.count(), 1);

        // The command works, and its exchange replaces the hint.
        QVERIFY(sendRaw(server.url(), "GET /status/418 HTTP/1.1\r\nHost: " + server.url().authority().toUtf8() +
                                          "\r\nConnection: close\r\n\r\n")
                    .startsWith("HTTP/1.1 418"));
        QTRY_VERIFY(page.table()->isVisible());
        QVERIFY(!hint->isVisible());
        // A filter that hides every row says so.
        page.findChild<QLineEdit *>(u"exchangeFilter"_s)->setText(u"status:5xx"_s);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->findChild<QLabel *>(u"emptyLogText"_s)->text().contains(u"matches the filter"_s));
        server.stop();
    }

    void editAndResendOpensTheComposer()
    {
        Catalog catalog = Catalog::loadBuiltIn();
        SnippetLibrary snippets = SnippetLibrary::loadBuiltIn();
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(catalog, snippets, settings);
        window.show();
        window.showPage(MainWindow::Page::Sandbox);
        SandboxPage *page = window.sandboxPage();
        window.sandbox().log()->record(logged("PUT", "/anything?a=1", 200, {}, "X-Mine: 1\r\n", "body"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->table()->selectRow(0);
        page->actions()->action(ExchangeActions::EditResend)->trigger();
        QCOMPARE(window.currentPage(), MainWindow::Page::Lab);
        LabPage *lab = window.labPage();
        QCOMPARE(lab->tabs()->currentIndex(), int(LabPage::RequestTab));
        QCOMPARE(lab->findChild<QComboBox *>(u"requestMethod"_s)->currentText(), u"PUT"_s);
        QCOMPARE(lab->findChild<QLineEdit *>(u"requestUrl"_s)->text(), u"http://127.0.0.1:8088/anything?a=1"_s);
        QCOMPARE(lab->findChild<QPlainTextEdit *>(u"requestHeaders"_s)->toPlainText(), u"X-Mine: 1"_s);
        QCOMPARE(lab->findChild<QLineEdit *>(u"requestBody"_s)->text(), u"body"_s);
        window.goBack();
        QCOMPARE(window.currentPage(), MainWindow::Page::Sandbox);

        // Open the status card goes to the reference page.
        window.showPage(MainWindow::Page::Sandbox);
        page->table()->selectRow(0);
        page->actions()->action(ExchangeActions::OpenCard)->trigger();
        QCOMPARE(window.currentPage(), MainWindow::Page::Reference);
        QCOMPARE(window.currentCardId(), u"200"_s);
    }

    // The composer's raw text of a hop is what the sandbox logged (Host, reason phrase,
    // origin-form target), also for the hop to the second origin.
    void composerShowsWhatTheSandboxLogged()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        page.setClientId(u"fetch"_s);
        const int preset = int(page.presetNames().indexOf(u"Authorization across origins"_s));
        QVERIFY(preset >= 0);
        page.applyPreset(preset);
        QTRY_VERIFY(server.isRunning() && !page.findChild<QLineEdit *>(u"requestUrl"_s)->text().isEmpty());
        QSignalSpy done(&page, &LabPage::requestFinished);
        page.sendRequest();
        QVERIFY(done.wait(30000));
        const QStringList raw = page.composerView()->rawTexts();
        QCOMPARE(raw.size(), 2);
        for (const QString &text : raw) {
            QVERIFY2(!text.startsWith(u"[StatusDeck"_s), qPrintable(text));
            QVERIFY2(text.contains(u"\nHost: "_s), qPrintable(text));
        }
        QVERIFY2(raw.at(0).contains(u"HTTP/1.1 30"_s) && raw.at(0).contains(u"Location: "_s), qPrintable(raw.at(0)));
        QVERIFY2(raw.at(1).startsWith(u"GET /"_s), qPrintable(raw.at(1)));
        QVERIFY(raw.at(1).contains(u"Host: 127.0.0.1:%1"_s.arg(server.secondUrl().port())));
        QVERIFY(raw.at(1).contains(u"HTTP/1.1 200 OK"_s));
        server.stop();
    }
};

QTEST_MAIN(TestExchangeLogView)
#include "tst_exchangelogview.moc"
