#pragma once

#include "lab/MatrixCell.h"
#include "lab/MatrixClient.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace statusdeck::lab {

// What a finished cell shows, in one word: the matrix's colours and its summaries come from it.
enum class CellKind {
    Pending,       // not run (yet)
    Kept,          // followed with the same method, and the body when one was sent
    MethodChanged, // followed with another method
    BodyDropped,   // followed with the same method, without the body
    NotFollowed,   // stopped at the redirect or failed
};
CellKind cellKind(const MatrixCell &cell);

// "GET, body dropped", "POST, kept", "HEAD", "not followed: ..." (the command line's table)
QString cellSummary(const MatrixCell &cell);
// The window's cell: "POST, body kept", "GET, body dropped\n−Authorization", "not followed\nwhy",
// "⚠ " first when the client did not do what its profile predicts.
QString cellLabel(const MatrixCell &cell);
// The profile's explanation, after the mismatch when there is one.
QString cellToolTip(const MatrixCell &cell);

// Output of `statusdeck matrix`: the JSON array (keys code, method, next_method, body_kept,
// headers_dropped, error, and more), and a readable table with notes.
// With client, each cell also has observed_with (the profile's "httpx 0.23.3", or null) and
// installed_version (a real program's, or null).
QJsonArray matrixToJson(const QList<MatrixCell> &cells, const MatrixClient *client = nullptr);
QString matrixToText(const MatrixClient &client, const QList<MatrixCell> &cells);

// The rules behind a cell, as ids: the method grid names the profile's decision and the rule of
// every header it removes; the cross-origin grid the rule of every removed header, or the
// profile's rule on headers across origins when it removes none.
QStringList cellRules(const MatrixCell &cell);
// " [1,3]": the numbers of the cell's rules in ruleIds, which gains the rules it did not hold
// yet (numbered in the order cells first name them); empty for an unfinished cell.
QString ruleReferences(const MatrixCell &cell, QStringList &ruleIds);
// True for the cells of grid::crossOriginCells.
bool isCrossOrigin(const QList<MatrixCell> &cells);

// Exports from the window: a Markdown table with the rules below it, and CSV (RFC 4180, one
// line per cell: client, row, code, result, next method, body kept, headers dropped, error,
// mismatch, rules).
QString matrixToMarkdown(const MatrixClient &client, const QList<MatrixCell> &cells);
QString matrixToCsv(const MatrixClient &client, const QList<MatrixCell> &cells);
// "a,b" stays, "a \"b\", c" becomes "\"a \"\"b\"\", c\"" (RFC 4180).
QString csvField(const QString &text);

} // namespace statusdeck::lab
