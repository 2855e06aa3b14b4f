#pragma once

#include "lab/ClientProfile.h"
#include "lab/MatrixCell.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace statusdeck::lab {

// The matrix's grid: methods x redirect codes, the URL and token of each cell, and the first
// request every client sends into it. Pure: no sockets, no clients.
namespace grid {

const QList<QByteArray> &methods();              // GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS
const QList<int> &codes();                       // 301, 302, 303, 307, 308
int indexOf(const QByteArray &method, int code); // row-major; -1 when not in the grid
inline QByteArray requestBody()
{
    return QByteArrayLiteral("k=v");
}
// The methods the lab sends with a body (the form body "k=v"): POST, PUT and PATCH.
bool sendsBody(const QByteArray &method);

// The cross-origin grid: a GET with Authorization, Cookie and X-StatusDeck-Probe through each code
// to the same origin, to another port on the same host (the sandbox's second origin) and to
// another host (localhost against 127.0.0.1, same port). Rows are scopes(), columns codes().
enum class Kind { Methods, CrossOrigin };
const QStringList &scopes();                            // same-origin, other-port, other-host
QString scopeText(const QString &scope);                // translated row label
int crossOriginIndexOf(const QString &scope, int code); // row-major; -1 when not in the grid
const QList<QByteArray> &crossOriginHeaders();          // Authorization, Cookie, X-StatusDeck-Probe
QList<MatrixCell> crossOriginCells(const QUrl &base, const QUrl &second, const QString &run);
// The other host for base: localhost for 127.0.0.1, else 127.0.0.1.
QString otherHost(const QUrl &base);
int rowCount(Kind kind);
// The cells of kind (the second origin is only needed by CrossOrigin).
QList<MatrixCell> cellsOf(Kind kind, const QUrl &base, const QUrl &second, const QString &run);

// Every cell of the grid, starting on the sandbox at base ("http://127.0.0.1:8088/"): each at
// /redirect-to?url=/anything?lab=TOKEN&status_code=CODE. run makes the tokens unique to one run;
// every token has the same length, so one is never found inside another.
QList<MatrixCell> cells(const QUrl &base, const QString &run);
// The request a client sends first into the cell: Authorization and X-StatusDeck-Probe headers
// (and Cookie in the cross-origin grid), and the form body for the methods that carry one.
LabRequest firstRequest(const MatrixCell &cell);
// Where the cell's redirect points (its Location), for the profile's prediction.
QByteArray location(const MatrixCell &cell);
// What the profile predicts for the cell's first request.
RedirectDecision predict(const ClientProfile &profile, const MatrixCell &cell);

} // namespace grid

} // namespace statusdeck::lab
