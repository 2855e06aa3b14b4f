// The card data: every file loads and is complete, quotes are verbatim, example
// responses parse as HTTP, cross-references resolve, broken files are reported.

#include "RfcCorpus.h"
#include "catalog/CardExport.h"
#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"
#include "http/HttpParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
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

    // Every registered 4xx and 5xx that a JSON API answers says how to describe the error
    // (application/problem+json, RFC 9457). The rest are answered before or outside any
    // application, and the table says why.
    void jsonApiErrorsUseProblemJson()
    {
        static const QHash<int, const char *> notAnApiAnswer{
            {406, "the client refused every type the server can send, problem+json included"},
            {407, "a proxy's answer"},
            {408, "the server closes an idle connection before any handler runs"},
            {414, "the server rejects the request line before routing"},
            {416, "answered by the static-file and range layer, with Content-Range"},
            {417, "the server's Expect handling, before the handler"},
            {418, "a joke code"},
            {421, "connection reuse across TLS names, decided by the server"},
            {425, "TLS early data, decided by the server or CDN"},
            {426, "a protocol upgrade, with Upgrade"},
            {431, "the server's header limits, before routing"},
            {505, "the request line's version, before routing"},
            {506, "content negotiation configuration"},
            {508, "WebDAV's binding loops"},
            {511, "a captive portal's login page for browsers"},
        };
        for (const Card &c : m_catalog.cards()) {
            if (c.registry != Registry::Standard || c.code < 400 || c.code > 599 || notAnApiAnswer.contains(c.code))
                continue;
            const bool mentions = c.whenToUse.join(u' ').contains(u"application/problem+json"_s) ||
                                  c.exampleResponse.contains("application/problem+json");
            QVERIFY2(mentions,
                     qPrintable(u"%1: say how a JSON API describes this error "
                                "(application/problem+json), or list it above with the reason"_s.arg(c.id())));
        }
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
        if (c.isPseudo()) {
            // No response arrived: the example is what the tool shows, and it must not pose as HTTP.
            QVERIFY(!c.exampleResponse.isEmpty());
            QVERIFY2(!c.exampleResponse.startsWith("HTTP/"), "a pseudo-code's example is not a response");
            return;
        }
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
        if (c.registry == Registry::Unofficial || c.isPseudo())
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
            // Vendors' codes and pseudo-codes (0, 000) are not registered and say so.
            if (card.registry != Registry::Unofficial && !card.isPseudo())
                QVERIFY2(assigned.contains(card.code), qPrintable(u"%1 is not in the IANA registry"_s.arg(card.code)));
        }
    }

    void listedHeadersAreInTheExample_data() { cardRows(); }
    void listedHeadersAreInTheExample()
    {
        // A header the card lists but its example leaves out confuses a reader comparing the two;
        // where leaving it out is right (a header only some servers send), the note says so.
        QFETCH(QString, id);
        const Card &c = card(id);
        if (c.isPseudo())
            return;
        const auto message = parseResponse(c.exampleResponse, nullptr);
        QVERIFY(message);
        for (const HeaderInfo &header : c.headers) {
            if (message->hasHeader(header.name.toLatin1()))
                continue;
            QVERIFY2(header.note.contains(u"not in the example"_s, Qt::CaseInsensitive),
                     qPrintable(u"%1 is listed but not in the example; add it, or say in its note why it is "
                                "not in the example"_s.arg(header.name)));
            QVERIFY2(!header.required, qPrintable(u"required header %1 must be in the example"_s.arg(header.name)));
        }
    }

    void requiredHeadersNameTheirRule_data() { cardRows(); }
    void requiredHeadersNameTheirRule()
    {
        // "required" is a claim about a specification: the note names the MUST or SHOULD behind it.
        QFETCH(QString, id);
        static const QRegularExpression keyword(u"\\b(MUST|SHOULD)\\b"_s);
        for (const HeaderInfo &header : card(id).headers) {
            if (header.required)
                QVERIFY2(keyword.match(header.note).hasMatch(),
                         qPrintable(u"%1 is marked required but its note names no MUST or SHOULD"_s.arg(header.name)));
        }
    }

    void everyCardHasSearchKeywords_data() { cardRows(); }
    void everyCardHasSearchKeywords()
    {
        QFETCH(QString, id);
        const Card &c = card(id);
        QVERIFY2(c.keywords.size() >= 3, "write the words people use for this situation");
        QSet<QString> seen;
        for (const QString &keyword : c.keywords) {
            const QString folded = keyword.toLower();
            QCOMPARE(folded, keyword.trimmed().toLower());
            QVERIFY2(!seen.contains(folded), qPrintable(u"keyword '%1' twice"_s.arg(keyword)));
            QVERIFY2(folded != c.phrase.toLower(), "the phrase is found anyway");
            seen.insert(folded);
        }
    }

    void newerRfcsAreQuoted()
    {
        // RFC 9111, 9112 and 6455 are in the corpus: the quote test reads them, and cards quote them.
        if (!m_corpus.isAvailable())
            QSKIP("RFC corpus not found; set STATUSDECK_RFC_DIR");
        for (const QString &document : {u"RFC 9111"_s, u"RFC 9112"_s, u"RFC 6455"_s}) {
            QVERIFY2(!m_corpus.text(document).isEmpty(), qPrintable(document + u" is not in the corpus"_s));
            int quotes = 0;
            for (const Card &c : m_catalog.cards()) {
                for (const RfcReference &ref : c.rfc)
                    quotes += ref.document == document && !ref.quote.isEmpty();
            }
            QVERIFY2(quotes > 0, qPrintable(u"no card quotes "_s + document));
        }
        // A sentence just after a page break of a paginated file (RFC 6455, section 4.2.2, page 24).
        QVERIFY(m_corpus.text(u"RFC 6455"_s)
                    .contains(RfcCorpus::normalise(u"If the server chooses to accept the incoming connection, it MUST "
                                                   "reply with a valid HTTP response"_s,
                                                   false)));
    }

    void pseudoCodesAreFoundAsWritten()
    {
        const Card *browser = m_catalog.findById(u"0"_s);
        const Card *curl = m_catalog.findById(u"000"_s);
        QVERIFY(browser && curl);
        QCOMPARE(browser->id(), u"0-browser"_s);
        QCOMPARE(curl->id(), u"000-curl"_s);
        QCOMPARE(curl->codeText(), u"000"_s);
        QCOMPARE(curl->code, 0);
        QVERIFY(browser->isPseudo() && curl->isPseudo());
        QCOMPARE(m_catalog.findById(u"000-curl"_s), curl);
    }

    void exportGivesEveryCardAnIdFirst()
    {
        const SnippetLibrary snippets = SnippetLibrary::loadBuiltIn();
        const QByteArray json = catalogToJson(m_catalog, snippets);
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(json, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), m_catalog.cards().size());
        QStringList ids;
        for (const QJsonValue &value : array)
            ids.append(value.toObject().value(u"id"_s).toString());
        QVERIFY(ids.contains(u"451"_s) && ids.contains(u"451-exchange"_s) && ids.contains(u"000-curl"_s));
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        // The documented order (README.md): id, code, code_text, phrase, ... snippets; nested objects too.
        const QString text = QString::fromUtf8(json);
        const qsizetype first = text.indexOf(u"\"snippets\""_s);
        QVERIFY(first > 0);
        QStringList keys;
        static const QRegularExpression topKey(u"^        \"([a-z_]+)\":"_s, QRegularExpression::MultilineOption);
        for (auto it = topKey.globalMatch(text.left(first + 12)); it.hasNext();)
            keys.append(it.next().captured(1));
        QCOMPARE(keys, (QStringList{u"id"_s,
                                    u"code"_s,
                                    u"code_text"_s,
                                    u"phrase"_s,
                                    u"former_phrases"_s,
                                    u"keywords"_s,
                                    u"class"_s,
                                    u"registry"_s,
                                    u"vendor"_s,
                                    u"emoji"_s,
                                    u"summary"_s,
                                    u"definition"_s,
                                    u"rfc"_s,
                                    u"causes"_s,
                                    u"example_response"_s,
                                    u"misinterpretation"_s,
                                    u"when_to_use"_s,
                                    u"confused_with"_s,
                                    u"heuristically_cacheable"_s,
                                    u"redirect"_s,
                                    u"headers"_s,
                                    u"snippets"_s}));
        QVERIFY(
            text.contains(QRegularExpression(u"\"document\": [^\\n]+\\n\\s+\"section\": [^\\n]+\\n\\s+\"quote\""_s)));
        QVERIFY(text.contains(QRegularExpression(u"\"name\": [^\\n]+\\n\\s+\"value\": [^\\n]+\\n\\s+\"required\""_s)));
    }

    void markdownEscapesProse()
    {
        Card c;
        c.code = 206;
        c.phrase = u"Partial Content"_s;
        c.summary = u"Send <video> ranges as bytes */<complete-length> to *.localhost, [not a link] & more."_s;
        c.definition = u"Code stays code: `return 444;` and `a_b <c>`."_s;
        c.causes = {u"<origin IP> unreachable"_s, u"- not a list item"_s};
        c.rfc = {{u"RFC 9110"_s, u"14.4"_s, u"bytes */<complete-length>"_s}};
        const QString md = cardToMarkdown(c, SnippetLibrary::loadBuiltIn());
        QVERIFY(md.contains(u"Send \\<video\\> ranges as bytes \\*/\\<complete-length\\> to \\*.localhost, "
                            "\\[not a link\\] \\& more."_s));
        QVERIFY(md.contains(u"`return 444;` and `a_b <c>`"_s));
        QVERIFY(md.contains(u"- \\<origin IP\\> unreachable"_s));
        QVERIFY(md.contains(u"- \\- not a list item"_s));
        QVERIFY(md.contains(u"> bytes \\*/\\<complete-length\\>"_s));

        // Across the real deck: outside code, no '<' is left for a renderer to take as HTML.
        QString all = catalogToMarkdown(m_catalog, SnippetLibrary::loadBuiltIn());
        all.remove(QRegularExpression(u"```.*?```"_s, QRegularExpression::DotMatchesEverythingOption));
        all.remove(QRegularExpression(u"`[^`\\n]*`"_s));
        static const QRegularExpression bare(u"(?<!\\\\)<"_s);
        const auto match = bare.match(all);
        QVERIFY2(!match.hasMatch(), qPrintable(all.mid(std::max<qsizetype>(0, match.capturedStart() - 60), 120)));
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
        QTest::newRow("empty keyword") << QByteArray(good).replace(
                                              "\"former_phrases\": []",
                                              "\"former_phrases\": [], \"keywords\": [\"a\", \" \"]")
                                       << u"keywords"_s;
        QTest::newRow("keywords not a list")
            << QByteArray(good).replace("\"former_phrases\": []", "\"former_phrases\": [], \"keywords\": \"a, b\"")
            << u"keywords"_s;
        QTest::newRow("code 0 for a registered card")
            << QByteArray(good).replace("\"code\": 301", "\"code\": 0") << u"code"_s;
        QTest::newRow("code_text on a registered card")
            << QByteArray(good).replace("\"code\": 301", "\"code\": 301, \"code_text\": \"0301\"") << u"code_text"_s;
        QTest::newRow("pseudo-code that is not 0")
            << QByteArray(good).replace("\"standard\", \"vendor\": \"\"", "\"pseudo\", \"vendor\": \"curl\"")
            << u"code"_s;
        QTest::newRow("pseudo-code without a tool")
            << pseudoCard().replace("\"vendor\": \"curl\"", "\"vendor\": \"\"") << u"vendor"_s;
        QTest::newRow("pseudo-code written as 'zero'") << pseudoCard().replace("\"000\"", "\"zero\"") << u"code_text"_s;
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
        QVERIFY(parsed->keywords.isEmpty()); // optional
        QCOMPARE(parsed->codeText(), u"301"_s);

        const QByteArray withKeywords = validCard().replace(
            "\"former_phrases\": []", "\"former_phrases\": [], \"keywords\": [\"moved\", \"new url\"]");
        const auto keyworded = parseCard(withKeywords, u"301.json"_s, &issues);
        QVERIFY(keyworded);
        QCOMPARE(keyworded->keywords, (QStringList{u"moved"_s, u"new url"_s}));
    }

    void pseudoFixtureParses()
    {
        QList<LoadIssue> issues;
        const auto parsed = parseCard(pseudoCard(), u"000-curl.json"_s, &issues);
        QVERIFY2(parsed, issues.isEmpty() ? "" : qPrintable(issues.first().toString()));
        QCOMPARE(parsed->code, 0);
        QCOMPARE(parsed->registry, Registry::Pseudo);
        QCOMPARE(parsed->id(), u"000-curl"_s);
        // Plain text, not an HTTP message: no CRLF, no blank line needed.
        QCOMPARE(parsed->exampleResponse, QByteArray("$ curl -w '%{http_code}' http://127.0.0.1:9/\n000"));
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
    static QByteArray pseudoCard()
    {
        return QByteArray(validCard())
            .replace("\"code\": 301", "\"code\": 0, \"code_text\": \"000\"")
            .replace("\"standard\", \"vendor\": \"\"", "\"pseudo\", \"vendor\": \"curl\"")
            .replace("\"redirect\": {\"permanent\": true, \"method\": \"post-may-become-get\"}", "\"redirect\": null")
            .replace("[\"HTTP/1.1 301 Moved Permanently\", \"Location: /new\", \"\"]",
                     "[\"$ curl -w '%{http_code}' http://127.0.0.1:9/\", \"000\"]");
    }
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
