// The exchange log's pure helpers as tables: raw text with line ends and escapes, the hex
// dump, Copy as curl / fetch with their quoting, and the redirect-chain keys.

#include "lab/RealClient.h"
#include "sandbox/CopyCommand.h"
#include "sandbox/ExchangeChains.h"
#include "sandbox/ExchangeParts.h"
#include "sandbox/RawText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace {

HttpExchange exchange(quint64 id, const QByteArray &target, int status = 200, const QByteArray &location = {},
                      const QString &client = u"127.0.0.1"_s, const QString &origin = u"http://127.0.0.1:8088"_s)
{
    HttpExchange e;
    e.id = id;
    e.method = "GET";
    e.target = target;
    e.status = status;
    e.origin = origin;
    e.clientAddress = client;
    e.rawRequest = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:8088\r\n\r\n";
    e.rawResponse = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n" +
                    (location.isEmpty() ? QByteArray() : "Location: " + location + "\r\n") +
                    "Content-Length: 0\r\n\r\n";
    return e;
}

ExchangeRequest request(const QByteArray &method, const QByteArray &url, const HeaderList &headers,
                        const QByteArray &body = {})
{
    return {method, QUrl::fromEncoded(url), headers, body};
}

} // namespace

Q_DECLARE_METATYPE(statusdeck::ExchangeRequest)

