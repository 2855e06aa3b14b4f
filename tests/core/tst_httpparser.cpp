// The llhttp wrapper, fed raw bytes: no sockets.

#include "http/HttpParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;

class TestHttpParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responses_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi")
                                        << QByteArray("GET") << true << 200 << QByteArray("hi");
        QTest::newRow("chunked") << QByteArray(
                                        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n")
                                 << QByteArray("GET") << true << 200 << QByteArray("hi");
        QTest::newRow("304 has no body") << QByteArray("HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n")
                                         << QByteArray("GET") << true << 304 << QByteArray();
        QTest::newRow("HEAD ignores length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n")
                                             << QByteArray("HEAD") << true << 200 << QByteArray();
        QTest::newRow("read to close") << QByteArray("HTTP/1.1 200 OK\r\n\r\nrest") << QByteArray("GET") << true << 200
                                       << QByteArray("rest");
        QTest::newRow("short body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhi") << QByteArray("GET")
                                    << false << 0 << QByteArray();
        QTest::newRow("garbage") << QByteArray("NOT HTTP\r\n\r\n") << QByteArray("GET") << false << 0 << QByteArray();
        QTest::newRow("bare LF header") << QByteArray("HTTP/1.1 200 OK\r\nA: b\nContent-Length: 0\r\n\r\n")
                                        << QByteArray("GET") << false << 0 << QByteArray();
    }
    void responses()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, method);
        QFETCH(bool, ok);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QString error;
        const auto message = parseResponse(raw, &error, method);
        QCOMPARE(message.has_value(), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(message->status, status);
        QCOMPARE(message->body, body);
    }

    void headersKeepOrderAndCase()
    {
        const auto message = parseRequest("POST /x?y=1 HTTP/1.1\r\nHost: a\r\nX-Custom: 1\r\nx-custom: 2\r\n"
                                          "Content-Length: 3\r\n\r\nabc");
        QVERIFY(message);
        QCOMPARE(message->method, QByteArray("POST"));
        QCOMPARE(message->target, QByteArray("/x?y=1"));
        QCOMPARE(message->headers.size(), 4);
        QCOMPARE(message->headers.at(1).first, QByteArray("X-Custom"));
        QCOMPARE(message->headers.at(2).first, QByteArray("x-custom"));
        QCOMPARE(message->header("X-CUSTOM"), QByteArray("1"));
        QCOMPARE(message->body, QByteArray("abc"));
    }

    void incrementalPipelined()
    {
        HttpParser parser(HttpParser::Type::Request);
        const QByteArray stream = "GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n";
        for (char byte : stream)
            QVERIFY(parser.feed(QByteArray(1, byte)));
        const QList<HttpMessage> messages = parser.takeMessages();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).target, QByteArray("/a"));
        QCOMPARE(messages.at(1).target, QByteArray("/b"));
        QVERIFY(messages.at(1).keepAlive);
    }

    void errorCarriesLlhttpReason()
    {
        HttpParser parser(HttpParser::Type::Request);
        QVERIFY(!parser.feed("BR@KEN / HTTP/1.1\r\n\r\n"));
        QVERIFY(parser.hasError());
        QVERIFY(parser.errorName().startsWith("HPE_"));
        QVERIFY(!parser.errorReason().isEmpty());
    }
    // The server's limits and framing rules, as a table of raw requests: no sockets.
    void serverLimits_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status"); // 0: parses, no error
        QTest::addColumn<QString>("reasonContains");

        const QByteArray longTarget = "/" + QByteArray(HttpLimits::kMaxTargetBytes, 'a');
        QByteArray manyHeaders = "GET / HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < HttpLimits::kMaxHeaderFields; ++i)
            manyHeaders += "X-" + QByteArray::number(i) + ": v\r\n";
        const QByteArray bigHeader =
            "GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + QByteArray(HttpLimits::kMaxHeaderSectionBytes, 'b') + "\r\n\r\n";
        QTest::newRow("plain") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\r\n") << 0 << QString();
        QTest::newRow("target at the limit")
            << QByteArray("GET " + longTarget.left(HttpLimits::kMaxTargetBytes) + " HTTP/1.1\r\nHost: h\r\n\r\n") << 0
            << QString();
        QTest::newRow("target over") << QByteArray("GET " + longTarget + " HTTP/1.1\r\nHost: h\r\n\r\n") << 414
                                     << u"request target"_s;
        QTest::newRow("100 fields") << QByteArray(manyHeaders.left(manyHeaders.lastIndexOf("X-")) + "\r\n") << 0
                                    << QString();
        QTest::newRow("101 fields") << QByteArray(manyHeaders + "\r\n") << 431 << u"header fields"_s;
        QTest::newRow("header section over") << bigHeader << 431 << u"header section"_s;
        QTest::newRow("declared body over")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: " +
                          QByteArray::number(HttpLimits::kMaxBodyBytes + 1) + "\r\n\r\n")
            << 413 << u"declared body"_s;
        QTest::newRow("CL and TE") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n"
                                                 "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                   << 400 << u"Content-Length can't be present with Transfer-Encoding"_s;
        QTest::newRow("two Content-Lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd") << 400
            << u"Duplicate Content-Length"_s;
        QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                      "zz\r\nhi\r\n0\r\n\r\n")
                                        << 400 << u"chunk size"_s;
        QTest::newRow("bad method") << QByteArray("BR@KEN / HTTP/1.1\r\n\r\n") << 400 << u"method"_s;
    }
    void serverLimits()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QString, reasonContains);
        HttpParser parser(HttpParser::Type::Request);
        parser.setLimits(HttpLimits{});
        const bool ok = parser.feed(raw);
        QCOMPARE(ok, status == 0);
        QCOMPARE(parser.errorStatus(), status);
        if (status) {
            QVERIFY2(parser.errorReason().contains(reasonContains, Qt::CaseInsensitive),
                     qPrintable(parser.errorReason()));
            QVERIFY(!parser.pendingRaw().isEmpty());
        } else {
            QCOMPARE(parser.takeMessages().size(), 1);
        }
    }

    void chunkedBodyOverLimit()
    {
        HttpLimits limits;
        limits.maxBodyBytes = 4;
        HttpParser parser(HttpParser::Type::Request);
        parser.setLimits(limits);
        QVERIFY(
            !parser.feed("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n3\r\ndef\r\n"));
        QCOMPARE(parser.errorStatus(), 413);
    }

    // Each pipelined message keeps its own bytes, for the exchange log.
    void rawBytesPerMessage()
    {
        const QByteArray first = "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc";
        const QByteArray second =
            "POST /b HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n";
        const QByteArray third = "GET /c HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n";
        HttpParser parser(HttpParser::Type::Request);
        QVERIFY(parser.feed(first + second.left(10)));
        QVERIFY(parser.feed(second.mid(10) + third + "GET /ignored HTTP/1.1\r\n\r\n"));
        const QList<HttpMessage> messages = parser.takeMessages();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).raw, first);
        QCOMPARE(messages.at(1).raw, second);
        QCOMPARE(messages.at(1).body, QByteArray("x"));
        QCOMPARE(messages.at(2).raw, third);
        QVERIFY(parser.isFinishedStream());
    }

    void headAvailableBeforeBody()
    {
        HttpParser parser(HttpParser::Type::Request);
        QVERIFY(parser.feed("PUT /u HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"));
        QVERIFY(parser.isMidMessage());
        QVERIFY(parser.headersComplete());
        QCOMPARE(parser.currentMessage().header("Expect"), QByteArray("100-continue"));
        QVERIFY(parser.feed("hello"));
        QCOMPARE(parser.takeMessages().value(0).body, QByteArray("hello"));
    }
    // Each of llhttp's lenient flags stays off: the behaviour it would allow is refused.
    void strictEveryLenientFlagOff_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        // LENIENT_HEADERS: control characters in a value, a bare CR
        QTest::newRow("lenient headers: CTL in value")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: a\x01b\r\n\r\n") << 400;
        QTest::newRow("lenient headers: bare CR") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n") << 400;
        // LENIENT_CHUNKED_LENGTH: Content-Length together with chunked
        QTest::newRow("lenient chunked length")
            << QByteArray(
                   "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
            << 400;
        // LENIENT_TRANSFER_ENCODING: a request whose last coding is not chunked
        QTest::newRow("lenient transfer encoding")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\nabc") << 400;
        // LENIENT_VERSION: a version llhttp does not know
        QTest::newRow("lenient version") << QByteArray("GET / HTTP/1.7\r\nHost: a\r\n\r\n") << 400;
        // strict mode (not a flag): whitespace before the colon, and our check of empty names
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nX-A : 1\r\n\r\n") << 400;
        QTest::newRow("Host with space") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost : evil\r\n\r\n") << 400;
        QTest::newRow("empty name") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n: v\r\n\r\n") << 400;
        QTest::newRow("HTTP/3.0") << QByteArray("GET / HTTP/3.0\r\nHost: a\r\n\r\n") << 505;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << 505;
        QTest::newRow("unknown method") << QByteArray("BREW / HTTP/1.1\r\nHost: a\r\n\r\n") << 501;
        QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\nHost: a\r\n\r\n") << 501;
        QTest::newRow("method not a token") << QByteArray("GE(T / HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
        QTest::newRow("TLS bytes") << QByteArray("\x16\x03\x01\x02\x00\x01\x00") << 400;
    }
    void strictEveryLenientFlagOff()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        HttpParser parser(HttpParser::Type::Request);
        parser.setLimits({});
        QVERIFY(!parser.feed(raw));
        QCOMPARE(parser.errorStatus(), status);
    }

    // Keep-alive leniency is off: nothing after "Connection: close" is parsed.
    void strictKeepAlive()
    {
        HttpParser parser(HttpParser::Type::Request);
        QVERIFY(parser.feed("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n"));
        QCOMPARE(parser.takeMessages().size(), 1);
        QVERIFY(parser.isFinishedStream());
    }

    // The status for the same bytes does not depend on how TCP split them.
    void sameAnswerWholeOrByteByByte_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        const QByteArray longTarget(HttpLimits::kMaxTargetBytes + 10, 'a');
        QTest::newRow("long target, bad byte after the limit")
            << QByteArray("GET /" + longTarget + "\x01 HTTP/1.1\r\n\r\n") << 414;
        QTest::newRow("long target, bad version") << QByteArray("GET /" + longTarget + " HTTP/1.x\r\n\r\n") << 414;
        QTest::newRow("bad byte in the target before the limit")
            << QByteArray("GET /a\x01" + longTarget + " HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("long header value, bad byte")
            << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(HttpLimits::kMaxHeaderSectionBytes + 10, 'v') +
                          "\x01\r\n\r\n")
            << 431;
        QTest::newRow("long header name, bad byte")
            << QByteArray("GET / HTTP/1.1\r\n" + QByteArray(HttpLimits::kMaxHeaderSectionBytes + 10, 'n') +
                          "\x01: v\r\n\r\n")
            << 431;
        QByteArray many = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < HttpLimits::kMaxHeaderFields; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("one field too many, bad name") << QByteArray(many + "Y(: v\r\n\r\n") << 431;
        QTest::newRow("unknown method") << QByteArray("PROPPATCHX / HTTP/1.1\r\n\r\n") << 501;
        QTest::newRow("HTTP/3.0") << QByteArray("GET / HTTP/3.0\r\n\r\n") << 505;
        QTest::newRow("ok") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << 0;
    }
    void sameAnswerWholeOrByteByByte()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        HttpParser whole(HttpParser::Type::Request);
        whole.setLimits({});
        whole.feed(raw);
        HttpParser pieces(HttpParser::Type::Request);
        pieces.setLimits({});
        for (qsizetype i = 0; i < raw.size() && pieces.feed(raw.mid(i, 1)); ++i) {
        }
        HttpParser halves(HttpParser::Type::Request);
        halves.setLimits({});
        if (halves.feed(raw.left(raw.size() / 2)))
            halves.feed(raw.mid(raw.size() / 2));
        QCOMPARE(whole.errorStatus(), status);
        QCOMPARE(pieces.errorStatus(), status);
        QCOMPARE(halves.errorStatus(), status);
    }

    // StopAfterMessage hands back control after each message, with what it used.
    void feedSomeStopsAfterEachMessage()
    {
        HttpParser parser(HttpParser::Type::Request);
        const QByteArray two = "GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n";
        qsizetype used = 0;
        QVERIFY(parser.feedSome(two, &used, HttpParser::StopAfterMessage));
        QCOMPARE(used, two.size() / 2);
        QCOMPARE(parser.takeMessages().size(), 1);
        QVERIFY(parser.feedSome(QByteArrayView(two).sliced(used), &used, HttpParser::StopAfterMessage));
        QCOMPARE(parser.takeMessages().constFirst().target, QByteArray("/2"));
    }
};

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
