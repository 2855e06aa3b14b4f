// The HTTP server over real sockets on 127.0.0.1, port 0. Time comes from a ManualClock,
// so timeouts and delays are tested without sleeping; waits spin the event loop.

#include "SandboxFixture.h"
#include "http/HttpParser.h"
#include "http/HttpServer.h"
#include "sandbox/ExchangeLog.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SandboxServer.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace {

// A raw client: writes bytes, parses what comes back with llhttp.
class Client
{
public:
    explicit Client(quint16 port, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
        : m_parser(std::make_unique<HttpParser>(HttpParser::Type::Response))
    {
        m_socket.connectToHost(address, port);
    }

    bool connected()
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; });
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    // Writes without ever reading the answers (their bytes stay in the kernel).
    void sendWithoutReading(const QByteArray &bytes)
    {
        m_socket.setReadBufferSize(1);
        m_socket.write(bytes);
    }
    void abort() { m_socket.abort(); }
    void expectHead() { m_parser->setRequestMethod("HEAD"); }

    // Waits until n messages (interim ones included) have been parsed.
    QList<HttpMessage> responses(int n, int timeoutMs = 5000)
    {
        (void)QTest::qWaitFor(
            [&] {
                pump();
                return m_messages.size() >= n;
            },
            timeoutMs);
        return m_messages;
    }
    HttpMessage response() { return responses(m_messages.size() + 1).value(m_taken++); }
    void markTaken() { m_taken = int(m_messages.size()); }

    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [&] {
                pump();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }
    QByteArray received() const { return m_received; }
    QAbstractSocket::SocketState state() const { return m_socket.state(); }

private:
    void pump()
    {
        const QByteArray data = m_socket.readAll();
        if (data.isEmpty())
            return;
        m_received += data;
        m_parser->feed(data);
        m_messages += m_parser->takeMessages();
    }

    QTcpSocket m_socket;
    std::unique_ptr<HttpParser> m_parser;
    QList<HttpMessage> m_messages;
    QByteArray m_received;
    int m_taken = 0;
};

