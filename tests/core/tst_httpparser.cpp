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
};

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
