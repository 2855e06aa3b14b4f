#include "lab/BrowserPage.h"

#include "http/Headers.h"
#include "lab/MatrixGrid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace statusdeck::lab::browser {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("statusdeck::lab::browser", text);
}

} // namespace

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Fetch:
        return u"fetch"_s;
    case Mode::Form:
        return u"form"_s;
    case Mode::Navigate:
        return u"navigate"_s;
    }
    return {};
}

std::optional<Mode> modeFromName(const QString &name)
{
    for (Mode mode : {Mode::Fetch, Mode::Form, Mode::Navigate}) {
        if (modeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

QStringList modeNames()
{
    return {modeName(Mode::Fetch), modeName(Mode::Form), modeName(Mode::Navigate)};
}

QString profileId(Mode mode)
{
    return modeName(mode);
}

bool canSend(Mode mode, const QByteArray &method)
{
    switch (mode) {
    case Mode::Fetch:
        return true;
    case Mode::Form:
        return method == "GET" || method == "POST";
    case Mode::Navigate:
        return method == "GET";
    }
    return false;
}

QString crossOriginUnavailable(Mode mode)
{
    switch (mode) {
    case Mode::Fetch:
        return {};
    case Mode::Form:
        return tr("the cross-origin matrix sends Authorization, Cookie and a custom header, and an HTML form "
                  "can set none of them, so it is not offered for a form; use the fetch mode, which sends "
                  "Authorization and the custom header (no page can set Cookie).");
    case Mode::Navigate:
        return tr("the cross-origin matrix sends Authorization, Cookie and a custom header, and a navigation "
                  "can set none of them, so it is not offered for a navigation; use the fetch mode, which "
                  "sends Authorization and the custom header (no page can set Cookie).");
    }
    return {};
}

QString notPossibleText(Mode mode)
{
    switch (mode) {
    case Mode::Form:
        return tr("not possible with a form");
    case Mode::Navigate:
        return tr("not possible with a navigation");
    case Mode::Fetch:
        break;
    }
    return {};
}

const QList<Browser> &browsers()
{
    static const QList<Browser> list{
        {u"chromium"_s,
         u"Chromium"_s,
         Browser::Engine::Chromium,
         {u"chromium"_s, u"chromium-browser"_s},
         u"chromium"_s},
        {u"chrome"_s,
         u"Google Chrome"_s,
         Browser::Engine::Chromium,
         {u"google-chrome-stable"_s, u"google-chrome"_s},
         u"google-chrome-stable"_s},
        {u"firefox"_s, u"Firefox"_s, Browser::Engine::Firefox, {u"firefox-esr"_s, u"firefox"_s}, u"firefox-esr"_s},
    };
    return list;
}

const Browser *find(const QString &id)
{
    for (const Browser &browser : browsers()) {
        if (browser.id == id)
            return &browser;
    }
    return nullptr;
}

QString findExecutable(const Browser &browser)
{
    for (const QString &name : browser.executables) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

std::optional<ClientName> parseClient(const QString &name)
{
    ClientName client;
    const qsizetype dash = name.lastIndexOf(u'-');
    if (const Browser *bare = find(name)) {
        client.browser = bare;
        return client;
    }
    if (dash <= 0)
        return std::nullopt;
    client.browser = find(name.left(dash));
    const auto mode = modeFromName(name.mid(dash + 1));
    if (!client.browser || !mode)
        return std::nullopt;
    client.mode = *mode;
    return client;
}

QString clientId(const Browser &browser, Mode mode)
{
    return browser.id + u'-' + modeName(mode);
}

QString displayName(const Browser &browser, Mode mode)
{
    switch (mode) {
    case Mode::Fetch:
        return tr("%1, fetch()").arg(browser.name);
    case Mode::Form:
        return tr("%1, HTML form").arg(browser.name);
    case Mode::Navigate:
        return tr("%1, navigation").arg(browser.name);
    }
    return browser.name;
}

QStringList clientIds()
{
    QStringList ids;
    for (const Browser &browser : browsers()) {
        for (Mode mode : {Mode::Fetch, Mode::Form, Mode::Navigate})
            ids.append(clientId(browser, mode));
    }
    return ids;
}

LabRequest firstRequest(Mode mode, const MatrixCell &cell)
{
    LabRequest request = grid::firstRequest(cell);
    if (mode == Mode::Fetch) {
        // fetch() silently leaves out a forbidden request header such as Cookie.
        request.removeHeader("Cookie");
        return request;
    }
    request.headers.clear();
    if (mode == Mode::Form && request.method == "POST" && !request.body.isEmpty())
        request.headers.append(
            qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")));
    else
        request.body.clear();
    return request;
}

QString reportPath()
{
    return u"/lab/browser-report"_s;
}

QString runnerPath()
{
    return u"/lab/browser-runner"_s;
}

QUrl runnerUrl(const QUrl &base, const QString &run, Mode mode, const QList<PageCell> &cells, int cellTimeoutMs,
               int parallel)
{
    QJsonArray list;
    for (const PageCell &cell : cells) {
        QJsonArray headers;
        for (const auto &[name, value] : cell.request.headers) {
            if (headers::isFraming(name) || headers::sameName(name, "Host"))
                continue;
            headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
        }
        list.append(QJsonObject{
            {u"index"_s, cell.index},
            {u"method"_s, QString::fromLatin1(cell.request.method)},
            {u"url"_s, cell.request.url.toString(QUrl::FullyEncoded)},
            {u"headers"_s, headers},
            {u"body"_s, cell.request.body.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(QString::fromUtf8(cell.request.body))},
        });
    }
    const QJsonObject spec{{u"run"_s, run},
                           {u"mode"_s, modeName(mode)},
                           {u"report"_s, reportPath()},
                           {u"timeout"_s, cellTimeoutMs},
                           {u"parallel"_s, parallel},
                           {u"cells"_s, list}};
    QUrl url = base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(runnerPath());
    url.setFragment(QString::fromLatin1(QJsonDocument(spec).toJson(QJsonDocument::Compact).toPercentEncoding()),
                    QUrl::TolerantMode);
    return url;
}

QByteArray runnerSpec(const QUrl &runnerUrl)
{
    return QByteArray::fromPercentEncoding(runnerUrl.fragment(QUrl::FullyEncoded).toLatin1());
}

QStringList arguments(const Browser &browser, const QString &profileDir, const QUrl &url, bool root)
{
    QStringList args;
    if (browser.engine == Browser::Engine::Firefox) {
        // The preferences (user.js in the profile) turn off first-run pages, telemetry, updates
        // and safe browsing.
        args << u"--headless"_s << u"--no-remote"_s << u"--profile"_s << profileDir;
    } else {
        args << u"--headless=new"_s;
        if (root)
            args << u"--no-sandbox"_s; // Chromium refuses to run as root with its sandbox
        args << u"--user-data-dir=%1"_s.arg(profileDir) << u"--no-first-run"_s << u"--no-default-browser-check"_s
             << u"--disable-gpu"_s << u"--disable-extensions"_s << u"--disable-component-update"_s
             << u"--disable-background-networking"_s << u"--disable-sync"_s << u"--disable-default-apps"_s
             << u"--disable-breakpad"_s << u"--disable-crash-reporter"_s << u"--disable-domain-reliability"_s
             << u"--disable-client-side-phishing-detection"_s << u"--metrics-recording-only"_s << u"--no-pings"_s
             << u"--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider"_s
             << u"--disable-popup-blocking"_s << u"--disable-dev-shm-usage"_s << u"--no-proxy-server"_s
             << u"--password-store=basic"_s;
    }
    args << url.toString(QUrl::FullyEncoded);
    return args;
}

bool isPreflight(const MatrixHop &hop)
{
    return hop.method == "OPTIONS" && headers::contains(hop.headers, "Access-Control-Request-Method");
}

QStringList corsNotes(const MatrixHop &hop, const QUrl &pageOrigin)
{
    QStringList notes;
    if (isPreflight(hop)) {
        const QByteArray wanted = headers::value(hop.headers, "Access-Control-Request-Headers");
        notes.append(
            wanted.isEmpty()
                ? tr("CORS preflight: before a cross-origin %1, the browser asks this origin whether it may send it.")
                      .arg(QString::fromLatin1(headers::value(hop.headers, "Access-Control-Request-Method")))
                : tr("CORS preflight: before a cross-origin %1 with %2, the browser asks this origin whether it may "
                     "send it (a header a script set needs the server's permission).")
                      .arg(QString::fromLatin1(headers::value(hop.headers, "Access-Control-Request-Method")),
                           QString::fromLatin1(wanted)));
        return notes;
    }
    const QByteArray origin = headers::value(hop.headers, "Origin");
    if (origin.isNull())
        return notes;
    const QString page = pageOrigin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                             .toString(QUrl::StripTrailingSlash);
    if (origin == "null")
        notes.append(tr("Origin: null: after a redirect to another origin the request's origin is opaque, so "
                        "the browser sends null."));
    else if (page.isEmpty() || QString::fromLatin1(origin) == page)
        notes.append(tr("Origin: %1: the browser names the page's origin on a request that is not a GET or HEAD, "
                        "or that goes to another origin.")
                         .arg(QString::fromLatin1(origin)));
    else
        notes.append(
            tr("Origin: %1: the page's origin, on a request to another origin.").arg(QString::fromLatin1(origin)));
    return notes;
}

} // namespace statusdeck::lab::browser
