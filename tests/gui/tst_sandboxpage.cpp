// The sandbox area of the window: start the server, see a request arrive with its raw
// bytes, filter the log, export it as HAR, stop.

#include "CodeEditor.h"
#include "ExchangeTableModel.h"
#include "SandboxPage.h"
#include "sandbox/RawBytesView.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::gui;

class TestSandboxPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray request(const QUrl &url, const QByteArray &target)
    {
        QTcpSocket socket;
        socket.connectToHost(url.host(), quint16(url.port()));
        if (!socket.waitForConnected(5000))
            return {};
        socket.write("GET " + target + " HTTP/1.1\r\nHost: " + url.authority().toUtf8() +
                     "\r\nConnection: close\r\n\r\n");
        QByteArray response;
        while (socket.waitForReadyRead(5000))
            response += socket.readAll();
        return response;
    }

private Q_SLOTS:
    void startRequestInspectExportStop()
    {
        QSettings settings(m_dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0); // any free port
        SandboxServer server;
        SandboxPage page(server, settings);
        page.resize(1000, 700);
        page.show();
        QSignalSpy state(&page, &SandboxPage::serverStateChanged);
        auto *startStop = page.findChild<QPushButton *>(u"startStop"_s);
        QVERIFY(startStop);
        QTest::mouseClick(startStop, Qt::LeftButton);
        QVERIFY(state.wait(10000));
        QCOMPARE(state.last().first().toBool(), true);
        QVERIFY(page.url().isValid());
        QCOMPARE(page.url().host(), u"127.0.0.1"_s);

        QVERIFY(request(page.url(), "/status/418").startsWith("HTTP/1.1 418"));
        QVERIFY(request(page.url(), "/anything/hello").startsWith("HTTP/1.1 200"));
        QTRY_COMPARE(page.model()->rowCount(), 2);

        // The filter narrows the table; selecting a row shows its raw bytes. (The target, not
        // "418" alone, which a client's port number may also contain.)
        QTest::keyClicks(page.findChild<QLineEdit *>(u"exchangeFilter"_s), u"/status/418"_s);
        QCOMPARE(page.table()->model()->rowCount(), 1);
        // The count follows the filter, as in devtools.
        const QLabel *count = page.findChild<QLabel *>(u"exchangeCount"_s);
        QVERIFY(count);
        QVERIFY2(count->text().startsWith(u"1 of 2"_s), qPrintable(count->text()));
        page.table()->selectRow(0);
        QVERIFY(page.requestView()->text().startsWith(u"GET /status/418 HTTP/1.1"_s));
        QVERIFY(page.responseView()->text().startsWith(u"HTTP/1.1 418"_s));

        // Copy URL and Export HAR confirm (in the window's status bar).
        QSignalSpy confirmed(&page, &SandboxPage::statusMessage);
        QTest::mouseClick(page.findChild<QPushButton *>(u"copyUrl"_s), Qt::LeftButton);
        QCOMPARE(confirmed.count(), 1);
        QVERIFY(confirmed.last().first().toString().contains(page.url().toString()));
        const QString har = m_dir.filePath(u"log.har"_s);
        QCOMPARE(page.exportHar(har, false), QString());
        QCOMPARE(confirmed.count(), 2);
        QVERIFY(confirmed.last().first().toString().contains(u"log.har"_s));
        QFile file(har);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject log = QJsonDocument::fromJson(file.readAll()).object().value(u"log"_s).toObject();
        QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
        QCOMPARE(log.value(u"entries"_s).toArray().size(), 2);

        QTest::mouseClick(startStop, Qt::LeftButton);
        QCOMPARE(state.last().first().toBool(), false);
        QVERIFY(!server.isRunning());
    }

    void portInUseIsReported()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        QSettings settings(m_dir.filePath(u"s2.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, blocker.serverPort());
        SandboxServer server;
        SandboxPage page(server, settings);
        page.startServer();
        QTRY_COMPARE_WITH_TIMEOUT(server.state(), SandboxServer::State::Failed, 10000);
        QVERIFY(server.errorString().contains(QString::number(blocker.serverPort())));
    }

    // Issue #12, bug 5: a taken port offers a free one; the chosen port stays saved.
    void takenPortOffersAFreePort()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        QSettings settings(m_dir.filePath(u"s3.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, blocker.serverPort());
        SandboxServer server;
        SandboxPage page(server, settings);
        page.show();
        auto *freePort = page.findChild<QPushButton *>(u"useFreePort"_s);
        QVERIFY(freePort);
        QVERIFY(!freePort->isVisible());
        page.startServer();
        QTRY_COMPARE(server.state(), SandboxServer::State::Failed);
        QVERIFY(freePort->isVisible());
        QTest::mouseClick(freePort, Qt::LeftButton);
        QTRY_COMPARE(server.state(), SandboxServer::State::Listening);
        QVERIFY(server.url().port() != blocker.serverPort());
        QVERIFY(!freePort->isVisible());
        QCOMPARE(settings.value(u"sandbox/port"_s).toInt(), int(blocker.serverPort()));
        server.stop();
    }

    // Issue #12, bug 5: Enter in the port field starts the sandbox on that port.
    void enterInThePortFieldStarts()
    {
        QSettings settings(m_dir.filePath(u"s4.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        SandboxPage page(server, settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *port = page.findChild<QSpinBox *>();
        QVERIFY(port);
        port->setFocus();
        QTRY_VERIFY(port->hasFocus());
        QTest::keyClick(port, Qt::Key_Return);
        QTRY_COMPARE(server.state(), SandboxServer::State::Listening);
        server.stop();
    }
};

QTEST_MAIN(TestSandboxPage)
#include "tst_sandboxpage.moc"
