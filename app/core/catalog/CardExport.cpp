// Over 400 lines on purpose: every export of a card (text, JSON with its documented key
// order, Markdown with its escaping) lives here, so the three stay in step field by field.

#include "catalog/CardExport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Wraps prose to a terminal width with a hanging indent.
QString wrap(const QString &text, int indent, int width = 78)
{
    QString out;
    QString line;
    const QString pad(indent, u' ');
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width - indent) {
            out += pad + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        out += pad + line + u'\n';
    return out;
}

QString rfcLabel(const RfcReference &ref)
{
    return ref.section.isEmpty() ? ref.document : ref.document + u", section "_s + ref.section;
}

// The key order of every object in the JSON export (README.md, "Command line"). QJsonObject
// sorts its keys, so the export is written by hand: an object's keys follow the first list
// that holds all of them.
const QList<QStringList> &keyOrders()
{
    static const QList<QStringList> orders{
        {u"id"_s,
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
         u"snippets"_s},
        {u"document"_s, u"section"_s, u"quote"_s},
        {u"code"_s, u"difference"_s},
        {u"permanent"_s, u"method"_s},
        {u"name"_s, u"value"_s, u"required"_s, u"note"_s},
        {u"language"_s, u"framework"_s, u"platform"_s, u"code"_s},
    };
    return orders;
}

QStringList orderedKeys(const QJsonObject &object)
{
    const QStringList keys = object.keys(); // sorted: the fallback order
    for (const QStringList &order : keyOrders()) {
        if (std::all_of(keys.begin(), keys.end(), [&order](const QString &key) { return order.contains(key); })) {
            QStringList result;
            for (const QString &key : order) {
                if (object.contains(key))
                    result.append(key);
            }
            return result;
        }
    }
    return keys;
}

void writeJson(const QJsonValue &value, int depth, QByteArray &out)
{
    const QByteArray pad((depth + 1) * 4, ' ');
    const QByteArray closePad(depth * 4, ' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        const QStringList keys = orderedKeys(object);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            // A one-element array serialises the key as a JSON string, escaped.
            QByteArray key = QJsonDocument(QJsonArray{keys.at(i)}).toJson(QJsonDocument::Compact);
            out += pad + key.mid(1, key.size() - 2) + ": ";
            writeJson(object.value(keys.at(i)), depth + 1, out);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += closePad + '}';
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += pad;
            writeJson(array.at(i), depth + 1, out);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += closePad + ']';
    } else {
        const QByteArray scalar = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out += scalar.mid(1, scalar.size() - 2);
    }
}

// Prose for Markdown: characters Markdown would act on are escaped, so that "<video>" or
// "<origin IP>" are not swallowed as HTML and "*.localhost" does not start emphasis.
// Backtick spans are the cards' code and stay as they are.
QString markdownText(const QString &text)
{
    static const QString active = u"\\<>*_[]&|"_s;
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool inCode = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'`')
            inCode = !inCode;
        else if (!inCode && active.contains(c))
            out += u'\\';
        else if (!inCode && (c == u'#' || c == u'+' || c == u'-') && (i == 0 || text.at(i - 1) == u'\n'))
            out += u'\\'; // would start a heading or a list item
        out += c;
    }
    return out;
}

} // namespace

QString registryLabel(const Card &card)
{
    switch (card.registry) {
    case Registry::Standard:
        return QCoreApplication::translate("CardExport", "Standard");
    case Registry::Temporary:
        return QCoreApplication::translate("CardExport", "Temporary registration");
    case Registry::Unused:
        return QCoreApplication::translate("CardExport", "Unused (reserved)");
    case Registry::Obsolete:
        return QCoreApplication::translate("CardExport", "Obsolete");
    case Registry::Unofficial:
        return QCoreApplication::translate("CardExport", "Unofficial (%1)").arg(card.vendor);
    case Registry::Pseudo:
        return QCoreApplication::translate("CardExport", "Not a status code: what %1 reports").arg(card.vendor);
    }
    return {};
}

