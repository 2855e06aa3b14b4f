#include "lab/MatrixFormat.h"

#include "lab/MatrixGrid.h"
#include "lab/Rules.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

// `statusdeck matrix --format json`: apart from MatrixFormat.cpp's text forms.
namespace statusdeck::lab {

namespace {

// The rule behind the profile's decision: {id, source, section, text, quote, url, card}, or null.
QJsonValue ruleJson(const QString &id)
{
    const Rule *rule = id.isEmpty() ? nullptr : RuleBook::builtIn().find(id);
    return rule ? QJsonValue(rule->toJson()) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonArray matrixToJson(const QList<MatrixCell> &cells, const MatrixClient *client)
{
    const QString observed = client && client->profile ? client->profile->observedWith() : QString();
    const QString installed =
        client && client->kind == MatrixClient::Kind::Program ? client->installedVersion : QString();
    QJsonArray array;
    for (const MatrixCell &cell : cells) {
        QJsonArray hops;
        for (const MatrixHop &hop : cell.hops)
            hops.append(QJsonObject{{u"method"_s, methodText(hop.method)},
                                    {u"target"_s, QString::fromLatin1(hop.target)},
                                    {u"status"_s, hop.status},
                                    {u"connection_id"_s, qint64(hop.connectionId)},
                                    {u"body_length"_s, qint64(hop.body.size())}});
        QJsonArray drops;
        for (const HeaderDrop &drop : cell.prediction.drops)
            drops.append(QJsonObject{{u"header"_s, QString::fromLatin1(drop.name)}, {u"rule"_s, ruleJson(drop.rule)}});
        QJsonArray rules;
        for (const QString &id : cellRules(cell))
            rules.append(id);
        QJsonObject prediction;
        if (cell.prediction.stop == StopReason::None && !cell.prediction.next.method.isEmpty()) {
            prediction = {{u"next_method"_s, methodText(cell.prediction.next.method)},
                          {u"body_kept"_s, cell.bodySent && cell.prediction.next.body == grid::requestBody()},
                          {u"headers_dropped"_s, QJsonArray::fromStringList(cell.prediction.headersDropped)},
                          {u"drops"_s, drops},
                          {u"error"_s, QJsonValue::Null}};
        } else if (cell.prediction.stop != StopReason::None) {
            prediction = {{u"next_method"_s, QJsonValue::Null},
                          {u"body_kept"_s, false},
                          {u"headers_dropped"_s, QJsonArray()},
                          {u"error"_s, cell.prediction.explanation}};
        }
        QJsonObject object{
            {u"code"_s, cell.code},
            {u"method"_s, methodText(cell.method)},
            {u"next_method"_s, cell.followed() ? QJsonValue(methodText(cell.nextMethod)) : QJsonValue::Null},
            {u"body_kept"_s, cell.bodyKept},
            {u"headers_dropped"_s, QJsonArray::fromStringList(cell.headersDropped)},
            {u"error"_s, nullable(cell.error)},
            {u"body_sent"_s, cell.bodySent},
            {u"stop"_s, nullable(cell.stop)},
            {u"client_error"_s, nullable(cell.clientError)},
            {u"first_request_repeats"_s, cell.repeats},
            {u"token"_s, cell.token},
            {u"hops"_s, hops},
            {u"prediction"_s, prediction.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(prediction)},
            {u"mismatch"_s, nullable(cell.mismatch)},
            {u"rule"_s, ruleJson(cell.prediction.rule)},
            {u"rules"_s, rules},
            {u"command"_s, nullable(cell.command)},
            {u"version_note"_s, nullable(cell.versionNote)},
        };
        if (client) {
            object.insert(u"observed_with"_s, nullable(observed));
            object.insert(u"installed_version"_s, nullable(installed));
        }
        if (!cell.scope.isEmpty()) {
            object.insert(u"scope"_s, cell.scope);
            object.insert(u"redirect_to"_s, QString::fromLatin1(cell.redirectTo));
            object.insert(u"headers_rule"_s, ruleJson(cell.prediction.headersRule));
        }
        array.append(object);
    }
    return array;
}

} // namespace statusdeck::lab
