#include "SandboxStart.h"

#include <QCoreApplication>
#include <QTextStream>

namespace statusdeck::cli {

bool startSandboxBlocking(SandboxServer &server, const SandboxServer::Options &options, QTextStream &err)
{
    if (server.startAndWait(options) && server.url().isValid())
        return true;
    err << QCoreApplication::translate("CommandLine", "statusdeck: cannot start the sandbox: %1.")
               .arg(server.errorString())
        << Qt::endl;
    return false;
}

SandboxServer::Options privateSandboxOptions(bool secondOrigin, bool alsoIpv6)
{
    SandboxServer::Options options;
    options.port = 0;
    options.secondOrigin = secondOrigin;
    options.alsoIpv6 = alsoIpv6;
    return options;
}

} // namespace statusdeck::cli
