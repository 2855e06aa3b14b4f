// StatusDeck: one binary for the window, the screenshot command and the console commands.
// Console commands run on QCoreApplication so they need no display.

#include "MainWindow.h"
#include "SandboxPage.h"
#include "Screenshot.h"
#include "Theme.h"
#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"
#include "cli/CommandLine.h"
#include "sandbox/SandboxServer.h"
#include "util/Translations.h"

#include <QApplication>
#include <QSettings>
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

QStringList loadProblems(const Catalog &catalog, const SnippetLibrary &snippets, const QSettings &settings)
{
    QStringList problems;
    for (const LoadIssue &issue : catalog.issues())
        problems.append(QCoreApplication::translate("main", "Skipped a broken card: %1").arg(issue.toString()));
    for (const LoadIssue &issue : snippets.issues())
        problems.append(
            QCoreApplication::translate("main", "Skipped a broken snippet template: %1").arg(issue.toString()));
    if (settings.status() != QSettings::NoError)
        problems.append(QCoreApplication::translate("main", "The settings file %1 could not be read; defaults are "
                                                            "used and it will be rewritten.")
                            .arg(settings.fileName()));
    return problems;
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

    QSettings settings;
    const Catalog catalog = Catalog::loadBuiltIn();
    const SnippetLibrary snippets = SnippetLibrary::loadBuiltIn();
    const QStringList problems = loadProblems(catalog, snippets, settings);
    for (const QString &problem : problems)
        QTextStream(stderr) << u"statusdeck: "_s << problem << Qt::endl;

    const QString theme = options.theme.isEmpty() ? settings.value(u"appearance/theme"_s).toString() : options.theme;
    gui::applyTheme(app, theme);

    SandboxServer sandbox;
    gui::MainWindow window(catalog, snippets, settings);
    window.addPage(new gui::SandboxPage(sandbox, settings), QCoreApplication::translate("main", "Sandbox"));
    QObject::connect(&window, &gui::MainWindow::themeRequested, &app,
                     [&app](const QString &requested) { gui::applyTheme(app, requested); });
    window.reportProblems(problems);

    if (mode == cli::Mode::Screenshot) {
        // A screenshot is reproducible: default layout, the card asked for, nothing saved.
        const QString card = options.card.isEmpty() ? u"301"_s : options.card;
        if (!window.openCard(card)) {
            QTextStream(stderr) << QCoreApplication::translate("main", "statusdeck: no card '%1'.").arg(card)
                                << Qt::endl;
            return 2;
        }
        const QString error = gui::saveScreenshot(window, options.outputFile);
        if (!error.isEmpty()) {
            QTextStream(stderr) << QCoreApplication::translate("main", "statusdeck: could not write %1: %2")
                                       .arg(options.outputFile, error)
                                << Qt::endl;
            return 1;
        }
        return 0;
    }

    window.restoreState();
    if (!options.card.isEmpty() && !window.openCard(options.card))
        QTextStream(stderr) << QCoreApplication::translate("main", "statusdeck: no card '%1'.").arg(options.card)
                            << Qt::endl;
    window.show();
    return app.exec();
}