#ifdef Q_OS_UNIX
// A client on a plain socket, for what QTcpSocket cannot do: close only its write side, a
// small receive window, a reset. Non-blocking, so the server in this thread keeps running.
class RawClient
{
public:
    explicit RawClient(quint16 port, int receiveBuffer = 0)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (receiveBuffer > 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    }
    ~RawClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool connected() const { return m_connected; }
    // Sends everything, letting the event loop run while the kernel is full.
    bool sendAll(const QByteArray &bytes)
    {
        qsizetype done = 0;
        return QTest::qWaitFor(
            [&] {
                while (done < bytes.size()) {
                    const ssize_t sent =
                        ::send(m_fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
                    if (sent <= 0)
                        return false;
                    done += sent;
                }
                return true;
            },
            20000);
    }
    void shutdownWrite() { ::shutdown(m_fd, SHUT_WR); }
    void reset()
    {
        const linger abortive{1, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
        ::close(m_fd);
        m_fd = -1;
    }
    // Reads until the server closes; everything that arrived.
    QByteArray readToEnd(int timeoutMs = 20000)
    {
        QByteArray all;
        (void)QTest::qWaitFor(
            [&] {
                char buffer[65536];
                for (;;) {
                    const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
                    if (got == 0)
                        return true;
                    if (got < 0)
                        return false;
                    all.append(buffer, got);
                }
            },
            timeoutMs);
        return all;
    }

private:
    int m_fd = -1;
    bool m_connected = false;
};
#endif

QList<HttpMessage> parseAll(const QByteArray &raw, const QByteArray &method = "GET")
{
    HttpParser parser(HttpParser::Type::Response);
    parser.setRequestMethod(method);
    parser.feed(raw);
    parser.finish();
    return parser.takeMessages();
}

QJsonObject jsonOf(const HttpMessage &message)
{
    return QJsonDocument::fromJson(message.body).object();
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    SandboxRouter m_router;
    ExchangeLog m_log;
    std::unique_ptr<HttpServer> m_server;

    quint16 port() const { return m_server->serverPort(); }

    void restart(const HttpLimits &limits = {})
    {
        m_server = std::make_unique<HttpServer>(&m_router, &m_clock);
        m_server->setLimits(limits);
        m_server->setExchangeSink(&m_log);
        QString error;
        QVERIFY2(m_server->start(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    }

    // The server still answers a fresh connection after refusing another.
    void stillServing()
    {
        Client client(port());
        client.send("GET /anything HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QCOMPARE(client.response().status, 200);
    }

private Q_SLOTS:
    void init()
    {
        m_log.clear();
        restart();
    }
    void cleanup() { m_server.reset(); }

    void everyEndpoint_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::newRow("/") << QByteArray("/") << 200;
        QTest::newRow("status") << QByteArray("/status/418") << 418;
        QTest::newRow("status 304") << QByteArray("/status/304") << 304;
        QTest::newRow("redirect-to") << QByteArray("/redirect-to?url=/anything&status_code=303") << 303;
        QTest::newRow("redirect") << QByteArray("/redirect-code/308") << 308;
        QTest::newRow("redirect-chain") << QByteArray("/redirect-chain/2") << 302;
        QTest::newRow("loop") << QByteArray("/loop") << 302;
        QTest::newRow("anything") << QByteArray("/anything/a?b=c") << 200;
        QTest::newRow("delay 0") << QByteArray("/delay-ms/0") << 200;
        QTest::newRow("404") << QByteArray("/missing") << 404;
    }
    void everyEndpoint()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        Client client(port());
        client.send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        const HttpMessage response = client.response();
        QCOMPARE(response.status, status);
        QVERIFY(!response.header("Date").isEmpty());
        QVERIFY(response.keepAlive);
    }

    void status100SendsInterimThenFinal()
    {
        Client client(port());
        client.send("GET /status/100 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        const QList<HttpMessage> responses = client.responses(2);
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses.at(0).status, 100);
        QCOMPARE(responses.at(1).status, 200);
    }

    void followsARedirectChainWithHops()
    {
        Client client(port());
        QByteArray target = "/redirect-chain/3";
        int hops = 0;
        for (; hops < 10; ++hops) {
            client.send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            const HttpMessage response = client.response();
            if (response.status != 302) {
                QCOMPARE(response.status, 200);
                QCOMPARE(jsonOf(response).value(u"hop"_s).toInt(), 3);
                break;
            }
            target = response.header("Location");
        }
        QCOMPARE(hops, 3);
    }

    void keepAliveAndPipeliningInOrder()
    {
        Client client(port());
        QByteArray batch;
        for (int i = 1; i <= 5; ++i)
            batch += "GET /anything?n=" + QByteArray::number(i) + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
        client.send(batch);
        const QList<HttpMessage> responses = client.responses(5);
        QCOMPARE(responses.size(), 5);
        qint64 connection = -1;
        for (int i = 0; i < 5; ++i) {
            const QJsonObject json = jsonOf(responses.at(i));
            QCOMPARE(json.value(u"query"_s).toObject().value(u"n"_s).toString(), QString::number(i + 1));
            if (connection < 0)
                connection = json.value(u"connection_id"_s).toInteger();
            QCOMPARE(json.value(u"connection_id"_s).toInteger(), connection);
        }
        QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    }

    void pipelinedBehindADelayKeepsOrder()
    {
        Client client(port());
        client.send("GET /delay-ms/1000 HTTP/1.1\r\nHost: localhost\r\n\r\nGET /anything?second HTTP/1.1\r\n"
                    "Host: localhost\r\n\r\n");
        QCOMPARE(client.responses(1, 200).size(), 0); // nothing before the clock moves
        m_clock.advance(999);
        QCOMPARE(client.responses(1, 200).size(), 0);
        m_clock.advance(1);
        const QList<HttpMessage> responses = client.responses(2);
        QCOMPARE(responses.size(), 2);
        QCOMPARE(jsonOf(responses.at(0)).value(u"delay_ms"_s).toInt(), 1000);
        QCOMPARE(jsonOf(responses.at(1)).value(u"target"_s).toString(), u"/anything?second"_s);
    }

    void chunkedRequestBody()
    {
        Client client(port());
        client.send("POST /anything HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
        QTest::qWait(0);
        client.send("6\r\n world\r\n0\r\n\r\n");
        const QJsonObject json = jsonOf(client.response());
        QCOMPARE(json.value(u"body"_s).toString(), u"hello world"_s);
        QCOMPARE(json.value(u"body_length"_s).toInt(), 11);
    }

    void expect100Continue()
    {
        Client client(port());
        client.send("PUT /anything HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
        const HttpMessage interim = client.response();
        QCOMPARE(interim.status, 100);
        QVERIFY(client.received().startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        client.send("data");
        const HttpMessage response = client.response();
        QCOMPARE(response.status, 200);
        QCOMPARE(jsonOf(response).value(u"body"_s).toString(), u"data"_s);
    }

    void expect100ContinueOverLimitGets413First()
    {
        Client client(port());
        client.send("PUT /anything HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: " +
                    QByteArray::number(HttpLimits::kMaxBodyBytes + 1) + "\r\n\r\n");
        const HttpMessage response = client.response();
        QCOMPARE(response.status, 413);
        QVERIFY(!client.received().contains("100 Continue"));
        QVERIFY(response.body.contains("not read"));
        QVERIFY(client.waitClosed());
        stillServing();
    }

    void headHasGetLengthButNoBody()
    {
        Client get(port());
        get.send("GET /anything HTTP/1.1\r\nHost: localhost\r\n\r\n");
        const HttpMessage full = get.response();
        Client head(port());
        head.expectHead();
        head.send("HEAD /anything HTTP/1.1\r\nHost: localhost\r\n\r\n");
        const HttpMessage response = head.response();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Content-Length"), QByteArray::number(full.body.size()));
        QVERIFY(response.body.isEmpty());
        QVERIFY(head.received().endsWith("\r\n\r\n"));
    }

    void http10()
    {
        Client plain(port());
        plain.send("GET /anything HTTP/1.0\r\n\r\n"); // no Host needed in 1.0
        const HttpMessage first = plain.response();
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("Connection"), QByteArray("close"));
        QVERIFY(plain.waitClosed());

        Client keep(port());
        keep.send("GET /anything HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QCOMPARE(keep.response().header("Connection"), QByteArray("keep-alive"));
        keep.send("GET /anything HTTP/1.0\r\n\r\n");
        QCOMPARE(keep.response().status, 200);
        QVERIFY(keep.waitClosed());
    }

    void connectionCloseIgnoresTheRest()
    {
        Client client(port());
        client.send("GET /anything HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\nGARBAGE\r\n\r\n");
        QCOMPARE(client.response().status, 200);
        QVERIFY(client.waitClosed());
        QCOMPARE(client.responses(2, 100).size(), 1);
    }

    void hostCheck_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<int>("status");
        QTest::newRow("localhost") << QByteArray("/anything") << QByteArray("Host: localhost:1\r\n") << 200;
        QTest::newRow("sub.localhost") << QByteArray("/anything") << QByteArray("Host: app.localhost\r\n") << 200;
        QTest::newRow("127.9.9.9") << QByteArray("/anything") << QByteArray("Host: 127.9.9.9\r\n") << 200;
        QTest::newRow("[::1]") << QByteArray("/anything") << QByteArray("Host: [::1]:80\r\n") << 200;
        QTest::newRow("rebinding") << QByteArray("/anything") << QByteArray("Host: attacker.example\r\n") << 421;
        QTest::newRow("private IP") << QByteArray("/anything") << QByteArray("Host: 192.168.0.1\r\n") << 421;
        QTest::newRow("no Host") << QByteArray("/anything") << QByteArray() << 400;
        QTest::newRow("two Hosts") << QByteArray("/anything") << QByteArray("Host: localhost\r\nHost: localhost\r\n")
                                   << 400;
        // absolute-form: the target's authority wins over Host (RFC 9112, section 3.2.2)
        QTest::newRow("absolute-form evil")
            << QByteArray("http://evil.example/anything") << QByteArray("Host: 127.0.0.1\r\n") << 421;
        QTest::newRow("absolute-form evil with port")
            << QByteArray("http://evil.example:8088/") << QByteArray("Host: localhost\r\n") << 421;
        QTest::newRow("absolute-form HTTPS upper case")
            << QByteArray("HTTPS://EVIL.EXAMPLE/anything") << QByteArray("Host: localhost\r\n") << 421;
        QTest::newRow("absolute-form userinfo")
            << QByteArray("http://127.0.0.1@evil.example/anything") << QByteArray("Host: 127.0.0.1\r\n") << 421;
        QTest::newRow("absolute-form private IP")
            << QByteArray("http://192.168.0.1/anything?x=1") << QByteArray("Host: 127.0.0.1\r\n") << 421;
        QTest::newRow("absolute-form localhost")
            << QByteArray("http://localhost:8088/anything") << QByteArray("Host: localhost:8088\r\n") << 200;
        QTest::newRow("absolute-form [::1]")
            << QByteArray("http://[::1]:8088/anything") << QByteArray("Host: localhost\r\n") << 200;
        QTest::newRow("absolute-form wins over Host")
            << QByteArray("http://127.0.0.1/anything") << QByteArray("Host: evil.example\r\n") << 200;
        QTest::newRow("absolute-form still needs Host")
            << QByteArray("http://localhost/anything") << QByteArray() << 400;
    }
    void hostCheck()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, headers);
        QFETCH(int, status);
        Client client(port());
        client.send("GET " + target + " HTTP/1.1\r\n" + headers + "\r\n");
        const HttpMessage response = client.response();
        QCOMPARE(response.status, status);
        if (status == 421)
            QVERIFY(response.body.contains("DNS-rebinding"));
        // Framing was fine: the connection stays usable.
        client.send("GET /anything HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QCOMPARE(client.response().status, 200);
    }

    void absoluteFormAuthorityIsQuoted()
    {
        Client client(port());
        client.send("GET http://user@evil.example:81/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const HttpMessage response = client.response();
        QCOMPARE(response.status, 421);
        QVERIFY2(response.body.contains("not to 'evil.example:81'"), response.body.constData());
    }

    void absoluteFormHttp10WithoutHost()
    {
        Client client(port());
        client.send("GET http://evil.example/anything HTTP/1.0\r\n\r\n");
        QCOMPARE(client.response().status, 421);
    }

    void noContinueForAbsoluteFormElsewhere()
    {
        // The body of a request that will be refused is not invited.
        Client client(port());
        client.send("PUT http://evil.example/anything HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\n"
                    "Content-Length: 4\r\n\r\n");
        QVERIFY(client.responses(1, 300).isEmpty());
        client.send("data");
        QCOMPARE(client.response().status, 421);
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("bodyContains");
        QByteArray many = "GET / HTTP/1.1\r\nHost: localhost\r\n";
        for (int i = 0; i <= HttpLimits::kMaxHeaderFields; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("414") << QByteArray("GET /" + QByteArray(HttpLimits::kMaxTargetBytes, 'a') +
                                           " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                             << 414 << QByteArray("8192");
        QTest::newRow("431 count") << QByteArray(many + "\r\n") << 431 << QByteArray("100 header fields");
        QTest::newRow("431 size") << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\nX: " +
                                                QByteArray(HttpLimits::kMaxHeaderSectionBytes, 'x') + "\r\n\r\n")
                                  << 431 << QByteArray("32768");
        QTest::newRow("413 declared") << QByteArray(
                                             "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 9000000\r\n\r\n")
                                      << 413 << QByteArray("9000000");
        QTest::newRow("CL+TE") << QByteArray("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\n"
                                             "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                               << 400 << QByteArray("Transfer-Encoding");
        QTest::newRow("two CL") << QByteArray("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\n"
                                              "Content-Length: 2\r\n\r\nab")
                                << 400 << QByteArray("Duplicate Content-Length");
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03") << 400
                                 << QByteArray("HPE_");
        QTest::newRow("bad version") << QByteArray("GET / HTTP/1.x\r\nHost: localhost\r\n\r\n") << 400
                                     << QByteArray("HPE_");
        QTest::newRow("HTTP/1.2") << QByteArray("GET / HTTP/1.2\r\nHost: localhost\r\n\r\n") << 400
                                  << QByteArray("HPE_INVALID_VERSION");
        QTest::newRow("HTTP/9.9") << QByteArray("GET / HTTP/9.9\r\nHost: localhost\r\n\r\n") << 505
                                  << QByteArray("HTTP/9 is not supported");
        QTest::newRow("HTTP/3.0") << QByteArray("GET / HTTP/3.0\r\nHost: localhost\r\n\r\n") << 505
                                  << QByteArray("HTTP/3 is not supported");
        QTest::newRow("unknown method") << QByteArray("BREW /pot HTTP/1.1\r\nHost: localhost\r\n\r\n") << 501
                                        << QByteArray("'BREW' is not implemented");
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\nX-A : 1\r\n\r\n") << 400
                                            << QByteArray("HPE_INVALID_HEADER_TOKEN");
        QTest::newRow("second Host with space")
            << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\nHost : evil.example\r\n\r\n") << 400
            << QByteArray("HPE_INVALID_HEADER_TOKEN");
        QTest::newRow("empty field name")
            << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\n: v\r\n\r\n") << 400 << QByteArray("empty name");
    }
    void limits()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QByteArray, bodyContains);
        Client client(port());
        client.send(raw);
        const HttpMessage response = client.response();
        QCOMPARE(response.status, status);
        QVERIFY2(response.body.contains(bodyContains), response.body.constData());
        QCOMPARE(response.header("Connection"), QByteArray("close"));
        QVERIFY(client.waitClosed());
        // The refusal is in the log with the parse error.
        const HttpExchange logged = m_log.entries().constLast();
        QCOMPARE(logged.status, status);
        QVERIFY(!logged.parseError.isEmpty());
        stillServing();
    }

    void chunkedBodyOverLimit()
    {
        HttpLimits limits;
        limits.maxBodyBytes = 10;
        restart(limits);
        Client client(port());
        client.send(
            "POST /anything HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n");
        QTest::qWait(0);
        client.send("8\r\n12345678\r\n0\r\n\r\n");
        QCOMPARE(client.response().status, 413);
        QVERIFY(client.waitClosed());
        stillServing();
    }

    void slowHeadersGet408()
    {
        Client client(port());
        QVERIFY(client.connected());
        QTRY_COMPARE(m_server->connectionCount(), 1);
        quint64 before = m_server->stats().bytesReceived;
        client.send("GET /anything HTTP/1.1\r\n");
        QTRY_VERIFY(m_server->stats().bytesReceived > before); // read: the header and idle deadlines are armed
        // Trickling bytes keep the idle timer happy, not the header deadline.
        for (int i = 0; i < 2; ++i) {
            m_clock.advance(4000);
            before = m_server->stats().bytesReceived;
            client.send("X-Slow: " + QByteArray::number(i) + "\r\n");
            QTRY_VERIFY(m_server->stats().bytesReceived > before); // read: the idle deadline moved
        }
        QCOMPARE(client.responses(1, 100).size(), 0);
        m_clock.advance(2000); // 10 s after the first byte
        const HttpMessage response = client.response();
        QCOMPARE(response.status, 408);
        QVERIFY(client.waitClosed());
        stillServing();
    }

    void stalledBodyGets408()
    {
        Client client(port());
        QVERIFY(client.connected());
        QTRY_COMPARE(m_server->connectionCount(), 1);
        const quint64 before = m_server->stats().bytesReceived;
        client.send("POST /anything HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\nabc");
        QTRY_VERIFY(m_server->stats().bytesReceived > before);
        m_clock.advance(HttpLimits::kIdleTimeoutMs);
        QCOMPARE(client.response().status, 408);
        QVERIFY(client.waitClosed());
    }

    void idleKeepAliveIsClosed()
    {
        Client client(port());
        client.send("GET /anything HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QCOMPARE(client.response().status, 200);
        m_clock.advance(HttpLimits::kIdleTimeoutMs - 1);
        QTest::qWait(0);
        QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
        m_clock.advance(1);
        QVERIFY(client.waitClosed());
        QCOMPARE(client.responses(2, 100).size(), 1); // closed without an answer
    }

    void connectionLimitGives503()
    {
        HttpLimits limits;
        limits.maxConnections = 2;
        restart(limits);
        Client a(port());
        Client b(port());
        QVERIFY(a.connected() && b.connected());
        QTRY_COMPARE(m_server->connectionCount(), 2);
        Client c(port());
        const HttpMessage response = c.response();
        QCOMPARE(response.status, 503);
        QCOMPARE(response.header("Retry-After"), QByteArray::number(HttpLimits::kRetryAfterSeconds));
        QVERIFY(c.waitClosed());
        a.send("GET /anything HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QCOMPARE(a.response().status, 200);
    }

    void logsEveryExchangeWithRawBytes()
    {
        Client client(port());
        const QByteArray request = "POST /anything HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\nhi";
        client.send(request);
        QCOMPARE(client.response().status, 200);
        QTRY_COMPARE(m_log.size(), qsizetype(1));
        const HttpExchange entry = m_log.entries().constLast();
        QCOMPARE(entry.rawRequest, request);
        QVERIFY(client.received() == entry.rawResponse);
        QCOMPARE(entry.method, QByteArray("POST"));
        QCOMPARE(entry.status, 200);
        QCOMPARE(entry.clientAddress, u"127.0.0.1"_s);
        QVERIFY(entry.clientPort > 0);
        QVERIFY(entry.connectionId > 0);
        QCOMPARE(entry.started, m_clock.currentUtc());
    }

    void clientGoneMidRequestIsLogged()
    {
        {
            Client client(port());
            QVERIFY(client.connected());
            QTRY_COMPARE(m_server->connectionCount(), 1);
            const quint64 before = m_server->stats().bytesReceived;
            client.send("POST /anything HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\nabc");
            QTRY_VERIFY(m_server->stats().bytesReceived > before);
        }
        QTRY_COMPARE(m_log.size(), qsizetype(1));
        QVERIFY(m_log.entries().constFirst().parseError.contains(u"closed"_s));
        QVERIFY(m_log.entries().constFirst().rawRequest.endsWith("abc"));
    }

    void portInUseIsExplained()
    {
        HttpServer other(&m_router, &m_clock);
        QString error;
        QVERIFY(!other.start(QHostAddress(QHostAddress::LocalHost), port(), &error));
        QVERIFY2(error.contains(u"already in use"_s), qPrintable(error));
        QVERIFY(error.contains(QString::number(port())));
    }

    void sandboxServerRunsInItsOwnThreadWithTwoOrigins()
    {
        SandboxServer sandbox;
        QVERIFY(testsupport::startSandbox(sandbox, /*secondOrigin=*/true, /*alsoIpv6=*/true));
        SandboxServer::Options options;
        const QUrl url = sandbox.url();
        const QUrl second = sandbox.secondUrl();
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QVERIFY(url.port() > 0 && second.port() > 0 && url.port() != second.port());

        // Cross-origin: a 307 on the first origin to /anything on the second.
        Client client(quint16(url.port()));
        const QByteArray location = "http://127.0.0.1:" + QByteArray::number(second.port()) + "/anything";
        client.send("POST /redirect-to?url=" + location.toPercentEncoding() +
                    "&status_code=307 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\n\r\nx");
        const HttpMessage redirect = client.response();
        QCOMPARE(redirect.status, 307);
        QCOMPARE(redirect.header("Location"), location);
        Client other(quint16(second.port()));
        other.send("POST /anything HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\n\r\nx");
        QCOMPARE(jsonOf(other.response()).value(u"method"_s).toString(), u"POST"_s);
        QTRY_COMPARE(sandbox.log()->size(), qsizetype(2));

        // Same port on [::1] where the machine has IPv6 loopback.
        Client v6(quint16(url.port()), QHostAddress(QHostAddress::LocalHostIPv6));
        if (v6.connected()) {
            v6.send("GET /anything HTTP/1.1\r\nHost: [::1]\r\n\r\n");
            QCOMPARE(v6.response().status, 200);
        }

        // The port is taken now: a second sandbox on it fails with a clear message.
        SandboxServer clash;
        options.port = quint16(url.port());
        QVERIFY(!clash.startAndWait(options, 5000));
        QCOMPARE(clash.state(), SandboxServer::State::Failed);
        QVERIFY(clash.errorString().contains(u"already in use"_s));
        QVERIFY(!clash.isRunning());
        sandbox.stop();
        QVERIFY(!sandbox.isRunning());
    }
#ifdef Q_OS_UNIX
    // Finding 4: a complete request, then the client shuts its write side (nc -N): the whole
    // answer still arrives, 8 MB of it, and so does a delayed one.
    void halfClosedClientGetsTheWholeAnswer()
    {
        RawClient client(port());
        QVERIFY(client.connected());
        const QByteArray body(6 * 1024 * 1024, '\xff'); // not UTF-8: answered as 8 MiB of base64
        QVERIFY(client.sendAll("POST /anything HTTP/1.1\r\nHost: localhost\r\nContent-Length: " +
                               QByteArray::number(body.size()) + "\r\n\r\n" + body));
        client.shutdownWrite();
        const QList<HttpMessage> answers = parseAll(client.readToEnd());
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.at(0).status, 200);
        QVERIFY(answers.at(0).body.size() > 8 * 1000 * 1000);
        QCOMPARE(jsonOf(answers.at(0)).value(u"body_length"_s).toInteger(), body.size());
        QTRY_VERIFY(!m_log.entries().isEmpty());
        QVERIFY(!m_log.entries().constLast().responseIncomplete);
    }
    void halfClosedClientGetsADelayedAnswer()
    {
        RawClient client(port());
        const QByteArray request = "GET /delay-ms/1000 HTTP/1.1\r\nHost: localhost\r\n\r\n";
        QVERIFY(client.sendAll(request));
        client.shutdownWrite();
        QTRY_COMPARE(m_server->stats().bytesReceived, quint64(request.size()));
        m_clock.advance(1000);
        const QList<HttpMessage> answers = parseAll(client.readToEnd());
        QCOMPARE(answers.size(), 1);
        QCOMPARE(jsonOf(answers.at(0)).value(u"delay_ms"_s).toInt(), 1000);
    }
    // Finding 4: an answer that could not be sent whole is logged as such.
    void answerCutByAResetIsLoggedIncomplete()
    {
        auto client = std::make_unique<RawClient>(port(), 4096); // a small window: the answer waits on us
        const QByteArray body(6 * 1024 * 1024, '\xff');
        QVERIFY(client->sendAll("POST /anything HTTP/1.1\r\nHost: localhost\r\nContent-Length: " +
                                QByteArray::number(body.size()) + "\r\n\r\n" + body));
        QTRY_COMPARE(m_log.size(), qsizetype(1));
        QTRY_VERIFY(m_server->stats().bufferedOutputBytes > 0);
        client->reset();
        QTRY_VERIFY(m_log.entries().constLast().responseIncomplete);
        const HttpExchange entry = m_log.entries().constLast();
        QVERIFY(entry.responseBytesSent < entry.responseBytes);
        QCOMPARE(m_server->stats().answersNotFullySent, 1u);
        QTRY_COMPARE(m_server->stats().bufferedOutputBytes, 0); // and the memory is freed
    }
#endif

    // Finding 3: a client that pipelines POSTs and never reads: the server stops reading it
    // while its output is over the bound, and serves everyone else.
    void pipeliningClientThatNeverReadsIsBounded()
    {
        HttpLimits limits;
        limits.maxBufferedOutputBytes = 256 * 1024;
        restart(limits);
        Client greedy(port());
        QVERIFY(greedy.connected());
        const QByteArray request =
            "POST /anything HTTP/1.1\r\nHost: localhost\r\nContent-Length: 65536\r\n\r\n" + QByteArray(65536, 'b');
        QByteArray all;
        for (int i = 0; i < 400; ++i) // 26 MB in, more than the kernel's buffers take out
            all += request;
        greedy.sendWithoutReading(all);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->stats().bufferedOutputBytes >= limits.maxBufferedOutputBytes, 20000);
        stillServing();
        const quint64 received = m_server->stats().bytesReceived;
        QVERIFY(received < quint64(all.size())); // it stopped reading
        const qint64 oneAnswer = 70 * 1024;
        QVERIFY2(m_server->stats().peakBufferedOutputBytes <= limits.maxBufferedOutputBytes + 2 * oneAnswer,
                 qPrintable(QString::number(m_server->stats().peakBufferedOutputBytes)));
        greedy.abort();
        QTRY_COMPARE(m_server->connectionCount(), 0);
        QCOMPARE(m_server->stats().bufferedOutputBytes, 0);
    }

    // Finding 5: a body trickled slowly enough for the idle timer still ends in 408.
    void slowBodyHitsTheRequestDeadline()
    {
        Client client(port());
        QVERIFY(client.connected());
        quint64 before = m_server->stats().bytesReceived;
        client.send("POST /anything HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\nx");
        QTRY_VERIFY(m_server->stats().bytesReceived > before);
        for (qint64 t = 0; t + 4000 < HttpLimits::kRequestTimeoutMs; t += 4000) {
            m_clock.advance(4000);
            before = m_server->stats().bytesReceived;
            client.send("x");
            QTRY_VERIFY(m_server->stats().bytesReceived > before);
        }
        QCOMPARE(client.responses(1, 100).size(), 0);
        m_clock.advance(4000);
        const HttpMessage response = client.response();
        QCOMPARE(response.status, 408);
        QVERIFY(response.body.contains("did not arrive completely"));
        stillServing();
    }

    // Finding 5: slow clients holding the slots do not lock a new one out.
    void slotsAreKeptForNewClients()
    {
        HttpLimits limits;
        limits.maxConnections = 4;
        limits.reservedConnections = 2;
        restart(limits);
        Client slowA(port());
        Client slowB(port());
        for (Client *slow : {&slowA, &slowB}) {
            QVERIFY(slow->connected());
            const quint64 before = m_server->stats().bytesReceived;
            slow->send("POST /anything HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\nx");
            QTRY_VERIFY(m_server->stats().bytesReceived > before);
            m_clock.advance(HttpLimits::kShedAfterMs);
        }
        Client fresh(port());
        fresh.send("GET /anything HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QCOMPARE(fresh.response().status, 200);
        const HttpMessage shed = slowA.response();
        QCOMPARE(shed.status, 408); // the oldest incomplete request gave its slot
        QVERIFY(shed.body.contains("connection slot"));
        QCOMPARE(slowB.responses(1, 100).size(), 0);
        QCOMPARE(m_server->stats().connectionsShed, 1u);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
