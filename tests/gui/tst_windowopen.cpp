// The window opens what comes from outside: a HAR file (File > Open HAR, a drop, the
// command line) into the exchange log as imported rows, and what a second `statusdeck`
// hands over through the single-instance socket (a card, a page, a file), in process.

#include "CodeEditor.h"
#include "ExchangeTableModel.h"
#include "GuiMain.h"
#include "MainWindow.h"
#include "SandboxPage.h"
#include "instance/SingleInstance.h"
#include "sandbox/ExchangeLog.h"
#include "sandbox/RawBytesView.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <QEventLoop>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::gui;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(STATUSDECK_SOURCE_DIR "/tests/core/data/") + QString::fromLatin1(name);
}

// forwardRequest() blocks: it runs on a QThread while this thread's event loop serves.
instance::Forwarded forwardFromAnotherThread(const QString &name, const instance::Request &request)
{
    instance::Forwarded result;
    std::unique_ptr<QThread> thread(QThread::create([&] { result = instance::forwardRequest(name, request); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

QMessageBox *harError(QWidget *window)
{
    return window->findChild<QMessageBox *>(u"harError"_s);
}

} // namespace

class TestWindowOpen : public QObject
{
    Q_OBJECT
    Catalog m_catalog = Catalog::loadBuiltIn();
    SnippetLibrary m_snippets = SnippetLibrary::loadBuiltIn();
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> freshSettings()
    {
        return std::make_unique<QSettings>(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".ini"_s),
                                           QSettings::IniFormat);
    }

    // A live exchange in the log, as the sandbox records one.
    static void recordLive(MainWindow &window)
    {
        HttpExchange e;
        e.method = "GET";
        e.target = "/live";
        e.status = 200;
        e.clientAddress = u"127.0.0.1"_s;
        e.started = QDateTime::currentDateTimeUtc();
        e.finished = e.started;
        e.rawRequest = "GET /live HTTP/1.1\r\nHost: localhost\r\n\r\n";
        e.rawResponse = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
        window.sandbox().log()->record(e);
    }

private Q_SLOTS:
    void openHarMarksRowsImported()
    {
        auto settings = freshSettings();
        MainWindow window(m_catalog, m_snippets, *settings);
        window.show();
        SandboxPage *page = window.sandboxPage();
        recordLive(window);
        QTRY_COMPARE(page->model()->rowCount(), 1);

        QCOMPARE(window.openHar(dataFile("devtools-chromium.har")), QString());
        QCOMPARE(window.currentPage(), MainWindow::Page::Sandbox);
        ExchangeTableModel *model = page->model();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->importedCount(), 4);
        for (int row = 0; row < 4; ++row) {
            QVERIFY(model->index(row, 0).data(ExchangeTableModel::ImportedRole).toBool());
            QCOMPARE(model->index(row, ExchangeTableModel::Client).data().toString(), u"imported"_s);
            QVERIFY(model->index(row, 0).data(Qt::ToolTipRole).toString().contains(u"devtools-chromium.har"_s));
        }
        QVERIFY(!model->index(4, 0).data(ExchangeTableModel::ImportedRole).toBool());
        QCOMPARE(model->index(0, ExchangeTableModel::Status).data().toString(), u"404"_s);

        // The first imported row is selected: raw view and the note that it is imported.
        QTRY_VERIFY(page->importNote()->isVisible());
        QVERIFY(page->importNote()->text().contains(u"entry 1 of 4"_s));
        QVERIFY(page->requestView()->text().startsWith(u"GET /search?q=status%20codes HTTP/2.0\n:authority:"_s));

        // A live exchange arriving later goes after them; the log's bound trims live rows only.
        recordLive(window);
        QTRY_COMPARE(model->rowCount(), 6);
        window.sandbox().log()->setBounds(1, ExchangeLog::kMaxBytes);
        recordLive(window);
        QTRY_COMPARE(model->rowCount(), 5);
        QCOMPARE(model->importedCount(), 4);
        QCOMPARE(model->exchange(4).target, QByteArray("/live"));

        // Selecting a live row hides the note.
        page->table()->setCurrentIndex(page->table()->model()->index(4, 0));
        QTRY_VERIFY(!page->importNote()->isVisible());
    }

    void brokenHarKeepsTheLog_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("cut") << QByteArray(R"({"log": {"entries": [)") << u"not valid JSON"_s;
        QTest::newRow("version") << QByteArray(R"({"log": {"version": "3.0", "entries": []}})") << u"3.0"_s;
    }

    void brokenHarKeepsTheLog()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(u"broken.har"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();

        auto settings = freshSettings();
        MainWindow window(m_catalog, m_snippets, *settings);
        window.show();
        recordLive(window);
        QTRY_COMPARE(window.sandboxPage()->model()->rowCount(), 1);
        QVERIFY(window.openHar(dataFile("devtools-firefox.har")).isEmpty());
        QCOMPARE(window.sandboxPage()->model()->rowCount(), 2);

        const QString error = window.openHar(path);
        QVERIFY2(error.contains(reason), qPrintable(error));
        QMessageBox *box = harError(&window);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->informativeText().contains(reason));
        QCOMPARE(window.sandboxPage()->model()->rowCount(), 2);
        QCOMPARE(window.sandboxPage()->model()->importedCount(), 1);
        box->accept();
    }

    void actionAndDrop()
    {
        auto settings = freshSettings();
        MainWindow window(m_catalog, m_snippets, *settings);
        auto *action = window.findChild<QAction *>(u"actionOpenHar"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Open));
        QVERIFY(window.acceptDrops());

        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(dataFile("devtools-firefox.har"))});
        window.show();
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(window.sandboxPage()->model()->importedCount(), 1);
    }

    // A second `statusdeck 404` / `statusdeck open x.har`, in process: the running window
    // opens the card or the file and answers; an unknown card is reported back.
    void requestsFromASecondInstance()
    {
        auto settings = freshSettings();
        MainWindow window(m_catalog, m_snippets, *settings);
        window.show();
        window.showMinimized();
        instance::InstanceServer server(u"statusdeck-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12));
        QVERIFY(server.listen());
        serveRequests(server, window);

        instance::Request card;
        card.card = u"404"_s;
        instance::Forwarded result = forwardFromAnotherThread(server.name(), card);
        QCOMPARE(result.outcome, instance::Forwarded::Outcome::Delivered);
        QCOMPARE(result.reply.status, 0);
        QCOMPARE(window.currentCardId(), u"404"_s);
        QCOMPARE(window.currentPage(), MainWindow::Page::Reference);
        QVERIFY(!window.isMinimized());

        instance::Request file;
        file.file = dataFile("devtools-chromium.har");
        result = forwardFromAnotherThread(server.name(), file);
        QCOMPARE(result.reply.status, 0);
        QCOMPARE(window.currentPage(), MainWindow::Page::Sandbox);
        QCOMPARE(window.sandboxPage()->model()->importedCount(), 4);

        instance::Request page;
        page.page = u"lab"_s;
        QCOMPARE(forwardFromAnotherThread(server.name(), page).reply.status, 0);
        QCOMPARE(window.currentPage(), MainWindow::Page::Lab);

        instance::Request unknown;
        unknown.card = u"999"_s;
        result = forwardFromAnotherThread(server.name(), unknown);
        QCOMPARE(result.reply.status, 2);
        QVERIFY(result.reply.message.contains(u"999"_s));

        instance::Request missing;
        missing.file = m_dir.filePath(u"gone.har"_s);
        result = forwardFromAnotherThread(server.name(), missing);
        QCOMPARE(result.reply.status, 1);
        QVERIFY(result.reply.message.contains(u"gone.har"_s));
        QCOMPARE(window.sandboxPage()->model()->importedCount(), 4);
        QMessageBox *box = harError(&window);
        QVERIFY(box);
        box->accept();
    }

    // --new-window: no hand-over, and a scratch copy of the settings with the sandbox on a free port.
    void newWindowDoesNotForward()
    {
        WindowOptions options;
        options.card = u"404"_s;
        options.newWindow = true;
        QCOMPARE(handToRunningWindow(options), std::nullopt);

        QSettings user;
        user.setValue(u"window/page"_s, 2);
        user.setValue(u"sandbox/port"_s, 8088);
        user.sync();
        const std::unique_ptr<QSettings> scratch = scratchSettings(m_dir.path());
        QCOMPARE(scratch->value(u"window/page"_s).toInt(), 2);
        QCOMPARE(scratch->value(u"sandbox/port"_s).toInt(), 0);
        scratch->setValue(u"window/page"_s, 1);
        QCOMPARE(QSettings().value(u"window/page"_s).toInt(), 2);
        QVERIFY(scratch->fileName() != QSettings().fileName());
    }

    void initTestCase()
    {
        // Settings of this test only, never the user's.
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.path()));
        QCoreApplication::setOrganizationName(u"StatusDeckTest"_s);
        QCoreApplication::setApplicationName(u"tst_windowopen"_s);
    }
};

QTEST_MAIN(TestWindowOpen)
#include "tst_windowopen.moc"
