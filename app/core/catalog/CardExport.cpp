#include "catalog/CardExport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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
        {u"code"_s, card.code},
        {u"phrase"_s, card.phrase},
        {u"former_phrases"_s, toArray(card.formerPhrases)},
        {u"class"_s, classKey(card.codeClass())},
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
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString cardListLine(const Card &card)
{
    QString line = QString::number(card.code) + u"  "_s + card.phrase;
    QString status = registryName(card.registry);
    if (!card.vendor.isEmpty())
        status += u" ("_s + card.vendor + u')';
    return line.leftJustified(48) + u"  "_s + status;
}

QString cardToText(const Card &card, const SnippetLibrary &snippets, const QString &frameworkId)
{
    QString out;
    const QString title = QString::number(card.code) + u' ' + card.phrase + u"  "_s + card.emoji;
    out += title + u'\n';
    out += QString(title.size(), u'=') + u'\n';
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
    QString out;
    out += u"## "_s + QString::number(card.code) + u' ' + card.phrase + u' ' + card.emoji + u"\n\n"_s;
    out += u"*"_s + classKey(card.codeClass()) + u' ' + className(card.codeClass()) + u" · "_s + registryLabel(card) +
           u"*\n\n"_s;
    if (!card.formerPhrases.isEmpty())
        out +=
            QCoreApplication::translate("CardExport", "Formerly: %1").arg(card.formerPhrases.join(u", "_s)) + u"\n\n"_s;
    out += card.summary + u"\n\n"_s + card.definition + u"\n\n"_s;
    for (const RfcReference &ref : card.rfc) {
        if (!ref.quote.isEmpty())
            out += u"> "_s + ref.quote + u"\n>\n"_s;
        out += u"> — "_s + rfcLabel(ref) + u"\n\n"_s;
    }
    out += u"### "_s + QCoreApplication::translate("CardExport", "Common causes") + u"\n\n"_s;
    for (const QString &cause : card.causes)
        out += u"- "_s + cause + u'\n';
    out += u"\n### "_s + QCoreApplication::translate("CardExport", "Example response") + u"\n\n```http\n"_s +
           QString::fromUtf8(card.exampleResponse).remove(u'\r') + u"\n```\n\n"_s;
    out += u"### "_s + QCoreApplication::translate("CardExport", "Common misinterpretation") + u"\n\n"_s +
           card.misinterpretation + u"\n\n"_s;
    out += u"### "_s + QCoreApplication::translate("CardExport", "When to use it") + u"\n\n"_s;
    for (const QString &use : card.whenToUse)
        out += u"- "_s + use + u'\n';
    out += u"\n### "_s + QCoreApplication::translate("CardExport", "Confused with") + u"\n\n"_s;
    for (const ConfusedWith &entry : card.confusedWith)
        out += u"- **"_s + QString::number(entry.code) + u"**: "_s + entry.difference + u'\n';
    out += u'\n';
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
