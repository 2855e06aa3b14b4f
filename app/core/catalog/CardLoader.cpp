#include "catalog/CardLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace statusdeck {

QString LoadIssue::toString() const
{
    if (field.isEmpty())
        return file + u": "_s + message;
    return file + u": field '"_s + field + u"': "_s + message;
}

namespace {

// A header name or value a card gives is sent as it is by the sandbox (/status/N): CR or LF
// in it would split the response, NUL and the other controls are invalid in a field (RFC
// 9110, section 5.5). HTAB is allowed in values.
bool hasControlCharacter(const QString &text, bool allowTab)
{
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && !(allowTab && c == u'\t')) || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// Collects the problems of one file so that every missing field is reported at once.
class Reader
{
public:
    Reader(const QJsonObject &object, QString fileName, QList<LoadIssue> *issues)
        : m_object(object)
        , m_fileName(std::move(fileName))
        , m_issues(issues)
    {}

    bool ok() const { return m_ok; }

    void fail(const QString &field, const QString &message)
    {
        m_ok = false;
        if (m_issues)
            m_issues->append({m_fileName, field, message});
    }

    QJsonValue require(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            fail(field, QCoreApplication::translate("CardLoader", "missing"));
        return value;
    }

    QString string(const QString &field, bool allowEmpty = false)
    {
        const QJsonValue value = require(field);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            fail(field, QCoreApplication::translate("CardLoader", "must be a string"));
            return {};
        }
        if (!allowEmpty && value.toString().trimmed().isEmpty())
            fail(field, QCoreApplication::translate("CardLoader", "must not be empty"));
        return value.toString();
    }

    // A long text may be written as an array of lines for readability.
    static std::optional<QString> text(const QJsonValue &value)
    {
        if (value.isString())
            return value.toString();
        if (!value.isArray())
            return std::nullopt;
        QStringList lines;
        for (const QJsonValue &line : value.toArray()) {
            if (!line.isString())
                return std::nullopt;
            lines.append(line.toString());
        }
        return lines.join(u'\n');
    }

    QStringList stringList(const QString &field, int minimum)
    {
        const QJsonValue value = require(field);
        if (value.isUndefined())
            return {};
        QStringList result;
        if (!value.isArray()) {
            fail(field, QCoreApplication::translate("CardLoader", "must be a list of strings"));
            return {};
        }
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(field, QCoreApplication::translate("CardLoader", "every entry must be a non-empty string"));
                return {};
            }
            result.append(item.toString());
        }
        if (result.size() < minimum)
            fail(field, QCoreApplication::translate("CardLoader", "needs at least %1 entries").arg(minimum));
        return result;
    }

    QJsonArray array(const QString &field)
    {
        const QJsonValue value = require(field);
        if (!value.isUndefined() && !value.isArray())
            fail(field, QCoreApplication::translate("CardLoader", "must be a list"));
        return value.toArray();
    }

private:
    QJsonObject m_object;
    QString m_fileName;
    QList<LoadIssue> *m_issues;
    bool m_ok = true;
};

QByteArray rawExample(const QStringList &lines, bool *ok)
{
    // Header section ends at the first empty line; it is sent with CRLF line ends.
    // Everything after it is the content, joined with LF as a writer typed it.
    const qsizetype blank = lines.indexOf(QString());
    if (blank < 1) {
        *ok = false;
        return {};
    }
    *ok = true;
    QByteArray raw;
    for (qsizetype i = 0; i < blank; ++i)
        raw += lines.at(i).toUtf8() + "\r\n";
    raw += "\r\n";
    raw += lines.mid(blank + 1).join(u'\n').toUtf8();
    return raw;
}

} // namespace

QList<DataFile> readJsonFiles(const QString &directory, QList<LoadIssue> *issues)
{
    QList<DataFile> files;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            if (issues)
                issues->append({name, {}, file.errorString()});
            continue;
        }
        files.append({name, file.readAll()});
    }
    return files;
}

