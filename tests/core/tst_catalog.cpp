// The card data: every file loads and is complete, quotes are verbatim, example
// responses parse as HTTP, cross-references resolve, broken files are reported.

#include "RfcCorpus.h"
#include "catalog/Catalog.h"
#include "http/HttpParser.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;

class TestCatalog : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::loadBuiltIn();
    RfcCorpus m_corpus;

    void cardRows()
    {
        QTest::addColumn<QString>("id");
        for (const Card &card : m_catalog.cards())
            QTest::newRow(qPrintable(card.sourceFile)) << card.id();
    }
    const Card &card(const QString &id) { return *m_catalog.findById(id); }

private Q_SLOTS:
    void everyFileLoadsWithoutIssues()
    {
        QStringList problems;
        for (const LoadIssue &issue : m_catalog.issues())
            problems.append(issue.toString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void everyCardFileIsCompiledIn()
    {
        // resources/cards.cmake lists the files; a file left out of it would silently vanish.
        const QDir dir(QStringLiteral(STATUSDECK_SOURCE_DIR "/resources/cards"));
        const QStringList onDisk = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        const QStringList compiled = QDir(u":/cards"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QCOMPARE(compiled, onDisk);
        QCOMPARE(m_catalog.cards().size(), onDisk.size());
    }

    void redirectFamilyIsPresent()
    {
        for (int code : {300, 301, 302, 303, 304, 305, 306, 307, 308})
            QVERIFY2(m_catalog.find(code), qPrintable(u"no card for %1"_s.arg(code)));
    }

    void cardIsComplete_data() { cardRows(); }
    void cardIsComplete()
    {
        QFETCH(QString, id);
        const Card &c = card(id);
        QVERIFY(!c.phrase.isEmpty());
        QVERIFY(!c.emoji.isEmpty());
        QVERIFY(c.summary.size() > 40);
        QVERIFY(c.definition.size() > 60);
        QVERIFY(!c.rfc.isEmpty());
        QVERIFY(c.causes.size() >= 2);
        QVERIFY(c.whenToUse.size() >= 2);
        QVERIFY(!c.confusedWith.isEmpty());
        QVERIFY(!c.misinterpretation.isEmpty());
        QCOMPARE(c.sourceFile, c.id() + u".json"_s);
        const bool isRedirect = QList<int>{301, 302, 303, 307, 308}.contains(c.code);
        QCOMPARE(c.redirect.has_value(), isRedirect && c.registry != Registry::Unofficial);
    }

    void quotesAreVerbatim_data() { cardRows(); }
    void quotesAreVerbatim()
    {
        if (!m_corpus.isAvailable())
            QSKIP(qPrintable(
                u"RFC corpus not found at %1; set STATUSDECK_RFC_DIR to check quotes"_s.arg(RfcCorpus::directory())));
        QFETCH(QString, id);
        for (const RfcReference &ref : card(id).rfc) {
            const QString source = m_corpus.text(ref.document);
            if (source.isEmpty()) {
                // Not in the folder (RFC 3229, 2295, 2774, drafts): cite, never quote from memory.
                QVERIFY2(ref.quote.isEmpty(), qPrintable(u"%1 is not in the corpus, so its quote cannot be "
                                                         "checked; leave it empty"_s.arg(ref.document)));
                continue;
            }
            QVERIFY2(!ref.quote.isEmpty(), qPrintable(u"%1 is in the corpus: quote it"_s.arg(ref.document)));
            const QString quote = RfcCorpus::normalise(ref.quote, false);
            QVERIFY2(source.contains(quote),
                     qPrintable(u"not found verbatim in %1: %2"_s.arg(ref.document, ref.quote.left(120))));
        }
    }

    void exampleResponseParses_data() { cardRows(); }
    void exampleResponseParses()
    {
        QFETCH(QString, id);
        const Card &c = card(id);
        QString error;
        const auto message = parseResponse(c.exampleResponse, &error);
        QVERIFY2(message, qPrintable(error));
        QCOMPARE(message->status, c.exampleStatus);
        QCOMPARE(message->versionMajor, 1);
        QCOMPARE(message->versionMinor, 1);
        if (c.forbidsContent())
            QVERIFY2(message->body.isEmpty(), "1xx, 204 and 304 carry no content");
        if (c.redirect)
            QVERIFY2(!message->header("Location").isEmpty(), "a redirect's example carries Location");
        for (const HeaderInfo &header : c.headers) {
            if (header.required)
                QVERIFY2(message->hasHeader(header.name.toLatin1()),
                         qPrintable(u"required header %1 missing from the example"_s.arg(header.name)));
        }
        // A declared length must match what follows, or llhttp would have stopped short.
        if (message->hasHeader("Content-Length"))
            QCOMPARE(message->header("Content-Length").toLongLong(), message->body.size());
    }

    void confusedWithCodesExist_data() { cardRows(); }
    void confusedWithCodesExist()
    {
        QFETCH(QString, id);
        const Card &c = card(id);
        // The catalog grows issue by issue; a code must at least be a real status code.
        for (const ConfusedWith &entry : c.confusedWith) {
            QVERIFY2(entry.code != c.code, "a card is not confused with itself");
            QVERIFY2(entry.code >= 100 && entry.code <= 599,
                     qPrintable(u"confused_with %1 is not a status code"_s.arg(entry.code)));
            QVERIFY2(m_catalog.find(entry.code),
                     qPrintable(u"confused_with %1 has no card; add it or drop the reference"_s.arg(entry.code)));
        }
    }

    void cacheabilityFollowsRfc9110_data() { cardRows(); }
    void cacheabilityFollowsRfc9110()
    {
        // RFC 9110 section 15.1 lists the heuristically cacheable codes it defines;
        // RFC 7725 section 3 makes 451 cacheable by default too.
        static const QList<int> cacheable{200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501};
        QFETCH(QString, id);
        const Card &c = card(id);
        if (c.registry == Registry::Unofficial)
            return;
        QCOMPARE(c.heuristicallyCacheable, cacheable.contains(c.code));
    }

    void redirectSemantics()
    {
        const auto check = [this](int code, bool permanent, RedirectMethod method) {
            const Card *c = m_catalog.find(code);
            QVERIFY(c && c->redirect);
            QCOMPARE(c->redirect->permanent, permanent);
            QCOMPARE(c->redirect->method, method);
        };
        check(301, true, RedirectMethod::PostMayBecomeGet);
        check(302, false, RedirectMethod::PostMayBecomeGet);
        check(303, false, RedirectMethod::BecomesGet);
        check(307, false, RedirectMethod::Preserved);
        check(308, true, RedirectMethod::Preserved);
        QCOMPARE(m_catalog.find(306)->registry, Registry::Unused);
    }

    void matchesTheIanaRegistry()
    {
        QFile csv(QDir(RfcCorpus::directory()).filePath(u"iana-http-status-codes.csv"_s));
        if (!csv.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(u"IANA registry not found at %1; set STATUSDECK_RFC_DIR"_s.arg(csv.fileName())));
        static const QRegularExpression row(u"^(\\d{3}),(\"[^\"]*\"|[^,]*),"_s);
        QList<int> assigned;
        for (const QByteArray &line : csv.readAll().split('\n')) {
            const auto match = row.match(QString::fromUtf8(line).trimmed());
            if (!match.hasMatch())
                continue; // header, ranges ("105-199,Unassigned")
            const int code = match.captured(1).toInt();
            QString description = match.captured(2);
            if (description.startsWith(u'"'))
                description = description.mid(1, description.size() - 2);
            if (description == "Unassigned"_L1)
                continue;
            assigned.append(code);
            const Card *card = m_catalog.find(code);
            QVERIFY2(card, qPrintable(u"no card for IANA-registered %1"_s.arg(code)));
            QVERIFY2(card->vendor.isEmpty(), qPrintable(u"%1: the first card must be the registered one"_s.arg(code)));
            Registry expected = Registry::Standard;
            QString phrase = description;
            if (description == "(Unused)"_L1) {
                expected = Registry::Unused;
            } else if (const qsizetype at = description.indexOf(u" (TEMPORARY"_s); at > 0) {
                expected = Registry::Temporary;
                phrase = description.left(at);
            } else if (const qsizetype obsolete = description.indexOf(u" (OBSOLETED)"_s); obsolete > 0) {
                expected = Registry::Obsolete;
                phrase = description.left(obsolete);
            }
            QCOMPARE(registryName(card->registry), registryName(expected));
            QCOMPARE(card->phrase, phrase);
        }
        QVERIFY(assigned.size() > 60);
        // Registered-looking cards for codes IANA leaves unassigned would mislead.
        for (const Card &card : m_catalog.cards()) {
            if (card.registry != Registry::Unofficial)
                QVERIFY2(assigned.contains(card.code), qPrintable(u"%1 is not in the IANA registry"_s.arg(card.code)));
        }
    }

    void brokenCardNamesFileAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray good = validCard();
        QTest::newRow("not json") << QByteArray("{ nope") << QString();
        QTest::newRow("missing phrase") << QByteArray(good).replace("\"phrase\": \"Moved Permanently\",", "")
                                        << u"phrase"_s;
        QTest::newRow("bad registry") << QByteArray(good).replace("\"standard\"", "\"official\"") << u"registry"_s;
        QTest::newRow("code not a number")
            << QByteArray(good).replace("\"code\": 301", "\"code\": \"301\"") << u"code"_s;
        QTest::newRow("one cause") << QByteArray(good).replace("\"causes\": [\"a\", \"b\"]", "\"causes\": [\"a\"]")
                                   << u"causes"_s;
        QTest::newRow("redirect missing") << QByteArray(good).replace("\"redirect\": {\"permanent\": true, "
                                                                      "\"method\": \"post-may-become-get\"}",
                                                                      "\"redirect\": null")
                                          << u"redirect"_s;
        QTest::newRow("no blank line in example")
            << QByteArray(good).replace("\"Location: /new\", \"\"", "\"Location: /new\"") << u"example_response"_s;
    }
    void brokenCardNamesFileAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QList<LoadIssue> issues;
        QVERIFY(!parseCard(json, u"broken.json"_s, &issues));
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().file, u"broken.json"_s);
        QCOMPARE(issues.first().field, field);
        QVERIFY(issues.first().toString().contains(u"broken.json"_s));
    }

    void validFixtureParses()
    {
        QList<LoadIssue> issues;
        const auto parsed = parseCard(validCard(), u"301.json"_s, &issues);
        QVERIFY2(parsed, issues.isEmpty() ? "" : qPrintable(issues.first().toString()));
        QCOMPARE(parsed->exampleResponse, QByteArray("HTTP/1.1 301 Moved Permanently\r\nLocation: /new\r\n\r\n"));
    }

    void brokenFileIsSkippedOthersLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile good(dir.filePath(u"301.json"_s));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(validCard());
        good.close();
        QFile bad(dir.filePath(u"999.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"code\": 999");
        bad.close();
        const Catalog catalog = Catalog::loadFromDirectory(dir.path());
        QCOMPARE(catalog.cards().size(), 1);
        QCOMPARE(catalog.issues().size(), 1);
        QCOMPARE(catalog.issues().first().file, u"999.json"_s);
    }

private:
    static QByteArray validCard()
    {
        return R"({
  "code": 301, "phrase": "Moved Permanently", "former_phrases": [], "registry": "standard", "vendor": "",
  "emoji": "x", "summary": "s", "definition": "d",
  "rfc": [{"document": "RFC 9110", "section": "15.4.2", "quote": "q"}],
  "causes": ["a", "b"],
  "example_response": ["HTTP/1.1 301 Moved Permanently", "Location: /new", ""],
  "misinterpretation": "m", "when_to_use": ["a", "b"],
  "confused_with": [{"code": 308, "difference": "d"}],
  "heuristically_cacheable": true,
  "redirect": {"permanent": true, "method": "post-may-become-get"},
  "headers": [{"name": "Location", "value": "/new", "required": true, "note": "n"}]
})";
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
