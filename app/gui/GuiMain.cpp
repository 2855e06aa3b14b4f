#include "GuiMain.h"

#include "MainWindow.h"
#include "Screenshot.h"
#include "Theme.h"
#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {

QStringList loadProblems(const Catalog &catalog, const SnippetLibrary &snippets, const QSettings &settings)
{
    QStringList problems;
    for (const LoadIssue &issue : catalog.issues())
        problems.append(QCoreApplication::translate("GuiMain", "Skipped a broken card: %1").arg(issue.toString()));
    for (const LoadIssue &issue : snippets.issues())
        problems.append(
            QCoreApplication::translate("GuiMain", "Skipped a broken snippet template: %1").arg(issue.toString()));
    if (settings.status() != QSettings::NoError)
        problems.append(
            QCoreApplication::translate(
                "GuiMain", "The settings file %1 could not be read; defaults are used and it will be rewritten.")
                .arg(settings.fileName()));
    return problems;
}

void printError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
}

} // namespace

int runGui(QApplication &app, const WindowOptions &options)
{
    QSettings settings;
    const Catalog catalog = Catalog::loadBuiltIn();
    const SnippetLibrary snippets = SnippetLibrary::loadBuiltIn();
    const QStringList problems = loadProblems(catalog, snippets, settings);
    for (const QString &problem : problems)
        printError(u"statusdeck: "_s + problem);

    const QString theme = options.theme.isEmpty() ? settings.value(u"appearance/theme"_s).toString() : options.theme;
    applyTheme(app, theme);

    MainWindow window(catalog, snippets, settings);
    QObject::connect(&window, &MainWindow::themeRequested, &app,
                     [&app](const QString &requested) { applyTheme(app, requested); });
    window.reportProblems(problems);
    const std::optional<MainWindow::Page> page = MainWindow::pageFromName(options.page);

    if (!options.screenshotFile.isEmpty()) {
        // A screenshot is reproducible: default layout, the card asked for, nothing saved.
        const QString card = options.card.isEmpty() ? u"301"_s : options.card;
        if (!catalog.findById(card)) {
            printError(QCoreApplication::translate("GuiMain", "statusdeck: no card '%1'.").arg(card));
            return 2;
        }
        // The window gets its size before the card goes in: the card's rich text is then laid
        // out at the width it is shown at, not first at a hidden view's default width.
        const QSize size(1280, 800);
        window.resize(size);
        window.show();
        window.openCard(card);
        ScreenshotMaker maker(window, size);
        const QString error = maker.make(page.value_or(MainWindow::Page::Reference), options.screenshotFile);
        if (!error.isEmpty()) {
            printError(QCoreApplication::translate("GuiMain", "statusdeck: could not write %1: %2")
                           .arg(options.screenshotFile, error));
            return 1;
        }
        return 0;
    }

    // Only a window on a desktop has an icon to show (loading it costs the SVG plugin).
    QApplication::setWindowIcon(QIcon(u":/icons/statusdeck.svg"_s));
    window.restoreState();
    if (page)
        window.showPage(*page);
    if (!options.card.isEmpty() && !window.openCard(options.card))
        printError(QCoreApplication::translate("GuiMain", "statusdeck: no card '%1'.").arg(options.card));
    window.show();
    return app.exec();
}

} // namespace statusdeck::gui
