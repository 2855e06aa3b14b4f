#pragma once

#include "http/HttpMessage.h"
#include "lab/ClientProfile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace statusdeck::lab {

// A method as the matrix's text, JSON and summaries print it ("GET").
inline QString methodText(const QByteArray &method)
{
    return QString::fromLatin1(method);
}

// One request as the sandbox saw it, parsed from the exchange log.
struct MatrixHop {
    quint64 exchangeId = 0;
    quint64 connectionId = 0;
    QByteArray method;
    QByteArray target;
    int status = 0;
    HeaderList headers;
    QByteArray body;
};

// One cell: a method sent into one redirect code, and what arrived at the redirect's target.
struct MatrixCell {
    QByteArray method; // the row
    int code = 0;      // the column
    QString token;     // in the cell's URLs, so the log can attribute its requests
    QUrl url;          // where the cell starts
    // The cross-origin grid (grid::crossOriginCells): where the redirect points, "same-origin",
    // "other-port" or "other-host", and the absolute Location. Empty in the method grid.
    QString scope;
    QByteArray redirectTo;
    bool bodySent = false;
    bool finished = false;

    // What the server saw.
    QByteArray nextMethod;      // the follow-up's method; empty when it was not followed
    bool bodyKept = false;      // the follow-up carried the first request's body
    QStringList headersDropped; // first request's headers missing from the follow-up (framing aside)
    QString error;              // empty when followed; otherwise why it stopped or failed
    QString stop;               // emulated: the stop reason's name ("refused", "limit"); else empty
    QString clientError;        // followed, but the client still reported this error
    int repeats = 0;            // times the client sent the first request again (Qt does, at times)
    QList<MatrixHop> hops;

    // What the client's profile predicts, and how the server's view differs (empty: it agrees).
    RedirectDecision prediction;
    QString mismatch;
    // Kind::Program, beside a mismatch: "observed with httpx 0.23.3, installed 0.24.0" when the
    // installed client is not the version the profile was observed with.
    QString versionNote;

    QString command; // Kind::Program: the exact command line
    QString output;  // Kind::Program: what it printed on stderr (trimmed)

    bool followed() const { return !nextMethod.isEmpty(); }
};

} // namespace statusdeck::lab
