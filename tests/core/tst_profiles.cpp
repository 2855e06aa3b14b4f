// The client profiles' pure decision functions, checked against the tables in
// ../shared/docs/REDIRECTS.md: method and body per code, headers across origins,
// limits and loops. No sockets.

#include "RedirectTable.h"
#include "lab/ClientProfile.h"
#include "lab/RedirectMatrix.h"

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
    return redirecttable::notation(method, !sent.body.isEmpty(), d.next.method,
                                   !sent.body.isEmpty() && d.next.body == sent.body);
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

        for (const auto &[profile, method, expected] : redirecttable::rows())
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
        // Node's undici drops Cookie too on an origin change (observed, issue #15).
        QTest::newRow("fetch other port") << u"fetch"_s << otherPort << QStringList{u"Authorization"_s, u"Cookie"_s};
        QTest::newRow("curl other port") << u"curl"_s << otherPort << QStringList{u"Authorization"_s, u"Cookie"_s};
        QTest::newRow("requests same origin") << u"requests"_s << samePort << QStringList{u"Cookie"_s};
        QTest::newRow("requests other port")
            << u"requests"_s << otherPort << QStringList{u"Authorization"_s, u"Cookie"_s};
        // Go 1.19 compares host and port: another port loses the credentials (observed, issue #15).
        QTest::newRow("go other port") << u"go"_s << otherPort << QStringList{u"Authorization"_s, u"Cookie"_s};
        QTest::newRow("go other host") << u"go"_s << otherHost << QStringList{u"Authorization"_s, u"Cookie"_s};
        QTest::newRow("postman other port") << u"postman"_s << otherPort << QStringList{};
        QTest::newRow("postman other host") << u"postman"_s << otherHost << QStringList{u"Authorization"_s};
        QTest::newRow("qt other host") << u"qt"_s << otherHost << QStringList{};
        QTest::newRow("rfc other port") << u"rfc"_s << otherPort << QStringList{u"Authorization"_s, u"Cookie"_s};
        QTest::newRow("urllib other host") << u"urllib"_s << otherHost << QStringList{};
        // wget 1.21.3 (observed): --header values, credentials included, go to every host.
        QTest::newRow("wget other host") << u"wget"_s << otherHost << QStringList{};
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

    // Observed with curl 7.88.1: the Content-Type that -d adds leaves with the data, even where -X keeps
    // the method; a Content-Type given with -H (needed with -T) is sent on every hop.
    void curlContentTypeFollowsTheData()
    {
        const ClientProfile *curl = ClientProfile::find(u"curl"_s);
        const LabRequest patch = request("PATCH"); // -X PATCH -d k=v
        const RedirectDecision dropped = curl->decide(patch, 301, "/next", 0, {patch.url});
        QCOMPARE(dropped.next.method, QByteArray("PATCH"));
        QVERIFY(dropped.next.body.isEmpty());
        QVERIFY(dropped.headersDropped.contains(u"Content-Type"_s));
        const RedirectDecision kept = curl->decide(patch, 307, "/next", 0, {patch.url});
        QVERIFY(kept.headersDropped.isEmpty());
        const LabRequest post = request("POST"); // -d k=v
        QVERIFY(curl->decide(post, 302, "/next", 0, {post.url}).headersDropped.contains(u"Content-Type"_s));
        const LabRequest put = request("PUT"); // -T FILE -H 'Content-Type: ...'
        const RedirectDecision toGet = curl->decide(put, 303, "/next", 0, {put.url});
        QCOMPARE(toGet.next.method, QByteArray("GET"));
        QVERIFY(toGet.next.body.isEmpty());
        QCOMPARE(toGet.next.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        // wget keeps a --header Content-Type on the GET after a 303, too.
        const RedirectDecision wget = ClientProfile::find(u"wget"_s)->decide(put, 303, "/next", 0, {put.url});
        QCOMPARE(wget.next.method, QByteArray("GET"));
        QCOMPARE(wget.next.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
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
        QCOMPARE(ClientProfile::find(u"wget"_s)->maxRedirects(), 20);
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

    void hopChangesInWords()
    {
        MatrixHop before;
        before.method = "POST";
        before.body = "k=v";
        before.headers = {{"Host", "a"}, {"Authorization", "x"}, {"Content-Type", "t"}, {"Content-Length", "3"}};
        MatrixHop after;
        after.method = "GET";
        after.headers = {{"Host", "b"}, {"Cookie", "c"}};
        QCOMPARE(hopChanges(before, after), (QStringList{u"method POST → GET"_s, u"body dropped"_s, u"−Authorization"_s,
                                                         u"−Content-Type"_s, u"+Cookie"_s}));
        QVERIFY(hopChanges(before, before).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
