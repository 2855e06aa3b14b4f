#include "MatrixCommand.h"

#include "Io.h"
#include "SandboxStart.h"
#include "lab/BrowserPage.h"
#include "lab/RedirectMatrix.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

QString MatrixCommand::synopsis() const
{
    return u"--client NAME [--real [--mode fetch|form|navigate]] [--cross-origin] [--format text|json]"_s;
}

QString MatrixCommand::summary() const
{
    return QCoreApplication::translate("CommandLine", "redirect lab: run a client through every method and redirect "
                                                      "code and print what the server saw");
}

QString MatrixCommand::description() const
{
    return QCoreApplication::translate(
        "CommandLine", "Starts a sandbox on free ports and runs a client through GET, HEAD, POST, PUT, PATCH, DELETE, "
                       "OPTIONS x 301, 302, 303, 307, 308, live, and prints what the server saw. A real browser "
                       "(--client chromium, chrome or firefox with --real) runs headless with a throw-away profile and "
                       "makes its requests with fetch(), an HTML form or a navigation (--mode). Exit status 1 when "
                       "it could not run (a real program or browser that is not installed, a Python module that "
                       "cannot be imported, a Go client that does not build). The real go and go-stream are a small "
                       "Go program built once with the installed go into the cache folder; go-stream sends the body "
                       "from a stream Go cannot read again. With --cross-origin it runs the cross-origin matrix "
                       "instead: a GET with Authorization, Cookie and X-StatusDeck-Probe through each code to the "
                       "same origin, another port and another host, and shows which headers arrived. Each cell "
                       "names the rule behind it ([n], listed below the table).");
}

QList<QCommandLineOption> MatrixCommand::options() const
{
    return {
        {u"client"_s,
         QCoreApplication::translate("CommandLine", "The client: fetch, curl, requests, urllib, go, postman, rfc, "
                                                    "wget, httpx, aiohttp, httpie, go-stream, form, navigate "
                                                    "(emulated), qt (Qt itself); with --real: curl, python3, node, "
                                                    "wget, requests, httpx, aiohttp, httpie, go, go-stream, chromium, "
                                                    "chrome, firefox."),
         u"NAME"_s},
        {u"real"_s,
         QCoreApplication::translate("CommandLine", "Run the installed program instead of its emulated profile.")},
        {u"mode"_s,
         QCoreApplication::translate("CommandLine", "With a real browser: how it makes the requests, fetch() (every "
                                                    "method, the default), form (GET and POST) or navigate (GET)."),
         u"fetch|form|navigate"_s},
        {u"cross-origin"_s,
         QCoreApplication::translate("CommandLine", "Run the cross-origin matrix: Authorization, Cookie and a custom "
                                                    "header to the same origin, another port and another host.")},
        {u"format"_s, QCoreApplication::translate("CommandLine", "Output format: text (a table) or json."),
         u"text|json"_s, u"text"_s},
    };
}

int MatrixCommand::run(const QCommandLineParser &parser, Io &io) const
{
    QTextStream &out = io.out();
    QTextStream &err = io.err();
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("CommandLine", "statusdeck: matrix takes no arguments besides --client, "
                                                          "--real, --mode, --cross-origin and --format.")
            << Qt::endl;
        return 2;
    }
    QString clientName = parser.value(u"client"_s);
    const bool real = parser.isSet(u"real"_s);
    if (parser.isSet(u"mode"_s)) {
        const QString mode = parser.value(u"mode"_s);
        const auto browser = real ? lab::browser::parseClient(clientName) : std::nullopt;
        if (!lab::browser::modeFromName(mode)) {
            err << QCoreApplication::translate("CommandLine",
                                               "statusdeck: matrix --mode takes fetch, form or navigate, not '%1'.")
                       .arg(mode)
                << Qt::endl;
            return 2;
        }
        if (!browser) {
            err << QCoreApplication::translate("CommandLine", "statusdeck: matrix --mode needs a real browser: "
                                                              "--client chromium, chrome or firefox with --real.")
                << Qt::endl;
            return 2;
        }
        if (lab::browser::modeFromName(mode) != browser->mode && lab::browser::find(clientName) == nullptr) {
            err << QCoreApplication::translate("CommandLine",
                                               "statusdeck: --client %1 and --mode %2 name different modes.")
                       .arg(clientName, mode)
                << Qt::endl;
            return 2;
        }
        clientName = lab::browser::clientId(*browser->browser, *lab::browser::modeFromName(mode));
    }
    const QString format = parser.value(u"format"_s);
    if (format != "text"_L1 && format != "json"_L1) {
        err << QCoreApplication::translate("CommandLine", "statusdeck: matrix --format takes text or json, not '%1'.")
                   .arg(format)
            << Qt::endl;
        return 2;
    }
    if (clientName.isEmpty()) {
        err << QCoreApplication::translate("CommandLine",
                                           "statusdeck: matrix needs --client NAME, for example: statusdeck matrix "
                                           "--client fetch")
            << Qt::endl;
        return 2;
    }
    const lab::MatrixClient::Resolved resolved = lab::MatrixClient::resolve(clientName, real);
    if (resolved.problem != lab::MatrixClient::Problem::None) {
        err << u"statusdeck: "_s << resolved.error << Qt::endl;
        return resolved.problem == lab::MatrixClient::Problem::NotInstalled ? 1 : 2;
    }

    const bool crossOrigin = parser.isSet(u"cross-origin"_s);
    if (crossOrigin && !resolved.client.crossOriginUnavailable().isEmpty()) {
        err << u"statusdeck: matrix --cross-origin: "_s << resolved.client.crossOriginUnavailable() << Qt::endl;
        return 2;
    }
    // The cross-origin grid redirects to the second origin (another port) and to localhost.
    SandboxServer server;
    if (!startSandboxBlocking(server, privateSandboxOptions(crossOrigin, crossOrigin), err))
        return 1;
    lab::RedirectMatrix matrix(resolved.client);
    if (crossOrigin)
        matrix.setKind(lab::grid::Kind::CrossOrigin);
    QEventLoop loop;
    QObject::connect(&matrix, &lab::RedirectMatrix::finished, &loop, &QEventLoop::quit);
    matrix.start(server.url(), server.secondUrl(), server.log());
    if (matrix.isRunning())
        loop.exec();
    server.stop();
    if (!matrix.setupError().isEmpty()) {
        err << u"statusdeck: "_s << matrix.setupError() << Qt::endl;
        return 1;
    }

    if (format == "json"_L1)
        out << QString::fromUtf8(
            QJsonDocument(lab::matrixToJson(matrix.cells(), &matrix.client())).toJson(QJsonDocument::Indented));
    else
        out << lab::matrixToText(matrix.client(), matrix.cells());
    return 0;
}

} // namespace statusdeck::cli
