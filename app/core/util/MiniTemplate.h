#pragma once

#include <QMap>
#include <QString>
#include <QVariant>

#include <functional>

namespace statusdeck {

// A small logic-less template language (a subset of Mustache) for code snippets:
//   {{name}}               value, passed through the escape function
//   {{&name}}              value, unescaped
//   {{name|filter}}        value, through the named filter instead of the escape function
//   {{#name}}..{{/name}}   once if name is true or a non-empty string, once per item if a list
//   {{^name}}..{{/name}}   once if name is false, empty or missing
// A section tag alone on its line removes that whole line, so templates stay readable.
// Names resolve in the innermost list item first, then outward.
class MiniTemplate
{
public:
    using Escape = std::function<QString(const QString &)>;
    using Filters = QMap<QString, Escape>;

    explicit MiniTemplate(const QString &source);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // An unknown filter leaves the value as it is.
    QString render(const QVariantMap &context, const Escape &escape = {}, const Filters &filters = {}) const;

private:
    enum class Kind { Text, Value, RawValue, Section, Inverted, End };
    struct Token {
        Kind kind;
        QString text;
    };

    qsizetype renderRange(qsizetype begin, QList<QVariantMap> &stack, const Escape &escape, const Filters &filters,
                          QString *out) const;
    qsizetype matchingEnd(qsizetype open) const;

    QList<Token> m_tokens;
    QString m_error;
};

} // namespace statusdeck
