#pragma once

#include "http/Headers.h"
#include "http/HttpExchange.h"
#include "lab/LabRun.h"
#include "lab/MatrixCell.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace statusdeck::lab {

// The request composer's text, both ways: what a user types (header lines, a URL or a path)
// read into a request, and a hop written back as text. Pure functions with table tests.

// "Name: value" lines, one header a line, in order; blank lines are skipped. A line without a
// colon or with a name that is not an HTTP token is left out and named in problems
// ("line 2: no colon"), so nothing the user typed is silently lost.
HeaderList parseHeaderLines(const QString &text, QStringList *problems = nullptr);

// What the composer's URL field means: a full URL as typed, anything else (a path such as
// "redirect/307", or nothing) resolved against the sandbox.
QUrl composerUrl(const QString &text, const QUrl &sandbox);

// A request method as typed: trimmed, upper case; GET when empty.
QByteArray composerMethod(const QString &text);

// The target the sandbox logs for a URL: origin-form ("/anything?x=1") on the sandbox's main
// origin, absolute-form for any other origin, so a hop to the second origin says where it went.
QByteArray displayTarget(const QUrl &url, const QUrl &mainOrigin);

// A hop of the composer as a matrix hop, for the timeline.
MatrixHop hopView(const LabHop &hop, const QUrl &mainOrigin);

// A hop written as HTTP text, when the sandbox's log has no bytes for it (the log is capped,
// or the hop failed before the server answered): request line, headers, body, then the status
// line (or the error) and the response headers. Line ends are "\n".
QString hopText(const LabHop &hop, const QByteArray &target);

// An exchange's bytes for display: the request as it arrived, a blank line (after a line end
// of its own when the request's body has none), the response as it was sent; "\r\n" shown as a line break, every other
// byte kept visible (sandbox/RawText).
QString exchangeText(const HttpExchange &exchange);

// The exchange the sandbox logged for each hop of a run, 0 for a hop it did not see. Among
// the exchanges logged after the run started (oldest first), a hop matches the first one after
// the previous hop's match with its method and its target that arrived on the port of the
// hop's URL (the sandbox's two origins listen on their own ports), so the same request sent
// twice, or another client's request in between, is not taken for it.
QList<quint64> loggedHops(const QList<LabHop> &hops, const QList<HttpExchange> &logged);

// The text for a hop the sandbox did not log: a note saying why (it went to another server,
// or the log has no bytes for it), then hopText().
QString unloggedHopText(const LabHop &hop, const QByteArray &target, const QList<QUrl> &sandboxOrigins);

} // namespace statusdeck::lab
