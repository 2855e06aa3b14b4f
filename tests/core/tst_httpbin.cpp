// httpbin's routes and the sandbox's additions, as tables of raw requests: no sockets.
// Time is a ManualClock and the random source is seeded, so nothing here waits or varies.

#include "http/HttpParser.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/httpbin/HttpbinRandom.h"
#include "sandbox/httpbin/HttpbinRoutes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace {

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &extra = {},
                   const QByteArray &body = {})
{
    QByteArray raw = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:8088\r\nUser-Agent: tst/1\r\n" + extra;
    if (!body.isEmpty())
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return raw + "\r\n" + body;
}

QJsonObject jsonOf(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace

class TestHttpbin : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<httpbin::Routes> m_routes;

    HttpResponse route(const QByteArray &raw, const QHostAddress &peer = QHostAddress(QHostAddress::LocalHost))
    {
        const auto message = parseRequest(raw);
        if (!message)
            return {};
        const HttpRequestContext context{*message, 3, peer, 40000, QHostAddress(QHostAddress::LocalHost), 8088};
        return m_routes->handle(context).value_or(HttpResponse::text(999, "not httpbin's"));
    }

private Q_SLOTS:
    void init()
    {
        m_routes = std::make_unique<httpbin::Routes>(&m_clock);
        m_routes->setSeed(1);
    }

    void routes_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header"); // "Name: value" that must be there, or empty
        QTest::addColumn<QByteArray>("body");   // must be contained, or empty

        const QByteArray basic = "Authorization: Basic " + QByteArray("u:p").toBase64() + "\r\n";
        auto row = [](const char *name, const QByteArray &raw, int status, const QByteArray &header = {},
                      const QByteArray &body = {}) {
            QTest::newRow(name) << raw << status << header << body;
        };
        row("get", request("GET", "/get?a=1&a=2&b=x"), 200, "Content-Type: application/json",
            "\"a\": [\n            \"1\",\n            \"2\"\n        ]");
        row("get url", request("GET", "/get"), 200, {}, "\"url\": \"http://127.0.0.1:8088/get\"");
        row("get origin", request("GET", "/get"), 200, {}, "\"origin\": \"127.0.0.1\"");
        row("get forwarded", request("GET", "/get", "X-Forwarded-For: 10.1.2.3\r\n"), 200, {},
            "\"origin\": \"10.1.2.3\"");
        row("get title-cases", request("GET", "/headers", "x-b3-traceid: 7\r\n"), 200, {}, "\"X-B3-Traceid\": \"7\"");
        row("get joins repeats", request("GET", "/headers", "X-R: 1\r\nx-r: 2\r\n"), 200, {}, "\"X-R\": \"1,2\"");
        row("POST on /get", request("POST", "/get", {}, "x"), 405, "Allow: GET, HEAD, OPTIONS");
        row("OPTIONS on /get", request("OPTIONS", "/get"), 200,
            "Access-Control-Allow-Methods: GET, POST, PUT, DELETE, PATCH, OPTIONS");
        row("GET on /post", request("GET", "/post"), 405, "Allow: POST, OPTIONS");
        row("post form", request("POST", "/post", "Content-Type: application/x-www-form-urlencoded\r\n", "k=v+w&k=2"),
            200, {}, "\"form\": {\n        \"k\": [\n            \"v w\",");
        row("post json", request("POST", "/post", "Content-Type: application/json\r\n", "{\"n\": 5}"), 200, {},
            "\"json\": {\n        \"n\": 5\n    }");
        row("post json scalar", request("POST", "/post", {}, "42"), 200, {}, "\"json\": 42");
        row("post binary", request("POST", "/post", {}, QByteArray("\xff\xfe", 2)), 200, {},
            "\"data\": \"data:application/octet-stream;base64,//4=\"");
        row("post multipart",
            request("POST", "/post", "Content-Type: multipart/form-data; boundary=B\r\n",
                    "--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\n\r\nfile\r\n--B\r\n"
                    "Content-Disposition: form-data; name=\"k\"\r\n\r\nv\r\n--B--\r\n"),
            200, {}, "\"files\": {\n        \"f\": \"file\"\n    },\n    \"form\": {\n        \"k\": \"v\"");
        row("put", request("PUT", "/put", {}, "a"), 200, {}, "\"data\": \"a\"");
        row("patch", request("PATCH", "/patch"), 200);
        row("delete", request("DELETE", "/delete"), 200);
        row("cors", request("GET", "/get", "Origin: http://a.localhost\r\n"), 200,
            "Access-Control-Allow-Origin: http://a.localhost");
        row("ip", request("GET", "/ip"), 200, {}, "\"origin\": \"127.0.0.1\"");
        row("user-agent", request("GET", "/user-agent"), 200, {}, "\"user-agent\": \"tst/1\"");
        row("uuid", request("GET", "/uuid"), 200, {}, "\"uuid\": \"");
        row("delay", request("GET", "/delay/2"), 200);
        row("delay junk", request("GET", "/delay/soon"), 400);
        row("response-headers", request("GET", "/response-headers?X-A=1&X-A=2"), 200, "X-A: 2", "\"X-A\": [");
        // auth
        row("basic without", request("GET", "/basic-auth/u/p"), 401, "WWW-Authenticate: Basic realm=\"Fake Realm\"");
        row("basic with", request("GET", "/basic-auth/u/p", basic), 200, {}, "\"authenticated\": true");
        row("basic wrong user", request("GET", "/basic-auth/v/p", basic), 401);
        row("hidden without", request("GET", "/hidden-basic-auth/u/p"), 404);
        row("hidden with", request("GET", "/hidden-basic-auth/u/p", basic), 200, {}, "\"user\": \"u\"");
        row("bearer without", request("GET", "/bearer"), 401, "WWW-Authenticate: Bearer");
        row("bearer basic", request("GET", "/bearer", basic), 401);
        row("bearer with", request("GET", "/bearer", "Authorization: Bearer t0k\r\n"), 200, {}, "\"token\": \"t0k\"");
        row("digest challenge", request("GET", "/digest-auth/auth/u/p"), 401, "Set-Cookie: stale_after=never; Path=/");
        row("digest both qops", request("GET", "/digest-auth/any/u/p/SHA-256"), 401, {}, {});
        // redirects
        row("redirect 1", request("GET", "/redirect/1"), 302, "Location: /get?hop=1");
        row("redirect 3", request("GET", "/redirect/3?hop=4"), 302, "Location: /relative-redirect/2?hop=5");
        row("redirect absolute", request("GET", "/redirect/2?absolute=true"), 302,
            "Location: http://127.0.0.1:8088/absolute-redirect/1?hop=1");
        row("redirect 0", request("GET", "/redirect/0"), 400);
        row("redirect junk", request("GET", "/redirect/x"), 404);
        row("relative", request("GET", "/relative-redirect/1"), 302, "Location: /get?hop=1");
        row("absolute", request("GET", "/absolute-redirect/3"), 302,
            "Location: http://127.0.0.1:8088/absolute-redirect/2?hop=1");
        row("links", request("GET", "/links/3"), 302, "Location: /links/3/0");
        row("links page", request("GET", "/links/3/1"), 200, {}, "<a href='/links/3/0'>0</a> 1 <a href='/links/3/2'>");
        // cookies
        row("cookies", request("GET", "/cookies", "Cookie: a=1; __utma=x\r\n"), 200, {},
            "\"cookies\": {\n        \"a\"");
        row("cookies set", request("GET", "/cookies/set?k=v"), 302, "Set-Cookie: k=v; Path=/");
        row("cookies set named", request("GET", "/cookies/set/n/v"), 302, "Set-Cookie: n=v; Path=/");
        row("cookies delete", request("GET", "/cookies/delete?k"), 302,
            "Set-Cookie: k=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/");
        row("cookies other", request("GET", "/cookies/other"), 404);
        // caching (RFC 9110, sections 13.1 and 13.2.2)
        row("cache", request("GET", "/cache"), 200, "Last-Modified: Mon, 01 Jan 2024 12:00:00 GMT");
        row("cache INM *", request("GET", "/cache", "If-None-Match: *\r\n"), 304);
        row("cache IMS later", request("GET", "/cache", "If-Modified-Since: Mon, 01 Jan 2024 12:00:00 GMT\r\n"), 304);
        row("cache IMS earlier", request("GET", "/cache", "If-Modified-Since: Sun, 31 Dec 2023 12:00:00 GMT\r\n"), 200);
        row("cache IMS rfc850", request("GET", "/cache", "If-Modified-Since: Monday, 01-Jan-24 12:00:00 GMT\r\n"), 304);
        row("cache IMS asctime", request("GET", "/cache", "If-Modified-Since: Mon Jan  1 12:00:00 2024\r\n"), 304);
        row("cache IMS junk", request("GET", "/cache", "If-Modified-Since: yesterday\r\n"), 200);
        row("cache INM beats IMS",
            request("GET", "/cache", "If-None-Match: \"x\"\r\nIf-Modified-Since: Mon, 01 Jan 2024 12:00:00 GMT\r\n"),
            200);
        row("cache seconds", request("GET", "/cache/30"), 200, "Cache-Control: public, max-age=30");
        row("etag", request("GET", "/etag/abc"), 200, "ETag: \"abc\"");
        row("etag INM", request("GET", "/etag/abc", "If-None-Match: \"abc\"\r\n"), 304, "ETag: \"abc\"");
        row("etag INM weak", request("GET", "/etag/abc", "If-None-Match: W/\"abc\"\r\n"), 304);
        row("etag INM unquoted", request("GET", "/etag/abc", "If-None-Match: abc\r\n"), 304);
        row("etag INM other", request("GET", "/etag/abc", "If-None-Match: \"b\", \"c\"\r\n"), 200);
        row("etag IM", request("GET", "/etag/abc", "If-Match: \"abc\"\r\n"), 200);
        row("etag IM star", request("GET", "/etag/abc", "If-Match: *\r\n"), 200);
        row("etag IM weak is not strong", request("GET", "/etag/abc", "If-Match: W/\"abc\"\r\n"), 412);
        row("etag IM fails first", request("GET", "/etag/abc", "If-Match: \"x\"\r\nIf-None-Match: \"abc\"\r\n"), 412);
        // ranges (RFC 9110, section 14)
        row("range", request("GET", "/range/26"), 200, "Accept-Ranges: bytes", "abcdefghijklmnopqrstuvwxyz");
        row("range part", request("GET", "/range/26", "Range: bytes=1-3\r\n"), 206, "Content-Range: bytes 1-3/26",
            "bcd");
        row("range suffix", request("GET", "/range/26", "Range: bytes=-2\r\n"), 206, "Content-Range: bytes 24-25/26",
            "yz");
        row("range open", request("GET", "/range/26", "Range: bytes=24-\r\n"), 206, "Content-Range: bytes 24-25/26");
        row("range clipped", request("GET", "/range/26", "Range: bytes=20-99\r\n"), 206,
            "Content-Range: bytes 20-25/26");
        row("range multi", request("GET", "/range/26", "Range: bytes=0-1, 4-5\r\n"), 206,
            "Content-Type: multipart/byteranges; boundary=statusdeck-byteranges",
            "Content-Range: bytes 4-5/26\r\n\r\nef");
        row("range 416", request("GET", "/range/26", "Range: bytes=30-40\r\n"), 416, "Content-Range: bytes */26");
        row("range bad syntax", request("GET", "/range/26", "Range: bytes=x-y\r\n"), 200);
        row("range other unit", request("GET", "/range/26", "Range: items=1-2\r\n"), 200);
        row("range If-Range match", request("GET", "/range/26", "Range: bytes=0-0\r\nIf-Range: \"range26\"\r\n"), 206);
        row("range If-Range stale", request("GET", "/range/26", "Range: bytes=0-0\r\nIf-Range: \"old\"\r\n"), 200);
        row("range too big", request("GET", "/range/200000"), 404, "ETag: \"range200000\"");
        // content
        row("gzip", request("GET", "/gzip"), 200, "Content-Encoding: gzip", "\x1f\x8b");
        row("deflate", request("GET", "/deflate"), 200, "Content-Encoding: deflate");
        row("bytes", request("GET", "/bytes/4?seed=0"), 200, "Content-Type: application/octet-stream",
            "\xc5\xd7\x14\x84");
        row("stream", request("GET", "/stream/2"), 200, {}, "\"id\":1");
        row("drip", request("GET", "/drip?numbytes=3&duration=0&code=203"), 203, {}, "***");
        row("drip none", request("GET", "/drip?numbytes=0"), 400);
        row("base64", request("GET", "/base64/aGk_"), 200, {}, "hi?");
        row("base64 junk", request("GET", "/base64/%25%25"), 400);
        row("html", request("GET", "/html"), 200, "Content-Type: text/html; charset=utf-8", "<h1>");
        row("json", request("GET", "/json"), 200, "Content-Type: application/json", "\"slideshow\"");
        row("xml", request("GET", "/xml"), 200, "Content-Type: application/xml", "<slideshow");
        row("robots", request("GET", "/robots.txt"), 200, {}, "Disallow: /deny");
        row("deny", request("GET", "/deny"), 200, {}, "YOU SHOULDN'T BE HERE");
        row("utf8", request("GET", "/encoding/utf8"), 200, {}, "Καλημέρα");
        row("forms", request("GET", "/forms/post"), 200, {}, "action=\"/post\"");
        row("image default", request("GET", "/image"), 200, "Content-Type: image/png", "\x89PNG");
        row("image webp", request("GET", "/image", "Accept: image/webp\r\n"), 200, "Content-Type: image/webp", "WEBP");
        row("image svg", request("GET", "/image/svg"), 200, "Content-Type: image/svg+xml", "<svg");
        row("image jpeg", request("GET", "/image/jpeg"), 200, "Content-Type: image/jpeg", "\xff\xd8");
        row("image 406", request("GET", "/image", "Accept: text/html\r\n"), 406, {}, "image/webp");
        row("image unknown", request("GET", "/image/gif"), 404);
        // beyond httpbin
        row("expect unknown", request("POST", "/expect", "Expect: something-else\r\n", "x"), 417);
        row("expect none", request("POST", "/expect", {}, "x"), 200, {}, "\"expect\": null");
        row("not httpbin's", request("GET", "/redirect-chain/2"), 999);
        row("not httpbin's status", request("GET", "/status/200"), 999);
    }
    void routes()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        const HttpResponse response = route(raw);
        QCOMPARE(response.status, status);
        if (!header.isEmpty()) {
            const qsizetype colon = header.indexOf(':');
            const QByteArray name = header.left(colon);
            QByteArrayList values;
            for (const auto &[n, v] : response.headers) {
                if (headers::sameName(n, name))
                    values.append(v);
            }
            QVERIFY2(values.contains(header.mid(colon + 2)), qPrintable(QString::fromLatin1(values.join(" | "))));
        }
        if (!body.isEmpty())
            QVERIFY2(response.body.contains(body), response.body.left(600).constData());
    }

    void anythingKeys()
    {
        const HttpResponse response = route(
            request("PATCH", "/anything/x?a=1&hop=2", "X-Case: Keep\r\nContent-Type: text/plain\r\n", "h\xc3\xa9y"));
        const QJsonObject json = jsonOf(response);
        for (const QString &key :
             {u"args"_s, u"data"_s, u"files"_s, u"form"_s, u"headers"_s, u"json"_s, u"method"_s, u"origin"_s, u"url"_s,
              u"raw_headers"_s, u"target"_s, u"path"_s, u"query"_s, u"body"_s, u"body_base64"_s, u"body_length"_s,
              u"http_version"_s, u"connection_id"_s, u"hop"_s})
            QVERIFY2(json.contains(key), qPrintable(key));
        QCOMPARE(json.value(u"headers"_s).toObject().value(u"X-Case"_s).toString(), u"Keep"_s);
        QCOMPARE(json.value(u"raw_headers"_s).toArray().at(2).toArray(), (QJsonArray{u"X-Case"_s, u"Keep"_s}));
        QCOMPARE(json.value(u"args"_s).toObject().value(u"a"_s).toString(), u"1"_s);
        QCOMPARE(json.value(u"data"_s).toString(), u"h\u00e9y"_s);
        QCOMPARE(json.value(u"method"_s).toString(), u"PATCH"_s);
        QCOMPARE(json.value(u"hop"_s).toInt(), 2);
        QCOMPARE(json.value(u"body_length"_s).toInt(), 4);
        QCOMPARE(json.value(u"connection_id"_s).toInt(), 3);
        QCOMPARE(json.value(u"url"_s).toString(), u"http://127.0.0.1:8088/anything/x?a=1&hop=2"_s);
        // Any method token, also one httpbin refuses.
        QCOMPARE(route(request("PROPFIND", "/anything")).status, 200);
    }

    // Python's random module, so /bytes?seed= gives httpbin's bytes (values from CPython 3.11).
    void pythonRandom_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("42") << quint64(42) << QByteArray("390c8c7d7247342cd8100f2f6f770d65");
        QTest::newRow("0") << quint64(0) << QByteArray("c5d71484f8cf9bf4");
        QTest::newRow("two words") << ((quint64(1) << 40) + 5) << QByteArray("890e175428447a46");
    }
    void pythonRandom()
    {
        QFETCH(quint64, seed);
        QFETCH(QByteArray, hex);
        httpbin::PythonRandom random(seed);
        QByteArray bytes;
        for (qsizetype i = 0; i < hex.size() / 2; ++i)
            bytes.append(char(random.below(256)));
        QCOMPARE(bytes.toHex(), hex);
    }

    void weightedStatus_data()
    {
        QTest::addColumn<QString>("codes");
        QTest::addColumn<QStringList>("possible");
        QTest::newRow("single") << u"404"_s << QStringList{u"404"_s};
        QTest::newRow("zero weight") << u"201:1,500:0"_s << QStringList{u"201"_s};
        QTest::newRow("equal") << u"200,500"_s << QStringList{u"200"_s, u"500"_s};
        QTest::newRow("weighted") << u"200:0.9,500:0.1"_s << QStringList{u"200"_s, u"500"_s};
        QTest::newRow("junk is left for a 400") << u"200:x,500"_s << QStringList{u"200:x,500"_s};
    }
    void weightedStatus()
    {
        QFETCH(QString, codes);
        QFETCH(QStringList, possible);
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString code = m_routes->pickStatus(codes);
            QVERIFY2(possible.contains(code), qPrintable(code));
            seen.insert(code);
        }
        QCOMPARE(seen.size(), possible.size()); // 200 draws reach every code with a weight
        // Seeded: the same sequence again.
        m_routes->setSeed(9);
        const QString first = m_routes->pickStatus(u"1:1,2:1,3:1,4:1"_s);
        m_routes->setSeed(9);
        QCOMPARE(m_routes->pickStatus(u"1:1,2:1,3:1,4:1"_s), first);
    }

    void digestAuth_data()
    {
        QTest::addColumn<QByteArray>("qop");
        QTest::addColumn<QByteArray>("algorithm");
        QTest::addColumn<QCryptographicHash::Algorithm>("hash");
        QTest::newRow("auth MD5") << QByteArray("auth") << QByteArray("MD5") << QCryptographicHash::Md5;
        QTest::newRow("auth-int MD5") << QByteArray("auth-int") << QByteArray("MD5") << QCryptographicHash::Md5;
        QTest::newRow("auth SHA-256") << QByteArray("auth") << QByteArray("SHA-256") << QCryptographicHash::Sha256;
        QTest::newRow("auth-int SHA-256")
            << QByteArray("auth-int") << QByteArray("SHA-256") << QCryptographicHash::Sha256;
    }
    void digestAuth()
    {
        QFETCH(QByteArray, qop);
        QFETCH(QByteArray, algorithm);
        QFETCH(QCryptographicHash::Algorithm, hash);
        const QByteArray target = "/digest-auth/" + qop + "/user/pass/" + algorithm;
        const HttpResponse challenge = route(request("GET", target));
        QCOMPARE(challenge.status, 401);
        const QString header = QString::fromLatin1(challenge.header("WWW-Authenticate"));
        const QRegularExpression param(u"(\\w+)=\"?([^\",]*)\"?"_s);
        QHash<QString, QByteArray> p;
        for (const QRegularExpressionMatch &m : param.globalMatch(header))
            p.insert(m.captured(1), m.captured(2).toLatin1());
        QCOMPARE(p.value(u"qop"_s), qop);
        QCOMPARE(p.value(u"algorithm"_s), algorithm);

        auto h = [hash](const QByteArray &data) {
            return QCryptographicHash::hash(data, hash).toHex();
        };
        const QByteArray ha1 = h("user:" + p.value(u"realm"_s) + ":pass");
        QByteArray a2 = "GET:" + target;
        if (qop == "auth-int")
            a2 += ':' + h(QByteArray());
        const QByteArray ha2 = h(a2);
        const QByteArray nonce = p.value(u"nonce"_s);
        const QByteArray response = h(ha1 + ':' + nonce + ":00000001:c0ffee:" + qop + ':' + ha2);
        const QByteArray authorization = "Authorization: Digest username=\"user\", realm=\"" + p.value(u"realm"_s) +
                                         "\", nonce=\"" + nonce + "\", uri=\"" + target + "\", algorithm=" + algorithm +
                                         ", qop=" + qop + ", nc=00000001, cnonce=\"c0ffee\", response=\"" + response +
                                         "\", opaque=\"" + p.value(u"opaque"_s) + "\"\r\n";
        const HttpResponse ok = route(request("GET", target, authorization));
        QCOMPARE(ok.status, 200);
        QCOMPARE(jsonOf(ok).value(u"authenticated"_s).toBool(), true);

        QByteArray wrong = authorization;
        wrong.replace(response, h("nonsense"));
        QCOMPARE(route(request("GET", target, wrong)).status, 401);
        // The same nonce again, once the server has seen it fail: stale=TRUE asks for a new one.
        const HttpResponse stale = route(request("GET", target, wrong + "Cookie: last_nonce=" + nonce + "\r\n"));
        QCOMPARE(stale.status, 401);
        QVERIFY(stale.header("WWW-Authenticate").contains("stale=TRUE"));
        // stale_after=0 (counted down by successful requests) also makes the nonce stale.
        QVERIFY(route(request("GET", target, authorization + "Cookie: stale_after=0\r\n"))
                    .header("WWW-Authenticate")
                    .contains("stale=TRUE"));
    }

    void rateLimit()
    {
        const QByteArray get = request("GET", "/rate-limit/3?window=10");
        for (int i = 0; i < 3; ++i) {
            const HttpResponse ok = route(get);
            QCOMPARE(ok.status, 200);
            QCOMPARE(ok.header("RateLimit-Policy"), QByteArray("\"sandbox\";q=3;w=10"));
            QCOMPARE(ok.header("RateLimit"), "\"sandbox\";r=" + QByteArray::number(2 - i) + ";t=10");
        }
        m_clock.advance(4000);
        const HttpResponse limited = route(get);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("6"));
        QCOMPARE(limited.header("RateLimit"), QByteArray("\"sandbox\";r=0;t=6"));
        // Another client has its own count.
        QCOMPARE(route(get, QHostAddress(u"127.0.0.2"_s)).status, 200);
        m_clock.advance(6000);
        QCOMPARE(route(get).status, 200);
        QCOMPARE(route(request("GET", "/rate-limit/0")).status, 400);
    }

    void conditionalWrites()
    {
        const HttpResponse first = route(request("GET", "/conditional/doc"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("ETag"), QByteArray("\"v1\""));
        QCOMPARE(route(request("GET", "/conditional/doc", "If-None-Match: \"v1\"\r\n")).status, 304);
        // RFC 6585, section 3: a write without a precondition is refused.
        QCOMPARE(route(request("PUT", "/conditional/doc", {}, "new")).status, 428);
        QCOMPARE(route(request("PUT", "/conditional/doc", "If-Match: \"v0\"\r\n", "new")).status, 412);
        QCOMPARE(route(request("PUT", "/conditional/doc", "If-None-Match: *\r\n", "new")).status, 412);
        const HttpResponse written =
            route(request("PUT", "/conditional/doc", "If-Match: \"v1\"\r\nContent-Type: text/plain\r\n", "new"));
        QCOMPARE(written.status, 204);
        QCOMPARE(written.header("ETag"), QByteArray("\"v2\""));
        // The lost update: a second writer still holding v1.
        QCOMPARE(route(request("PUT", "/conditional/doc", "If-Match: \"v1\"\r\n", "other")).status, 412);
        const HttpResponse now = route(request("GET", "/conditional/doc"));
        QCOMPARE(now.body, QByteArray("new"));
        QCOMPARE(now.header("Content-Type"), QByteArray("text/plain"));
        QCOMPARE(route(request("DELETE", "/conditional/doc", "If-Match: \"v2\"\r\n")).status, 204);
        QCOMPARE(route(request("GET", "/conditional/doc")).header("ETag"), QByteArray("\"v3\""));
    }

    void interimAnswers()
    {
        const HttpResponse hints = route(request("GET", "/early-hints"));
        QCOMPARE(hints.status, 200);
        QCOMPARE(hints.interim.size(), 1);
        QCOMPARE(hints.interim.first().status, 103);
        QCOMPARE(headers::value(hints.interim.first().headers, "Link"),
                 QByteArray("</image/svg>; rel=preload; as=image"));
        // Without a body the connection had nothing to invite: the 100 comes with the answer.
        const HttpResponse expect = route(request("GET", "/expect", "Expect: 100-continue\r\n"));
        QCOMPARE(expect.status, 200);
        QCOMPARE(expect.interim.size(), 1);
        QCOMPARE(expect.interim.first().status, 100);
        // HTTP/1.0 clients get no 1xx (RFC 9110, section 15.2).
        const auto message = parseRequest("GET /early-hints HTTP/1.0\r\n\r\n");
        QVERIFY(message);
        QVERIFY(m_routes->handle({*message, 1, {}, 0, {}, 8088})->interim.isEmpty());
    }

    void deflateIsZlib()
    {
        const HttpResponse response = route(request("GET", "/deflate"));
        // qUncompress reads a zlib stream after a 4-byte big-endian size hint.
        QByteArray framed(4, '\0');
        framed[2] = char(0x10);
        const QJsonObject json = QJsonDocument::fromJson(qUncompress(framed + response.body)).object();
        QCOMPARE(json.value(u"deflated"_s).toBool(), true);
        QCOMPARE(json.value(u"method"_s).toString(), u"GET"_s);
    }

    // The sandbox's router asks httpbin first; its own endpoints moved where httpbin has a path.
    void routerDispatch_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("httpbin redirect")
            << request("GET", "/redirect/2") << 302 << QByteArray("/relative-redirect/1?hop=1");
        QTest::newRow("redirect-code") << request("GET", "/redirect-code/307") << 307 << QByteArray("/anything?hop=1");
        QTest::newRow("delay-ms") << request("GET", "/delay-ms/5") << 200 << QByteArray();
        QTest::newRow("status list") << request("GET", "/status/203:1,500:0") << 203 << QByteArray();
        QTest::newRow("status card") << request("GET", "/status/308") << 308 << QByteArray("/anything?hop=1");
        QTest::newRow("landing stays") << request("GET", "/") << 200 << QByteArray();
        QTest::newRow("redirect-to stays") << request("GET", "/redirect-to?url=/get") << 302 << QByteArray("/get");
    }
    void routerDispatch()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QByteArray, location);
        SandboxRouter router;
        const auto message = parseRequest(raw);
        QVERIFY(message);
        const HttpResponse response = router.handle({*message, 1, {}, 0, {}, 8088});
        QCOMPARE(response.status, status);
        QCOMPARE(response.header("Location"), location);
    }
};

QTEST_GUILESS_MAIN(TestHttpbin)
#include "tst_httpbin.moc"
