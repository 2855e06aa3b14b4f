#include "util/MiniTemplate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

QVariant lookup(const QList<QVariantMap> &stack, const QString &name)
{
    for (auto it = stack.crbegin(); it != stack.crend(); ++it) {
        const auto found = it->constFind(name);
        if (found != it->constEnd())
            return *found;
    }
    return {};
}

bool truthy(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return false;
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::QVariantList)
        return !value.toList().isEmpty();
    return !value.toString().isEmpty();
}

} // namespace

MiniTemplate::MiniTemplate(const QString &source)
{
    qsizetype pos = 0;
    QList<QString> open;
    while (pos < source.size()) {
        const qsizetype start = source.indexOf("{{"_L1, pos);
        if (start < 0) {
            m_tokens.append({Kind::Text, source.mid(pos)});
            break;
        }
        const qsizetype end = source.indexOf("}}"_L1, start + 2);
        if (end < 0) {
            m_error = u"unclosed tag at offset "_s + QString::number(start);
            return;
        }
        const QString tag = source.mid(start + 2, end - start - 2).trimmed();
        qsizetype after = end + 2;
        Kind kind = Kind::Value;
        QString name = tag;
        if (tag.startsWith(u'#') || tag.startsWith(u'^') || tag.startsWith(u'/') || tag.startsWith(u'&')) {
            kind = tag.startsWith(u'#')   ? Kind::Section
                   : tag.startsWith(u'^') ? Kind::Inverted
                   : tag.startsWith(u'/') ? Kind::End
                                          : Kind::RawValue;
            name = tag.mid(1).trimmed();
        }
        qsizetype textEnd = start;
        if (kind == Kind::Section || kind == Kind::Inverted || kind == Kind::End) {
            // Standalone: only whitespace between the previous newline and the tag, and
            // between the tag and the next newline. Then the whole line disappears.
            const qsizetype lineStart = source.lastIndexOf(u'\n', start - 1) + 1;
            const qsizetype lineEnd = source.indexOf(u'\n', after);
            const bool leftBlank = source.mid(lineStart, start - lineStart).trimmed().isEmpty();
            const QString right = source.mid(after, (lineEnd < 0 ? source.size() : lineEnd) - after);
            if (leftBlank && right.trimmed().isEmpty() && lineStart >= pos) {
                textEnd = lineStart;
                after = lineEnd < 0 ? source.size() : lineEnd + 1;
            }
        }
        if (textEnd > pos)
            m_tokens.append({Kind::Text, source.mid(pos, textEnd - pos)});
        if (kind == Kind::Section || kind == Kind::Inverted) {
            open.append(name);
        } else if (kind == Kind::End) {
            if (open.isEmpty() || open.constLast() != name) {
                m_error = u"unexpected {{/"_s + name + u"}}"_s;
                return;
            }
            open.removeLast();
        }
        m_tokens.append({kind, name});
        pos = after;
    }
    if (!open.isEmpty())
        m_error = u"section {{#"_s + open.constLast() + u"}} is not closed"_s;
}

qsizetype MiniTemplate::matchingEnd(qsizetype open) const
{
    int depth = 0;
    for (qsizetype i = open; i < m_tokens.size(); ++i) {
        const Kind kind = m_tokens.at(i).kind;
        if (kind == Kind::Section || kind == Kind::Inverted)
            ++depth;
        else if (kind == Kind::End && --depth == 0)
            return i;
    }
    return m_tokens.size();
}

qsizetype MiniTemplate::renderRange(qsizetype begin, QList<QVariantMap> &stack, const Escape &escape,
                                    const Filters &filters, QString *out) const
{
    qsizetype i = begin;
    while (i < m_tokens.size()) {
        const Token &token = m_tokens.at(i);
        switch (token.kind) {
        case Kind::Text:
            *out += token.text;
            ++i;
            break;
        case Kind::Value:
        case Kind::RawValue: {
            const qsizetype bar = token.text.indexOf(u'|');
            const QString name = bar < 0 ? token.text : token.text.left(bar).trimmed();
            const QString value = lookup(stack, name).toString();
            if (bar >= 0) {
                const auto filter = filters.constFind(token.text.mid(bar + 1).trimmed());
                *out += filter != filters.constEnd() && *filter ? (*filter)(value) : value;
            } else {
                *out += (token.kind == Kind::Value && escape) ? escape(value) : value;
            }
            ++i;
            break;
        }
        case Kind::Section:
        case Kind::Inverted: {
            const qsizetype end = matchingEnd(i);
            const QVariant value = lookup(stack, token.text);
            if (token.kind == Kind::Inverted) {
                if (!truthy(value))
                    renderRange(i + 1, stack, escape, filters, out);
            } else if (value.typeId() == QMetaType::QVariantList) {
                for (const QVariant &item : value.toList()) {
                    stack.append(item.toMap());
                    renderRange(i + 1, stack, escape, filters, out);
                    stack.removeLast();
                }
            } else if (truthy(value)) {
                renderRange(i + 1, stack, escape, filters, out);
            }
            i = end + 1;
            break;
        }
        case Kind::End:
            return i;
        }
    }
    return i;
}

QString MiniTemplate::render(const QVariantMap &context, const Escape &escape, const Filters &filters) const
{
    if (!isValid())
        return {};
    QList<QVariantMap> stack{context};
    QString out;
    renderRange(0, stack, escape, filters, &out);
    return out;
}

} // namespace statusdeck
