// The built-in cards are packed at build time (catalog/CardPack.h): the packed catalog must
// be the one the JSON files give, field for field, and a broken file must still be reported.

#include "catalog/CardExport.h"
#include "catalog/CardPack.h"
#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"

#include <QJsonDocument>
#include <QResource>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;

class TestCardPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInIsThePackedJson()
    {
        const QResource resource(u":/cards.pack"_s);
        QVERIFY(resource.isValid());
        const std::optional<QList<PackedCard>> entries = unpackCards(resource.uncompressedData());
        QVERIFY(entries);
        QVERIFY(std::all_of(entries->begin(), entries->end(), [](const PackedCard &e) { return e.card.has_value(); }));
        const Catalog packed = Catalog::loadBuiltIn();
        const Catalog json = Catalog::loadFromDirectory(QStringLiteral(STATUSDECK_SOURCE_DIR) + u"/resources/cards"_s);
        QVERIFY(json.issues().isEmpty());
        QCOMPARE(packed.cards().size(), json.cards().size());
        const SnippetLibrary snippets = SnippetLibrary::loadBuiltIn();
        for (qsizetype i = 0; i < json.cards().size(); ++i) {
            const Card &a = packed.cards().at(i);
            const Card &b = json.cards().at(i);
            QCOMPARE(a.id(), b.id());
            // The export names every field a reader sees; the rest are compared one by one.
            QCOMPARE(QJsonDocument(cardToJson(a, snippets)).toJson(), QJsonDocument(cardToJson(b, snippets)).toJson());
            QCOMPARE(a.exampleStatus, b.exampleStatus);
            QCOMPARE(a.snippetBody, b.snippetBody);
            QCOMPARE(a.snippetContentType, b.snippetContentType);
            QCOMPARE(a.snippetOverrides, b.snippetOverrides);
            QCOMPARE(a.sourceFile, b.sourceFile);
            QCOMPARE(a.writtenCode, b.writtenCode);
            QCOMPARE(a.keywords, b.keywords);
            QCOMPARE(a.snippetWireNote, b.snippetWireNote);
            QCOMPARE(a.snippetWireStatus, b.snippetWireStatus);
        }
    }

    void brokenFileIsKeptAsJson()
    {
        const QByteArray good = R"({"code": 299})";
        const QByteArray pack = packCards({{u"299.json"_s, good}, {u"bad.json"_s, "{ not json"}});
        const std::optional<QList<PackedCard>> entries = unpackCards(pack);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        // 299.json lacks required fields: kept as JSON, so that loading reports what is missing.
        QVERIFY(!entries->at(0).card);
        QCOMPARE(entries->at(0).json, good);
        QCOMPARE(entries->at(1).fileName, u"bad.json"_s);
        QVERIFY(!entries->at(1).card);
    }

    void roundTripOfAParsedCard()
    {
        const Catalog json = Catalog::loadFromDirectory(QStringLiteral(STATUSDECK_SOURCE_DIR) + u"/resources/cards"_s);
        QFile file(QStringLiteral(STATUSDECK_SOURCE_DIR) + u"/resources/cards/307.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::optional<QList<PackedCard>> entries = unpackCards(packCards({{u"307.json"_s, file.readAll()}}));
        QVERIFY(entries && entries->size() == 1 && entries->first().card);
        const Card &card = *entries->first().card;
        QCOMPARE(card.id(), u"307"_s);
        QVERIFY(card.redirect && !card.redirect->permanent);
        QCOMPARE(card.location(), json.find(307)->location());
    }

    void notAPack_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("json") << QByteArray("[]");
        QTest::newRow("truncated") << packCards({}).left(6);
    }

    void notAPack()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!unpackCards(bytes));
    }
};

QTEST_GUILESS_MAIN(TestCardPack)
#include "tst_cardpack.moc"