QString redirectLabel(const RedirectInfo &redirect)
{
    const QString kind = redirect.permanent ? QCoreApplication::translate("CardExport", "Permanent")
                                            : QCoreApplication::translate("CardExport", "Temporary");
    switch (redirect.method) {
    case RedirectMethod::Preserved:
        return QCoreApplication::translate("CardExport", "%1; the method and body are kept").arg(kind);
    case RedirectMethod::PostMayBecomeGet:
        return QCoreApplication::translate("CardExport", "%1; a POST may become a GET").arg(kind);
    case RedirectMethod::BecomesGet:
        return QCoreApplication::translate("CardExport", "%1; the follow-up request is a GET (HEAD stays HEAD)")
            .arg(kind);
    }
    return kind;
}

QJsonObject cardToJson(const Card &card, const SnippetLibrary &snippets)
{
    QJsonArray rfc;
    for (const RfcReference &ref : card.rfc)
        rfc.append(QJsonObject{{u"document"_s, ref.document}, {u"section"_s, ref.section}, {u"quote"_s, ref.quote}});
    QJsonArray confused;
    for (const ConfusedWith &entry : card.confusedWith)
        confused.append(QJsonObject{{u"code"_s, entry.code}, {u"difference"_s, entry.difference}});
    QJsonArray headers;
    for (const HeaderInfo &header : card.headers)
        headers.append(QJsonObject{{u"name"_s, header.name},
                                   {u"value"_s, header.value},
                                   {u"required"_s, header.required},
                                   {u"note"_s, header.note}});
    QJsonArray snippetArray;
    for (const Snippet &snippet : snippets.generateAll(card))
        snippetArray.append(QJsonObject{{u"language"_s, snippet.language},
                                        {u"framework"_s, snippet.framework},
                                        {u"platform"_s, snippet.platform},
                                        {u"code"_s, snippet.code}});
    QJsonValue redirect = QJsonValue::Null;
    if (card.redirect)
        redirect = QJsonObject{{u"permanent"_s, card.redirect->permanent},
                               {u"method"_s, redirectMethodName(card.redirect->method)}};

    return {
        {u"id"_s, card.id()},
        {u"code"_s, card.code},
        {u"code_text"_s, card.codeText()},
        {u"phrase"_s, card.phrase},
        {u"former_phrases"_s, toArray(card.formerPhrases)},
        {u"keywords"_s, toArray(card.keywords)},
        {u"class"_s, card.isPseudo() ? QJsonValue(QJsonValue::Null) : QJsonValue(classKey(card.codeClass()))},
        {u"registry"_s, registryName(card.registry)},
        {u"vendor"_s, card.vendor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(card.vendor)},
        {u"emoji"_s, card.emoji},
        {u"summary"_s, card.summary},
        {u"definition"_s, card.definition},
        {u"rfc"_s, rfc},
        {u"causes"_s, toArray(card.causes)},
        {u"example_response"_s, QString::fromUtf8(card.exampleResponse)},
        {u"misinterpretation"_s, card.misinterpretation},
        {u"when_to_use"_s, toArray(card.whenToUse)},
        {u"confused_with"_s, confused},
        {u"heuristically_cacheable"_s, card.heuristicallyCacheable},
        {u"redirect"_s, redirect},
        {u"headers"_s, headers},
        {u"snippets"_s, snippetArray},
    };
}

QByteArray catalogToJson(const Catalog &catalog, const SnippetLibrary &snippets)
{
    QJsonArray array;
    for (const Card &card : catalog.cards())
        array.append(cardToJson(card, snippets));
    QByteArray out;
    writeJson(array, 0, out);
    return out + '\n';
}

