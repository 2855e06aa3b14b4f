// The sandbox against Debian's python3-httpbin (run by gunicorn), live: the same raw
// requests to both, for every httpbin route, and the same status, the same meaningful
// headers and httpbin's JSON keys with equal values where they are deterministic. Where
// the sandbox differs on purpose the row says what it answers instead; the README lists
// those differences with the reasons. Skips without gunicorn and python3-httpbin, fails
// without them when CI=true.

#include "http/HttpParser.h"
#include "sandbox/SandboxServer.h"

#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace {

struct Answer {
    int status = 0;
    HeaderList headers;
    QByteArray body;
    QString base; // "http://127.0.0.1:PORT"
    QString error;
};

Answer fetch(quint16 port, const QByteArray &method, const QByteArray &target, const QByteArray &extraHeaders,
             const QByteArray &body)
{
    Answer answer;
    answer.base = u"http://127.0.0.1:%1"_s.arg(port);
    QByteArray raw = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                     "\r\nUser-Agent: statusdeck-compare/1\r\nConnection: close\r\n";
    if (!extraHeaders.contains("Accept:"))
        raw += "Accept: */*\r\n";
    raw += extraHeaders;
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    raw += "\r\n" + body;

    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(5000)) {
        answer.error = u"could not connect to port %1"_s.arg(port);
        return answer;
    }
    socket.write(raw);
    QByteArray received;
    // Connection: close: the answer is complete when the server closes.
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(15000))
        received += socket.readAll();
    received += socket.readAll();
    HttpParser parser(HttpParser::Type::Response);
    parser.setRequestMethod(method);
    parser.feed(received);
    parser.finish();
    for (const HttpMessage &message : parser.takeMessages()) {
        if (message.status >= 200) {
            answer.status = message.status;
            answer.headers = message.headers;
            answer.body = message.body;
        }
    }
    if (answer.status == 0)
        answer.error =
            u"no answer parsed from %1 bytes: %2"_s.arg(received.size()).arg(QString::fromLatin1(received.left(200)));
    return answer;
}

QByteArray inflate(const QByteArray &data, int windowBits)
{
    z_stream stream{};
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return {};
    QByteArray out(qMax<qsizetype>(data.size() * 20, 4096), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = ::inflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

QJsonValue jsonBody(const Answer &answer)
{
    QByteArray body = answer.body;
    const QByteArray coding = headers::value(answer.headers, "Content-Encoding");
    if (coding == "gzip")
        body = inflate(body, 31);
    else if (coding == "deflate")
        body = inflate(body, 15);
    return QJsonDocument::fromJson(body).object();
}

// Both servers' own address out of a value, so values compare across the two ports.
QString withoutBase(QString text, const Answer &answer)
{
    return text.replace(answer.base, u"BASE"_s);
}

// The sandbox's hop counter, which httpbin has not, out of a Location.
QString withoutHop(QString location)
{
    static const QRegularExpression hop(u"[?&]hop=\\d+"_s);
    return location.remove(hop);
}

// One header, as far as it is meant to be equal: names of cookies, the scheme and the
// parameter names of a challenge, the opaque part of an entity tag, methods as a set.
QString normalized(const QByteArray &name, const Answer &answer)
{
    const QByteArray lower = name.toLower();
    QStringList values;
    for (const auto &[n, v] : answer.headers) {
        if (headers::sameName(n, name))
            values.append(QString::fromUtf8(v));
    }
    if (values.isEmpty())
        return u"(absent)"_s;
    if (lower == "set-cookie") {
        QStringList names;
        for (const QString &v : values)
            names.append(v.section(u'=', 0, 0).trimmed());
        names.sort();
        return names.join(u',');
    }
    const QString value = values.join(u", "_s);
    if (lower == "content-type")
        return value.toLower().remove(u' ');
    if (lower == "location")
        return withoutHop(withoutBase(value, answer));
    if (lower == "etag")
        return QString(value).remove(u"W/"_s).remove(u'"');
    if (lower == "allow") {
        QStringList methods = value.split(u',');
        for (QString &m : methods)
            m = m.trimmed();
        methods.sort();
        return methods.join(u',');
    }
    if (lower == "www-authenticate") {
        static const QRegularExpression param(u"([A-Za-z-]+)="_s);
        QStringList params;
        for (const QRegularExpressionMatch &m : param.globalMatch(value))
            params.append(m.captured(1).toLower());
        params.sort();
        return value.section(u' ', 0, 0).toLower() + u' ' + params.join(u',');
    }
    if (lower == "last-modified" || lower == "uuid")
        return u"(present)"_s;
    return value;
}

// A dotted path into the JSON ("headers.User-Agent").
QJsonValue at(const QJsonValue &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &part : path.split(u'.')) {
        if (!value.isObject() || !value.toObject().contains(part))
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(part);
    }
    return value;
}

QString text(const QJsonValue &value, const Answer &answer)
{
    if (value.isUndefined())
        return u"(absent)"_s;
    const QJsonDocument document = value.isObject()  ? QJsonDocument(value.toObject())
                                   : value.isArray() ? QJsonDocument(value.toArray())
                                                     : QJsonDocument(QJsonArray{value});
    return withoutBase(QString::fromUtf8(document.toJson(QJsonDocument::Compact)), answer);
}

} // namespace

