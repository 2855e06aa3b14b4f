#include "OpenCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

QString OpenCommand::synopsis() const
{
    return u"FILE.har [--theme light|dark] [--new-window]"_s;
}

QString OpenCommand::summary() const
{
    return QCoreApplication::translate("CommandLine", "open a HAR file in the window's exchange log");
}

QString OpenCommand::description() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Opens FILE.har (from 'statusdeck serve --har', browser devtools or a proxy) in the exchange log of "
        "the Sandbox page, read-only and marked as imported, beside the live exchanges. When a StatusDeck "
        "window is open already, the file opens there and that window comes to the front; the command then "
        "ends at once, with status 1 when the file could not be read as HAR.");
}

QList<QCommandLineOption> OpenCommand::options() const
{
    QList<QCommandLineOption> options = windowOptions();
    // The file decides the page and there is no card: of the window's own options only --theme.
    options.removeIf([](const QCommandLineOption &option) {
        return option.names().contains(u"card"_s) || option.names().contains(u"page"_s);
    });
    options.insert(1, newWindowOption());
    return options;
}

WindowRequest OpenCommand::request(const QCommandLineParser &parser, QString *error) const
{
    WindowRequest request;
    if (!readWindowOptions(parser, request, error))
        return request;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *error = QCoreApplication::translate("CommandLine",
                                             "open needs exactly one HAR file, for example: statusdeck open run.har");
        return request;
    }
    readFileArgument(positional.first(), request, error);
    return request;
}

} // namespace statusdeck::cli
