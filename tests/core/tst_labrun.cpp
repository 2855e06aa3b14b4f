// LabRun executes a profile's decisions hop by hop over the wire, against a sandbox on a free
// port: a chain is followed to its end, a loop stops at the profile's limit or loop check, and
// the server's log holds exactly the requests the run reports.

#include "lab/LabRun.h"
#include "sandbox/SandboxServer.h"

#include "SandboxFixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::lab;

Q_DECLARE_METATYPE(statusdeck::lab::StopReason)

class TestLabRun : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QNetworkAccessManager m_network;
    int m_serial = 0;

    LabRequest request(const QByteArray &method, const QString &pathAndQuery)
    {
        LabRequest r;
        r.method = method;
        r.url = m_server.url().resolved(QUrl(pathAndQuery));
        r.headers = {{"Authorization", "Bearer statusdeck-lab"}, {"X-StatusDeck-Probe", "1"}};
        return r;
    }

    // A token for the run's URLs, so the log's entries can be counted.
    QString token() { return u"labrun%1x"_s.arg(++m_serial, 4, 10, QChar(u'0')); }

    qsizetype logged(const QString &tokenText)
    {
        qsizetype count = 0;
        for (const HttpExchange &exchange : m_server.log()->entries())
            count += exchange.target.contains(tokenText.toLatin1()) ? 1 : 0;
        return count;
    }

    static bool runToEnd(LabRun &run)
    {
        QSignalSpy finished(&run, &LabRun::finished);
        run.start();
        return finished.wait(30000) && run.isFinished();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(testsupport::startSandbox(m_server)); }

    void cleanupTestCase() { m_server.stop(); }

    void chainIsFollowedHopByHop()
    {
        const QString t = token();
        // The chain builds its own Locations: only the first URL carries the token.
        LabRun run(&m_network, *ClientProfile::find(u"fetch"_s), request("GET", u"/redirect-chain/3?lab="_s + t));
        QSignalSpy hops(&run, &LabRun::hopFinished);
        QVERIFY(runToEnd(run));
        QCOMPARE(hops.size(), 4);
        QCOMPARE(run.hops().size(), 4);
        const QStringList paths{u"/redirect-chain/3"_s, u"/redirect-chain/2"_s, u"/redirect-chain/1"_s, u"/anything"_s};
        for (int i = 0; i < 4; ++i) {
            const LabHop &hop = run.hops().at(i);
            QCOMPARE(hops.at(i).at(0).toInt(), i);
            QCOMPARE(hop.request.url.path(), paths.at(i));
            QCOMPARE(hop.request.method, QByteArray("GET"));
            QCOMPARE(hop.status, i < 3 ? 302 : 200);
            QVERIFY(hop.error.isEmpty());
            if (i < 3) {
                QCOMPARE(hop.decision.stop, StopReason::None);
                QCOMPARE(hop.decision.next.url, run.hops().at(i + 1).request.url);
                // The sandbox counts the hops in the Location.
                QCOMPARE(hop.location,
                         (i < 2 ? "/redirect-chain/" + QByteArray::number(2 - i) : QByteArray("/anything")) +
                             "?hop=" + QByteArray::number(i + 1));
            }
        }
        QCOMPARE(run.stopReason(), StopReason::FinalResponse);
        QCOMPARE(run.hops().constLast().request.header("Authorization"), QByteArray("Bearer statusdeck-lab"));
        QVERIFY(run.hops().constLast().responseBody.contains("\"hop\": 3"));
        QCOMPARE(logged(t), 1); // only the first URL carries the token
    }

    void postThroughAChainBecomesGet()
    {
        LabRequest first = request("POST", u"/redirect-chain/2?status_code=307"_s);
        first.body = "k=v";
        first.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        LabRun run(&m_network, *ClientProfile::find(u"fetch"_s), first);
        QVERIFY(runToEnd(run));
        QCOMPARE(run.hops().size(), 3);
        for (const LabHop &hop : run.hops()) {
            QCOMPARE(hop.request.method, QByteArray("POST")); // 307 keeps it on every hop
            QCOMPARE(hop.request.body, QByteArray("k=v"));
        }
        QVERIFY(run.hops().constLast().responseBody.contains("\"body\": \"k=v\""));
    }

    void loopStopsAtTheLimit_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("requests");
        QTest::addColumn<StopReason>("stop");
        // n redirects followed, then the limit: n + 1 requests.
        QTest::newRow("fetch, limit 20") << u"fetch"_s << 21 << StopReason::LimitReached;
        QTest::newRow("go, limit 10") << u"go"_s << 11 << StopReason::LimitReached;
        QTest::newRow("curl, limit 50") << u"curl"_s << 51 << StopReason::LimitReached;
        // urllib notices the fourth visit of the same URL; the strict RFC reading the first repeat.
        QTest::newRow("urllib, loop check") << u"urllib"_s << 5 << StopReason::Loop;
        QTest::newRow("rfc, loop check") << u"rfc"_s << 1 << StopReason::Loop;
    }
    void loopStopsAtTheLimit()
    {
        QFETCH(QString, profile);
        QFETCH(int, requests);
        QFETCH(StopReason, stop);
        const QString t = token();
        // /loop redirects to exactly its own target, the token included.
        LabRun run(&m_network, *ClientProfile::find(profile), request("GET", u"/loop?lab="_s + t));
        QVERIFY(runToEnd(run));
        QCOMPARE(run.hops().size(), requests);
        QCOMPARE(run.stopReason(), stop);
        for (const LabHop &hop : run.hops()) {
            QCOMPARE(hop.status, 302);
            QCOMPARE(hop.request.url, run.hops().constFirst().request.url);
        }
        QVERIFY(!run.hops().constLast().decision.explanation.isEmpty());
        QCOMPARE(logged(t), requests);
    }
};

QTEST_GUILESS_MAIN(TestLabRun)
#include "tst_labrun.moc"
