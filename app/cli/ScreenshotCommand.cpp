#include "ScreenshotCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

QString ScreenshotCommand::synopsis() const
{
    return u"[--card CODE] [--page PAGE] [--theme light|dark] FILE.png"_s;
}

QString ScreenshotCommand::summary() const
{
    return QCoreApplication::translate("CommandLine", "render the window to a PNG and exit");
}

QString ScreenshotCommand::description() const
{
    return QCoreApplication::translate(
        "CommandLine", "Renders the window at 1280x800 to a PNG and exits; works with QT_QPA_PLATFORM=offscreen. "
                       "The card is 301 unless --card says otherwise. For the sandbox and lab pages it first runs "
                       "the Fetch matrix on a sandbox on a free port, so the picture shows traffic.");
}

WindowRequest ScreenshotCommand::request(const QCommandLineParser &parser, QString *error) const
{
    WindowRequest request;
    request.screenshot = true;
    if (!readWindowOptions(parser, request, error))
        return request;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *error = QCoreApplication::translate("CommandLine", "screenshot needs exactly one output file, for example: "
                                                            "statusdeck screenshot --card 301 window.png");
        return request;
    }
    request.outputFile = positional.first();
    return request;
}

} // namespace statusdeck::cli