std::optional<Card> parseCard(const QByteArray &json, const QString &fileName, QList<LoadIssue> *issues)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        if (issues)
            issues->append({fileName,
                            {},
                            QCoreApplication::translate("CardLoader", "not valid JSON (%1 at offset %2)")
                                .arg(error.errorString())
                                .arg(error.offset)});
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (issues)
            issues->append({fileName, {}, QCoreApplication::translate("CardLoader", "must be a JSON object")});
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    Reader r(object, fileName, issues);
    Card card;
    card.sourceFile = fileName;

    const QString registry = r.string(u"registry"_s);
    if (const auto parsed = registryFromName(registry))
        card.registry = *parsed;
    else if (!registry.isEmpty())
        r.fail(u"registry"_s,
               QCoreApplication::translate("CardLoader",
                                           "must be one of standard, temporary, unused, obsolete, unofficial, pseudo"));
    const bool pseudo = card.registry == Registry::Pseudo;

    const QJsonValue code = r.require(u"code"_s);
    if (!code.isUndefined()) {
        const bool whole = code.isDouble() && code.toDouble() == code.toInt();
        if (pseudo && (!whole || code.toInt() != 0))
            r.fail(u"code"_s, QCoreApplication::translate("CardLoader", "must be 0 for a pseudo-code"));
        else if (!pseudo && (!whole || code.toInt() < 100 || code.toInt() > 999))
            r.fail(u"code"_s, QCoreApplication::translate("CardLoader", "must be a whole number from 100 to 999"));
        card.code = code.toInt();
    }
    // A pseudo-code may be written with more digits than its value ("000"); nothing else may.
    const QJsonValue written = object.value(u"code_text"_s);
    if (!written.isUndefined()) {
        static const QRegularExpression zeros(u"^0+$"_s);
        if (!pseudo || !written.isString() || !zeros.match(written.toString()).hasMatch())
            r.fail(u"code_text"_s,
                   QCoreApplication::translate("CardLoader", "only a pseudo-code has one, written as zeros (\"000\")"));
        else if (written.toString() != QString::number(card.code))
            card.writtenCode = written.toString();
    }
    card.phrase = r.string(u"phrase"_s);
    card.formerPhrases = r.stringList(u"former_phrases"_s, 0);
    if (object.contains(u"keywords"_s))
        card.keywords = r.stringList(u"keywords"_s, 0);
    card.vendor = r.string(u"vendor"_s, true);
    const bool needsVendor = card.registry == Registry::Unofficial || pseudo;
    if (needsVendor != !card.vendor.isEmpty())
        r.fail(u"vendor"_s,
               QCoreApplication::translate("CardLoader", "must name the vendor or tool for an "
                                                         "unofficial or pseudo-code and be empty otherwise"));
    card.emoji = r.string(u"emoji"_s);
    card.summary = r.string(u"summary"_s);
    card.definition = r.string(u"definition"_s);

    const QJsonArray rfc = r.array(u"rfc"_s);
    if (rfc.isEmpty() && object.contains(u"rfc"_s))
        r.fail(u"rfc"_s, QCoreApplication::translate("CardLoader", "needs at least one reference"));
    for (const QJsonValue &item : rfc) {
        const QJsonObject ref = item.toObject();
        if (!ref.value(u"document"_s).isString() || ref.value(u"document"_s).toString().isEmpty() ||
            !ref.value(u"section"_s).isString() || !ref.value(u"quote"_s).isString()) {
            r.fail(u"rfc"_s, QCoreApplication::translate("CardLoader",
                                                         "every reference needs document, section and quote strings"));
            continue;
        }
        card.rfc.append({ref.value(u"document"_s).toString(), ref.value(u"section"_s).toString(),
                         ref.value(u"quote"_s).toString()});
    }

    card.causes = r.stringList(u"causes"_s, 2);

    // Lines may be empty (the separator), so they are not read as a list of non-empty strings.
    const QJsonValue exampleValue = r.require(u"example_response"_s);
    if (!exampleValue.isUndefined() && !exampleValue.isArray()) {
        r.fail(u"example_response"_s, QCoreApplication::translate("CardLoader", "must be a list of lines"));
    } else if (exampleValue.isArray()) {
        QStringList lines;
        for (const QJsonValue &line : exampleValue.toArray())
            lines.append(line.toString());
        bool ok = false;
        if (pseudo) {
            // No response arrived: the example is what the tool shows instead, as plain text.
            ok = !lines.isEmpty();
            card.exampleResponse = lines.join(u'\n').toUtf8();
        } else {
            card.exampleResponse = rawExample(lines, &ok);
        }
        if (!ok && pseudo)
            r.fail(u"example_response"_s,
                   QCoreApplication::translate("CardLoader", "needs at least one line of what the tool shows"));
        else if (!ok)
            r.fail(u"example_response"_s,
                   QCoreApplication::translate("CardLoader", "needs a status line, headers and an empty line"));
    }

    card.exampleStatus = object.value(u"example_status"_s).toInt(card.code);

    card.misinterpretation = r.string(u"misinterpretation"_s);
    card.whenToUse = r.stringList(u"when_to_use"_s, 2);

    const QJsonArray confused = r.array(u"confused_with"_s);
    if (confused.isEmpty() && object.contains(u"confused_with"_s))
        r.fail(u"confused_with"_s, QCoreApplication::translate("CardLoader", "needs at least one code"));
    for (const QJsonValue &item : confused) {
        const QJsonObject entry = item.toObject();
        if (!entry.value(u"code"_s).isDouble() || entry.value(u"difference"_s).toString().isEmpty()) {
            r.fail(u"confused_with"_s,
                   QCoreApplication::translate("CardLoader", "every entry needs a code and a difference"));
            continue;
        }
        card.confusedWith.append({entry.value(u"code"_s).toInt(), entry.value(u"difference"_s).toString()});
    }

    const QJsonValue cacheable = r.require(u"heuristically_cacheable"_s);
    if (!cacheable.isUndefined() && !cacheable.isBool())
        r.fail(u"heuristically_cacheable"_s, QCoreApplication::translate("CardLoader", "must be true or false"));
    card.heuristicallyCacheable = cacheable.toBool();

    const QJsonValue redirect = r.require(u"redirect"_s);
    const bool isRedirect =
        card.code == 301 || card.code == 302 || card.code == 303 || card.code == 307 || card.code == 308;
    if (redirect.isObject()) {
        const QJsonObject info = redirect.toObject();
        const auto method = redirectMethodFromName(info.value(u"method"_s).toString());
        if (!info.value(u"permanent"_s).isBool() || !method)
            r.fail(u"redirect"_s,
                   QCoreApplication::translate("CardLoader", "needs permanent (true or false) and method "
                                                             "(preserved, post-may-become-get or becomes-get)"));
        else
            card.redirect = RedirectInfo{info.value(u"permanent"_s).toBool(), *method};
    } else if (!redirect.isUndefined() && !redirect.isNull()) {
        r.fail(u"redirect"_s, QCoreApplication::translate("CardLoader", "must be an object or null"));
    }
    if (isRedirect && card.registry != Registry::Unofficial && !redirect.isUndefined() && !card.redirect)
        r.fail(u"redirect"_s, QCoreApplication::translate("CardLoader", "is required for 301, 302, 303, 307 and 308"));

    for (const QJsonValue &item : r.array(u"headers"_s)) {
        const QJsonObject header = item.toObject();
        if (header.value(u"name"_s).toString().isEmpty() || !header.value(u"value"_s).isString() ||
            !header.value(u"required"_s).isBool() || header.value(u"note"_s).toString().isEmpty()) {
            r.fail(u"headers"_s,
                   QCoreApplication::translate("CardLoader", "every header needs name, value, required and note"));
            continue;
        }
        if (hasControlCharacter(header.value(u"name"_s).toString(), false) ||
            hasControlCharacter(header.value(u"value"_s).toString(), true)) {
            r.fail(u"headers"_s,
                   QCoreApplication::translate("CardLoader", "header '%1' contains a control character (CR, LF, NUL "
                                                             "or another one but tab)")
                       .arg(header.value(u"name"_s).toString().simplified()));
            continue;
        }
        card.headers.append({header.value(u"name"_s).toString(), header.value(u"value"_s).toString(),
                             header.value(u"required"_s).toBool(), header.value(u"note"_s).toString()});
    }

    const QJsonValue snippet = object.value(u"snippet"_s);
    if (snippet.isObject()) {
        card.snippetBody = snippet.toObject().value(u"body"_s).toString();
        card.snippetContentType = snippet.toObject().value(u"content_type"_s).toString();
        card.snippetWireNote = snippet.toObject().value(u"wire_note"_s).toString();
        const QJsonObject wire = snippet.toObject().value(u"wire_status"_s).toObject();
        for (auto it = wire.constBegin(); it != wire.constEnd(); ++it) {
            const int status = it.value().toInt(-1);
            if (status != 0 && (status < 100 || status > 999))
                r.fail(u"snippet"_s, QCoreApplication::translate("CardLoader", "wire_status for %1 must be 0 or a "
                                                                               "status from 100 to 999")
                                         .arg(it.key()));
            else
                card.snippetWireStatus.insert(it.key(), status);
        }
        if (card.forbidsContent() && !card.snippetBody.isEmpty())
            r.fail(u"snippet"_s,
                   QCoreApplication::translate("CardLoader", "must not have a body for 1xx, 204 and 304"));
    } else if (!snippet.isUndefined() && !snippet.isNull()) {
        r.fail(u"snippet"_s, QCoreApplication::translate("CardLoader", "must be an object"));
    }
    if (card.snippetContentType.isEmpty())
        card.snippetContentType = u"text/plain; charset=utf-8"_s;

    const QJsonObject overrides = object.value(u"snippet_overrides"_s).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const auto snippetCode = Reader::text(it.value());
        if (!snippetCode)
            r.fail(u"snippet_overrides"_s,
                   QCoreApplication::translate("CardLoader", "'%1' must be a string or a list of lines").arg(it.key()));
        else
            card.snippetOverrides.insert(it.key(), *snippetCode);
    }

    if (!r.ok())
        return std::nullopt;
    return card;
}

} // namespace statusdeck
