// HAR import (sandbox/HarImport): what `serve --har` writes comes back byte for byte; HARs
// as Chromium and Firefox devtools export them load (HTTP/2 pseudo-headers, "_" fields,
// missing and base64 bodies, status 0); broken ones are refused with a reason; limits hold.

#include "sandbox/ExchangeLog.h"
#include "sandbox/HarExport.h"
#include "sandbox/HarImport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(STATUSDECK_SOURCE_DIR "/tests/core/data/") + QString::fromLatin1(name);
}

HttpExchange liveExchange(const QByteArray &request, const QByteArray &response, int status)
{
    HttpExchange e;
    e.connectionId = 7;
    e.origin = u"http://127.0.0.1:8088"_s;
    e.clientAddress = u"127.0.0.1"_s;
    e.clientPort = 50000;
    e.started = QDateTime(QDate(2026, 12, 1), QTime(10, 0, 0, 250), Qt::UTC);
    e.finished = e.started.addMSecs(3);
    const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
    e.method = line.value(0);
    e.target = line.value(1);
    e.status = status;
    e.rawRequest = request;
    e.rawResponse = response;
    e.requestBytes = request.size();
    e.responseBytes = response.size();
    return e;
}

// JSON written with single quotes, so that it reads well in C++ strings.
QByteArray j(const char *text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

} // namespace

class TestHarImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What `statusdeck serve --har` writes (harDocument) is read back as the same bytes.
    void serveHarRoundTrip()
    {
        const QList<HttpExchange> live{
            liveExchange("GET /anything?a=1&b=%20 HTTP/1.1\r\nHost: 127.0.0.1:8088\r\nUser-Agent: curl/7.88.1\r\n"
                         "Accept: text/plain\r\n\r\n",
                         "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}", 200),
            liveExchange(
                "POST /post HTTP/1.1\r\nHost: localhost:8088\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                "Content-Length: 7\r\n\r\nk=v&x=y",
                "HTTP/1.1 302 Found\r\nLocation: /get?hop=1\r\nContent-Length: 0\r\n\r\n", 302),
            liveExchange(
                "GET /bytes/4 HTTP/1.1\r\nHost: localhost\r\n\r\n",
                QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 4\r\n\r\n") +
                    QByteArray("\xff\x00\xfe\x01", 4),
                200),
        };
        const QByteArray json = QJsonDocument(harDocument(live)).toJson();
        const HarImport har = parseHar(json, u"run.har"_s);
        QVERIFY2(har.ok(), qPrintable(har.error));
        QCOMPARE(har.exchanges.size(), live.size());
        QVERIFY(har.warnings.isEmpty());
        for (qsizetype i = 0; i < live.size(); ++i) {
            const HttpExchange &e = har.exchanges.at(i);
            QCOMPARE(e.rawRequest, live.at(i).rawRequest);
            QCOMPARE(e.rawResponse, live.at(i).rawResponse);
            QCOMPARE(e.method, live.at(i).method);
            QCOMPARE(e.target, live.at(i).target);
            QCOMPARE(e.status, live.at(i).status);
            QCOMPARE(e.started, live.at(i).started);
            QCOMPARE(e.started.msecsTo(e.finished), 3);
            QCOMPARE(e.connectionId, 7u);
            QVERIFY(e.imported);
            QCOMPARE(e.clientAddress, u"imported"_s);
            QCOMPARE(e.importNote, u"run.har, entry %1 of 3"_s.arg(i + 1));
        }
        QCOMPARE(har.exchanges.at(0).origin, u"http://127.0.0.1:8088"_s);
    }

    void chromiumDevtools()
    {
        const HarImport har = readHarFile(dataFile("devtools-chromium.har"));
        QVERIFY2(har.ok(), qPrintable(har.error));
        QCOMPARE(har.exchanges.size(), 4);
        QCOMPARE(har.entriesInFile, 4);

        const HttpExchange &page = har.exchanges.at(0);
        QCOMPARE(page.method, QByteArray("GET"));
        QCOMPARE(page.target, QByteArray("/search?q=status%20codes")); // no fragment
        QCOMPARE(page.status, 404);
        QCOMPARE(page.origin, u"https://example.test"_s);
        QCOMPARE(page.connectionId, 3141u);
        QCOMPARE(page.started.msecsTo(page.finished), 35);
        QCOMPARE(page.rawRequest, QByteArray("GET /search?q=status%20codes HTTP/2.0\r\n"
                                             ":authority: example.test\r\n:method: GET\r\n"
                                             ":path: /search?q=status%20codes\r\n:scheme: https\r\n"
                                             "accept: text/html\r\nuser-agent: Mozilla/5.0 Chrome/131.0\r\n\r\n"));
        QCOMPARE(page.rawResponse, QByteArray("HTTP/2.0 404\r\ncontent-type: text/html; charset=utf-8\r\n"
                                              "content-length: 9\r\n\r\nnot found"));
        QCOMPARE(page.importNote, u"devtools-chromium.har, entry 1 of 4"_s);

        const HttpExchange &image = har.exchanges.at(1);
        QVERIFY(image.rawResponse.endsWith(QByteArray("\r\n\r\n\x89PNG")));
        QCOMPARE(image.started.toUTC().time(), QTime(8, 15, 2, 201)); // +01:00 read as such

        const HttpExchange &post = har.exchanges.at(2);
        QVERIFY(post.rawRequest.endsWith("\r\n\r\n{\"name\":\"a\"}"));
        QCOMPARE(post.status, 201);
        QVERIFY2(post.importNote.contains(u"response body not in the HAR (2048 bytes)"_s), qPrintable(post.importNote));

        const HttpExchange &blocked = har.exchanges.at(3);
        QCOMPARE(blocked.status, 0);
        QVERIFY(blocked.rawResponse.isEmpty());
        QVERIFY(blocked.rawRequest.startsWith("GET /ads.js HTTP/1.1\r\n"));
        QVERIFY2(blocked.importNote.contains(u"net::ERR_BLOCKED_BY_CLIENT"_s), qPrintable(blocked.importNote));
    }

    void firefoxDevtools()
    {
        const HarImport har = readHarFile(dataFile("devtools-firefox.har"));
        QVERIFY2(har.ok(), qPrintable(har.error));
        QCOMPARE(har.exchanges.size(), 1);
        const HttpExchange &e = har.exchanges.first();
        QCOMPARE(e.status, 301);
        QVERIFY(e.rawRequest.startsWith("GET /old HTTP/2\r\nHost: example.test\r\n"));
        QCOMPARE(e.rawResponse, QByteArray("HTTP/2 301 Moved Permanently\r\nlocation: https://example.test/new\r\n"
                                           "content-length: 0\r\n\r\n"));
        QCOMPARE(e.started.toUTC(), QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("cut JSON") << j("{'log': {'version': '1.2', 'entries': [ {'request': ") << u"not valid JSON"_s;
        QTest::newRow("empty file") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n") << u"not valid JSON"_s;
        QTest::newRow("an array") << QByteArray("[1, 2]") << u"no \"log\" object"_s;
        QTest::newRow("no log") << j("{'entries': []}") << u"no \"log\" object"_s;
        QTest::newRow("version 2.0") << j("{'log': {'version': '2.0', 'entries': []}}") << u"HAR version 2.0"_s;
        QTest::newRow("version 0.9") << j("{'log': {'version': '0.9', 'entries': []}}") << u"versions 1.1 and 1.2"_s;
        QTest::newRow("no entries") << j("{'log': {'version': '1.2'}}") << u"no \"entries\" list"_s;
        QTest::newRow("entries not a list")
            << j("{'log': {'version': '1.2', 'entries': {}}}") << u"no \"entries\" list"_s;
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const HarImport har = parseHar(json, u"broken.har"_s);
        QVERIFY(!har.ok());
        QVERIFY2(har.error.contains(reason), qPrintable(har.error));
        QVERIFY2(har.error.contains(u"broken.har"_s), qPrintable(har.error));
        QVERIFY(har.exchanges.isEmpty());
    }

    void entriesWithMissingFields_data()
    {
        QTest::addColumn<QByteArray>("entries");
        QTest::addColumn<int>("read");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("warning");
        QTest::newRow("no method") << j("[{'request': {'url': 'http://a.test/'}}]") << 0 << 1
                                   << u"entry 1: no request.method"_s;
        QTest::newRow("no url") << j("[{'request': {'method': 'GET'}}]") << 0 << 1 << u"entry 1: no request.url"_s;
        QTest::newRow("no request") << j("[{}, 3, 'x']") << 0 << 3 << u"entry 1: no request"_s;
        QTest::newRow("no response") << j("[{'request': {'method': 'GET', 'url': 'http://a.test/b'}}]") << 1 << 0
                                     << QString();
        QTest::newRow("mixed") << j("[{'request': {'method': 'GET', 'url': 'http://a.test/'}},"
                                    "{'request': {'url': 'http://a.test/'}},"
                                    "{'request': {'method': 'GET', 'url': 'http://a.test/'},"
                                    "'response': {'status': 200, 'headers': 'x', 'content': 5}}]")
                               << 2 << 1 << u"entry 2: no request.method"_s;
        QTest::newRow("none") << QByteArray("[]") << 0 << 0 << QString();
    }

    void entriesWithMissingFields()
    {
        QFETCH(QByteArray, entries);
        QFETCH(int, read);
        QFETCH(int, skipped);
        QFETCH(QString, warning);
        const HarImport har = parseHar(j("{'log': {'version': '1.2', 'entries': ") + entries + "}}", u"x.har"_s);
        QVERIFY2(har.ok(), qPrintable(har.error));
        QCOMPARE(har.exchanges.size(), read);
        QCOMPARE(har.skipped, skipped);
        QCOMPARE(har.warnings.isEmpty(), warning.isEmpty());
        if (!warning.isEmpty())
            QVERIFY2(har.warnings.join(u'\n').contains(warning), qPrintable(har.warnings.join(u'\n')));
        for (const HttpExchange &e : har.exchanges)
            QVERIFY(e.rawRequest.startsWith("GET / HTTP/1.1\r\n") || e.rawRequest.startsWith("GET /b HTTP/1.1\r\n"));
    }

    // A HAR without "version" (some tools leave it out) is read; HAR 1.1 too.
    void versionOptional()
    {
        QVERIFY(parseHar(j("{'log': {'entries': []}}"), u"x.har"_s).ok());
        QVERIFY(parseHar(j("{'log': {'version': '1.1', 'entries': []}}"), u"x.har"_s).ok());
    }

    void limits()
    {
        HarImportLimits limits;
        limits.maxEntries = 2;
        limits.maxRawBytes = 16;
        const HarImport har = readHarFile(dataFile("devtools-chromium.har"), limits);
        QVERIFY(har.ok());
        QCOMPARE(har.exchanges.size(), 2);
        QCOMPARE(har.leftOut, 2);
        QVERIFY(har.truncated > 0);
        QVERIFY(har.exchanges.first().requestTruncated);
        QVERIFY(har.exchanges.first().rawRequest.contains("StatusDeck:"));
        QCOMPARE(har.exchanges.first().rawRequest.left(16), QByteArray("GET /search?q=st"));
        QCOMPARE(har.warnings.size(), 2);

        limits.maxFileBytes = 100;
        const HarImport big = readHarFile(dataFile("devtools-chromium.har"), limits);
        QVERIFY(!big.ok());
        QVERIFY2(big.error.contains(u"MiB"_s), qPrintable(big.error));
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        const HarImport har = readHarFile(dir.filePath(u"missing.har"_s));
        QVERIFY(!har.ok());
        QVERIFY2(har.error.contains(u"missing.har"_s), qPrintable(har.error));
    }

    // Header values cannot smuggle a line break into the rebuilt text.
    void lineBreakInHeaderValue()
    {
        const QByteArray json = j("{'log': {'entries': [{'request': {'method': 'GET', 'url': 'http://a.test/',"
                                  "'headers': [{'name': 'X', 'value': 'a\\r\\nInjected: 1'}]}}]}}");
        const HarImport har = parseHar(json, u"x.har"_s);
        QVERIFY(har.ok());
        QCOMPARE(har.exchanges.first().rawRequest, QByteArray("GET / HTTP/1.1\r\nX: a  Injected: 1\r\n\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestHarImport)
#include "tst_harimport.moc"
