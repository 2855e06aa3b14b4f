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
};

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
