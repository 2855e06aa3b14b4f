#include "lab/MatrixFormat.h"

#include "lab/MatrixGrid.h"
#include "lab/Rules.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

// Translations keep the context these strings had in RedirectMatrix.cpp.
namespace statusdeck::lab {

namespace {

// The lab's own headers of the cross-origin grid that did not arrive.
QStringList crossOriginDropped(const MatrixCell &cell)
{
    QStringList dropped;
    for (const QByteArray &name : grid::crossOriginHeaders()) {
        if (cell.headersDropped.contains(QString::fromLatin1(name), Qt::CaseInsensitive))
            dropped.append(QString::fromLatin1(name));
    }
    return dropped;
}

// "all kept", "−Authorization, −Cookie" (and the method when it changed).
QString crossOriginSummary(const MatrixCell &cell)
{
    const QStringList dropped = crossOriginDropped(cell);
    QString text = dropped.isEmpty() ? QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "all kept")
                                     : u"−"_s + dropped.join(u", −"_s);
    if (cell.nextMethod != cell.method)
        text = methodText(cell.nextMethod) + u", "_s + text;
    return text;
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
    // The cross-origin grid shows a removed header as the method grid shows a dropped body.
    if (!cell.scope.isEmpty() && !crossOriginDropped(cell).isEmpty())
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
    if (!cell.scope.isEmpty())
        return crossOriginSummary(cell);
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
        if (!cell.scope.isEmpty()) {
            text = crossOriginSummary(cell);
            break;
        }
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
    QString text;
    if (cell.mismatch.isEmpty()) {
        text = cell.prediction.explanation;
    } else {
        const QString mismatch =
            cell.versionNote.isEmpty() ? cell.mismatch : cell.versionNote + u": "_s + cell.mismatch;
        text = mismatch + u"\n\n"_s + cell.prediction.explanation;
    }
    for (const QString &id : cellRules(cell)) {
        if (const Rule *rule = RuleBook::builtIn().find(id))
            text += u"\n"_s + rule->citation();
    }
    return text;
}

QString ruleReferences(const MatrixCell &cell, QStringList &ruleIds)
{
    QStringList refs;
    for (const QString &id : cellRules(cell)) {
        if (!ruleIds.contains(id))
            ruleIds.append(id);
        refs.append(QString::number(ruleIds.indexOf(id) + 1));
    }
    return cell.finished && !refs.isEmpty() ? u" ["_s + refs.join(u',') + u']' : QString();
}

bool isCrossOrigin(const QList<MatrixCell> &cells)
{
    return !cells.isEmpty() && !cells.constFirst().scope.isEmpty();
}

QStringList cellRules(const MatrixCell &cell)
{
    QStringList ids;
    const auto add = [&ids](const QString &id) {
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    };
    const RedirectDecision &decision = cell.prediction;
    if (cell.scope.isEmpty() || decision.stop != StopReason::None)
        add(decision.rule);
    for (const HeaderDrop &drop : decision.drops)
        add(drop.rule);
    if (!cell.scope.isEmpty() && decision.stop == StopReason::None && decision.drops.isEmpty())
        add(decision.headersRule);
    return ids;
}

QString matrixToText(const MatrixClient &client, const QList<MatrixCell> &cells)
{
    const bool crossOrigin = isCrossOrigin(cells);
    const qsizetype kRowHeader = crossOrigin ? 14 : 9;
    constexpr qsizetype kMaxCell = 34;
    QStringList notes;
    QStringList headerNotes;
    QStringList ruleIds; // numbered in the order cells first name them
    QHash<int, QString> texts;
    qsizetype width = 8;
    for (int i = 0; i < cells.size(); ++i) {
        const MatrixCell &cell = cells.at(i);
        const QString row = crossOrigin ? grid::scopeText(cell.scope) : methodText(cell.method);
        const QString where = u"%1 %2"_s.arg(row).arg(cell.code);
        QString text = cellSummary(cell);
        if (text.size() > kMaxCell)
            text = text.left(kMaxCell - 1) + u"\u2026"_s;
        text += ruleReferences(cell, ruleIds);
        if (!cell.followed() && cell.stop != "not-possible"_L1)
            notes.append(u"  %1: %2"_s.arg(where, cell.error));
        if (!cell.mismatch.isEmpty()) {
            text += u" !"_s;
            notes.append(cell.versionNote.isEmpty()
                             ? QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                           "  %1: differs from the %2 profile: %3")
                                   .arg(where, client.profile ? client.profile->id() : QString(), cell.mismatch)
                             : QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                           "  %1: differs from the %2 profile (%3): %4")
                                   .arg(where, client.profile ? client.profile->id() : QString(), cell.versionNote,
                                        cell.mismatch));
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
        if (!cell.headersDropped.isEmpty() && !crossOrigin)
            headerNotes.append(u"  %1: %2"_s.arg(where, cell.headersDropped.join(u", "_s)));
        width = qMax(width, text.size());
        texts.insert(i, text);
    }
    width += 2;

