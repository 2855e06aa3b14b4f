// Searching the catalog: by number, phrase, former phrase, words of the text, class.

#include "catalog/Catalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;

class TestSearch : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::loadBuiltIn();

    QList<int> codes(const QString &query) const
    {
        QList<int> result;
        for (const Card *card : m_catalog.search(query))
            result.append(card->code);
        return result;
    }

private Q_SLOTS:
    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("first"); // expected best match, 0 for none
        QTest::addColumn<QList<int>>("contains");
        QTest::addColumn<QList<int>>("excludes");

        QTest::newRow("exact number") << u"307"_s << 307 << QList<int>{307} << QList<int>{308};
        QTest::newRow("number prefix") << u"30"_s << 300 << QList<int>{300, 301, 304, 308} << QList<int>{};
        QTest::newRow("number with spaces") << u"  308 "_s << 308 << QList<int>{308} << QList<int>{};
        QTest::newRow("phrase") << u"permanent redirect"_s << 308 << QList<int>{308} << QList<int>{};
        QTest::newRow("phrase case-insensitive") << u"SEE OTHER"_s << 303 << QList<int>{303} << QList<int>{};
        QTest::newRow("former phrase") << u"switch proxy"_s << 306 << QList<int>{306} << QList<int>{};
        QTest::newRow("former phrase 413") << u"payload too large"_s << 413 << QList<int>{413} << QList<int>{};
        QTest::newRow("older former phrase") << u"Request Entity Too Large"_s << 413 << QList<int>{413} << QList<int>{};
        QTest::newRow("teapot") << u"teapot"_s << 418 << QList<int>{418} << QList<int>{};
        QTest::newRow("unprocessable entity") << u"unprocessable entity"_s << 422 << QList<int>{422} << QList<int>{};
        QTest::newRow("word of the text") << u"etag"_s << 0 << QList<int>{304} << QList<int>{};
        QTest::newRow("several words, all required")
            << u"method post get"_s << 0 << QList<int>{301, 302, 303} << QList<int>{};
        QTest::newRow("class") << u"3xx"_s << 300 << QList<int>{300, 308} << QList<int>{};
        QTest::newRow("nonsense") << u"qwxzzy"_s << 0 << QList<int>{} << QList<int>{301};
        QTest::newRow("unknown number") << u"989"_s << 0 << QList<int>{} << QList<int>{301};
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(int, first);
        QFETCH(QList<int>, contains);
        QFETCH(QList<int>, excludes);
        const QList<int> found = codes(query);
        if (first)
            QCOMPARE(found.value(0), first);
        for (int code : contains)
            QVERIFY2(found.contains(code), qPrintable(u"%1 not found for '%2'"_s.arg(code).arg(query)));
        for (int code : excludes)
            QVERIFY2(!found.contains(code), qPrintable(u"%1 wrongly found for '%2'"_s.arg(code).arg(query)));
        if (contains.isEmpty() && !first)
            QVERIFY(found.isEmpty());
    }

    // How people describe problems, and the card that must come first.
    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        const QList<std::pair<const char *, const char *>> rows{
            {"rate limit", "429"},
            {"rate limited", "429"},
            {"too many requests", "429"},
            {"throttle", "429"},
            {"throttled", "429"},
            {"quota exceeded", "429"},
            {"not logged in", "401"},
            {"login required", "401"},
            {"unauthorized", "401"},
            {"unathorized", "401"},
            {"auth", "401"},
            {"wrong password", "401"},
            {"missing token", "401"},
            {"credentials", "401"},
            {"permission denied", "403"},
            {"forbidden", "403"},
            {"access denied", "403"},
            {"not allowed to see this", "403"},
            {"page not found", "404"},
            {"not found", "404"},
            {"no such page", "404"},
            {"deleted for good", "410"},
            {"gone", "410"},
            {"validation", "422"},
            {"validation error", "422"},
            {"semantic error", "422"},
            {"bad request", "400"},
            {"malformed json", "400"},
            {"file too big", "413"},
            {"upload too large", "413"},
            {"payload too large", "413"},
            {"url too long", "414"},
            {"headers too large", "431"},
            {"cookie too big", "431"},
            {"upstream timed out", "504"},
            {"gateway timeout", "504"},
            {"bad gateway", "502"},
            {"upstream", "502"},
            {"load balancer", "502"},
            {"proxy", "502"},
            {"maintenance", "503"},
            {"service unavailable", "503"},
            {"overloaded", "503"},
            {"server crashed", "500"},
            {"internal error", "500"},
            {"exception", "500"},
            {"not implemented", "501"},
            {"method not allowed", "405"},
            {"wrong method", "405"},
            {"conflict", "409"},
            {"duplicate", "409"},
            {"edit conflict", "409"},
            {"precondition failed", "412"},
            {"etag mismatch", "412"},
            {"cache", "304"},
            {"not modified", "304"},
            {"moved permanently", "301"},
            {"permanent redirect", "308"},
            {"redirect", "301"},
            {"temporary redirect", "307"},
            {"redirect after post", "303"},
            {"post redirect get", "303"},
            {"created", "201"},
            {"resource created", "201"},
            {"accepted", "202"},
            {"queued", "202"},
            {"async job", "202"},
            {"no content", "204"},
            {"empty response", "204"},
            {"ok", "200"},
            {"success", "200"},
            {"partial content", "206"},
            {"range request", "206"},
            {"range not satisfiable", "416"},
            {"websocket", "101"},
            {"upgrade", "101"},
            {"early hints", "103"},
            {"preload", "103"},
            {"teapot", "418"},
            {"unsupported media type", "415"},
            {"wrong content type", "415"},
            {"not acceptable", "406"},
            {"timeout", "504"},
            {"request timeout", "408"},
            {"client closed connection", "460-aws"},
            {"client closed request", "499-nginx"},
            {"nginx", "499-nginx"},
            {"cloudflare", "521-cloudflare"},
            {"origin unreachable", "523-cloudflare"},
            {"origin down", "521-cloudflare"},
            {"censorship", "451"},
            {"legal reasons", "451"},
            {"payment", "402"},
            {"csrf", "419-laravel"},
            {"page expired", "419-laravel"},
            {"captive portal", "511"},
            {"499-nginx", "499-nginx"},
            {"451-exchange", "451-exchange"},
            {"Payload Too Large", "413"},
            {"000", "000-curl"},
            {"status 0", "0-browser"},
            {"failed to fetch", "0-browser"},
            {"cors error", "0-browser"},
            {"SEE OTHER", "303"},
        };
        for (const auto &[query, first] : rows)
            QTest::newRow(query) << QString::fromUtf8(query) << QString::fromUtf8(first);
    }
    void ranking()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        const QList<SearchHit> hits = m_catalog.rankedSearch(query);
        QVERIFY2(!hits.isEmpty(), qPrintable(u"nothing found for '%1'"_s.arg(query)));
        QStringList top;
        for (qsizetype i = 0; i < std::min<qsizetype>(5, hits.size()); ++i)
            top.append(hits.at(i).card->id());
        QVERIFY2(hits.first().card->id() == first,
                 qPrintable(u"'%1': expected %2 first, got %3"_s.arg(query, first, top.join(u", "_s))));
    }

    void toleratesCasePunctuationPluralsAndOrder_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("case") << u"Not Found"_s << u"not found"_s;
        QTest::newRow("punctuation") << u"not-found!"_s << u"not found"_s;
        QTest::newRow("plural") << u"redirects"_s << u"redirect"_s;
        QTest::newRow("order") << u"found not"_s << u"not found"_s;
    }
    void toleratesCasePunctuationPluralsAndOrder()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(m_catalog.rankedSearch(a).value(0).card, m_catalog.rankedSearch(b).value(0).card);
    }

    void typosOnlyInLongWords()
    {
        QCOMPARE(m_catalog.rankedSearch(u"unathorized"_s).value(0).card->id(), u"401"_s);
        QVERIFY(m_catalog.rankedSearch(u"unathorized"_s).value(0).typo);
        // "gine" is one edit from "gone" but too short to be read as a typo.
        for (const SearchHit &hit : m_catalog.rankedSearch(u"gine"_s))
            QVERIFY(!hit.typo);
    }

    void explainsNonObviousMatches()
    {
        const QList<SearchHit> hits = m_catalog.rankedSearch(u"payload too large"_s);
        QCOMPARE(hits.value(0).field, SearchHit::Field::FormerPhrase);
        QCOMPARE(hits.value(0).fieldText, u"Payload Too Large"_s);
        QVERIFY(hits.value(0).reason().contains(u"Payload Too Large"_s));
        const QList<SearchHit> phrase = m_catalog.rankedSearch(u"not found"_s);
        QCOMPARE(phrase.value(0).field, SearchHit::Field::Phrase);
        QVERIFY(phrase.value(0).reason().isEmpty()); // obvious from the phrase
    }

    void normalisation()
    {
        QCOMPARE(CardSearch::normalisedWords(u"Rate-Limits!"_s), (QStringList{u"rate"_s, u"limit"_s}));
        QCOMPARE(CardSearch::normalisedWords(u"Don't  QUERIES"_s), (QStringList{u"dont"_s, u"query"_s}));
        QCOMPARE(CardSearch::normalisedWords(u"status"_s), QStringList{u"status"_s});
    }

    void emptyQueryListsEverything() { QCOMPARE(m_catalog.search(QString()).size(), m_catalog.cards().size()); }

    void searchAgreesWithRankedSearch()
    {
        const QList<const Card *> found = m_catalog.search(u"redirect"_s);
        const QList<SearchHit> hits = m_catalog.rankedSearch(u"redirect"_s);
        QCOMPARE(found.size(), hits.size());
        for (qsizetype i = 0; i < hits.size(); ++i)
            QCOMPARE(found.at(i), hits.at(i).card);
    }

    void nearestCodes()
    {
        const QList<int> near = m_catalog.nearestCodes(309);
        QCOMPARE(near.size(), 3);
        QVERIFY(near.contains(308));
        QVERIFY(near.contains(307));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
