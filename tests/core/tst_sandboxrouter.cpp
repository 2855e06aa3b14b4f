// The sandbox's endpoints and the Host check, as tables of raw requests: no sockets.

#include "catalog/CardLoader.h"
#include "http/HostCheck.h"
#include "http/HttpParser.h"
#include "sandbox/LandingPage.h"
#include "sandbox/SandboxRouter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace {

HttpResponse route(SandboxRouter &router, const QByteArray &raw, quint64 connectionId = 7)
{
    const auto message = parseRequest(raw);
    if (!message)
        return {};
    return router.handle({*message, connectionId, {}, 0, {}, 8088});
}

QByteArray get(const QByteArray &target, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n";
}

} // namespace

class TestSandboxRouter : public QObject
{
    Q_OBJECT

    SandboxRouter m_router;

private Q_SLOTS:
    void hostCheck_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("localhost") << QByteArray("localhost") << true;
        QTest::newRow("localhost:port") << QByteArray("localhost:8088") << true;
        QTest::newRow("LOCALHOST.") << QByteArray("LOCALHOST.") << true;
        QTest::newRow("sub.localhost") << QByteArray("api.localhost:3000") << true;
        QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1:8088") << true;
        QTest::newRow("127.1.2.3") << QByteArray("127.1.2.3") << true;
        QTest::newRow("[::1]") << QByteArray("[::1]:8088") << true;
        QTest::newRow("evil.com") << QByteArray("evil.com") << false;
        QTest::newRow("localhost.evil.com") << QByteArray("localhost.evil.com") << false;
        QTest::newRow("evillocalhost") << QByteArray("evillocalhost") << false;
        QTest::newRow("10.0.0.1") << QByteArray("10.0.0.1") << false;
        QTest::newRow("short form 127.1") << QByteArray("127.1") << false;
        QTest::newRow("bare ::1") << QByteArray("::1") << false;
        QTest::newRow("bad port") << QByteArray("localhost:http") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void hostCheck()
    {
        QFETCH(QByteArray, host);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedHost(host), allowed);
    }

    void ipLiteralsWhenBoundElsewhere()
    {
        QVERIFY(isAllowedHost("192.168.1.20:8088", true));
        QVERIFY(!isAllowedHost("evil.com", true));
    }

    // What the Host check is applied to: the target's own authority when it has one
    // (RFC 9112, sections 3.2.2 and 3.2.3), else the Host header (empty: none in the target).
    void targetAuthority_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("hasAuthority");
        QTest::addColumn<QByteArray>("authority");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("origin-form") << QByteArray("GET") << QByteArray("/anything?x=http://evil.example") << false
                                     << QByteArray() << false;
        QTest::newRow("asterisk-form") << QByteArray("OPTIONS") << QByteArray("*") << false << QByteArray() << false;
        QTest::newRow("absolute evil") << QByteArray("GET") << QByteArray("http://evil.example/anything") << true
                                       << QByteArray("evil.example") << false;
        QTest::newRow("absolute evil port query") << QByteArray("GET") << QByteArray("http://evil.example:81?a=/")
                                                  << true << QByteArray("evil.example:81") << false;
        QTest::newRow("absolute upper-case scheme")
            << QByteArray("GET") << QByteArray("HTTPS://Evil.Example/") << true << QByteArray("Evil.Example") << false;
        QTest::newRow("absolute other scheme")
            << QByteArray("GET") << QByteArray("ws+x.1://evil.example/") << true << QByteArray("evil.example") << false;
        QTest::newRow("absolute userinfo loopback") << QByteArray("GET") << QByteArray("http://127.0.0.1@evil.example/")
                                                    << true << QByteArray("evil.example") << false;
        QTest::newRow("absolute userinfo evil")
            << QByteArray("GET") << QByteArray("http://evil.example@127.0.0.1:8088/") << true
            << QByteArray("127.0.0.1:8088") << true;
        QTest::newRow("absolute empty host")
            << QByteArray("GET") << QByteArray("http:///anything") << true << QByteArray() << false;
        QTest::newRow("absolute localhost") << QByteArray("GET") << QByteArray("http://localhost:8088/anything") << true
                                            << QByteArray("localhost:8088") << true;
        QTest::newRow("absolute 127.0.0.1 no path")
            << QByteArray("GET") << QByteArray("http://127.0.0.1") << true << QByteArray("127.0.0.1") << true;
        QTest::newRow("absolute [::1]") << QByteArray("POST") << QByteArray("http://[::1]:8088/x#frag") << true
                                        << QByteArray("[::1]:8088") << true;
        QTest::newRow("URI without authority")
            << QByteArray("GET") << QByteArray("urn:evil.example") << false << QByteArray() << false;
        QTest::newRow("CONNECT evil") << QByteArray("CONNECT") << QByteArray("evil.example:443") << true
                                      << QByteArray("evil.example:443") << false;
        QTest::newRow("CONNECT localhost")
            << QByteArray("CONNECT") << QByteArray("localhost:8088") << true << QByteArray("localhost:8088") << true;
    }
    void targetAuthority()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(bool, hasAuthority);
        QFETCH(QByteArray, authority);
        QFETCH(bool, allowed);
        const std::optional<QByteArray> found = statusdeck::targetAuthority(method, target);
        QCOMPARE(found.has_value(), hasAuthority);
        if (found) {
            QCOMPARE(*found, authority);
            QCOMPARE(isAllowedHost(*found), allowed);
        }
    }

    void endpoints_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header"); // "Name: value" that must be present, or empty
        QTest::addColumn<QByteArray>("bodyContains");

        QTest::newRow("landing") << get("/") << 200 << QByteArray("Content-Type: text/html; charset=utf-8")
                                 << QByteArray("/redirect-chain/{n}");
        QTest::newRow("unknown") << get("/nope") << 404 << QByteArray() << QByteArray("No endpoint");
        QTest::newRow("status 418") << get("/status/418") << 418 << QByteArray() << QByteArray("418");
        QTest::newRow("status 401") << get("/status/401") << 401 << QByteArray("WWW-Authenticate") << QByteArray();
        QTest::newRow("status 405") << get("/status/405") << 405 << QByteArray("Allow") << QByteArray();
        QTest::newRow("status 429") << get("/status/429") << 429 << QByteArray("Retry-After") << QByteArray();
        QTest::newRow("status 503") << get("/status/503") << 503 << QByteArray("Retry-After") << QByteArray();
        QTest::newRow("status 301") << get("/status/301") << 301 << QByteArray("Location: /anything?hop=1")
                                    << QByteArray();
        QTest::newRow("status 204 no body") << get("/status/204") << 204 << QByteArray() << QByteArray();
        QTest::newRow("status json") << get("/status/404", "Accept: application/json\r\n") << 404
                                     << QByteArray("Content-Type: application/json") << QByteArray("\"status\": 404");
        QTest::newRow("status unknown code") << get("/status/599") << 599 << QByteArray() << QByteArray("599");
        QTest::newRow("status 100 interim") << get("/status/100") << 200 << QByteArray() << QByteArray();
        QTest::newRow("status 101 refused") << get("/status/101") << 400 << QByteArray() << QByteArray("informational");
        QTest::newRow("status junk") << get("/status/abc") << 400 << QByteArray() << QByteArray();
        QTest::newRow("status 1000") << get("/status/1000") << 400 << QByteArray() << QByteArray();
        QTest::newRow("status any method") << QByteArray("DELETE /status/409 HTTP/1.1\r\nHost: localhost\r\n\r\n")
                                           << 409 << QByteArray() << QByteArray();
        QTest::newRow("redirect-to relative") << get("/redirect-to?url=/anything%3Fx%3D1&status_code=307") << 307
                                              << QByteArray("Location: /anything?x=1") << QByteArray();
        QTest::newRow("redirect-to default 302")
            << get("/redirect-to?url=/x") << 302 << QByteArray("Location: /x") << QByteArray();
        QTest::newRow("redirect-to other loopback origin")
            << get("/redirect-to?url=http%3A%2F%2F127.0.0.1%3A9999%2Fanything&status_code=308") << 308
            << QByteArray("Location: http://127.0.0.1:9999/anything") << QByteArray();
        QTest::newRow("redirect-to any 3xx")
            << get("/redirect-to?url=/x&status_code=399") << 399 << QByteArray("Location: /x") << QByteArray();
        QTest::newRow("redirect-to external")
            << get("/redirect-to?url=https%3A%2F%2Fevil.com%2F") << 400 << QByteArray() << QByteArray("loopback");
        QTest::newRow("redirect-to scheme-relative")
            << get("/redirect-to?url=%2F%2Fevil.com%2Fx") << 400 << QByteArray() << QByteArray("loopback");
        QTest::newRow("redirect-to javascript")
            << get("/redirect-to?url=javascript%3Aalert(1)") << 400 << QByteArray() << QByteArray();
        QTest::newRow("redirect-to CRLF refused")
            << get("/redirect-to?url=/a%0D%0ASet-Cookie:x") << 400 << QByteArray() << QByteArray("not a valid URL");
        QTest::newRow("redirect-to not 3xx")
            << get("/redirect-to?url=/x&status_code=200") << 400 << QByteArray() << QByteArray("3xx");
        QTest::newRow("redirect-to no url") << get("/redirect-to") << 400 << QByteArray() << QByteArray();
        QTest::newRow("redirect 307") << QByteArray("POST /redirect-code/307 HTTP/1.1\r\nHost: localhost\r\n"
                                                    "Content-Length: 1\r\n\r\nx")
                                      << 307 << QByteArray("Location: /anything?hop=1") << QByteArray();
        QTest::newRow("redirect 200") << get("/redirect-code/200") << 400 << QByteArray() << QByteArray();
        QTest::newRow("chain first") << get("/redirect-chain/3") << 302
                                     << QByteArray("Location: /redirect-chain/2?hop=1") << QByteArray();
        QTest::newRow("chain last") << get("/redirect-chain/1?hop=2") << 302 << QByteArray("Location: /anything?hop=3")
                                    << QByteArray();
        QTest::newRow("chain with status")
            << get("/redirect-chain/2?status_code=308") << 308
            << QByteArray("Location: /redirect-chain/1?hop=1&status_code=308") << QByteArray();
        QTest::newRow("chain 0") << get("/redirect-chain/0") << 400 << QByteArray() << QByteArray();
        QTest::newRow("loop") << get("/loop?status_code=307") << 307 << QByteArray("Location: /loop?status_code=307")
                              << QByteArray();
        QTest::newRow("anything subpath")
            << get("/anything/deep/path") << 200 << QByteArray("Content-Type: application/json")
            << QByteArray("/anything/deep/path");
        QTest::newRow("delay") << get("/delay-ms/10") << 200 << QByteArray() << QByteArray("\"delay_ms\": 10");
        QTest::newRow("delay clamped") << get("/delay-ms/99999") << 200 << QByteArray()
                                       << QByteArray("\"delay_ms\": 10000");
        QTest::newRow("delay junk") << get("/delay-ms/-1") << 400 << QByteArray() << QByteArray();
    }
    void endpoints()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, bodyContains);
        const HttpResponse response = route(m_router, raw);
        QCOMPARE(response.status, status);
        if (!header.isEmpty()) {
            const qsizetype colon = header.indexOf(':');
            const QByteArray name = colon < 0 ? header : header.left(colon);
            QVERIFY2(!response.header(name).isEmpty(), name.constData());
            if (colon >= 0)
                QCOMPARE(response.header(name), header.mid(colon + 2));
        }
        QVERIFY2(response.body.contains(bodyContains), response.body.constData());
        if (statusForbidsBody(status))
            QVERIFY(response.body.isEmpty());
    }

    void statusUsesCardHeaders()
    {
        // Every card's required headers come with /status/{code} (except framing, which the server writes).
        const Catalog catalog = Catalog::loadBuiltIn();
        for (const Card &card : catalog.cards()) {
            if (card.code < 200 || !card.vendor.isEmpty())
                continue;
            const HttpResponse response = route(m_router, get("/status/" + QByteArray::number(card.code)));
            QCOMPARE(response.status, card.code);
            for (const HeaderInfo &header : card.headers) {
                static const QStringList framing{u"content-type"_s, u"content-length"_s, u"date"_s, u"connection"_s};
                if (header.required && !framing.contains(header.name.toLower()))
                    QVERIFY2(!response.header(header.name.toLatin1()).isEmpty(),
                             qPrintable(card.id() + u": "_s + header.name));
            }
        }
    }

    void interimForStatus100And103()
    {
        const HttpResponse hundred = route(m_router, get("/status/100"));
        QCOMPARE(hundred.interim.size(), 1);
        QCOMPARE(hundred.interim.first().status, 100);
        const HttpResponse early = route(m_router, get("/status/103"));
        QCOMPARE(early.interim.first().status, 103);
        QCOMPARE(early.interim.first().headers.first().first, QByteArray("Link"));
    }

    void anythingEchoesExactly()
    {
        const QByteArray raw = "PATCH /anything/x?a=1&b=2&a=3&hop=2 HTTP/1.0\r\nHost: localhost\r\nX-Case: One\r\n"
                               "x-case: two\r\nContent-Length: 4\r\n\r\nh\xc3\xa9y";
        const HttpResponse response = route(m_router, raw, 42);
        QCOMPARE(response.status, 200);
        const QJsonObject json = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(json.value(u"method"_s).toString(), u"PATCH"_s);
        QCOMPARE(json.value(u"target"_s).toString(), u"/anything/x?a=1&b=2&a=3&hop=2"_s);
        QCOMPARE(json.value(u"path"_s).toString(), u"/anything/x"_s);
        QCOMPARE(json.value(u"query"_s).toObject().value(u"a"_s).toArray(), (QJsonArray{u"1"_s, u"3"_s}));
        QCOMPARE(json.value(u"query"_s).toObject().value(u"b"_s).toString(), u"2"_s);
        const QJsonArray headers = json.value(u"raw_headers"_s).toArray();
        QCOMPARE(headers.size(), 4);
        QCOMPARE(headers.at(1).toArray(), (QJsonArray{u"X-Case"_s, u"One"_s}));
        QCOMPARE(headers.at(2).toArray(), (QJsonArray{u"x-case"_s, u"two"_s}));
        QCOMPARE(json.value(u"body"_s).toString(), u"h\u00e9y"_s);
        QCOMPARE(json.value(u"body_base64"_s).toBool(), false);
        QCOMPARE(json.value(u"body_length"_s).toInt(), 4);
        QCOMPARE(json.value(u"http_version"_s).toString(), u"1.0"_s);
        QCOMPARE(json.value(u"connection_id"_s).toInt(), 42);
        QCOMPARE(json.value(u"hop"_s).toInt(), 2);
    }

    void anythingBinaryBodyIsBase64()
    {
        const QByteArray body("\xff\x00\xfe", 3);
        const HttpResponse response =
            route(m_router, "POST /anything HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\n" + body);
        const QJsonObject json = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(json.value(u"body_base64"_s).toBool(), true);
        QCOMPARE(QByteArray::fromBase64(json.value(u"body"_s).toString().toLatin1()), body);
        QCOMPARE(json.value(u"body_length"_s).toInt(), 3);
    }

    void landingPageEscapesEchoedValues()
    {
        const HttpResponse response = route(m_router, "GET / HTTP/1.1\r\nHost: localhost:1<script>\r\n\r\n");
        QVERIFY(!response.body.contains("<script>"));
        QVERIFY(response.body.contains("&lt;script&gt;"));
        const QByteArray page = landingPage(u"<b>"_s, u"http://127.0.0.1:1\"><x"_s);
        QVERIFY(!page.contains("<b>"));
        QVERIFY(!page.contains("\"><x"));
        QVERIFY(page.contains("413"));
        QVERIFY(page.contains("method=\"post\" action=\"/redirect-code/307\""));
    }
    // Finding 8: card data cannot split a response. The loader refuses control characters in
    // header names and values, and the serializer never writes such a field, whoever made it.
    void cardHeadersWithControlCharactersAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("CRLF in value") << u"WWW-Authenticate"_s << u"Basic\r\nSet-Cookie: evil=1"_s;
        QTest::newRow("LF in value") << u"WWW-Authenticate"_s << u"Basic\nX: y"_s;
        QTest::newRow("NUL in value") << u"WWW-Authenticate"_s << QString(u"Basic"_s + QChar(0) + u"x"_s);
        QTest::newRow("ESC in value") << u"WWW-Authenticate"_s << u"Basic\x1b[31m"_s;
        QTest::newRow("DEL in value") << u"WWW-Authenticate"_s << u"Basic\x7f"_s;
        QTest::newRow("CR in name") << u"X-A\r\nSet-Cookie"_s << u"v"_s;
        QTest::newRow("tab in name") << u"X\tA"_s << u"v"_s;
    }
    void cardHeadersWithControlCharactersAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFile file(QStringLiteral(STATUSDECK_SOURCE_DIR "/resources/cards/401.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject card = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray headers = card.value(u"headers"_s).toArray();
        QJsonObject header = headers.at(0).toObject();
        header.insert(u"name"_s, name);
        header.insert(u"value"_s, value);
        headers.replace(0, header);
        card.insert(u"headers"_s, headers);
        QList<LoadIssue> issues;
        QVERIFY(!parseCard(QJsonDocument(card).toJson(), u"401.json"_s, &issues));
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.at(0).toString().contains(u"401.json"_s) && issues.at(0).field == "headers"_L1 &&
                     issues.at(0).message.contains(u"control character"_s),
                 qPrintable(issues.at(0).toString()));
    }
    void tabInAValueIsAllowed()
    {
        QVERIFY(headers::isSafeToSend("X-A", "a\tb"));
        QVERIFY(!headers::isSafeToSend("X-A", "a\r\nb"));
        QVERIFY(!headers::isSafeToSend("X A", "v"));
        QVERIFY(!headers::isSafeToSend("", "v"));
    }
    void serializerNeverWritesASplittingField()
    {
        HttpResponse response = HttpResponse::text(200, "ok");
        response.headers.append({QByteArray("X-Evil"), QByteArray("a\r\nSet-Cookie: evil=1")});
        response.headers.append({QByteArray("X-Bad\r\nName"), QByteArray("v")});
        response.headers.append({QByteArray("X-Nul"), QByteArray("a\0b", 3)});
        response.headers.append({QByteArray("X-Good"), QByteArray("fine\tvalue")});
        const QByteArray raw = serializeResponse(response, false, true, false, "Mon, 01 Jan 2024 12:00:00 GMT");
        QVERIFY(!raw.contains("Set-Cookie"));
        QVERIFY(!raw.contains("X-Evil"));
        QVERIFY(!raw.contains("X-Bad"));
        QVERIFY(!raw.contains("X-Nul"));
        QVERIFY(raw.contains("X-Good: fine\tvalue\r\n"));
        QVERIFY(parseResponse(raw).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSandboxRouter)
#include "tst_sandboxrouter.moc"
