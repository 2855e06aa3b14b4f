#pragma once

#include "lab/ClientProfile.h"

#include <QList>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace statusdeck::lab {

// A real HTTP client program the lab runs with QProcess, and the profile that predicts it.
struct RealProgram {
    enum class Kind {
        Command,    // a program with options: curl, wget, http (HTTPie)
        Script,     // a script in the program's language: python3 -c, node -e
        CompiledGo, // the Go client (resources/lab/clients/redirect-client.go), built once (GoClient.h)
    };
    QString id;         // what --client names with --real: "curl", "python3", "httpx", "go"
    QString profileId;  // "curl", "urllib", "httpx", "go"
    QString executable; // what is looked up on PATH: "curl", "python3", "http", "go"
    Kind kind = Kind::Command;
    QString label;   // the client in messages: "curl", "Python", "httpx", "HTTPie", "Go"
    QString module;  // Kind::Script in python3: the module the script imports ("httpx"), else empty
    QString package; // the Debian package that brings it: "python3-httpx", "golang-go"
};

const QList<RealProgram> &realPrograms();
// Accepts the program ("python3") or its profile ("urllib"); null when none runs for real.
const RealProgram *findRealProgram(const QString &name);

// One invocation of a real client, as a user would type it.
struct ProgramCommand {
    QString program; // as typed: "curl"
    QStringList arguments;
    QString display; // the whole command line, shell-quoted, copy-ready
};

// The command that sends request and follows its redirects (up to maxRedirects). curl sends a
// PUT body with -T from bodyFile, which must hold request.body; every other body goes inline.
// invokedAs: how the program is typed when not by its plain name (the Go client's path in the
// cache folder, "/usr/bin/python3" when the python3 on PATH cannot import the module).
ProgramCommand realCommand(const QString &programId, const LabRequest &request, int maxRedirects,
                           const QString &bodyFile = {}, const QString &invokedAs = {});

// The Python script of a Python client (resources/lab/clients/<id>.py) for request; empty for a
// program without one.
QString pythonClientScript(const QString &programId, const LabRequest &request);

// 'single-quoted' for a POSIX shell where needed; plain when only safe characters.
QString shellQuote(const QString &argument);

// The first version number in a program's --version output ("curl 7.88.1 (x86_64...)" ->
// "7.88.1", "go1.19.8" -> "1.19.8", "v20.20.2" -> "20.20.2"); empty when there is none.
QString versionNumber(const QString &output);
// True when installed is not the version a profile was observed with: observed says how precise
// it is ("3.11" matches "3.11.7", "0.23.3" does not match "0.24.0"). An empty one never differs.
bool versionDiffers(const QString &observed, const QString &installed);

// The environment a real client or browser runs in: the user's, without the proxy variables, so
// that nothing stands between it and the sandbox on loopback.
QProcessEnvironment loopbackEnvironment();
// Stops a process the lab started (its signals to receiver first, then kill and reap) and
// clears the pointer; nothing when it is already gone.
void discardProcess(QPointer<QProcess> &process, QObject *receiver);

} // namespace statusdeck::lab
