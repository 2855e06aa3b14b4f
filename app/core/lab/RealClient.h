#pragma once

#include "lab/ClientProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace statusdeck::lab {

// A real HTTP client program the lab runs with QProcess, and the profile that predicts it.
struct RealProgram {
    QString id;        // the executable: "curl", "python3", "node", "wget"
    QString profileId; // "curl", "urllib", "fetch", "wget"
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
ProgramCommand realCommand(const QString &programId, const LabRequest &request, int maxRedirects,
                           const QString &bodyFile = {});

// 'single-quoted' for a POSIX shell where needed; plain when only safe characters.
QString shellQuote(const QString &argument);

} // namespace statusdeck::lab
