#pragma once

#include "lab/ClientId.h"
#include "lab/ClientProfile.h"

#include <QString>
#include <QStringList>

namespace statusdeck::lab {

// Who runs the matrix: an emulated profile (its decisions executed by LabRun), Qt's own
// QNetworkAccessManager with its default redirect policy, a real program run with QProcess, or a
// real browser (BrowserRun) making its requests one way: "chromium-fetch", "firefox-form".
struct MatrixClient {
    enum class Kind { Emulated, Qt, Program, Browser };

    Kind kind = Kind::Emulated;
    QString id;   // "fetch", "qt", "curl", "python3", "node", "wget"
    QString name; // for display
    // Every kind has one: it predicts what the server should see (for a program, its profile:
    // curl -> curl, python3 -> urllib, node -> fetch, wget -> wget).
    const ClientProfile *profile = nullptr;
    QString programPath; // Kind::Program, Kind::Browser: the executable found on PATH (after setup: what runs)
    // Kind::Program, filled by ProgramSetup before the cells run: how the cell's command names the
    // program when not by its plain name, and the installed version.
    QString invokedAs;
    QString installedVersion;

    // "observed with httpx 0.23.3, installed 0.24.0" when the installed version is not the one the
    // profile was observed with; empty otherwise (and for emulated clients).
    QString versionDifference() const;
    // Why this client cannot run the cross-origin grid (a browser's form or navigation sets none
    // of its headers), empty when it can.
    QString crossOriginUnavailable() const;

    // The value the window and the settings keep for this client.
    ClientId clientId() const;

    enum class Problem { None, Unknown, RealNotSupported, NotInstalled };
    struct Resolved;
    static Resolved resolve(const ClientId &id);
    // name: a profile id, or with real a program or its profile ("python3" or "urllib").
    static Resolved resolve(const QString &name, bool real);
    static QStringList emulatedIds(); // every profile but qt
    static QStringList realIds();     // curl, python3, node, wget, requests, httpx, aiohttp, httpie, go, ...
    static QStringList realNames();   // those and the browsers: chromium, chrome, firefox
    // Every browser client: chromium-fetch, chromium-form, chromium-navigate, chrome-..., firefox-...
    static QStringList browserIds();
};

struct MatrixClient::Resolved {
    MatrixClient client;
    Problem problem = Problem::None;
    QString error; // translated, names the client or program
};

} // namespace statusdeck::lab
