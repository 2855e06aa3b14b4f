#pragma once

#include "http/HttpExchange.h"
#include "lab/MatrixCell.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace statusdeck::lab {

// What the sandbox saw of one cell, and whether it is what the client's profile predicted: a
// pure function over the exchange log, tested with tables and no sockets.
//
// cell comes in with what its runner reported (error, stop, output) and the profile's
// prediction; it goes out finished, with the hops that carry its token, the follow-up's method,
// body and dropped headers, and the mismatch with the prediction. An error the client reported
// after it followed moves to clientError.
MatrixCell observe(MatrixCell cell, const QList<HttpExchange> &exchanges);

// How the server's view of a followed (or not followed) cell differs from the prediction,
// on the headers the lab itself sends; empty when it agrees or there is no prediction.
QString predictionMismatch(const MatrixCell &cell);

// What changed from one request of a chain to the next, in words: "method POST → GET",
// "body dropped", "−Authorization", "+Cookie" (framing headers and Host aside).
QStringList hopChanges(const MatrixHop &before, const MatrixHop &after);

// The origin a hop went to, from its Host header ("http://127.0.0.1:8088/"); empty without one.
QUrl hopOrigin(const MatrixHop &hop);
// When after went to another origin than before: "→ another origin: port 44687 ≠ 45205, so
// Authorization is removed" (the headers before had that after lacks); empty on the same origin.
QString originChangeText(const MatrixHop &before, const MatrixHop &after);

} // namespace statusdeck::lab
