#include "guide/Guide.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace statusdeck {

Guide Guide::loadBuiltIn()
{
    const QString path = u":/guide/which-code.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Guide guide;
        guide.m_issues.append({u"which-code.json"_s, {}, file.errorString()});
        return guide;
    }
    return fromJson(file.readAll(), u"which-code.json"_s);
}

Guide Guide::fromJson(const QByteArray &json, const QString &fileName)
{
    Guide guide;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        guide.m_issues.append({fileName,
                               {},
                               QCoreApplication::translate("Guide", "not valid JSON (%1 at offset %2)")
                                   .arg(error.errorString())
                                   .arg(error.offset)});
        return guide;
    }
    const QJsonObject root = document.object();
    const auto fail = [&guide, &fileName](const QString &field, const QString &message) {
        guide.m_issues.append({fileName, field, message});
    };
    guide.m_start = root.value(u"start"_s).toString();
    if (guide.m_start.isEmpty())
        fail(u"start"_s, QCoreApplication::translate("Guide", "must name the first question"));

    for (const QJsonValue &value : root.value(u"questions"_s).toArray()) {
        const QJsonObject object = value.toObject();
        GuideQuestion question{object.value(u"id"_s).toString(), object.value(u"text"_s).toString(), {}};
        if (question.id.isEmpty() || question.text.isEmpty()) {
            fail(u"questions"_s, QCoreApplication::translate("Guide", "every question needs an id and a text"));
            continue;
        }
        for (const QJsonValue &answerValue : object.value(u"answers"_s).toArray()) {
            const QJsonObject answer = answerValue.toObject();
            GuideAnswer parsed{answer.value(u"text"_s).toString(), answer.value(u"next"_s).toString(),
                               answer.value(u"result"_s).toString()};
            if (parsed.text.isEmpty() || parsed.next.isEmpty() == parsed.result.isEmpty()) {
                fail(question.id, QCoreApplication::translate(
                                      "Guide", "every answer needs a text and exactly one of next or result"));
                continue;
            }
            question.answers.append(parsed);
        }
        if (question.answers.size() < 2)
            fail(question.id, QCoreApplication::translate("Guide", "a question needs at least 2 answers"));
        guide.m_questions.append(question);
    }
    for (const QJsonValue &value : root.value(u"results"_s).toArray()) {
        const QJsonObject object = value.toObject();
        const QJsonObject rule = object.value(u"rule"_s).toObject();
        GuideResult result{object.value(u"id"_s).toString(),
                           object.value(u"card"_s).toString(),
                           object.value(u"why"_s).toString(),
                           {rule.value(u"document"_s).toString(), rule.value(u"section"_s).toString(),
                            rule.value(u"quote"_s).toString()}};
        if (result.id.isEmpty() || result.card.isEmpty() || result.why.isEmpty() || result.rule.document.isEmpty()) {
            fail(u"results"_s,
                 QCoreApplication::translate("Guide", "every result needs an id, a card, why and a rule"));
            continue;
        }
        guide.m_results.append(result);
    }
    return guide;
}

const GuideQuestion *Guide::question(const QString &id) const
{
    for (const GuideQuestion &question : m_questions) {
        if (question.id == id)
            return &question;
    }
    return nullptr;
}

const GuideResult *Guide::result(const QString &id) const
{
    for (const GuideResult &result : m_results) {
        if (result.id == id)
            return &result;
    }
    return nullptr;
}

QStringList Guide::check(const Catalog &catalog) const
{
    QStringList problems;
    if (!question(m_start))
        problems.append(u"start question '%1' does not exist"_s.arg(m_start));

    // Walk from the start: every question reachable, no cycle, every answer leads somewhere.
    QSet<QString> reached;
    QSet<QString> usedResults;
    QStringList path;
    const std::function<void(const QString &)> walk = [&](const QString &id) {
        if (path.contains(id)) {
            problems.append(u"cycle: %1 -> %2"_s.arg(path.join(u" -> "_s), id));
            return;
        }
        const GuideQuestion *q = question(id);
        if (!q)
            return;
        if (reached.contains(id))
            return;
        reached.insert(id);
        path.append(id);
        for (const GuideAnswer &answer : q->answers) {
            if (!answer.next.isEmpty()) {
                if (!question(answer.next))
                    problems.append(
                        u"%1: answer '%2' leads to a missing question '%3'"_s.arg(id, answer.text, answer.next));
                walk(answer.next);
            } else if (!result(answer.result)) {
                problems.append(
                    u"%1: answer '%2' leads to a missing result '%3'"_s.arg(id, answer.text, answer.result));
            } else {
                usedResults.insert(answer.result);
            }
        }
        path.removeLast();
    };
    walk(m_start);
    for (const GuideQuestion &q : m_questions) {
        if (!reached.contains(q.id))
            problems.append(u"question '%1' cannot be reached from the start"_s.arg(q.id));
    }
    for (const GuideResult &r : m_results) {
        if (!usedResults.contains(r.id))
            problems.append(u"result '%1' is never reached"_s.arg(r.id));
        const Card *card = catalog.findById(r.card);
        if (!card) {
            problems.append(u"result '%1': no card '%2'"_s.arg(r.id, r.card));
            continue;
        }
        const bool quotedByCard = std::any_of(card->rfc.begin(), card->rfc.end(), [&r](const RfcReference &ref) {
            return ref.document == r.rule.document && ref.section == r.rule.section && !ref.quote.isEmpty();
        });
        if (!quotedByCard && r.rule.quote.isEmpty())
            problems.append(u"result '%1': card %2 does not quote %3 section %4, and the result has no quote"_s.arg(
                r.id, r.card, r.rule.document, r.rule.section));
    }
    return problems;
}

} // namespace statusdeck
