// The "Which code should I use?" tree: sound against the real catalog, its own quotes
// verbatim, and broken data reported rather than loaded half-way.

#include "RfcCorpus.h"
#include "catalog/Catalog.h"
#include "guide/Guide.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace statusdeck;

class TestGuide : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::loadBuiltIn();
    Guide m_guide = Guide::loadBuiltIn();

    // Follows answers by their position from the start; returns the result's card id.
    QString follow(const QList<int> &choices) const
    {
        const GuideQuestion *question = m_guide.question(m_guide.start());
        for (int choice : choices) {
            if (!question || choice >= question->answers.size())
                return {};
            const GuideAnswer &answer = question->answers.at(choice);
            if (!answer.result.isEmpty())
                return m_guide.result(answer.result)->card;
            question = m_guide.question(answer.next);
        }
        return {};
    }

private slots:
    void builtInTreeIsSound()
    {
        QVERIFY2(m_guide.issues().isEmpty(), qPrintable(m_guide.issues().value(0).toString()));
        QVERIFY(!m_guide.isEmpty());
        const QStringList problems = m_guide.check(m_catalog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void coversTheChoicesPeopleGetWrong()
    {
        QSet<QString> cards;
        for (const GuideResult &result : m_guide.results())
            cards.insert(result.card);
        for (const QString &code :
             {u"200"_s, u"201"_s, u"202"_s, u"204"_s, u"301"_s, u"302"_s, u"303"_s, u"307"_s, u"308"_s, u"400"_s,
              u"422"_s, u"401"_s, u"403"_s, u"404"_s, u"410"_s, u"405"_s, u"501"_s, u"409"_s, u"412"_s, u"428"_s,
              u"413"_s, u"431"_s, u"414"_s, u"429"_s, u"503"_s, u"500"_s, u"502"_s, u"504"_s})
            QVERIFY2(cards.contains(code), qPrintable(code));
    }

    void paths_data()
    {
        QTest::addColumn<QList<int>>("choices");
        QTest::addColumn<QString>("card");
        QTest::newRow("created") << QList<int>{0, 1} << u"201"_s;
        QTest::newRow("permanent, keep POST") << QList<int>{1, 0, 0} << u"308"_s;
        QTest::newRow("temporary, GET only") << QList<int>{1, 1, 1} << u"302"_s;
        QTest::newRow("post/redirect/get") << QList<int>{1, 2} << u"303"_s;
        QTest::newRow("validation") << QList<int>{2, 0, 1} << u"422"_s;
        QTest::newRow("not logged in") << QList<int>{2, 1, 0} << u"401"_s;
        QTest::newRow("removed for good") << QList<int>{2, 2, 1} << u"410"_s;
        QTest::newRow("rate limit") << QList<int>{2, 6, 0} << u"429"_s;
        QTest::newRow("upstream slow") << QList<int>{3, 2} << u"504"_s;
    }
    void paths()
    {
        QFETCH(QList<int>, choices);
        QFETCH(QString, card);
        QCOMPARE(follow(choices), card);
    }

    void ownQuotesAreVerbatim()
    {
        RfcCorpus corpus;
        if (!corpus.isAvailable())
            QSKIP("RFC corpus not found (../shared/rfc or STATUSDECK_RFC_DIR)");
        for (const GuideResult &result : m_guide.results()) {
            if (result.rule.quote.isEmpty())
                continue;
            const QString text = corpus.text(result.rule.document);
            QVERIFY2(!text.isEmpty(), qPrintable(result.rule.document));
            QVERIFY2(text.contains(RfcCorpus::normalise(result.rule.quote, false)), qPrintable(result.id));
        }
    }

    void brokenTreesAreReported_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing next") << QByteArray(R"({"start":"a","questions":[{"id":"a","text":"?","answers":[
            {"text":"x","next":"nowhere"},{"text":"y","result":"r"}]}],
            "results":[{"id":"r","card":"200","why":"w","rule":{"document":"RFC 9110","section":"15.3.1"}}]})")
                                      << u"missing question"_s;
        QTest::newRow("unreachable") << QByteArray(R"({"start":"a","questions":[
            {"id":"a","text":"?","answers":[{"text":"x","result":"r"},{"text":"y","result":"r"}]},
            {"id":"b","text":"?","answers":[{"text":"x","result":"r"},{"text":"y","result":"r"}]}],
            "results":[{"id":"r","card":"200","why":"w","rule":{"document":"RFC 9110","section":"15.3.1"}}]})")
                                     << u"cannot be reached"_s;
        QTest::newRow("cycle") << QByteArray(R"({"start":"a","questions":[
            {"id":"a","text":"?","answers":[{"text":"x","next":"b"},{"text":"y","result":"r"}]},
            {"id":"b","text":"?","answers":[{"text":"x","next":"a"},{"text":"y","result":"r"}]}],
            "results":[{"id":"r","card":"200","why":"w","rule":{"document":"RFC 9110","section":"15.3.1"}}]})")
                               << u"cycle"_s;
        QTest::newRow("unknown card") << QByteArray(R"({"start":"a","questions":[
            {"id":"a","text":"?","answers":[{"text":"x","result":"r"},{"text":"y","result":"r"}]}],
            "results":[{"id":"r","card":"299","why":"w","rule":{"document":"RFC 9110","section":"15.3.1"}}]})")
                                      << u"no card"_s;
        QTest::newRow("rule the card does not quote") << QByteArray(R"({"start":"a","questions":[
            {"id":"a","text":"?","answers":[{"text":"x","result":"r"},{"text":"y","result":"r"}]}],
            "results":[{"id":"r","card":"200","why":"w","rule":{"document":"RFC 9110","section":"15.6.1"}}]})")
                                                      << u"does not quote"_s;
    }
    void brokenTreesAreReported()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const Guide guide = Guide::fromJson(json, u"test.json"_s);
        QVERIFY(guide.issues().isEmpty());
        const QStringList problems = guide.check(m_catalog);
        QVERIFY2(problems.join(u'\n').contains(problem), qPrintable(problems.join(u'\n')));
    }

    void malformedFileIsReportedWithItsName()
    {
        const Guide guide = Guide::fromJson("{ not json", u"which-code.json"_s);
        QCOMPARE(guide.issues().size(), 1);
        QVERIFY(guide.issues().first().toString().contains(u"which-code.json"_s));
        QVERIFY(guide.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGuide)
#include "tst_guide.moc"