    QString out =
        QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "Redirect matrix: %1").arg(client.name) + u'\n';
    if (client.kind == MatrixClient::Kind::Program || client.kind == MatrixClient::Kind::Browser) {
        out += QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "Program: %1").arg(client.programPath) +
               u'\n';
        const QString observed = client.profile ? client.profile->observedWith() : QString();
        if (!client.installedVersion.isEmpty() && !observed.isEmpty())
            out += QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                               "Version: %1 installed; the profile was observed with %2%3")
                       .arg(client.installedVersion, observed,
                            client.versionDifference().isEmpty()
                                ? QString()
                                : QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                              " (a different version: a mismatch may be the "
                                                              "version's, not the profile's)")) +
                   u'\n';
    }
    if (crossOrigin) {
        QString from;
        QStringList targets;
        for (const MatrixCell &cell : cells) {
            if (cell.code != grid::codes().constFirst())
                continue;
            from = cell.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
            targets.append(u"%1 %2"_s.arg(
                grid::scopeText(cell.scope),
                QUrl::fromEncoded(cell.redirectTo).adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString()));
        }
        // A browser's fetch() cannot set Cookie (a forbidden request header), so it sends two.
        out += (client.kind == MatrixClient::Kind::Browser
                    ? QCoreApplication::translate(
                          "statusdeck::lab::RedirectMatrix",
                          "Each cell: a fetch() GET from %1 with Authorization and X-StatusDeck-Probe (no page can "
                          "set Cookie), redirected to %2; which of the two did not arrive.")
                    : QCoreApplication::translate(
                          "statusdeck::lab::RedirectMatrix",
                          "Each cell: a GET from %1 with Authorization, Cookie and X-StatusDeck-Probe, redirected to "
                          "%2; which of the three did not arrive."))
                   .arg(from, targets.join(u", "_s)) +
               u"\n\n"_s;
    } else {
        out += QCoreApplication::translate(
                   "statusdeck::lab::RedirectMatrix",
                   "Each cell: the method that arrived after the redirect; for a request with a body, whether the "
                   "body came along.") +
               u"\n\n"_s;
    }
    out += (crossOrigin ? QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "redirect to")
                        : QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "method"))
               .leftJustified(kRowHeader);
    for (int code : grid::codes())
        out += QString::number(code).leftJustified(width);
    out = out.trimmed() + u'\n';
    if (crossOrigin) {
        for (const QString &scope : grid::scopes()) {
            QString line = grid::scopeText(scope).leftJustified(kRowHeader);
            for (int code : grid::codes())
                line += texts.value(grid::crossOriginIndexOf(scope, code)).leftJustified(width);
            out += line.trimmed() + u'\n';
        }
    } else {
        for (const QByteArray &method : grid::methods()) {
            QString line = methodText(method).leftJustified(kRowHeader);
            for (int code : grid::codes())
                line += texts.value(grid::indexOf(method, code)).leftJustified(width);
            out += line.trimmed() + u'\n';
        }
    }
    if (!ruleIds.isEmpty()) {
        out += u'\n' +
               QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                           "Rules behind the cells (the profile's; [n] in a cell):") +
               u'\n';
        for (qsizetype i = 0; i < ruleIds.size(); ++i) {
            const Rule *rule = RuleBook::builtIn().find(ruleIds.at(i));
            if (!rule) {
                out += u"  [%1] %2\n"_s.arg(QString::number(i + 1), ruleIds.at(i));
                continue;
            }
            QString line = u"  [%1] %2: %3"_s.arg(QString::number(i + 1), rule->citation(),
                                                  rule->quote ? u'"' + rule->text + u'"' : rule->text);
            if (!rule->card.isEmpty())
                line += QCoreApplication::translate("statusdeck::lab::RedirectMatrix", " (card: statusdeck show %1)")
                            .arg(rule->card);
            out += line + u'\n';
        }
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