class TestHttpbinCompare : public QObject
{
    Q_OBJECT

    QProcess m_httpbin;
    quint16 m_httpbinPort = 0;
    SandboxServer m_sandbox;
    quint16 m_sandboxPort = 0;

private Q_SLOTS:
    void initTestCase()
    {
        const bool ci = qgetenv("CI") == "true";
        const QString gunicorn = QStandardPaths::findExecutable(u"gunicorn"_s);
        const bool haveModule = QFile::exists(u"/usr/lib/python3/dist-packages/httpbin/core.py"_s);
        if (gunicorn.isEmpty() || !haveModule) {
            const char *why = "needs gunicorn and httpbin: apt-get install python3-httpbin gunicorn";
            if (ci)
                QFAIL(why);
            QSKIP(why);
        }
        m_httpbin.setProcessChannelMode(QProcess::MergedChannels);
        m_httpbin.start(gunicorn, {u"--bind"_s, u"127.0.0.1:0"_s, u"--workers"_s, u"2"_s, u"httpbin:app"_s});
        QVERIFY2(m_httpbin.waitForStarted(10000), qPrintable(m_httpbin.errorString()));
        static const QRegularExpression listening(u"Listening at: http://127\\.0\\.0\\.1:(\\d+)"_s);
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += m_httpbin.readAll(), listening.match(QString::fromLatin1(output)).hasMatch()), 20000);
        m_httpbinPort = quint16(listening.match(QString::fromLatin1(output)).captured(1).toUInt());

        QVERIFY(testsupport::startSandbox(m_sandbox));
        m_sandboxPort = quint16(m_sandbox.url().port());
    }

    void cleanupTestCase()
    {
        m_sandbox.stop();
        if (m_httpbin.state() != QProcess::NotRunning) {
            m_httpbin.terminate();
            if (!m_httpbin.waitForFinished(5000))
                m_httpbin.kill();
            m_httpbin.waitForFinished(5000);
        }
    }

    void sameAnswer_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("extra"); // request header lines, CRLF-terminated
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArrayList>("compareHeaders");
        QTest::addColumn<QStringList>("compareJson"); // dotted paths; "=body": the bodies are equal
        QTest::addColumn<int>("sandboxStatus");       // 0: httpbin's; else the documented difference

        const QByteArray json = "Content-Type: application/json\r\n";
        const QByteArray form = "Content-Type: application/x-www-form-urlencoded\r\n";
        const QByteArray multipart = "Content-Type: multipart/form-data; boundary=XyZ\r\n";
        const QByteArray multipartBody =
            "--XyZ\r\nContent-Disposition: form-data; name=\"field\"\r\n\r\nvalue\r\n"
            "--XyZ\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"a.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\nfile text\r\n--XyZ--\r\n";
        const QByteArrayList ct{"Content-Type"};
        const QByteArrayList cors{"Content-Type", "Access-Control-Allow-Origin", "Access-Control-Allow-Credentials"};
        const QStringList echo{
            u"args"_s, u"headers.User-Agent"_s, u"headers.Accept"_s, u"headers.X-Probe"_s, u"origin"_s, u"url"_s};
        const QStringList bodyEcho{u"args"_s,
                                   u"data"_s,
                                   u"files"_s,
                                   u"form"_s,
                                   u"json"_s,
                                   u"headers.Content-Type"_s,
                                   u"headers.Content-Length"_s,
                                   u"headers.User-Agent"_s,
                                   u"origin"_s,
                                   u"url"_s};
        const QByteArray probe = "X-Probe: yes\r\n";
        auto row = [](const char *name, const QByteArray &method, const QByteArray &target, const QByteArray &extra,
                      const QByteArray &body, const QByteArrayList &h, const QStringList &j, int sandbox = 0) {
            QTest::newRow(name) << method << target << extra << body << h << j << sandbox;
        };
        QByteArray basic = "Authorization: Basic " + QByteArray("user:pass").toBase64() + "\r\n";

        // HTTP methods
        row("get", "GET", "/get?a=1&b=2&a=3", probe, {}, cors, echo);
        row("get refuses POST", "POST", "/get", {}, {}, {"Allow", "Content-Type"}, {});
        row("get OPTIONS", "OPTIONS", "/get", {}, {},
            {"Allow", "Access-Control-Allow-Methods", "Access-Control-Max-Age"}, {});
        row("post form", "POST", "/post?q=1", form, "a=1&b=two+words&a=3", cors, bodyEcho);
        row("post json", "POST", "/post", json, "{\"k\":[1,2,{\"x\":null}]}", cors, bodyEcho);
        row("post text", "POST", "/post", "Content-Type: text/plain\r\n", "just text", cors, bodyEcho);
        row("post multipart", "POST", "/post", multipart, multipartBody, cors, bodyEcho);
        row("post refuses GET", "GET", "/post", {}, {}, {"Allow"}, {});
        row("put", "PUT", "/put", json, "[1,2]", cors, bodyEcho);
        row("patch", "PATCH", "/patch", form, "x=y", cors, bodyEcho);
        row("delete", "DELETE", "/delete?id=4", {}, {}, cors, bodyEcho);
        row("anything", "POST", "/anything/deep/path?x=1", json, "{\"a\":1}", cors,
            bodyEcho + QStringList{u"method"_s});
        row("anything GET", "GET", "/anything", probe, {}, cors, echo + QStringList{u"method"_s, u"json"_s, u"data"_s});
        row("anything PROPFIND", "PROPFIND", "/anything", {}, {}, {}, {}, 200);
        // Request inspection
        row("headers", "GET", "/headers", probe + "X-Repeated: 1\r\nX-Repeated: 2\r\n", {}, cors,
            {u"headers.X-Probe"_s, u"headers.User-Agent"_s, u"headers.X-Repeated"_s});
        row("ip", "GET", "/ip", {}, {}, ct, {u"origin"_s});
        row("user-agent", "GET", "/user-agent", {}, {}, ct, {u"user-agent"_s});
        row("uuid", "GET", "/uuid", {}, {}, ct, {});
        // Auth
        row("basic-auth without", "GET", "/basic-auth/user/pass", {}, {}, {"WWW-Authenticate"}, {});
        row("basic-auth with", "GET", "/basic-auth/user/pass", basic, {}, ct, {u"authenticated"_s, u"user"_s});
        row("basic-auth wrong", "GET", "/basic-auth/user/other", basic, {}, {"WWW-Authenticate"}, {});
        row("hidden-basic-auth without", "GET", "/hidden-basic-auth/user/pass", {}, {}, {}, {});
        row("hidden-basic-auth with", "GET", "/hidden-basic-auth/user/pass", basic, {}, ct,
            {u"authenticated"_s, u"user"_s});
        row("bearer without", "GET", "/bearer", {}, {}, {"WWW-Authenticate"}, {});
        // Not a token that starts with B, e, a or r: httpbin strips those (str.lstrip("Bearer ")).
        row("bearer with", "GET", "/bearer", "Authorization: Bearer t0k3n\r\n", {}, ct,
            {u"authenticated"_s, u"token"_s});
        row("digest-auth auth", "GET", "/digest-auth/auth/user/pass", {}, {}, {"WWW-Authenticate", "Set-Cookie"}, {});
        row("digest-auth auth-int SHA-256", "GET", "/digest-auth/auth-int/user/pass/SHA-256", {}, {},
            {"WWW-Authenticate", "Set-Cookie"}, {});
        row("digest-auth stale", "GET", "/digest-auth/auth/user/pass/MD5/3", {}, {}, {"WWW-Authenticate", "Set-Cookie"},
            {});
        // Status codes
        row("status 418", "GET", "/status/418", {}, {}, {}, {});
        row("status 204", "GET", "/status/204", {}, {}, {}, {});
        row("status 401", "GET", "/status/401", {}, {}, {}, {}); // the card's challenge, not httpbin's Basic
        row("status weighted", "GET", "/status/201:1,500:0", {}, {}, {}, {});
        row("status junk", "GET", "/status/abc", {}, {}, {}, {});
        // Redirects
        row("redirect 1", "GET", "/redirect/1", {}, {}, {"Location", "Content-Type"}, {});
        row("redirect 3", "GET", "/redirect/3", {}, {}, {"Location", "Content-Type"}, {});
        row("redirect absolute", "GET", "/redirect/2?absolute=true", {}, {}, {"Location"}, {});
        row("relative-redirect", "GET", "/relative-redirect/2", {}, {}, {"Location"}, {});
        row("absolute-redirect", "GET", "/absolute-redirect/2", {}, {}, {"Location", "Content-Type"}, {});
        row("absolute-redirect 1", "GET", "/absolute-redirect/1", {}, {}, {"Location"}, {});
        row("redirect-to", "GET", "/redirect-to?url=/get&status_code=307", {}, {}, {"Location"}, {});
        row("redirect-to PUT", "PUT", "/redirect-to?url=%2Fanything", {}, {}, {"Location"}, {});
        row("redirect-to elsewhere", "GET", "/redirect-to?url=http://example.com/", {}, {}, {}, {}, 400);
        row("links", "GET", "/links/5", {}, {}, {"Location"}, {});
        row("links page", "GET", "/links/5/2", {}, {}, ct, {u"=body"_s});
        // Cookies
        row("cookies", "GET", "/cookies", "Cookie: a=1; b=two\r\n", {}, ct, {u"cookies"_s});
        row("cookies env hidden", "GET", "/cookies", "Cookie: __utma=1; k=v\r\n", {}, ct, {u"cookies"_s});
        row("cookies set", "GET", "/cookies/set?x=1&y=2", {}, {}, {"Location", "Set-Cookie"}, {});
        row("cookies set named", "GET", "/cookies/set/name/value", {}, {}, {"Location", "Set-Cookie"}, {});
        row("cookies delete", "GET", "/cookies/delete?x", {}, {}, {"Location", "Set-Cookie"}, {});
        // Caching
        row("cache", "GET", "/cache", {}, {}, {"Content-Type", "Last-Modified"}, {u"args"_s, u"url"_s});
        row("cache If-None-Match *", "GET", "/cache", "If-None-Match: *\r\n", {}, {}, {});
        row("cache If-Modified-Since", "GET", "/cache", "If-Modified-Since: Sat, 01 Jan 2050 00:00:00 GMT\r\n", {}, {},
            {});
        row("cache seconds", "GET", "/cache/60", {}, {}, {"Cache-Control", "Content-Type"}, {u"args"_s});
        row("etag", "GET", "/etag/abc", {}, {}, {"ETag", "Content-Type"}, {u"args"_s, u"url"_s});
        row("etag If-None-Match", "GET", "/etag/abc", "If-None-Match: \"abc\"\r\n", {}, {"ETag"}, {});
        row("etag If-None-Match list", "GET", "/etag/abc", "If-None-Match: \"x\", \"abc\"\r\n", {}, {"ETag"}, {});
        row("etag If-None-Match other", "GET", "/etag/abc", "If-None-Match: \"xyz\"\r\n", {}, {"ETag"}, {});
        row("etag If-Match", "GET", "/etag/abc", "If-Match: \"abc\"\r\n", {}, {"ETag"}, {});
        row("etag If-Match fails", "GET", "/etag/abc", "If-Match: \"xyz\"\r\n", {}, {}, {});
        // Ranges
        row("range whole", "GET", "/range/30", {}, {}, {"Content-Type", "ETag", "Accept-Ranges"}, {u"=body"_s});
        row("range part", "GET", "/range/30", "Range: bytes=2-4\r\n", {}, {"Content-Range", "ETag", "Accept-Ranges"},
            {u"=body"_s});
        row("range open", "GET", "/range/30", "Range: bytes=25-\r\n", {}, {"Content-Range"}, {u"=body"_s});
        row("range suffix", "GET", "/range/30", "Range: bytes=-5\r\n", {}, {"Content-Range"}, {u"=body"_s});
        row("range unsatisfiable", "GET", "/range/30", "Range: bytes=40-50\r\n", {}, {"Content-Range", "Accept-Ranges"},
            {});
        row("range too big", "GET", "/range/200000", {}, {}, {"Accept-Ranges"}, {});
        row("range multipart", "GET", "/range/30", "Range: bytes=0-1,4-5\r\n", {}, {}, {}, 206);
        // Encodings
        row("gzip", "GET", "/gzip", {}, {}, {"Content-Encoding", "Content-Type"},
            {u"gzipped"_s, u"method"_s, u"headers.User-Agent"_s, u"origin"_s});
        row("deflate", "GET", "/deflate", {}, {}, {"Content-Encoding", "Content-Type"},
            {u"deflated"_s, u"method"_s, u"headers.User-Agent"_s, u"origin"_s});
        row("brotli", "GET", "/brotli", {}, {}, {"Content-Encoding", "Content-Type"}, {});
        // Response inspection and generated data
        row("response-headers", "GET", "/response-headers?X-Test=1&X-Test=2&Server-Timing=db", {}, {},
            {"X-Test", "Server-Timing", "Content-Type"}, {u"X-Test"_s, u"Server-Timing"_s});
        row("bytes seeded", "GET", "/bytes/64?seed=42", {}, {}, ct, {u"=body"_s});
        row("stream-bytes seeded", "GET", "/stream-bytes/40?seed=7", {}, {}, ct, {u"=body"_s});
        row("stream", "GET", "/stream/3", {}, {}, ct, {u"=lines"_s});
        row("drip", "GET", "/drip?numbytes=5&duration=0&code=201", {}, {}, ct, {u"=body"_s});
        row("drip junk", "GET", "/drip?numbytes=0&duration=0", {}, {}, {}, {u"=body"_s});
        row("delay", "GET", "/delay/1?x=1", {}, {}, ct, {u"args"_s, u"url"_s, u"form"_s, u"data"_s, u"files"_s});
        row("base64", "GET", "/base64/SFRUUEJJTiBpcyBhd2Vzb21l", {}, {}, ct, {u"=body"_s});
        // Documents and images
        row("html", "GET", "/html", {}, {}, ct, {});
        row("xml", "GET", "/xml", {}, {}, ct, {});
        row("json", "GET", "/json", {}, {}, {}, {}, 200);
        row("robots.txt", "GET", "/robots.txt", {}, {}, ct, {u"=body"_s});
        row("deny", "GET", "/deny", {}, {}, ct, {});
        row("encoding utf8", "GET", "/encoding/utf8", {}, {}, ct, {});
        row("forms post", "GET", "/forms/post", {}, {}, ct, {});
        row("image", "GET", "/image", "Accept: image/png\r\n", {}, ct, {});
        row("image webp", "GET", "/image", "Accept: image/webp,*/*\r\n", {}, ct, {});
        row("image unacceptable", "GET", "/image", "Accept: text/plain\r\n", {}, ct, {u"accept"_s, u"message"_s});
        row("image png", "GET", "/image/png", {}, {}, ct, {});
        row("image jpeg", "GET", "/image/jpeg", {}, {}, ct, {});
        row("image svg", "GET", "/image/svg", {}, {}, ct, {});
        row("image webp path", "GET", "/image/webp", {}, {}, ct, {});
        // Not there
        row("unknown path", "GET", "/no/such/route", {}, {}, {}, {});
        row("redirect junk", "GET", "/redirect/abc", {}, {}, {}, {});
    }

    void sameAnswer()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, extra);
        QFETCH(QByteArray, body);
        QFETCH(QByteArrayList, compareHeaders);
        QFETCH(QStringList, compareJson);
        QFETCH(int, sandboxStatus);

        const Answer theirs = fetch(m_httpbinPort, method, target, extra, body);
        const Answer ours = fetch(m_sandboxPort, method, target, extra, body);
        QVERIFY2(theirs.error.isEmpty(), qPrintable(u"httpbin: "_s + theirs.error));
        QVERIFY2(ours.error.isEmpty(), qPrintable(u"sandbox: "_s + ours.error));

        if (sandboxStatus != 0) {
            // A documented difference: httpbin answers otherwise, the sandbox this.
            QVERIFY2(theirs.status != sandboxStatus, "httpbin now agrees: drop the difference from the README");
            QCOMPARE(ours.status, sandboxStatus);
            return;
        }
        QCOMPARE(ours.status, theirs.status);
        for (const QByteArray &name : compareHeaders)
            QCOMPARE(normalized(name, ours) + u"  ("_s + QString::fromLatin1(name) + u')',
                     normalized(name, theirs) + u"  ("_s + QString::fromLatin1(name) + u')');

        for (const QString &path : compareJson) {
            if (path == "=body"_L1) {
                QCOMPARE(ours.body, theirs.body);
                continue;
            }
            if (path == "=lines"_L1) {
                const QList<QByteArray> a = ours.body.trimmed().split('\n');
                const QList<QByteArray> b = theirs.body.trimmed().split('\n');
                QCOMPARE(a.size(), b.size());
                for (qsizetype i = 0; i < a.size(); ++i) {
                    const QJsonObject x = QJsonDocument::fromJson(a.at(i)).object();
                    const QJsonObject y = QJsonDocument::fromJson(b.at(i)).object();
                    QCOMPARE(x.value(u"id"_s), y.value(u"id"_s));
                    QCOMPARE(text(x.value(u"args"_s), ours), text(y.value(u"args"_s), theirs));
                }
                continue;
            }
            const QString mine = text(at(jsonBody(ours), path), ours);
            const QString reference = text(at(jsonBody(theirs), path), theirs);
            QCOMPARE(mine + u"  ("_s + path + u')', reference + u"  ("_s + path + u')');
        }
        // httpbin's JSON keys are all there.
        const QJsonValue reference = jsonBody(theirs);
        if (reference.isObject() && !compareJson.isEmpty() && !compareJson.first().startsWith(u'=')) {
            const QJsonObject mine = jsonBody(ours).toObject();
            for (const QString &key : reference.toObject().keys())
                QVERIFY2(mine.contains(key), qPrintable(u"the sandbox's JSON lacks httpbin's key '%1'"_s.arg(key)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpbinCompare)
#include "tst_httpbin_compare.moc"
