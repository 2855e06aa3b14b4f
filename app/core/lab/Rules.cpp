#include "lab/Rules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace statusdeck::lab {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("statusdeck::lab::RuleBook", text);
}

} // namespace

QJsonObject Rule::toJson() const
{
    return {{u"id"_s, id},       {u"source"_s, source},     {u"section"_s, nullable(section)}, {u"text"_s, text},
            {u"quote"_s, quote}, {u"url"_s, nullable(url)}, {u"card"_s, nullable(card)}};
}

QString Rule::citation() const
{
    if (section.isEmpty())
        return source;
    if (source.startsWith(u"RFC "_s))
        return QCoreApplication::translate("statusdeck::lab::RuleBook", "%1, section %2").arg(source, section);
    return source + u", "_s + section;
}

const RuleBook &RuleBook::builtIn()
{
    static const RuleBook book = [] {
        QStringList files;
        const QDir dir(u":/lab/rules"_s);
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
        return load(files);
    }();
    return book;
}

RuleBook RuleBook::load(const QStringList &files)
{
    RuleBook book;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            book.m_errors.append(tr("%1: cannot be read: %2").arg(path, file.errorString()));
            continue;
        }
        book.add(file.readAll(), path);
    }
    return book;
}

void RuleBook::add(const QByteArray &json, const QString &name)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !document.object().value(u"rules"_s).isArray()) {
        m_errors.append(parseError.error != QJsonParseError::NoError
                            ? tr("%1: not JSON: %2").arg(name, parseError.errorString())
                            : tr("%1: not an object with a \"rules\" array").arg(name));
        return;
    }
    const QJsonArray rules = document.object().value(u"rules"_s).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject object = rules.at(i).toObject();
        Rule rule;
        rule.id = object.value(u"id"_s).toString();
        rule.source = object.value(u"source"_s).toString();
        rule.section = object.value(u"section"_s).toString();
        rule.text = object.value(u"text"_s).toString();
        rule.quote = object.value(u"quote"_s).toBool();
        rule.url = object.value(u"url"_s).toString();
        rule.card = object.value(u"card"_s).toString();
        if (rule.id.isEmpty() || rule.source.isEmpty() || rule.text.isEmpty()) {
            m_errors.append(tr("%1: rule %2 needs an id, a source and a text").arg(name).arg(i + 1));
            continue;
        }
        if (m_rules.contains(rule.id)) {
            m_errors.append(tr("%1: rule %2 is defined twice").arg(name, rule.id));
            continue;
        }
        m_rules.insert(rule.id, rule);
    }
}

const Rule *RuleBook::find(const QString &id) const
{
    const auto it = m_rules.constFind(id);
    return it == m_rules.constEnd() ? nullptr : &it.value();
}

QList<Rule> RuleBook::all() const
{
    QList<Rule> list = m_rules.values();
    std::sort(list.begin(), list.end(), [](const Rule &a, const Rule &b) { return a.id < b.id; });
    return list;
}

} // namespace statusdeck::lab
