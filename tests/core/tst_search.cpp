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

    void emptyQueryListsEverything() { QCOMPARE(m_catalog.search(QString()).size(), m_catalog.cards().size()); }

    void matchesAgreesWithSearch()
    {
        const CardQuery query(u"redirect"_s);
        const QList<const Card *> found = m_catalog.search(u"redirect"_s);
        for (qsizetype i = 0; i < m_catalog.cards().size(); ++i)
            QCOMPARE(m_catalog.matches(i, query), found.contains(&m_catalog.cards().at(i)));
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