class TestExchangeTools : public QObject
{
    Q_OBJECT

private slots:
    void displayText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("showLineEnds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("crlf plain") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << false
                                    << u"GET / HTTP/1.1\nHost: a\n\n"_s;
        QTest::newRow("crlf marked") << QByteArray("GET /\r\n\r\n") << true << u"GET /\\r\\n\n\\r\\n\n"_s;
        QTest::newRow("bare lf marked") << QByteArray("GET /\n\n") << true << u"GET /\\n\n\\n\n"_s;
        QTest::newRow("bare lf plain") << QByteArray("a\nb") << false << u"a\nb"_s;
        QTest::newRow("lone cr kept") << QByteArray("a\rb") << false << u"a\\rb"_s;
        QTest::newRow("lone cr marked") << QByteArray("a\rb") << true << u"a\\rb"_s;
        QTest::newRow("tab") << QByteArray("a\tb") << false << u"a\tb"_s;
        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9 \xe2\x82\xac") << false << u"café €"_s;
        QTest::newRow("latin-1 byte") << QByteArray("caf\xe9") << false << u"caf\\xE9"_s;
        QTest::newRow("nul and control") << QByteArray("a\x00\x01z", 4) << false << u"a\\x00\\x01z"_s;
        QTest::newRow("tls hello") << QByteArray("\x16\x03\x01\x02\x00", 5) << false << u"\\x16\\x03\\x01\\x02\\x00"_s;
        QTest::newRow("truncated utf-8") << QByteArray("\xe2\x82") << false << u"\\xE2\\x82"_s;
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << false << u"\\xC0\\xAF"_s;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false << u"\\xED\\xA0\\x80"_s;
        QTest::newRow("del") << QByteArray("\x7f") << false << u"\\x7F"_s;
        QTest::newRow("empty") << QByteArray() << true << QString();
    }
    void displayText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, showLineEnds);
        QFETCH(QString, expected);
        QCOMPARE(rawtext::displayText(bytes, showLineEnds), expected);
    }

    void hexDump_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("max");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << qsizetype(100) << u"00000000\n"_s;
        QTest::newRow("short") << QByteArray("GET\r\n") << qsizetype(100)
                               << u"00000000  47 45 54 0d 0a                                    |GET..|\n"
                                  "00000005\n"_s;
        QTest::newRow("two lines")
            << QByteArray("0123456789abcdef\x16") << qsizetype(100)
            << u"00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|\n"
               "00000010  16                                                |.|\n"
               "00000011\n"_s;
        QTest::newRow("capped") << QByteArray("abcdef") << qsizetype(2)
                                << u"00000000  61 62                                             |ab|\n"
                                   "00000002\n[… 4 more bytes not shown …]\n"_s;
    }
    void hexDump()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, max);
        QFETCH(QString, expected);
        QCOMPARE(rawtext::hexDump(bytes, max), expected);
    }

    void looksBinary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("binary");
        QTest::newRow("http") << QByteArray("GET / HTTP/1.1\r\n\r\n") << false;
        QTest::newRow("utf-8 body") << QByteArray("POST /\r\n\r\ncafé") << false;
        QTest::newRow("nul") << QByteArray("a\0b", 3) << true;
        QTest::newRow("tls") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\x8a\x9b", 13) << true;
    }
    void looksBinary()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, binary);
        QCOMPARE(rawtext::looksBinary(bytes), binary);
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("safe") << u"http://127.0.0.1:8088/status/418"_s << u"http://127.0.0.1:8088/status/418"_s;
        QTest::newRow("query") << u"http://a/x?a=1&b=2"_s << u"'http://a/x?a=1&b=2'"_s;
        QTest::newRow("space") << u"Accept: text/html"_s << u"'Accept: text/html'"_s;
        QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("dollar and backtick") << u"$HOME `id`"_s << u"'$HOME `id`'"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"'a\nb'"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
    }
    void shellQuote()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(lab::shellQuote(word), quoted); // the one Copy as curl uses
    }

    void jsString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("literal");
        QTest::newRow("plain") << u"abc"_s << u"\"abc\""_s;
        QTest::newRow("quotes") << u"say \"hi\" it's"_s << u"\"say \\\"hi\\\" it's\""_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"\"a\\\\b\""_s;
        QTest::newRow("line ends") << u"a\r\nb\tc"_s << u"\"a\\r\\nb\\tc\""_s;
        QTest::newRow("control") << u"\x01"_s << u"\"\\u0001\""_s;
        QTest::newRow("line separator") << u"a\u2028b"_s << u"\"a\\u2028b\""_s;
        QTest::newRow("unicode") << u"café"_s << u"\"café\""_s;
    }
    void jsString()
    {
        QFETCH(QString, text);
        QFETCH(QString, literal);
        QCOMPARE(copycommand::jsString(text), literal);
    }

    void curl_data()
    {
        QTest::addColumn<ExchangeRequest>("request");
        QTest::addColumn<QString>("command");
        const HeaderList host{{"Host", "127.0.0.1:8088"}};
        QTest::newRow("get") << request("GET", "http://127.0.0.1:8088/status/418", host)
                             << u"curl http://127.0.0.1:8088/status/418"_s;
        QTest::newRow("head") << request("HEAD", "http://127.0.0.1:8088/get", host)
                              << u"curl --head http://127.0.0.1:8088/get"_s;
        QTest::newRow("headers") << request("GET", "http://127.0.0.1:8088/get?a=1&b=2",
                                            {{"Host", "127.0.0.1:8088"},
                                             {"User-Agent", "curl/7.88.1"},
                                             {"Accept", "*/*"},
                                             {"X-Quote", "it's"},
                                             {"X-Empty", ""},
                                             {"Connection", "keep-alive"}})
                                 << u"curl 'http://127.0.0.1:8088/get?a=1&b=2' -H 'User-Agent: curl/7.88.1' -H "
                                    "'Accept: */*' -H 'X-Quote: it'\\''s' -H 'X-Empty;'"_s;
        QTest::newRow("post body") << request("POST", "http://127.0.0.1:8088/post",
                                              {{"Host", "127.0.0.1:8088"},
                                               {"Content-Type", "application/json"},
                                               {"Content-Length", "9"}},
                                              "{\"a\":'1'}")
                                   << u"curl http://127.0.0.1:8088/post -H 'Content-Type: application/json' "
                                      "--data-raw '{\"a\":'\\''1'\\''}'"_s;
        QTest::newRow("put body") << request("PUT", "http://127.0.0.1:8088/put", host, "x=1")
                                  << u"curl -X PUT http://127.0.0.1:8088/put --data-raw x=1"_s;
        QTest::newRow("delete") << request("DELETE", "http://127.0.0.1:8088/delete", host)
                                << u"curl -X DELETE http://127.0.0.1:8088/delete"_s;
        QTest::newRow("other host kept") << request("GET", "http://127.0.0.1:8088/headers", {{"Host", "example.test"}})
                                         << u"curl http://127.0.0.1:8088/headers -H 'Host: example.test'"_s;
        QTest::newRow("binary body") << request("POST", "http://127.0.0.1:8088/post", host,
                                                QByteArray("a\0%'\\\xff", 6))
                                     << u"printf 'a\\000%%\\047\\\\\\377' | curl http://127.0.0.1:8088/post "
                                        "--data-binary @-"_s;
    }
    void curl()
    {
        QFETCH(ExchangeRequest, request);
        QFETCH(QString, command);
        QCOMPARE(copycommand::curl(request), command);
    }

    void fetch_data()
    {
        QTest::addColumn<ExchangeRequest>("request");
        QTest::addColumn<QString>("code");
        QTest::newRow("get") << request("GET", "http://127.0.0.1:8088/get", {{"Host", "127.0.0.1:8088"}})
                             << u"fetch(\"http://127.0.0.1:8088/get\", {\n  method: \"GET\",\n"
                                "  // not settable from fetch(): Host\n});"_s;
        QTest::newRow("post") << request("POST", "http://127.0.0.1:8088/post",
                                         {{"Content-Type", "text/plain"}, {"X-Say", "\"hi\""}, {"Cookie", "a=1"}},
                                         "line 1\nit's \"q\"")
                              << u"fetch(\"http://127.0.0.1:8088/post\", {\n  method: \"POST\",\n  headers: {\n"
                                 "    \"Content-Type\": \"text/plain\",\n    \"X-Say\": \"\\\"hi\\\"\"\n  },\n"
                                 "  body: \"line 1\\nit's \\\"q\\\"\",\n  // not settable from fetch(): Cookie\n});"_s;
        QTest::newRow("binary") << request("PUT", "http://127.0.0.1:8088/put", {}, QByteArray("\x00\xff", 2))
                                << u"fetch(\"http://127.0.0.1:8088/put\", {\n  method: \"PUT\",\n"
                                   "  body: new Uint8Array([0, 255]),\n});"_s;
        QTest::newRow("get body") << request("GET", "http://127.0.0.1:8088/get", {}, "x")
                                  << u"fetch(\"http://127.0.0.1:8088/get\", {\n  method: \"GET\",\n"
                                     "  // the request had a body of 1 bytes; fetch() sends none with GET\n});"_s;
    }
    void fetch()
    {
        QFETCH(ExchangeRequest, request);
        QFETCH(QString, code);
        QCOMPARE(copycommand::fetch(request), code);
    }

    void exchangeRequestParses()
    {
        HttpExchange e = exchange(1, "/anything?x=1");
        e.rawRequest = "POST /anything?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8088\r\nTransfer-Encoding: chunked\r\n\r\n"
                       "3\r\nabc\r\n0\r\n\r\n";
        const auto parsed = exchangeRequest(e);
        QVERIFY(parsed);
        QCOMPARE(parsed->method, QByteArray("POST"));
        QCOMPARE(parsed->url, QUrl(u"http://127.0.0.1:8088/anything?x=1"_s));
        QCOMPARE(parsed->body, QByteArray("abc"));
        QVERIFY(!copycommand::curl(*parsed).contains(u"Transfer-Encoding"_s));
        e.rawRequest = QByteArray("\x16\x03\x01", 3);
        e.parseError = u"HPE_INVALID_METHOD: Invalid method encountered"_s;
        QVERIFY(!exchangeRequest(e));
    }

    void labToken_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("token");
        QTest::newRow("plain") << QByteArray("/anything?lab=sdlab1r0c301") << u"sdlab1r0c301"_s;
        QTest::newRow("nested") << QByteArray("/redirect-to?url=%2Fanything%3Flab%3Dsdlab1r0c301&status_code=301")
                                << u"sdlab1r0c301"_s;
        QTest::newRow("nested twice")
            << QByteArray("/redirect-to?url=%2Fredirect-to%3Furl%3D%252Fanything%253Flab%253Dsdlab2r1c307")
            << u"sdlab2r1c307"_s;
        QTest::newRow("none") << QByteArray("/anything?x=1") << QString();
        QTest::newRow("no query") << QByteArray("/status/418") << QString();
        QTest::newRow("not a token") << QByteArray("/anything?lab=a%20b") << QString();
    }
    void labToken()
    {
        QFETCH(QByteArray, target);
        QFETCH(QString, token);
        QCOMPARE(chains::labToken(target), token);
    }

    void hopNumber_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("hop");
        QTest::newRow("hop 2") << QByteArray("/redirect-chain/1?hop=2") << 2;
        QTest::newRow("with others") << QByteArray("/anything?a=1&hop=3") << 3;
        QTest::newRow("none") << QByteArray("/anything") << -1;
        QTest::newRow("not a number") << QByteArray("/anything?hop=x") << -1;
        QTest::newRow("nested only") << QByteArray("/redirect-to?url=%2Fa%3Fhop%3D1") << -1;
    }
    void hopNumber()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, hop);
        QCOMPARE(chains::hopNumber(target), hop);
    }

    void chains_data()
    {
        QTest::addColumn<QList<HttpExchange>>("exchanges");
        QTest::addColumn<QList<quint64>>("expected");
        QTest::newRow("hop chain")
            << QList<HttpExchange>{exchange(1, "/redirect-chain/2", 302, "/redirect-chain/1?hop=1"),
                                   exchange(2, "/redirect-chain/1?hop=1", 302, "/anything?hop=2"),
                                   exchange(3, "/anything?hop=2")}
            << QList<quint64>{1, 1, 1};
        QTest::newRow("unrelated between")
            << QList<HttpExchange>{exchange(1, "/redirect-code/301", 301, "/anything?hop=1"),
                                   exchange(2, "/status/418", 418), exchange(3, "/anything?hop=1")}
            << QList<quint64>{1, 2, 1};
        QTest::newRow("other client starts its own")
            << QList<HttpExchange>{exchange(1, "/redirect-code/301", 301, "/anything?hop=1"),
                                   exchange(2, "/anything?hop=1", 200, {}, u"10.0.0.2"_s)}
            << QList<quint64>{1, 2};
        // The name of the hop parameter percent-encoded in the Location: still a hop (the
        // Location is parsed when the answer has a percent sign, not only "hop").
        QTest::newRow("encoded hop name")
            << QList<HttpExchange>{exchange(1, "/redirect-code/302", 302, "/anything?h%6Fp=1"),
                                   exchange(2, "/anything?h%6Fp=1")}
            << QList<quint64>{1, 1};
        QTest::newRow("hop without redirect")
            << QList<HttpExchange>{exchange(1, "/anything?hop=1")} << QList<quint64>{1};
        QTest::newRow("same request twice")
            << QList<HttpExchange>{exchange(1, "/status/200"), exchange(2, "/status/200")} << QList<quint64>{1, 2};
        QTest::newRow("cross origin")
            << QList<HttpExchange>{exchange(1, "/redirect-to?url=http%3A%2F%2F127.0.0.1%3A9000%2Fanything", 302,
                                            "http://127.0.0.1:9000/anything?hop=1"),
                                   exchange(2, "/anything?hop=1", 200, {}, u"127.0.0.1"_s, u"http://127.0.0.1:9000"_s)}
            << QList<quint64>{1, 1};
        QTest::newRow("lab token")
            << QList<HttpExchange>{exchange(1, "/redirect-to?url=%2Fanything%3Flab%3Dsdlab1r0c301&status_code=301", 301,
                                            "/anything?lab=sdlab1r0c301"),
                                   exchange(2, "/anything?lab=sdlab1r1c302"), exchange(3, "/anything?lab=sdlab1r0c301")}
            << QList<quint64>{1, 2, 1};
    }
    void chains()
    {
        QFETCH(QList<HttpExchange>, exchanges);
        QFETCH(QList<quint64>, expected);
        chains::ChainTracker tracker;
        QList<quint64> got;
        for (const HttpExchange &e : exchanges)
            got.append(tracker.add(e));
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestExchangeTools)
#include "tst_exchangetools.moc"
