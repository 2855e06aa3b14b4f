// "Try it live" for every card: the demo's requests, sent to a real sandbox, bring back the
// statuses the card says (what `statusdeck try CODE` checks).

#include "catalog/Catalog.h"
#include "sandbox/LiveDemo.h"
#include "sandbox/SandboxServer.h"

#include "SandboxFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;

class TestLiveDemo : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::loadBuiltIn();
    SandboxServer m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(testsupport::startSandbox(m_server));
        QVERIFY(m_server.url().isValid());
    }

    void everyCard_data()
    {
        QTest::addColumn<QString>("id");
        for (const Card &card : m_catalog.cards())
            QTest::newRow(qPrintable(card.id())) << card.id();
    }
    void everyCard()
    {
        QFETCH(QString, id);
        const Card *card = m_catalog.findById(id);
        QVERIFY(card);
        const Demo demo = liveDemoFor(*card, m_server.url().authority());
        QVERIFY(!demo.notice.isEmpty());
        QVERIFY(!demo.steps.isEmpty());
        QVERIFY(!demo.notice.contains(u"{{"_s));
        const DemoOutcome outcome = runLiveDemo(demo, m_server.url());
        for (const DemoOutcome::Step &step : outcome.steps)
            QVERIFY2(step.ok, qPrintable(step.problem + u"\n"_s + QString::fromUtf8(step.step.request.left(300)) +
                                         u"\n"_s + QString::fromUtf8(step.response.left(600))));
        QVERIFY(outcome.ok);
    }

    void vendorCardsSayWhoSendsThem()
    {
        const Card *card = m_catalog.findById(u"521-cloudflare"_s);
        QVERIFY(card);
        QVERIFY(liveDemoFor(*card, u"127.0.0.1:1"_s).notice.contains(card->vendor));
    }

    void aWrongExpectationIsReported()
    {
        Demo demo;
        demo.steps.append({"GET /status/418 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 200, 0, false});
        const DemoOutcome outcome = runLiveDemo(demo, m_server.url());
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.steps.first().statuses, QList<int>{418});
        QVERIFY(outcome.steps.first().problem.contains(u"418"_s));
    }
};

QTEST_GUILESS_MAIN(TestLiveDemo)
#include "tst_livedemo.moc"
