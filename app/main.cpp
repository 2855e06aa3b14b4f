// StatusDeck: one binary for the window, the screenshot command and the console commands.
// Console commands run on QCoreApplication so they need no display.

#include "GuiMain.h"
#include "cli/CommandLine.h"
#include "util/Translations.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

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
    const QString language = languageFromArguments(argc, argv);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const cli::Mode mode = cli::detectMode(arguments);

    if (mode == cli::Mode::Console) {
        QCoreApplication app(argc, argv);
        installTranslations(app, language);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cli::runConsole(app.arguments(), out, err);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"StatusDeck"_s);
    QApplication::setDesktopFileName(u"io.github.statusdeck.StatusDeck"_s);
    installTranslations(app, language);

    const cli::GuiOptions options = cli::parseGuiOptions(app.arguments());
    if (!options.error.isEmpty()) {
        QTextStream(stderr) << u"statusdeck: "_s << options.error << u"\n\n"_s << cli::helpText();
        return 2;
    }

    gui::WindowOptions window;
    window.card = options.card;
    window.theme = options.theme;
    window.page = options.page;
    if (mode == cli::Mode::Screenshot)
        window.screenshotFile = options.outputFile;
    return gui::runGui(app, window);
}
