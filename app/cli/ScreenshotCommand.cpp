#include "ScreenshotCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

QString ScreenshotCommand::synopsis() const
{
    return u"[--card CODE] [--page PAGE] [--theme light|dark] [--show guide|compare|favourites] FILE.png"_s;
}

QList<QCommandLineOption> ScreenshotCommand::options() const
{
    QList<QCommandLineOption> options = windowOptions();
    options.append(
        {u"show"_s,
         QCoreApplication::translate("CommandLine", "Picture a part of the reference instead: guide (the Which Code "
                                                    "dialog, answered to a result), compare (the card beside its first "
                                                    "confused-with card) or favourites (a few cards starred)."),
         u"guide|compare|favourites"_s});
    return options;
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
    request.show = parser.value(u"show"_s);
    if (!request.show.isEmpty() && request.show != "guide"_L1 && request.show != "compare"_L1 &&
        request.show != "favourites"_L1) {
        *error = QCoreApplication::translate("CommandLine", "--show takes guide, compare or favourites, not '%1'.")
                     .arg(request.show);
        return request;
    }
    request.outputFile = positional.first();
    return request;
}

} // namespace statusdeck::cli
