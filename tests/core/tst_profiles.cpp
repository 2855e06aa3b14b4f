// The client profiles' pure decision functions, checked against the tables in
// ../shared/docs/REDIRECTS.md: method and body per code, headers across origins,
// limits and loops. No sockets.

#include "lab/ClientProfile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck::lab;

namespace {

const QList<int> kCodes{301, 302, 303, 307, 308};

LabRequest request(const QByteArray &method, const QString &url = u"http://127.0.0.1:8088/start"_s)
{
    LabRequest r;
    r.method = method;
    r.url = QUrl(url);
    r.headers = {{"Host", r.url.authority().toUtf8()}, {"Authorization", "Bearer t"}, {"Cookie", "a=1"}};
    // The lab's matrix sends a body with POST, PUT and PATCH only.
    if (method == "POST" || method == "PUT" || method == "PATCH") {
        r.body = "k=v";
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    }
    return r;
}

// REDIRECTS.md notation: "G-" GET without body, "=" same method (and body if one was
// sent), "=-" same method without body, "H" HEAD, "GET" a GET, "err" not followed.
QString cell(const ClientProfile &profile, const QByteArray &method, int code)
{
    const LabRequest sent = request(method);
    const RedirectDecision d = profile.decide(sent, code, "/next", 0, {sent.url});
    if (d.stop != StopReason::None)
        return u"err"_s;
    if (d.next.method == "GET" && method != "GET")
        return d.next.body.isEmpty() ? (method == "HEAD" ? u"GET"_s : u"G-"_s) : u"G+"_s;
    if (d.next.method != method)
        return QString::fromLatin1(d.next.method);
    if (!sent.body.isEmpty() && d.next.body.isEmpty())
        return u"=-"_s;
    return u"="_s;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void methodAndBody_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("expected"); // cells for 301 302 303 307 308

        const QList<std::tuple<QString, QByteArray, QString>> table{
            // Fetch standard: POST becomes GET on 301/302, everything but GET/HEAD on 303.
            {u"fetch"_s, "GET", u"= = = = ="_s},
            {u"fetch"_s, "HEAD", u"= = = = ="_s},
            {u"fetch"_s, "POST", u"G- G- G- = ="_s},
            {u"fetch"_s, "PUT", u"= = G- = ="_s},
            {u"fetch"_s, "PATCH", u"= = G- = ="_s},
            {u"fetch"_s, "DELETE", u"= = G- = ="_s},
            {u"fetch"_s, "OPTIONS", u"= = G- = ="_s},
            // curl -L: POST via -d, PUT via -T, others via -X (with -d when they carry a body).
            {u"curl"_s, "GET", u"= = = = ="_s},
            {u"curl"_s, "HEAD", u"= = = = ="_s},
            {u"curl"_s, "POST", u"G- G- G- = ="_s},
            {u"curl"_s, "PUT", u"= = G- = ="_s},
            {u"curl"_s, "PATCH", u"=- =- =- = ="_s},
            {u"curl"_s, "DELETE", u"= = = = ="_s},
            {u"curl"_s, "OPTIONS", u"= = = = ="_s},
            // Python requests: rebuild_method, and the body is purged on 301/302/303.
            {u"requests"_s, "GET", u"= = = = ="_s},
            {u"requests"_s, "HEAD", u"= = = = ="_s},
            {u"requests"_s, "POST", u"G- G- G- = ="_s},
            {u"requests"_s, "PUT", u"=- G- G- = ="_s},
            {u"requests"_s, "PATCH", u"=- G- G- = ="_s},
            {u"requests"_s, "DELETE", u"= G- G- = ="_s},
            // Python urllib 3.11: only GET, HEAD and POST (on 301/302/303) are redirected.
            {u"urllib"_s, "GET", u"= = = = ="_s},
            {u"urllib"_s, "HEAD", u"GET GET GET GET GET"_s},
            {u"urllib"_s, "POST", u"G- G- G- err err"_s},
            {u"urllib"_s, "PUT", u"err err err err err"_s},
            {u"urllib"_s, "PATCH", u"err err err err err"_s},
            {u"urllib"_s, "DELETE", u"err err err err err"_s},
            {u"urllib"_s, "OPTIONS", u"err err err err err"_s},
            // Go net/http.
            {u"go"_s, "GET", u"= = = = ="_s},
            {u"go"_s, "HEAD", u"= = = = ="_s},
            {u"go"_s, "POST", u"G- G- G- = ="_s},
            {u"go"_s, "PUT", u"G- G- G- = ="_s},
            {u"go"_s, "DELETE", u"G- G- G- = ="_s},
            // Postman defaults.
            {u"postman"_s, "POST", u"G- G- G- = ="_s},
            {u"postman"_s, "PUT", u"G- G- G- = ="_s},
            {u"postman"_s, "DELETE", u"G- G- G- = ="_s},
            // RFC 9110, strict: only 303 changes the method, HEAD stays HEAD.
            {u"rfc"_s, "GET", u"= = = = ="_s},
            {u"rfc"_s, "HEAD", u"= = = = ="_s},
            {u"rfc"_s, "POST", u"= = G- = ="_s},
            {u"rfc"_s, "PUT", u"= = G- = ="_s},
            {u"rfc"_s, "DELETE", u"= = G- = ="_s},
            // Qt QNetworkAccessManager, default policy.
            {u"qt"_s, "HEAD", u"= = = = ="_s},
            {u"qt"_s, "POST", u"G- G- G- = ="_s},
            {u"qt"_s, "PUT", u"G- G- G- = ="_s},
            {u"qt"_s, "PATCH", u"G- G- G- = ="_s},
            {u"qt"_s, "DELETE", u"G- G- G- = ="_s},
        };
        for (const auto &[profile, method, expected] : table)
            QTest::addRow("%s %s", qPrintable(profile), method.constData()) << profile << method << expected;
    }
    void methodAndBody()
    {
        QFETCH(QString, profile);
        QFETCH(QByteArray, method);
        QFETCH(QString, expected);
        const ClientProfile *p = ClientProfile::find(profile);
        QVERIFY(p);
        QStringList cells;
        for (int code : kCodes)
            cells.append(cell(*p, method, code));
        QCOMPARE(cells.join(u' '), expected);
    }

