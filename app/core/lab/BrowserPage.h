#pragma once

#include "lab/ClientProfile.h"
#include "lab/MatrixCell.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace statusdeck::lab {

// Real browsers in the lab, the pure part: which browsers, the three ways a browser makes a
// request (each its own client: "chromium-fetch", "chromium-form", "chromium-navigate"), the
// first request each way can send, the runner page's URL that carries the cells, and the
// command line. The process itself is BrowserRun.
namespace browser {

enum class Mode { Fetch, Form, Navigate };

QString modeName(Mode mode); // "fetch", "form", "navigate"
std::optional<Mode> modeFromName(const QString &name);
QStringList modeNames();
// The profile that predicts the mode: "fetch", "form", "navigate".
QString profileId(Mode mode);
// fetch() sends any method; a form GET and POST only; a navigation GET only.
bool canSend(Mode mode, const QByteArray &method);
// Why a row is empty in this mode: "not possible with a form" (translated).
QString notPossibleText(Mode mode);
// Why the cross-origin grid is not offered in this mode (a form or a navigation sets none of
// its headers), empty for fetch() (translated).
QString crossOriginUnavailable(Mode mode);

struct Browser {
    enum class Engine { Chromium, Firefox };
    QString id;   // "chromium", "chrome", "firefox"
    QString name; // "Chromium"
    Engine engine = Engine::Chromium;
    QStringList executables; // looked up on PATH in this order
    QString package;         // what to install: "chromium", "firefox-esr"
};

const QList<Browser> &browsers();
const Browser *find(const QString &id);
QString findExecutable(const Browser &browser); // empty when not installed

// A browser client: "chromium-form", or a bare "chromium" (its fetch()).
struct ClientName {
    const Browser *browser = nullptr;
    Mode mode = Mode::Fetch;
};
std::optional<ClientName> parseClient(const QString &name);
QString clientId(const Browser &browser, Mode mode);    // "chromium-form"
QString displayName(const Browser &browser, Mode mode); // "Chromium, HTML form" (translated)
// Every browser client id, browsers in order, each with its three modes.
QStringList clientIds();

// What the browser sends first into the cell in this mode: fetch() sends the grid's request
// (its headers and body, Cookie aside: no script can set it, a forbidden request header);
// a form sends no header of the page's choosing, only its fields as
// an urlencoded body (POST) or as the query (GET); a navigation is a plain GET.
LabRequest firstRequest(Mode mode, const MatrixCell &cell);

// One cell for the runner page: its index in the matrix and the request to send.
struct PageCell {
    int index = 0;
    LabRequest request;
};
// Where the runner page asks the browser to report a cell and the end of the run.
QString reportPath(); // "/lab/browser-report"
QString runnerPath(); // "/lab/browser-runner"
// The runner page on the sandbox at base, with the cells in its fragment (percent-encoded
// JSON: run, mode, report, timeout, parallel, cells [{index, method, url, headers, body}]).
QUrl runnerUrl(const QUrl &base, const QString &run, Mode mode, const QList<PageCell> &cells, int cellTimeoutMs,
               int parallel);
// Reads the fragment back (for tests and for a look at a run): the JSON object, or empty.
QByteArray runnerSpec(const QUrl &runnerUrl);

// The arguments that start the browser headless on url with the throw-away profile folder
// (Chromium: --user-data-dir, and --no-sandbox when root; Firefox: --profile).
QStringList arguments(const Browser &browser, const QString &profileDir, const QUrl &url, bool root);

// A CORS preflight as the sandbox saw it: OPTIONS with Access-Control-Request-Method.
bool isPreflight(const MatrixHop &hop);
// What a hop says about CORS, in words for the hop timeline: the preflight and what it asks
// for, the Origin header and why the browser sent it (translated; empty when neither).
QStringList corsNotes(const MatrixHop &hop, const QUrl &pageOrigin);

} // namespace browser

} // namespace statusdeck::lab
