// The matrix as the window exports it: Markdown and CSV (the JSON is matrixToJson).
#include "lab/MatrixFormat.h"

#include "lab/MatrixGrid.h"
#include "lab/Rules.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace statusdeck::lab {

namespace {

// Text in a Markdown table cell: pipes escaped, line breaks as <br>.
QString markdownCell(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'|', u"\\|"_s);
    text.replace(u'\n', u"<br>"_s);
    return text;
}

QString rowName(const MatrixCell &cell)
{
    return cell.scope.isEmpty() ? QString::fromLatin1(cell.method) : grid::scopeText(cell.scope);
}

} // namespace

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString matrixToMarkdown(const MatrixClient &client, const QList<MatrixCell> &cells)
{
    const bool crossOrigin = isCrossOrigin(cells);
    QString out =
        u"# "_s +
        markdownCell(
            QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "Redirect matrix: %1").arg(client.name)) +
        u"\n\n"_s;
    out += u"| "_s + (crossOrigin ? QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "redirect to")
                                  : QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "method"));
    for (int code : grid::codes())
        out += u" | "_s + QString::number(code);
    out += u" |\n|---"_s + u"|---"_s.repeated(grid::codes().size()) + u"|\n"_s;
    QStringList ruleIds;
    const int rows = grid::rowCount(crossOrigin ? grid::Kind::CrossOrigin : grid::Kind::Methods);
    const int columns = int(grid::codes().size());
    for (int row = 0; row < rows; ++row) {
        const int first = row * columns;
        if (first >= cells.size())
            break;
        out += u"| "_s + markdownCell(rowName(cells.at(first)));
        for (int column = 0; column < columns && first + column < cells.size(); ++column) {
            const MatrixCell &cell = cells.at(first + column);
            QString text = cellSummary(cell);
            text += ruleReferences(cell, ruleIds);
            if (!cell.mismatch.isEmpty())
                text += u" ⚠"_s;
            out += u" | "_s + markdownCell(text);
        }
        out += u" |\n"_s;
    }
    if (!ruleIds.isEmpty()) {
        out += u"\n"_s +
               QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                           "Rules behind the cells (the profile's; [n] in a cell):") +
               u"\n\n"_s;
        for (qsizetype i = 0; i < ruleIds.size(); ++i) {
            const Rule *rule = RuleBook::builtIn().find(ruleIds.at(i));
            if (!rule) {
                out += u"%1. %2\n"_s.arg(i + 1).arg(ruleIds.at(i));
                continue;
            }
            const QString citation =
                rule->url.isEmpty() ? rule->citation() : u"[%1](%2)"_s.arg(rule->citation(), rule->url);
            out += u"%1. %2: %3\n"_s.arg(QString::number(i + 1), citation,
                                         rule->quote ? u"> "_s + rule->text : rule->text);
        }
    }
    QStringList mismatches;
    for (const MatrixCell &cell : cells) {
        if (!cell.mismatch.isEmpty())
            mismatches.append(u"- %1 %2: %3"_s.arg(rowName(cell)).arg(cell.code).arg(markdownCell(cell.mismatch)));
    }
    if (!mismatches.isEmpty())
        out += u"\n"_s +
               QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                           "Cells that differ from the profile's prediction (⚠):") +
               u"\n\n"_s + mismatches.join(u'\n') + u'\n';
    return out;
}

QString matrixToCsv(const MatrixClient &client, const QList<MatrixCell> &cells)
{
    QStringList lines{u"client,row,code,result,next_method,body_kept,headers_dropped,error,mismatch,rules"_s};
    for (const MatrixCell &cell : cells) {
        if (!cell.finished)
            continue;
        const QStringList fields{
            csvField(client.id),
            csvField(cell.scope.isEmpty() ? QString::fromLatin1(cell.method) : cell.scope),
            QString::number(cell.code),
            csvField(cellSummary(cell)),
            QString::fromLatin1(cell.nextMethod),
            cell.bodySent ? (cell.bodyKept ? u"true"_s : u"false"_s) : QString(),
            csvField(cell.headersDropped.join(u' ')),
            csvField(cell.error),
            csvField(cell.mismatch),
            csvField(cellRules(cell).join(u' ')),
        };
        lines.append(fields.join(u','));
    }
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

} // namespace statusdeck::lab
