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

    // Every decision of every profile, on both grids, names rules that exist: the method and body
    // transition, every header it removes, and its rule on headers across origins.
    void decisionsNameExistingRules_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("methods") << int(grid::Kind::Methods);
        QTest::newRow("cross-origin") << int(grid::Kind::CrossOrigin);
    }
    void decisionsNameExistingRules()
    {
        QFETCH(int, kind);
        const RuleBook &book = RuleBook::builtIn();
        const QList<MatrixCell> cells = grid::cellsOf(grid::Kind(kind), QUrl(u"http://127.0.0.1:8088/"_s),
                                                      QUrl(u"http://127.0.0.1:8089/"_s), u"r"_s);
        QStringList problems;
        for (const ClientProfile *profile : ClientProfile::all()) {
            for (const MatrixCell &cell : cells) {
                const RedirectDecision decision = grid::predict(*profile, cell);
                const QString where =
                    u"%1 %2 %3 %4"_s.arg(profile->id(), cell.scope, QString::fromLatin1(cell.method)).arg(cell.code);
                const auto check = [&](const QString &what, const QString &id) {
                    if (id.isEmpty())
                        problems.append(u"%1: %2 names no rule"_s.arg(where, what));
                    else if (!book.find(id))
                        problems.append(u"%1: %2 names %3, which is not a rule"_s.arg(where, what, id));
                };
                check(u"the decision"_s, decision.rule);
                if (decision.stop == StopReason::None)
                    check(u"headers across origins"_s, decision.headersRule);
                for (const HeaderDrop &drop : decision.drops)
                    check(u"removing "_s + QString::fromLatin1(drop.name), drop.rule);
                // Every header the prediction drops has its rule.
                for (const QString &name : decision.headersDropped) {
                    if (decision.dropRule(name).isEmpty())
                        problems.append(u"%1: %2 is removed without a rule"_s.arg(where, name));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The stops name rules too: the limit, a loop, a redirect without Location.
    void stopsNameExistingRules()
    {
        const RuleBook &book = RuleBook::builtIn();
        LabRequest sent;
        sent.method = "GET";
        sent.url = QUrl(u"http://127.0.0.1:8088/a"_s);
        for (const ClientProfile *profile : ClientProfile::all()) {
            const RedirectDecision limit = profile->decide(sent, 302, "/b", profile->maxRedirects(), {sent.url});
            QCOMPARE(limit.stop, StopReason::LimitReached);
            QVERIFY2(book.find(limit.rule), qPrintable(profile->id() + u" limit: "_s + limit.rule));
            const RedirectDecision none = profile->decide(sent, 302, {}, 0, {sent.url});
            QCOMPARE(none.stop, StopReason::NoLocation);
            QVERIFY2(book.find(none.rule), qPrintable(profile->id() + u" no location: "_s + none.rule));
            // Visiting the same target again and again: the profiles that notice it say why.
            const QUrl loop(u"http://127.0.0.1:8088/a"_s);
            const RedirectDecision again = profile->decide(sent, 302, "/a", 5, {loop, loop, loop, loop, loop, loop});
            if (again.stop == StopReason::Loop)
                QVERIFY2(book.find(again.rule), qPrintable(profile->id() + u" loop: "_s + again.rule));
        }
    }

    // Every rule file belongs to one source, and every rule has a link to read it.
    void everyRuleHasALink()
    {
        for (const Rule &rule : RuleBook::builtIn().all())
            QVERIFY2(rule.url.startsWith(u"https://"_s), qPrintable(rule.id));
    }

    void rfcProfileNamesItsRules()
    {
        const ClientProfile *rfc = ClientProfile::find(u"rfc"_s);
        QVERIFY(rfc);
        const QList<MatrixCell> cells = grid::cells(QUrl(u"http://127.0.0.1:8088/"_s), u"r"_s);
        for (const MatrixCell &cell : cells)
            QVERIFY2(grid::predict(*rfc, cell).rule.startsWith(u"rfc9110."_s),
                     qPrintable(u"%1 %2"_s.arg(QString::fromLatin1(cell.method)).arg(cell.code)));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
