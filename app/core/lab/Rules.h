#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace statusdeck::lab {

// The rule behind a redirect decision: a step of the Fetch standard, a sentence of an RFC, or a
// client's documented behaviour. Rules are data (resources/lab/rules/*.json); every profile
// decision names one by id, and the lab shows it beside the cell and the hop.
struct Rule {
    QString id;         // "fetch.post-to-get"
    QString source;     // "RFC 9110", "Fetch standard", "curl"
    QString section;    // "15.4.4", "4.4 HTTP-redirect fetch, step 12", "--post301"
    QString text;       // the rule itself
    bool quote = false; // text is the source's words, verbatim (checked against ../shared/rfc for RFCs)
    QString url;        // where to read it
    QString card;       // the card that explains the code ("303"), may be empty

    // {"id", "source", "section", "text", "quote", "url", "card"}: empty url and card are null.
    QJsonObject toJson() const;
    // "RFC 9110, section 15.4.4" / "Fetch standard, 4.4 HTTP-redirect fetch, step 12".
    QString citation() const;
};

// Every rule of a set of rule files, by id.
class RuleBook
{
public:
    // The built-in rules (every :/lab/rules/*.json), loaded once.
    static const RuleBook &builtIn();

    // Reads each file; a file that does not parse, a rule without id, source or text, and an id
    // given twice are reported in errors() and skipped, the rest still loads.
    static RuleBook load(const QStringList &files);
    // One document, named name in messages.
    void add(const QByteArray &json, const QString &name);

    const Rule *find(const QString &id) const;
    QList<Rule> all() const; // sorted by id
    QStringList errors() const { return m_errors; }

private:
    QHash<QString, Rule> m_rules;
    QStringList m_errors;
};

} // namespace statusdeck::lab