QString cardListLine(const Card &card)
{
    QString line = card.codeText() + u"  "_s + card.phrase;
    QString status = registryName(card.registry);
    if (!card.vendor.isEmpty())
        status += u" ("_s + card.vendor + u')';
    return line.leftJustified(48) + u"  "_s + status;
}

QString cardToText(const Card &card, const SnippetLibrary &snippets, const QString &frameworkId)
{
    QString out;
    const QString title = card.codeText() + u' ' + card.phrase + u"  "_s + card.emoji;
    out += title + u'\n';
    out += QString(title.size(), u'=') + u'\n';
    if (card.isPseudo())
        out += registryLabel(card) + u'\n';
    else
        out += QCoreApplication::translate("CardExport", "Class: %1 %2 | Registry: %3")
                   .arg(classKey(card.codeClass()), className(card.codeClass()), registryLabel(card)) +
               u'\n';
    if (!card.formerPhrases.isEmpty())
        out += QCoreApplication::translate("CardExport", "Formerly: %1").arg(card.formerPhrases.join(u", "_s)) + u'\n';
    out += u'\n' + wrap(card.summary, 0) + u'\n';

    const auto section = [&out](const QString &heading) {
        out += heading + u'\n';
    };
    section(QCoreApplication::translate("CardExport", "Definition"));
    out += wrap(card.definition, 2) + u'\n';

    section(QCoreApplication::translate("CardExport", "From the RFC"));
    for (const RfcReference &ref : card.rfc) {
        if (!ref.quote.isEmpty())
            out += wrap(u'"' + ref.quote + u'"', 2);
        out += u"    -- "_s + rfcLabel(ref) + u"\n"_s;
    }
    out += u'\n';

    section(QCoreApplication::translate("CardExport", "Common causes"));
    for (const QString &cause : card.causes)
        out += u"  - "_s + wrap(cause, 4).mid(4);
    out += u'\n';

    section(QCoreApplication::translate("CardExport", "Example response"));
    for (const QString &line : QString::fromUtf8(card.exampleResponse).split(u'\n'))
        out += u"  "_s + QString(line).remove(u'\r') + u'\n';
    out += u'\n';

    section(QCoreApplication::translate("CardExport", "Common misinterpretation"));
    out += wrap(card.misinterpretation, 2) + u'\n';

    section(QCoreApplication::translate("CardExport", "When to use it"));
    for (const QString &use : card.whenToUse)
        out += u"  - "_s + wrap(use, 4).mid(4);
    out += u'\n';

    section(QCoreApplication::translate("CardExport", "Confused with"));
    for (const ConfusedWith &entry : card.confusedWith)
        out += u"  "_s + QString::number(entry.code) + u": "_s + wrap(entry.difference, 7).mid(7);
    out += u'\n';

    section(QCoreApplication::translate("CardExport", "Facts"));
    out +=
        u"  "_s +
        (card.heuristicallyCacheable
             ? QCoreApplication::translate("CardExport", "Heuristically cacheable by default (RFC 9110, section 15.1)")
             : QCoreApplication::translate("CardExport",
                                           "Not heuristically cacheable; cached only with explicit freshness")) +
        u'\n';
    if (card.redirect)
        out += u"  "_s + QCoreApplication::translate("CardExport", "Redirect: %1").arg(redirectLabel(*card.redirect)) +
               u'\n';
    out += u'\n';

    if (!card.headers.isEmpty()) {
        section(QCoreApplication::translate("CardExport", "Headers"));
        for (const HeaderInfo &header : card.headers) {
            out += u"  "_s + header.name + u": "_s + header.value + u"  "_s +
                   (header.required ? QCoreApplication::translate("CardExport", "[required]")
                                    : QCoreApplication::translate("CardExport", "[typical]")) +
                   u'\n';
            out += wrap(header.note, 6);
        }
        out += u'\n';
    }

    for (const Snippet &snippet : snippets.generateAll(card)) {
        if (!frameworkId.isEmpty() && snippet.frameworkId != frameworkId)
            continue;
        section(QCoreApplication::translate("CardExport", "Snippet: %1 (%2)").arg(snippet.framework, snippet.platform));
        for (const QString &line : snippet.code.split(u'\n'))
            out += (line.isEmpty() ? QString() : u"  "_s + line) + u'\n';
    }
    while (out.endsWith(u"\n\n"_s))
        out.chop(1);
    return out;
}

