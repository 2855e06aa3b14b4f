// `statusdeck serve --har` writes HAR 1.2 that validates against the HAR schema (npm
// har-validator, installed into tests/har/ by tests/install-test-packages.sh), with the
// request and response cookies, the parameters of urlencoded and multipart forms, and
// sub-millisecond times filled in.

#include "../common/RequireProgram.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QByteArray exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray reply;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000)) {
        reply += socket.readAll();
        // /ws: after the 101, a masked "Hello" and a close 1000 (RFC 6455, section 5.7).
        if (reply.startsWith("HTTP/1.1 101") && reply.contains("\r\n\r\n") && !reply.contains("\x81\x05"))
            socket.write(QByteArray::fromHex("818537fa213d7f9f4d5158888237fa213d3412"));
    }
    return reply + socket.readAll();
}

QJsonObject find(const QJsonArray &entries, const QString &urlPart, const QString &method = u"GET"_s)
{
    for (const QJsonValue &value : entries) {
        const QJsonObject request = value[u"request"_s].toObject();
        if (request[u"url"_s].toString().contains(urlPart) && request[u"method"_s].toString() == method)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestHarValidate : public QObject
{
    Q_OBJECT

private slots:
    void serveHarValidates()
    {
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        const QString validator = QStringLiteral(STATUSDECK_SOURCE_DIR) + u"/tests/har/validate.js"_s;
        const bool installed =
            QFileInfo::exists(QStringLiteral(STATUSDECK_SOURCE_DIR) + u"/tests/har/node_modules/har-validator"_s);
        STATUSDECK_REQUIRE_PROGRAM(!node.isEmpty(), "node is not installed (Debian nodejs)");
        STATUSDECK_REQUIRE_PROGRAM(installed, "npm har-validator is not installed in tests/har (sh "
                                              "tests/install-test-packages.sh, or npm ci there)");

        QTemporaryDir dir;
        const QString har = dir.filePath(u"run.har"_s);
        QProcess serve;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        serve.setProcessEnvironment(environment);
        serve.start(QStringLiteral(STATUSDECK_BINARY), {u"serve"_s, u"--port"_s, u"0"_s, u"--har"_s, har});
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine() || serve.state() != QProcess::Running, 20000);
        const QUrl url(QString::fromUtf8(serve.readLine()).trimmed().section(u' ', -1));
        QVERIFY(url.port() > 0);
        const auto port = quint16(url.port());
        const QByteArray host = "Host: " + url.authority().toLatin1() + "\r\n";

        QVERIFY(exchange(port, "GET /cookies HTTP/1.1\r\n" + host + "Cookie: a=1; b=two\r\nConnection: close\r\n\r\n")
                    .startsWith("HTTP/1.1 200"));
        QVERIFY(exchange(port, "GET /cookies/set?flavour=oat HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n")
                    .startsWith("HTTP/1.1 302"));
        const QByteArray form = "name=Ada+Lovelace&lang=C%2B%2B";
        QVERIFY(exchange(port, "POST /post HTTP/1.1\r\n" + host +
                                   "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                                   QByteArray::number(form.size()) + "\r\nConnection: close\r\n\r\n" + form)
                    .startsWith("HTTP/1.1 200"));
        const QByteArray multipart = "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nNotes\r\n"
                                     "--XyZ\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"a.txt\"\r\n"
                                     "Content-Type: text/plain\r\n\r\nhello\r\n--XyZ--\r\n";
        QVERIFY(exchange(port, "POST /anything HTTP/1.1\r\n" + host +
                                   "Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: " +
                                   QByteArray::number(multipart.size()) + "\r\nConnection: close\r\n\r\n" + multipart)
                    .startsWith("HTTP/1.1 200"));
        QVERIFY(exchange(port,
                         "GET /redirect-to?url=/get&status_code=307 HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n")
                    .startsWith("HTTP/1.1 307"));
        QVERIFY(exchange(port, "GET /ws HTTP/1.1\r\n" + host +
                                   "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                                   "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .startsWith("HTTP/1.1 101"));
        QVERIFY(exchange(port, "GET /ws HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n").startsWith("HTTP/1.1 426"));
        QString lines;
        QTRY_VERIFY_WITH_TIMEOUT((lines += QString::fromUtf8(serve.readAll())).contains(u"/ws 426"_s), 10000);
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitCode(), 0);

        QProcess validate;
        validate.start(node, {validator, har});
        QVERIFY(validate.waitForFinished(60000));
        QVERIFY2(validate.exitCode() == 0,
                 QByteArray(validate.readAllStandardOutput() + validate.readAllStandardError()).constData());

        QFile file(har);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(file.readAll())[u"log"_s][u"entries"_s].toArray();
        QCOMPARE(entries.size(), 7);

        const QJsonArray sent = find(entries, u"/cookies"_s)[u"request"_s][u"cookies"_s].toArray();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(1)[u"name"_s].toString(), u"b"_s);
        QCOMPARE(sent.at(1)[u"value"_s].toString(), u"two"_s);
        const QJsonArray set = find(entries, u"/cookies/set"_s)[u"response"_s][u"cookies"_s].toArray();
        QCOMPARE(set.size(), 1);
        QCOMPARE(set.at(0)[u"name"_s].toString(), u"flavour"_s);
        QCOMPARE(set.at(0)[u"value"_s].toString(), u"oat"_s);
        QCOMPARE(set.at(0)[u"path"_s].toString(), u"/"_s);

        const QJsonArray params =
            find(entries, u"/post"_s, u"POST"_s)[u"request"_s][u"postData"_s][u"params"_s].toArray();
        QCOMPARE(params.size(), 2);
        QCOMPARE(params.at(0)[u"value"_s].toString(), u"Ada Lovelace"_s);
        QCOMPARE(params.at(1)[u"value"_s].toString(), u"C++"_s);
        const QJsonArray parts =
            find(entries, u"/anything"_s, u"POST"_s)[u"request"_s][u"postData"_s][u"params"_s].toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0)[u"value"_s].toString(), u"Notes"_s);
        QCOMPARE(parts.at(1)[u"fileName"_s].toString(), u"a.txt"_s);
        QCOMPARE(parts.at(1)[u"contentType"_s].toString(), u"text/plain"_s);
        QCOMPARE(parts.at(1)[u"value"_s].toString(), u"hello"_s);

        // Times in milliseconds with a fraction, and the timings add up to them.
        int fractional = 0;
        for (const QJsonValue &entry : entries) {
            const double time = entry[u"time"_s].toDouble();
            QVERIFY(time > 0.0);
            if (time != std::floor(time))
                ++fractional;
            const QJsonObject timings = entry[u"timings"_s].toObject();
            QCOMPARE(timings[u"send"_s].toDouble() + timings[u"wait"_s].toDouble() + timings[u"receive"_s].toDouble(),
                     time);
        }
        QVERIFY(fractional >= entries.size() - 1);

        const QJsonObject upgrade = find(entries, u"/ws"_s);
        QCOMPARE(upgrade[u"response"_s][u"status"_s].toInt(), 101);
        QVERIFY2(upgrade[u"comment"_s].toString().contains(u"1 messages in (5 bytes)"_s),
                 qPrintable(upgrade[u"comment"_s].toString()));
    }
};

QTEST_GUILESS_MAIN(TestHarValidate)
#include "tst_harvalidate.moc"
