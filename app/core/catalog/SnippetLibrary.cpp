#include "catalog/SnippetLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

QString escapeFor(const QString &style, const QString &value)
{
    if (style == "none"_L1)
        return value;
    // "single" and "double" quote for most languages. Three more, for double-quoted
    // strings that interpolate or are read again: "php" ($ starts a variable), "ruby"
    // (#{, #@ and #$ interpolate), "apache" (mod_headers reads % as a format tag).
    const bool php = style == "php"_L1;
    const bool ruby = style == "ruby"_L1;
    const bool apache = style == "apache"_L1;
    const QChar quote = style == "double"_L1 || php || ruby || apache ? u'"' : u'\'';
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const QChar next = i + 1 < value.size() ? value.at(i + 1) : QChar();
        if (c == u'\\' || c == quote || (php && c == u'$') ||
            (ruby && c == u'#' && (next == u'{' || next == u'@' || next == u'$')))
            out += u'\\';
        if (c == u'\n')
            out += u"\\n"_s;
        else if (apache && c == u'%')
            out += u"%%"_s;
        else
            out += c;
    }
    return out;
}

// For a shell word in single quotes: {{value|sh}}.
QString shellQuoted(const QString &value)
{
    return QString(value).replace(u"'"_s, u"'\\''"_s);
}

// For printf '%b' '...' in single quotes, all on one line: {{body|printf_b}}.
QString printfB(const QString &value)
{
    return shellQuoted(QString(value).replace(u"\\"_s, u"\\\\"_s).replace(u"\n"_s, u"\\n"_s));
}

// Splits prose into lines of at most width characters, for comments.
QVariantList wrapped(const QString &text, qsizetype width)
{
    QVariantList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(QVariantMap{{u"line"_s, line}});
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        lines.append(QVariantMap{{u"line"_s, line}});
    return lines;
}

} // namespace

SnippetLibrary SnippetLibrary::loadBuiltIn()
{
    SnippetLibrary library;
    library.loadFiles(u":/snippets"_s);
    return library;
}

SnippetLibrary SnippetLibrary::loadFromDirectory(const QString &directory)
{
    SnippetLibrary library;
    library.loadFiles(directory);
    return library;
}

void SnippetLibrary::loadFiles(const QString &directory)
{
    for (const DataFile &file : readJsonFiles(directory, &m_issues)) {
        const QString &name = file.name;
        const QJsonObject object = QJsonDocument::fromJson(file.bytes).object();
        SnippetTemplate t;
        t.id = object.value(u"id"_s).toString();
        t.framework = object.value(u"framework"_s).toString();
        t.platform = object.value(u"platform"_s).toString();
        t.language = object.value(u"language"_s).toString();
        t.escape = object.value(u"escape"_s).toString(u"single"_s);
        t.order = object.value(u"order"_s).toInt(1000);
        t.verification = object.value(u"verification"_s).toString();
        t.note = object.value(u"note"_s).toString();
        QStringList lines;
        for (const QJsonValue &line : object.value(u"template"_s).toArray())
            lines.append(line.toString());
        t.source = lines.join(u'\n') + u'\n';
        if (t.id.isEmpty() || t.framework.isEmpty() || t.language.isEmpty() || lines.isEmpty()) {
            m_issues.append({name, {}, u"needs id, framework, language and template"_s});
            continue;
        }
        if (const MiniTemplate parsed(t.source); !parsed.isValid()) {
            m_issues.append({name, u"template"_s, parsed.error()});
            continue;
        }
        m_templates.append(t);
    }
    // The chooser's order is the templates' own "order": the most used frameworks first.
    std::stable_sort(m_templates.begin(), m_templates.end(),
                     [](const auto &a, const auto &b) { return a.order < b.order; });
}

