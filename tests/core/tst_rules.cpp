// The rules behind the lab's redirect decisions: they load, RFC quotes are verbatim, every
// decision a profile makes names a rule that exists.
#include "lab/ClientProfile.h"
#include "lab/MatrixGrid.h"
#include "lab/Rules.h"

#include "RfcCorpus.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck::lab;

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoadsWithoutErrors()
    {
        const RuleBook &book = RuleBook::builtIn();
        QVERIFY2(book.errors().isEmpty(), qPrintable(book.errors().join(u'\n')));
        QVERIFY(!book.all().isEmpty());
    }

    void brokenFileIsReportedAndTheRestLoads()
    {
        RuleBook book;
        book.add(R"({"rules":[{"id":"a.one","source":"RFC 9110","text":"t"}]})", u"good.json"_s);
        book.add("{not json", u"broken.json"_s);
        book.add(R"({"rules":[{"id":"a.two","text":"no source"},{"id":"a.one","source":"x","text":"again"}]})",
                 u"partial.json"_s);
        QCOMPARE(book.errors().size(), 3);
        QVERIFY(book.errors().at(0).contains(u"broken.json"_s));
        QVERIFY(book.errors().at(1).contains(u"partial.json"_s));
        QVERIFY(book.errors().at(2).contains(u"a.one"_s));
        QVERIFY(book.find(u"a.one"_s));
        QCOMPARE(book.find(u"a.one"_s)->text, u"t"_s);
        QVERIFY(!book.find(u"a.two"_s));
    }

    void jsonShape()
    {
        Rule rule;
        rule.id = u"x"_s;
        rule.source = u"RFC 9110"_s;
        rule.section = u"15.4.4"_s;
        rule.text = u"text"_s;
        rule.quote = true;
        const QJsonObject json = rule.toJson();
        QCOMPARE(json.value(u"source"_s).toString(), u"RFC 9110"_s);
        QCOMPARE(json.value(u"section"_s).toString(), u"15.4.4"_s);
        QCOMPARE(json.value(u"text"_s).toString(), u"text"_s);
        QVERIFY(json.value(u"url"_s).isNull());
        QCOMPARE(rule.citation(), u"RFC 9110, section 15.4.4"_s);
    }

    void quotesAreVerbatim()
    {
        RfcCorpus corpus;
        if (!corpus.isAvailable())
            QSKIP(qPrintable(u"RFC corpus not found at %1"_s.arg(RfcCorpus::directory())));
        for (const Rule &rule : RuleBook::builtIn().all()) {
            if (!rule.quote || !rule.source.startsWith(u"RFC "_s))
                continue;
            const QString source = corpus.text(rule.source);
            QVERIFY2(!source.isEmpty(), qPrintable(rule.source + u" is not in the corpus"_s));
            QVERIFY2(source.contains(RfcCorpus::normalise(rule.text, false)),
                     qPrintable(u"%1: not found verbatim in %2"_s.arg(rule.id, rule.source)));
        }
    }

    // Every decision names a rule that exists (a decision without one is allowed until every
    // profile has its rules; a name that does not resolve is always a fault).
    void decisionsNameExistingRules()
    {
        const RuleBook &book = RuleBook::builtIn();
        const QList<MatrixCell> cells = grid::cells(QUrl(u"http://127.0.0.1:8088/"_s), u"r"_s);
        for (const ClientProfile *profile : ClientProfile::all()) {
            for (const MatrixCell &cell : cells) {
                const RedirectDecision decision = grid::predict(*profile, cell);
                if (decision.rule.isEmpty())
                    continue;
                QVERIFY2(book.find(decision.rule), qPrintable(u"%1 %2 %3: no rule %4"_s.arg(profile->id())
                                                                  .arg(QString::fromLatin1(cell.method))
                                                                  .arg(cell.code)
                                                                  .arg(decision.rule)));
            }
        }
    }

    void rfcProfileNamesItsRules()
    {
        const ClientProfile *rfc = ClientProfile::find(u"rfc"_s);
        QVERIFY(rfc);
        const QList<MatrixCell> cells = grid::cells(QUrl(u"http://127.0.0.1:8088/"_s), u"r"_s);
        for (const MatrixCell &cell : cells)
            QVERIFY2(!grid::predict(*rfc, cell).rule.isEmpty(),
                     qPrintable(u"%1 %2"_s.arg(QString::fromLatin1(cell.method)).arg(cell.code)));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
