// /ws: the WebSocket upgrade handed over from the HTTP server to Qt WebSockets (README,
// "Sandbox server"). A QWebSocket client, raw handshakes, pipelining before the upgrade, the
// log's record of the exchange and the session, and a real program (python3-websockets).

#include "../common/RequireProgram.h"
#include "../common/SandboxFixture.h"
#include "sandbox/HarExport.h"
#include "sandbox/WebSocketEcho.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace {

// RFC 6455, section 1.3: the sample key and the accept value it yields.
constexpr char kSampleKey[] = "dGhlIHNhbXBsZSBub25jZQ==";
constexpr char kSampleAccept[] = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

QByteArray upgradeRequest(const QByteArray &authority, const QByteArray &extra = {})
{
    return "GET /ws HTTP/1.1\r\nHost: " + authority +
           "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + kSampleKey +
           "\r\nSec-WebSocket-Version: 13\r\n" + extra + "\r\n";
}

// RFC 6455, section 5.7: a masked text frame "Hello"; and a masked close with 1000.
const QByteArray kMaskedHello = QByteArray::fromHex("818537fa213d7f9f4d5158");
const QByteArray kMaskedClose1000 = QByteArray::fromHex("888237fa213d3412");
const QByteArray kHelloFrame = QByteArray::fromHex("810548656c6c6f");

QByteArray readUntil(QTcpSocket &socket, const QByteArray &needle, int timeoutMs = 10000)
{
    QByteArray got;
    QElapsedTimer timer;
    timer.start();
    while (!got.contains(needle) && timer.elapsed() < timeoutMs) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(200) &&
            socket.state() != QAbstractSocket::ConnectedState)
            break;
        got += socket.readAll();
    }
    return got;
}

QByteArray readToEnd(QTcpSocket &socket)
{
    QByteArray got;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        got += socket.readAll();
    return got + socket.readAll();
}

} // namespace