QString cardToMarkdown(const Card &card, const SnippetLibrary &snippets)
{
    const auto md = markdownText;
    QString out;
    out += u"## "_s + card.codeText() + u' ' + md(card.phrase) + u' ' + card.emoji + u"\n\n"_s;
    if (card.isPseudo())
        out += u"*"_s + md(registryLabel(card)) + u"*\n\n"_s;
    else
        out += u"*"_s + classKey(card.codeClass()) + u' ' + className(card.codeClass()) + u" · "_s +
               md(registryLabel(card)) + u"*\n\n"_s;
    if (!card.formerPhrases.isEmpty())
        out += md(QCoreApplication::translate("CardExport", "Formerly: %1").arg(card.formerPhrases.join(u", "_s))) +
               u"\n\n"_s;
    out += md(card.summary) + u"\n\n"_s + md(card.definition) + u"\n\n"_s;
    for (const RfcReference &ref : card.rfc) {
        if (!ref.quote.isEmpty())
            out += u"> "_s + md(ref.quote) + u"\n>\n"_s;
        out += u"> — "_s + md(rfcLabel(ref)) + u"\n\n"_s;
    }
    out += u"### "_s + QCoreApplication::translate("CardExport", "Common causes") + u"\n\n"_s;
    for (const QString &cause : card.causes)
        out += u"- "_s + md(cause) + u'\n';
    out += u"\n### "_s + QCoreApplication::translate("CardExport", "Example response") + u"\n\n```"_s +
           (card.isPseudo() ? QString() : u"http"_s) + u'\n' + QString::fromUtf8(card.exampleResponse).remove(u'\r') +
           u"\n```\n\n"_s;
    out += u"### "_s + QCoreApplication::translate("CardExport", "Common misinterpretation") + u"\n\n"_s +
           md(card.misinterpretation) + u"\n\n"_s;
    out += u"### "_s + QCoreApplication::translate("CardExport", "When to use it") + u"\n\n"_s;
    for (const QString &use : card.whenToUse)
        out += u"- "_s + md(use) + u'\n';
    out += u"\n### "_s + QCoreApplication::translate("CardExport", "Confused with") + u"\n\n"_s;
    for (const ConfusedWith &entry : card.confusedWith)
        out += u"- **"_s + QString::number(entry.code) + u"**: "_s + md(entry.difference) + u'\n';
    out += u'\n';
    if (!card.headers.isEmpty()) {
        out += u"### "_s + QCoreApplication::translate("CardExport", "Headers") + u"\n\n"_s;
        for (const HeaderInfo &header : card.headers)
            out += u"- `"_s + header.name + u": "_s + header.value + u"` "_s +
                   (header.required ? QCoreApplication::translate("CardExport", "[required]")
                                    : QCoreApplication::translate("CardExport", "[typical]")) +
                   u": "_s + md(header.note) + u'\n';
        out += u'\n';
    }
    for (const Snippet &snippet : snippets.generateAll(card)) {
        out += u"### "_s + snippet.framework + u" ("_s + snippet.platform + u")\n\n```"_s + snippet.language + u'\n' +
               snippet.code + u"```\n\n"_s;
    }
    return out;
}

QString catalogToMarkdown(const Catalog &catalog, const SnippetLibrary &snippets)
{
    QString out = u"# HTTP status codes\n\n"_s;
    for (const Card &card : catalog.cards())
        out += cardToMarkdown(card, snippets);
    return out;
}

} // namespace statusdeck
