#include "lab/MatrixClient.h"

#include "lab/BrowserPage.h"
#include "lab/RealClient.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace statusdeck::lab {

ClientId MatrixClient::clientId() const
{
    switch (kind) {
    case Kind::Emulated:
        return ClientId::profile(id);
    case Kind::Qt:
        return ClientId::qt();
    case Kind::Program:
    case Kind::Browser:
        return ClientId::program(id);
    }
    return ClientId::profile(id);
}

MatrixClient::Resolved MatrixClient::resolve(const ClientId &id)
{
    return resolve(id.name, id.kind == ClientId::Kind::Program);
}

MatrixClient::Resolved MatrixClient::resolve(const QString &name, bool real)
{
    Resolved resolved;
    MatrixClient &client = resolved.client;
    if (real) {
        if (const auto browser = browser::parseClient(name)) {
            client.kind = Kind::Browser;
            client.id = browser::clientId(*browser->browser, browser->mode);
            client.profile = ClientProfile::find(browser::profileId(browser->mode));
            client.programPath = browser::findExecutable(*browser->browser);
            client.name =
                QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                            "%1 (real browser, compared with the %2 profile)")
                    .arg(browser::displayName(*browser->browser, browser->mode), browser::profileId(browser->mode));
            if (client.programPath.isEmpty()) {
                resolved.problem = Problem::NotInstalled;
                resolved.error = QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                             "%1 is not installed (none of %2 is on PATH); install "
                                                             "the package %3 to run the matrix in the real browser.")
                                     .arg(browser->browser->name, browser->browser->executables.join(u", "_s),
                                          browser->browser->package);
            }
            return resolved;
        }
        const RealProgram *program = findRealProgram(name);
        if (!program) {
            resolved.problem =
                ClientProfile::find(name) || name == "qt"_L1 ? Problem::RealNotSupported : Problem::Unknown;
            resolved.error = name == "qt"_L1
                                 ? QCoreApplication::translate(
                                       "statusdeck::lab::RedirectMatrix",
                                       "the qt client always runs Qt's own QNetworkAccessManager for real; leave out "
                                       "--real.")
                             : resolved.problem == Problem::RealNotSupported
                                 ? QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                               "'%1' cannot run for real; --real works with %2.")
                                       .arg(name, realNames().join(u", "_s))
                                 : QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                               "unknown client '%1'; with --real use one of %2.")
                                       .arg(name, realNames().join(u", "_s));
            return resolved;
        }
        client.kind = Kind::Program;
        client.id = program->id;
        client.profile = ClientProfile::find(program->profileId);
        client.programPath = QStandardPaths::findExecutable(program->executable);
        const QString observed = client.profile ? client.profile->observedWith() : QString();
        client.name = observed.isEmpty()
                          ? QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                        "%1 (real program, compared with the %2 profile)")
                                .arg(program->id, program->profileId)
                          : QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                        "%1 (real program, compared with the %2 profile, observed "
                                                        "with %3)")
                                .arg(program->id, program->profileId, observed);
        if (client.programPath.isEmpty()) {
            resolved.problem = Problem::NotInstalled;
            resolved.error = program->executable == program->id
                                 ? QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                               "%1 is not installed (not found on PATH); install it "
                                                               "to run the matrix with the real %1.")
                                       .arg(program->id)
                                 : QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                               "%1 is not installed (not found on PATH); install the "
                                                               "Debian package %2 to run the matrix with the real %3.")
                                       .arg(program->executable, program->package, program->id);
        }
        return resolved;
    }
    QString id = name;
    if (const RealProgram *program = findRealProgram(name))
        id = program->profileId; // "python3" means its profile, "urllib"
    const ClientProfile *profile = ClientProfile::find(id);
    if (!profile) {
        resolved.problem = Problem::Unknown;
        resolved.error = QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                     "unknown client '%1'; use one of %2, qt, or with --real %3.")
                             .arg(name, emulatedIds().join(u", "_s), realNames().join(u", "_s));
        return resolved;
    }
    client.kind = id == "qt"_L1 ? Kind::Qt : Kind::Emulated;
    client.id = id;
    client.profile = profile;
    client.name =
        client.kind == Kind::Qt
            ? QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                          "Qt QNetworkAccessManager, default redirect policy (run for real)")
        : profile->observedWith().isEmpty()
            ? QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "%1 (emulated profile)")
                  .arg(profile->name())
            : QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "%1 (emulated profile, observed with %2)")
                  .arg(profile->name(), profile->observedWith());
    return resolved;
}

QString MatrixClient::versionDifference() const
{
    if (kind != Kind::Program || !profile || !versionDiffers(profile->observedVersion(), installedVersion))
        return {};
    return QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "observed with %1, installed %2")
        .arg(profile->observedWith(), installedVersion);
}

QString MatrixClient::crossOriginUnavailable() const
{
    if (kind == Kind::Browser) {
        const auto browser = browser::parseClient(id);
        return browser ? browser::crossOriginUnavailable(browser->mode) : QString();
    }
    // The form and navigate profiles stand for the same browser modes.
    if (kind == Kind::Emulated) {
        const auto mode = browser::modeFromName(id);
        return mode ? browser::crossOriginUnavailable(*mode) : QString();
    }
    return {};
}

QStringList MatrixClient::emulatedIds()
{
    QStringList ids;
    for (const ClientProfile *profile : ClientProfile::all()) {
        if (profile->id() != "qt"_L1)
            ids.append(profile->id());
    }
    return ids;
}

QStringList MatrixClient::realIds()
{
    QStringList ids;
    for (const RealProgram &program : realPrograms())
        ids.append(program.id);
    return ids;
}

QStringList MatrixClient::realNames()
{
    QStringList names = realIds();
    for (const browser::Browser &browser : browser::browsers())
        names.append(browser.id);
    return names;
}

QStringList MatrixClient::browserIds()
{
    return browser::clientIds();
}

} // namespace statusdeck::lab
