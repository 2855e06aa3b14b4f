#include "cli/MatrixCommand.h"

#include "lab/RedirectMatrix.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

int runMatrix(const QString &clientName, bool real, const QString &format, QTextStream &out, QTextStream &err)
{
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

    SandboxServer server;
    SandboxServer::Options options;
    options.port = 0;
    options.secondOrigin = false;
    options.alsoIpv6 = false;
    lab::RedirectMatrix matrix(resolved.client);
    QEventLoop loop;
    int status = 0;
    QObject::connect(&server, &SandboxServer::started, &loop,
                     [&](const QUrl &url, const QUrl &) { matrix.start(url, server.log()); });
    QObject::connect(&server, &SandboxServer::failed, &loop, [&](const QString &error) {
        err << QCoreApplication::translate("CommandLine", "statusdeck: cannot start the sandbox: %1.").arg(error)
            << Qt::endl;
        status = 1;
        loop.quit();
    });
    QObject::connect(&matrix, &lab::RedirectMatrix::finished, &loop, &QEventLoop::quit);
    server.start(options);
    loop.exec();
    server.stop();
    if (status != 0)
        return status;

    if (format == "json"_L1)
        out << QString::fromUtf8(QJsonDocument(lab::matrixToJson(matrix.cells())).toJson(QJsonDocument::Indented));
    else
        out << lab::matrixToText(matrix.client(), matrix.cells());
    out << Qt::flush;
    return 0;
}

} // namespace statusdeck::cli
