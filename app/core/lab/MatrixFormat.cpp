#include "lab/MatrixFormat.h"

#include "lab/MatrixGrid.h"
#include "lab/Rules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// Translations keep the context these strings had in RedirectMatrix.cpp.
namespace statusdeck::lab {

namespace {

QString methodText(const QByteArray &method)
{
    return QString::fromLatin1(method);
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

CellKind cellKind(const MatrixCell &cell)
{
    if (!cell.finished)
        return CellKind::Pending;
    if (!cell.followed())
        return CellKind::NotFollowed;
    if (cell.nextMethod != cell.method)
        return CellKind::MethodChanged;
    if (cell.bodySent && !cell.bodyKept)
        return CellKind::BodyDropped;
    return CellKind::Kept;
}

QString cellSummary(const MatrixCell &cell)
{
    switch (cellKind(cell)) {
    case CellKind::Pending:
        return QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "...");
    case CellKind::NotFollowed:
        if (cell.stop == "not-possible"_L1)
            return cell.error; // a row the client cannot send at all ("not possible with a form")
        return QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "not followed: %1")
            .arg(cell.stop.isEmpty() ? cell.error : cell.stop);
    default:
        break;
    }
    QString text = methodText(cell.nextMethod);
    if (cell.bodySent)
        text += cell.bodyKept ? QCoreApplication::translate("statusdeck::lab::RedirectMatrix", ", kept")
                              : QCoreApplication::translate("statusdeck::lab::RedirectMatrix", ", body dropped");
    return text;
}

QString cellLabel(const MatrixCell &cell)
{
    QString text;
    switch (cellKind(cell)) {
    case CellKind::Pending:
        return QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "...");
    case CellKind::NotFollowed:
        if (cell.stop == "not-possible"_L1) {
            text = cell.error;
            break;
        }
        text = QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "not followed");
        if (!cell.error.isEmpty())
            text += u"\n"_s + cell.error.left(60);
        break;
    default:
        text = methodText(cell.nextMethod);
        if (cell.bodySent)
            text += cell.bodyKept ? QCoreApplication::translate("statusdeck::lab::RedirectMatrix", ", body kept")
                                  : QCoreApplication::translate("statusdeck::lab::RedirectMatrix", ", body dropped");
        if (!cell.headersDropped.isEmpty())
            text += u"\n−"_s + cell.headersDropped.join(u", −"_s);
        break;
    }
    if (!cell.mismatch.isEmpty())
        text.prepend(u"⚠ "_s);
    return text;
}

QString cellToolTip(const MatrixCell &cell)
{
    return cell.mismatch.isEmpty() ? cell.prediction.explanation
                                   : cell.mismatch + u"\n\n"_s + cell.prediction.explanation;
}

namespace {

// The rule behind the profile's decision: {id, source, section, text, quote, url, card}, or null.
QJsonValue ruleJson(const QString &id)
{
    const Rule *rule = id.isEmpty() ? nullptr : RuleBook::builtIn().find(id);
    return rule ? QJsonValue(rule->toJson()) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonArray matrixToJson(const QList<MatrixCell> &cells)
{
    QJsonArray array;
    for (const MatrixCell &cell : cells) {
        QJsonArray hops;
        for (const MatrixHop &hop : cell.hops)
            hops.append(QJsonObject{{u"method"_s, methodText(hop.method)},
                                    {u"target"_s, QString::fromLatin1(hop.target)},
                                    {u"status"_s, hop.status},
                                    {u"connection_id"_s, qint64(hop.connectionId)},
                                    {u"body_length"_s, qint64(hop.body.size())}});
        QJsonObject prediction;
        if (cell.prediction.stop == StopReason::None && !cell.prediction.next.method.isEmpty()) {
            prediction = {{u"next_method"_s, methodText(cell.prediction.next.method)},
                          {u"body_kept"_s, cell.bodySent && cell.prediction.next.body == grid::requestBody()},
                          {u"headers_dropped"_s, QJsonArray::fromStringList(cell.prediction.headersDropped)},
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
            {u"command"_s, nullable(cell.command)},
        };
        array.append(object);
    }
    return array;
}

QString matrixToText(const MatrixClient &client, const QList<MatrixCell> &cells)
{
    constexpr qsizetype kRowHeader = 9;
    constexpr qsizetype kMaxCell = 30;
    QStringList notes;
    QStringList headerNotes;
    QHash<int, QString> texts;
    qsizetype width = 8;
    for (int i = 0; i < cells.size(); ++i) {
        const MatrixCell &cell = cells.at(i);
        const QString where = u"%1 %2"_s.arg(methodText(cell.method)).arg(cell.code);
        QString text = cellSummary(cell);
        if (text.size() > kMaxCell)
            text = text.left(kMaxCell - 1) + u"\u2026"_s;
        if (!cell.followed() && cell.stop != "not-possible"_L1)
            notes.append(u"  %1: %2"_s.arg(where, cell.error));
        if (!cell.mismatch.isEmpty()) {
            text += u" !"_s;
            notes.append(
                QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "  %1: differs from the %2 profile: %3")
                    .arg(where, client.profile ? client.profile->id() : QString(), cell.mismatch));
        }
        if (!cell.clientError.isEmpty())
            notes.append(QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                     "  %1: followed, then the client reported: %2")
                             .arg(where, cell.clientError));
        if (cell.repeats > 0)
            notes.append(QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                     "  %1: the client sent the first request %2 times")
                             .arg(where)
                             .arg(cell.repeats + 1));
        if (!cell.headersDropped.isEmpty())
            headerNotes.append(u"  %1: %2"_s.arg(where, cell.headersDropped.join(u", "_s)));
        width = qMax(width, text.size());
        texts.insert(i, text);
    }
    width += 2;

    QString out =
        QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "Redirect matrix: %1").arg(client.name) + u'\n';
    if (client.kind == MatrixClient::Kind::Program || client.kind == MatrixClient::Kind::Browser)
        out += QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "Program: %1").arg(client.programPath) +
               u'\n';
    out += QCoreApplication::translate(
               "statusdeck::lab::RedirectMatrix",
               "Each cell: the method that arrived after the redirect; for a request with a body, whether the body "
               "came along.") +
           u"\n\n"_s;
    out += QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "method").leftJustified(kRowHeader);
    for (int code : grid::codes())
        out += QString::number(code).leftJustified(width);
    out = out.trimmed() + u'\n';
    for (const QByteArray &method : grid::methods()) {
        QString line = methodText(method).leftJustified(kRowHeader);
        for (int code : grid::codes())
            line += texts.value(grid::indexOf(method, code)).leftJustified(width);
        out += line.trimmed() + u'\n';
    }
    if (!headerNotes.isEmpty())
        out += u'\n' +
               QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                           "Headers of the first request that did not arrive after the redirect:") +
               u'\n' + headerNotes.join(u'\n') + u'\n';
    if (!notes.isEmpty())
        out += u'\n' +
               QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                           "Notes (! marks a cell that differs from the profile's prediction):") +
               u'\n' + notes.join(u'\n') + u'\n';
    return out;
}

} // namespace statusdeck::lab