    void everyProfileKeepsGet()
    {
        for (const ClientProfile *p : ClientProfile::all()) {
            for (int code : kCodes)
                QCOMPARE(cell(*p, "GET", code), u"="_s);
        }
    }

    void headersAcrossOrigins_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("dropped");
        const QString samePort = u"http://127.0.0.1:8088/next"_s;
        const QString otherPort = u"http://127.0.0.1:8089/next"_s;
        const QString otherHost = u"http://localhost:8088/next"_s;
        QTest::newRow("fetch same origin") << u"fetch"_s << samePort << QStringList{};
        QTest::newRow("fetch other port") << u"fetch"_s << otherPort << QStringList{u"Authorization"_s};
        QTest::newRow("curl other port") << u"curl"_s << otherPort << QStringList{u"Authorization"_s, u"Cookie"_s};
        QTest::newRow("requests same origin") << u"requests"_s << samePort << QStringList{u"Cookie"_s};
        QTest::newRow("requests other port")
            << u"requests"_s << otherPort << QStringList{u"Authorization"_s, u"Cookie"_s};
        QTest::newRow("go other port") << u"go"_s << otherPort << QStringList{};
        QTest::newRow("go other host") << u"go"_s << otherHost << QStringList{u"Authorization"_s, u"Cookie"_s};
        QTest::newRow("postman other port") << u"postman"_s << otherPort << QStringList{};
        QTest::newRow("postman other host") << u"postman"_s << otherHost << QStringList{u"Authorization"_s};
        QTest::newRow("qt other host") << u"qt"_s << otherHost << QStringList{};
        QTest::newRow("rfc other port") << u"rfc"_s << otherPort << QStringList{u"Authorization"_s, u"Cookie"_s};
        QTest::newRow("urllib other host") << u"urllib"_s << otherHost << QStringList{};
    }
    void headersAcrossOrigins()
    {
        QFETCH(QString, profile);
        QFETCH(QString, target);
        QFETCH(QStringList, dropped);
        const LabRequest sent = request("GET");
        const RedirectDecision d = ClientProfile::find(profile)->decide(sent, 307, target.toUtf8(), 0, {sent.url});
        QCOMPARE(d.stop, StopReason::None);
        QStringList actual = d.headersDropped;
        actual.sort();
        dropped.sort();
        QCOMPARE(actual, dropped);
        QCOMPARE(d.next.header("Host"), QUrl(target).authority().toUtf8());
    }

    void methodChangeDropsContentHeaders()
    {
        const LabRequest sent = request("POST");
        const RedirectDecision fetch = ClientProfile::find(u"fetch"_s)->decide(sent, 302, "/next", 0, {sent.url});
        QCOMPARE(fetch.next.method, QByteArray("GET"));
        QVERIFY(fetch.next.header("Content-Type").isNull());
        QVERIFY(fetch.headersDropped.contains(u"Content-Type"_s));
        // Go copies the original headers, Content-Type included, to every hop.
        const RedirectDecision go = ClientProfile::find(u"go"_s)->decide(sent, 302, "/next", 0, {sent.url});
        QCOMPARE(go.next.method, QByteArray("GET"));
        QCOMPARE(go.next.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        // 307 keeps everything.
        const RedirectDecision keep = ClientProfile::find(u"fetch"_s)->decide(sent, 307, "/next", 0, {sent.url});
        QCOMPARE(keep.next.body, QByteArray("k=v"));
        QVERIFY(keep.headersDropped.isEmpty());
    }

    void stops()
    {
        const LabRequest sent = request("GET");
        const ClientProfile *fetch = ClientProfile::find(u"fetch"_s);
        QCOMPARE(fetch->decide(sent, 200, {}, 0, {sent.url}).stop, StopReason::FinalResponse);
        QCOMPARE(fetch->decide(sent, 302, {}, 0, {sent.url}).stop, StopReason::NoLocation);
        QCOMPARE(fetch->decide(sent, 302, "/n", 19, {sent.url}).stop, StopReason::None);
        QCOMPARE(fetch->decide(sent, 302, "/n", 20, {sent.url}).stop, StopReason::LimitReached);
        QCOMPARE(ClientProfile::find(u"curl"_s)->decide(sent, 302, "/n", 50, {sent.url}).stop,
                 StopReason::LimitReached);
        QCOMPARE(ClientProfile::find(u"go"_s)->maxRedirects(), 10);
        QCOMPARE(ClientProfile::find(u"requests"_s)->maxRedirects(), 30);
        QCOMPARE(ClientProfile::find(u"urllib"_s)->maxRedirects(), 10);
        QCOMPARE(ClientProfile::find(u"qt"_s)->maxRedirects(), 50);
        // 300 with a Location: curl follows it, Fetch does not.
        QCOMPARE(ClientProfile::find(u"curl"_s)->decide(sent, 300, "/n", 0, {sent.url}).stop, StopReason::None);
        QCOMPARE(fetch->decide(sent, 300, "/n", 0, {sent.url}).stop, StopReason::FinalResponse);
        QCOMPARE(fetch->decide(sent, 304, {}, 0, {sent.url}).stop, StopReason::FinalResponse);
    }

    void loops()
    {
        const LabRequest sent = request("GET", u"http://127.0.0.1:8088/loop"_s);
        const QUrl loop = sent.url;
        // The strict RFC reading intervenes at the first repeat; urllib after 4 visits; Fetch only at its limit.
        QCOMPARE(ClientProfile::find(u"rfc"_s)->decide(sent, 302, "/loop", 1, {loop, loop}).stop, StopReason::Loop);
        const QList<QUrl> fourVisits{loop, loop, loop, loop, loop};
        QCOMPARE(ClientProfile::find(u"urllib"_s)->decide(sent, 302, "/loop", 3, {loop, loop, loop, loop}).stop,
                 StopReason::None);
        QCOMPARE(ClientProfile::find(u"urllib"_s)->decide(sent, 302, "/loop", 4, fourVisits).stop, StopReason::Loop);
        QCOMPARE(ClientProfile::find(u"fetch"_s)->decide(sent, 302, "/loop", 4, fourVisits).stop, StopReason::None);
    }

    void relativeLocationsResolve()
    {
        const LabRequest sent = request("GET", u"http://127.0.0.1:8088/a/b?x=1"_s);
        const RedirectDecision d = ClientProfile::find(u"fetch"_s)->decide(sent, 302, "c", 0, {sent.url});
        QCOMPARE(d.next.url, QUrl(u"http://127.0.0.1:8088/a/c"_s));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
