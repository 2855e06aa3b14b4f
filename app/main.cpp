// StatusDeck: one binary for the window, the screenshot command and the console commands.
// The command line is parsed (statusdeck_cli) before any application object exists: console
// commands, help and usage errors run on QCoreApplication and need no display; only a valid
// window or screenshot request makes a QApplication, and the window itself is gui::runGui().

#include "CommandLine.h"
#include "GuiMain.h"
#include "Io.h"
#include "util/Translations.h"

#include <QApplication>

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace {

void describeApp()
{
    QCoreApplication::setOrganizationName(u"StatusDeck"_s);
    QCoreApplication::setApplicationName(u"statusdeck"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STATUSDECK_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    describeApp();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const cli::Parsed parsed = cli::parse(arguments);
    // Found even when the rest of the command line is wrong, so that its error is translated.
    const QString language = languageFromArguments(argc, argv);

    if (parsed.needsGui()) {
        QApplication app(argc, argv);
        QApplication::setApplicationDisplayName(u"StatusDeck"_s);
        QApplication::setDesktopFileName(u"io.github.statusdeck.StatusDeck"_s);
        installTranslations(app, language);
        gui::WindowOptions window;
        window.card = parsed.window.card;
        window.theme = parsed.window.theme;
        window.page = parsed.window.page;
        if (parsed.window.screenshot)
            window.screenshotFile = parsed.window.outputFile;
        window.show = parsed.window.show;
        return gui::runGui(app, window);
    }

    cli::attachParentConsole();
    QCoreApplication app(argc, argv);
    installTranslations(app, language);
    cli::Io io(stdout, stderr);
    return cli::runConsole(app.arguments(), io);
}