const SnippetTemplate *SnippetLibrary::findTemplate(const QString &id) const
{
    for (const SnippetTemplate &t : m_templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QVariantMap SnippetLibrary::context(const Card &card)
{
    const bool hasBody = !card.forbidsContent() && !card.snippetBody.isEmpty();
    QVariantList headers;
    QVariantList extraHeaders;
    bool hasContentType = false;
    for (const HeaderInfo &header : card.headers) {
        // Every server writes Date and the framing itself; a fixed copy would be a duplicate.
        if (header.name.compare("Date"_L1, Qt::CaseInsensitive) == 0 ||
            header.name.compare("Content-Length"_L1, Qt::CaseInsensitive) == 0)
            continue;
        // A server closes the connection its own way; "Connection: close" is how a snippet asks.
        const bool connectionClose = header.name.compare("Connection"_L1, Qt::CaseInsensitive) == 0 &&
                                     header.value.compare("close"_L1, Qt::CaseInsensitive) == 0;
        // What WSGI calls hop-by-hop (PEP 3333): an application must not set it.
        static const QStringList hopByHop{u"connection"_s,          u"keep-alive"_s, u"proxy-authenticate"_s,
                                          u"proxy-authorization"_s, u"te"_s,         u"trailers"_s,
                                          u"transfer-encoding"_s,   u"upgrade"_s};
        const QVariantMap entry{{u"name"_s, header.name},
                                {u"lower_name"_s, header.name.toLower()},
                                {u"value"_s, header.value},
                                {u"connection_close"_s, connectionClose},
                                {u"hop_by_hop"_s, hopByHop.contains(header.name.toLower())}};
        headers.append(entry);
        // Only a 3xx's Location is a redirect target; a 201's or 202's is an ordinary header.
        const bool isLocation = card.codeClass() == 3 && header.name.compare("Location"_L1, Qt::CaseInsensitive) == 0;
        const bool isContentType = header.name.compare("Content-Type"_L1, Qt::CaseInsensitive) == 0;
        hasContentType = hasContentType || isContentType;
        if (!isLocation && !isContentType)
            extraHeaders.append(entry);
    }
    if (hasBody && !hasContentType)
        headers.append(QVariantMap{{u"name"_s, u"Content-Type"_s}, {u"value"_s, card.snippetContentType}});

    QString etag;
    for (const HeaderInfo &header : card.headers) {
        if (header.name.compare("ETag"_L1, Qt::CaseInsensitive) == 0)
            etag = header.value;
    }
    // The status that goes on the wire: a registered code that only occurs inside another
    // response (208 in a 207's body) is sent as that response; a vendor's code is sent as
    // it is, with the card's note on what the vendor's own software sends.
    const int status = card.vendor.isEmpty() ? card.exampleStatus : card.code;
    QVariantList bodyLines;
    if (hasBody) {
        for (const QString &line : card.snippetBody.split(u'\n'))
            bodyLines.append(QVariantMap{{u"line"_s, line}});
    }

    return {
        {u"code"_s, QString::number(card.code)},
        {u"status"_s, QString::number(status)},
        {u"inside"_s, status != card.code},
        {u"wire_note"_s, wrapped(card.snippetWireNote, 76)},
        // A 304 answers a conditional GET or HEAD whose validator matched: the snippet checks.
        {u"conditional"_s, card.code == 304 && !etag.isEmpty()},
        {u"etag"_s, etag},
        {u"processing"_s, card.code == 102},
        {u"early_hints"_s, card.code == 103},
        {u"expect_continue"_s, card.code == 100},
        {u"upgrade"_s, card.code == 101},
        {u"reset_content"_s, card.code == 205},
        {u"other_interim"_s, card.code >= 102 && card.code < 200},
        {u"phrase"_s, card.phrase},
        {u"redirect_location"_s, card.codeClass() == 3 ? card.location() : QString()},
        // The codes frameworks' redirect helpers know; other 3xx set Location themselves.
        {u"standard_redirect"_s, QList<int>{301, 302, 303, 307, 308}.contains(card.code) && !card.location().isEmpty()},
        {u"headers"_s, headers},
        // For templates that must leave out an empty header list (an empty array has no type in Rust).
        {u"has_headers"_s, !headers.isEmpty()},
        {u"extra_headers"_s, extraHeaders},
        {u"body"_s, hasBody ? card.snippetBody : QString()},
        // A body of several lines, line by line, for templates that write it as joined lines
        // rather than one long string with \n in it.
        {u"multiline_body"_s, hasBody && card.snippetBody.contains(u'\n')},
        {u"body_lines"_s, bodyLines},
        {u"content_type"_s, card.snippetContentType},
        {u"no_content"_s, card.forbidsContent()},
        {u"informational"_s, card.codeClass() == 1},
        {u"success"_s, card.codeClass() == 2},
    };
}

Snippet SnippetLibrary::generate(const Card &card, const SnippetTemplate &snippetTemplate) const
{
    Snippet snippet{
        snippetTemplate.id, snippetTemplate.framework, snippetTemplate.platform, snippetTemplate.language, {}};
    if (const auto it = card.snippetOverrides.constFind(snippetTemplate.id); it != card.snippetOverrides.constEnd()) {
        snippet.code = *it;
        if (!snippet.code.endsWith(u'\n'))
            snippet.code += u'\n';
        return snippet;
    }
    if (card.isPseudo())
        return snippet; // no server sends a pseudo-code: nothing to generate unless the card gives it
    const MiniTemplate parsed(snippetTemplate.source);
    const QString style = snippetTemplate.escape;
    static const MiniTemplate::Filters filters{{u"sh"_s, shellQuoted}, {u"printf_b"_s, printfB}};
    QVariantMap values = context(card);
    // What this template's side of the wire sees when it differs from the code: curl against a
    // real nginx sees a 400 for 494, and no answer at all (0) for 444.
    const int wire = card.snippetWireStatus.value(snippetTemplate.id, values.value(u"status"_s).toInt());
    values.insert(u"wire_status"_s, QString::number(wire));
    values.insert(u"wire_differs"_s, wire != values.value(u"status"_s).toInt());
    values.insert(u"empty_reply"_s, wire == 0);
    snippet.code = parsed.render(
        values, [style](const QString &value) { return escapeFor(style, value); }, filters);
    return snippet;
}

QList<Snippet> SnippetLibrary::generateAll(const Card &card) const
{
    QList<Snippet> result;
    for (const SnippetTemplate &t : m_templates) {
        Snippet snippet = generate(card, t);
        if (!snippet.code.isEmpty())
            result.append(std::move(snippet));
    }
    return result;
}

} // namespace statusdeck
