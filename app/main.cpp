// StatusDeck: one binary for the window, the screenshot command and the console commands.
// The command line is parsed (statusdeck_cli) before any application object exists: console
// commands, help and usage errors run on QCoreApplication and need no display; only a valid
// window or screenshot request makes a QApplication, and the window itself is gui::runGui().
// A window request is first offered to a window already running (single instance), on a
// QCoreApplication that is gone before the QApplication is made.

#include "CommandLine.h"
#include "Display.h"
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
        gui::WindowOptions window;
        window.card = parsed.window.card;
        window.theme = parsed.window.theme;
        window.page = parsed.window.page;
        window.file = parsed.window.file;
        window.newWindow = parsed.window.newWindow;
        if (parsed.window.screenshot)
            window.screenshotFile = parsed.window.outputFile;
        window.show = parsed.window.show;
        // A window already running takes the request: no display, no window of our own.
        if (!parsed.window.screenshot && !parsed.window.newWindow) {
            QCoreApplication probe(argc, argv);
            installTranslations(probe, language);
            if (const std::optional<int> status = gui::handToRunningWindow(window))
                return *status;
        }
        // Qt aborts without a display: a screenshot needs none (it renders offscreen), a
        // window says why it cannot open.
        if (gui::displayMissing(gui::currentDisplayEnvironment(argc, argv))) {
            if (parsed.window.screenshot) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
            } else {
                QCoreApplication core(argc, argv);
                installTranslations(core, language);
                cli::Io io(stdout, stderr);
                io.err() << QCoreApplication::translate(
                                "CommandLine",
                                "statusdeck: cannot open a window: there is no display (DISPLAY and WAYLAND_DISPLAY "
                                "are not set). The commands work without one: see statusdeck --help.")
                         << '\n';
                io.finish();
                return 1;
            }
        }
        QApplication app(argc, argv);
        QApplication::setApplicationDisplayName(u"StatusDeck"_s);
        QApplication::setDesktopFileName(u"io.github.statusdeck.StatusDeck"_s);
        installTranslations(app, language);
        return gui::runGui(app, window);
    }

    cli::attachParentConsole();
    QCoreApplication app(argc, argv);
    installTranslations(app, language);
    cli::Io io(stdout, stderr);
    return cli::runConsole(app.arguments(), io);
}