class TestWebSocket : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QByteArray m_authority;

    std::optional<HttpExchange> upgradeEntry(const QByteArray &marker)
    {
        const QList<HttpExchange> entries = m_server.log()->entries();
        for (auto it = entries.rbegin(); it != entries.rend(); ++it)
            if (it->target.startsWith("/ws") && it->rawRequest.contains(marker))
                return *it;
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(testsupport::startSandbox(m_server));
        m_authority = m_server.url().authority().toLatin1();
    }

    void echoesMessages_data()
    {
        QTest::addColumn<bool>("binary");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("text") << false << QByteArray("hello, sandbox");
        QTest::newRow("text, UTF-8") << false << QByteArray("grüß dich ✓");
        QTest::newRow("binary") << true << QByteArray("\x00\x01\xff\xfe binary", 12);
        QTest::newRow("binary, 200 KiB") << true << QByteArray(200 * 1024, 'x');
    }
    void echoesMessages()
    {
        QFETCH(bool, binary);
        QFETCH(QByteArray, payload);
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        QSignalSpy text(&client, &QWebSocket::textMessageReceived);
        QSignalSpy bytes(&client, &QWebSocket::binaryMessageReceived);
        QUrl url = m_server.url();
        url.setScheme(u"ws"_s);
        url.setPath(u"/ws"_s);
        client.open(url);
        QVERIFY(connected.wait(10000));
        for (int i = 0; i < 3; ++i) {
            if (binary)
                client.sendBinaryMessage(payload);
            else
                client.sendTextMessage(QString::fromUtf8(payload));
        }
        QTRY_COMPARE_WITH_TIMEOUT(text.size() + bytes.size(), 3, 10000);
        for (int i = 0; i < 3; ++i) {
            if (binary)
                QCOMPARE(bytes.at(i).at(0).toByteArray(), payload);
            else
                QCOMPARE(text.at(i).at(0).toString(), QString::fromUtf8(payload));
        }
        QSignalSpy disconnected(&client, &QWebSocket::disconnected);
        client.close(QWebSocketProtocol::CloseCodeNormal, u"done"_s);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
    }

    void logsTheUpgradeAndTheSession()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server.url().port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(upgradeRequest(m_authority, "X-Marker: log\r\n"));
        const QByteArray head = readUntil(socket, "\r\n\r\n");
        QVERIFY2(head.startsWith("HTTP/1.1 101 "), head.constData());
        QVERIFY(head.contains(QByteArray(QByteArray("Sec-WebSocket-Accept: ") + kSampleAccept)));
        socket.write(kMaskedHello);
        QVERIFY(readUntil(socket, kHelloFrame).contains(kHelloFrame));
        socket.write(kMaskedClose1000);
        readToEnd(socket); // the server answers the close and ends the connection

        QTRY_VERIFY_WITH_TIMEOUT(upgradeEntry("X-Marker: log") && !upgradeEntry("X-Marker: log")->session.isEmpty(),
                                 10000);
        const HttpExchange entry = *upgradeEntry("X-Marker: log");
        QCOMPARE(entry.status, 101);
        QVERIFY(entry.rawRequest.startsWith("GET /ws HTTP/1.1\r\n"));
        QVERIFY(entry.rawResponse.startsWith("HTTP/1.1 101 Switching Protocols\r\n"));
        QVERIFY(entry.rawResponse.endsWith("\r\n\r\n")); // the head only: frames are not HTTP
        QVERIFY2(entry.session.contains(u"1 messages in (5 bytes), 1 out (5 bytes)"_s), qPrintable(entry.session));
        QVERIFY2(entry.session.contains(u"1000"_s), qPrintable(entry.session));

        // The HAR says it too.
        const QJsonObject har = harDocument({entry});
        const QJsonObject harEntry = har[u"log"_s][u"entries"_s].toArray().at(0).toObject();
        QCOMPARE(harEntry[u"response"_s][u"status"_s].toInt(), 101);
        QVERIFY(harEntry[u"comment"_s].toString().contains(u"WebSocket"_s));
    }

    // The handover keeps order and loses nothing: an answer owed before the upgrade goes out
    // first, and a frame sent in the same packet as the handshake is echoed.
    void pipelinedRequestAndEarlyFrameSurviveTheHandover()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server.url().port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /get?first=1 HTTP/1.1\r\nHost: " + m_authority + "\r\n\r\n" +
                     upgradeRequest(m_authority, "X-Marker: pipelined\r\n") + kMaskedHello);
        const QByteArray got = readUntil(socket, kHelloFrame);
        QVERIFY2(got.startsWith("HTTP/1.1 200 OK\r\n"), got.left(200).constData());
        const qsizetype upgrade = got.indexOf("HTTP/1.1 101 ");
        QVERIFY(upgrade > 0);
        QVERIFY(got.indexOf("\"first\"") < upgrade);
        QVERIFY2(got.indexOf(kHelloFrame) > upgrade, got.mid(got.indexOf("Sec-WebSocket-Accept")).toHex().constData());
        socket.write(kMaskedClose1000);
        readToEnd(socket);
    }

    void refusesBadHandshakes_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header"); // a header line the answer must have
        const QByteArray host = "Host: {{host}}\r\n";
        const QByteArray upgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\n";
        const QByteArray key = QByteArray("Sec-WebSocket-Key: ") + kSampleKey + "\r\n";
        QTest::newRow("no Sec-WebSocket-Key")
            << "GET /ws HTTP/1.1\r\n" + host + upgrade + "Sec-WebSocket-Version: 13\r\n\r\n"
            << 400 << QByteArray();
        QTest::newRow("a key of 4 bytes") << "GET /ws HTTP/1.1\r\n" + host + upgrade +
                                                 "Sec-WebSocket-Key: AAAAAA==\r\nSec-WebSocket-Version: 13\r\n\r\n"
                                          << 400 << QByteArray();
        QTest::newRow("version 8") << "GET /ws HTTP/1.1\r\n" + host + upgrade + key + "Sec-WebSocket-Version: 8\r\n\r\n"
                                   << 426 << QByteArray("Sec-WebSocket-Version: 13");
        QTest::newRow("no version") << "GET /ws HTTP/1.1\r\n" + host + upgrade + key + "\r\n" << 400 << QByteArray();
        QTest::newRow("no Upgrade") << "GET /ws HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n"
                                    << 426 << QByteArray("Upgrade: websocket");
        QTest::newRow("Connection without Upgrade")
            << "GET /ws HTTP/1.1\r\n" + host + "Upgrade: websocket\r\nConnection: keep-alive\r\n" + key +
                   "Sec-WebSocket-Version: 13\r\n\r\n"
            << 400 << QByteArray();
        QTest::newRow("POST") << "POST /ws HTTP/1.1\r\n" + host + upgrade + key +
                                     "Sec-WebSocket-Version: 13\r\nContent-Length: 0\r\n\r\n"
                              << 405 << QByteArray("Allow: GET");
        QTest::newRow("HTTP/1.0") << "GET /ws HTTP/1.0\r\n" + host + upgrade + key + "Sec-WebSocket-Version: 13\r\n\r\n"
                                  << 400 << QByteArray();
    }
    void refusesBadHandshakes()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        request.replace("{{host}}", m_authority);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server.url().port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request);
        const QByteArray answer = readUntil(socket, "\r\n\r\n");
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')), answer.constData());
        if (!header.isEmpty())
            QVERIFY2(answer.contains(QByteArray("\r\n" + header + "\r\n")), answer.constData());
    }

    void theRouterAloneRefusesWithoutAService()
    {
        HttpMessage request;
        request.method = "GET";
        request.target = "/ws";
        request.headers = {{"Host", "localhost"},
                           {"Upgrade", "websocket"},
                           {"Connection", "Upgrade"},
                           {"Sec-WebSocket-Key", kSampleKey},
                           {"Sec-WebSocket-Version", "13"}};
        QCOMPARE(WebSocketEcho::answer(request, nullptr).status, 503);
        WebSocketEcho echo;
        const HttpResponse accepted = WebSocketEcho::answer(request, &echo);
        QCOMPARE(accepted.status, 101);
        QCOMPARE(accepted.takeOver, &echo);
    }

    // A real program: Python's websockets library (Debian python3-websockets).
    void pythonWebsocketsClient()
    {
        // The python3 on PATH first; Debian's own where that one lacks the module (a pyenv).
        QString python;
        bool haveModule = false;
        for (const QString &candidate : {QStandardPaths::findExecutable(u"python3"_s), u"/usr/bin/python3"_s}) {
            if (candidate.isEmpty() || !QFileInfo(candidate).isExecutable())
                continue;
            QProcess probe;
            probe.start(candidate, {u"-c"_s, u"import websockets"_s});
            if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0) {
                python = candidate;
                haveModule = true;
                break;
            }
        }
        STATUSDECK_REQUIRE_PROGRAM(haveModule, "python3 with websockets is not installed (Debian python3-websockets)");
        const QString script = uR"(
import asyncio, sys, websockets
async def main(url):
    async with websockets.connect(url) as ws:
        await ws.send("ping from python")
        text = await ws.recv()
        await ws.send(b"\x00\x01\x02")
        data = await ws.recv()
        print(repr(text), repr(data))
asyncio.run(main(sys.argv[1]))
)"_s;
        QUrl url = m_server.url();
        url.setScheme(u"ws"_s);
        url.setPath(u"/ws"_s);
        QProcess client;
        client.start(python, {u"-c"_s, script, url.toString()});
        QVERIFY(client.waitForFinished(30000));
        const QByteArray out = client.readAllStandardOutput();
        QVERIFY2(client.exitCode() == 0, client.readAllStandardError().constData());
        QCOMPARE(out.trimmed(), QByteArray("'ping from python' b'\\x00\\x01\\x02'"));
    }
};

QTEST_GUILESS_MAIN(TestWebSocket)
#include "tst_websocket.moc"
