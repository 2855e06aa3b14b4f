// StatusDeck: one binary for the window, the screenshot command and the console commands.
// The command line is parsed (statusdeck_cli) before any application object exists: console
// commands, help and usage errors run on QCoreApplication and need no display; only a valid
// window or screenshot request makes a QApplication.

#include "CommandLine.h"
#include "Io.h"
#include "LabPage.h"
#include "MainWindow.h"
#include "SandboxPage.h"
#include "Screenshot.h"
#include "Theme.h"
#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"
#include "sandbox/SandboxServer.h"
#include "util/Translations.h"

#include <QApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

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

// The window, or with request.screenshot its picture. Kept in one piece apart from main().
int runWindow(QApplication &app, const cli::WindowRequest &options)
{
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
    auto *lab = new gui::LabPage(sandbox, settings);
    window.addPage(lab, QCoreApplication::translate("main", "Redirect Lab"));
    QObject::connect(&window, &gui::MainWindow::labRequested, lab, [&window, lab](int code) {
        lab->focusCode(code);
        window.tabs()->setCurrentWidget(lab);
    });
    QObject::connect(lab, &gui::LabPage::cardRequested, &window, [&window](const QString &id) { window.openCard(id); });
    QObject::connect(&window, &gui::MainWindow::themeRequested, &app,
                     [&app](const QString &requested) { gui::applyTheme(app, requested); });
    window.reportProblems(problems);

    const auto showPage = [&window, lab](const QString &page) {
        if (page == "sandbox"_L1)
            window.tabs()->setCurrentIndex(1);
        else if (page == "lab"_L1)
            window.tabs()->setCurrentWidget(lab);
        else if (page == "reference"_L1)
            window.tabs()->setCurrentIndex(0);
    };

    if (options.screenshot) {
        // A screenshot is reproducible: default layout, the card asked for, nothing saved.
        const QString card = options.card.isEmpty() ? u"301"_s : options.card;
        if (!window.openCard(card)) {
            QTextStream(stderr) << QCoreApplication::translate("main", "statusdeck: no card '%1'.").arg(card)
                                << Qt::endl;
            return 2;
        }
        if (options.page == "lab"_L1 || options.page == "sandbox"_L1) {
            // Pages that show traffic are pictured with some: the fetch matrix, run live on a
            // sandbox on a free port.
            QEventLoop loop;
            QObject::connect(&sandbox, &SandboxServer::started, &loop, &QEventLoop::quit);
            QObject::connect(&sandbox, &SandboxServer::failed, &loop, &QEventLoop::quit);
            QObject::connect(lab, &gui::LabPage::matrixFinished, &loop, &QEventLoop::quit);
            QTimer::singleShot(60000, &loop, &QEventLoop::quit);
            SandboxServer::Options any;
            any.port = 0;
            sandbox.start(any);
            loop.exec();
            lab->setClientId(u"fetch"_s);
            lab->runMatrix();
            loop.exec();
            lab->showCell(2, 1); // POST into 302
        }
        showPage(options.page);
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
    showPage(options.page);
    if (!options.card.isEmpty() && !window.openCard(options.card))
        QTextStream(stderr) << QCoreApplication::translate("main", "statusdeck: no card '%1'.").arg(options.card)
                            << Qt::endl;
    window.show();
    return app.exec();
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
        return runWindow(app, parsed.window);
    }

    cli::attachParentConsole();
    QCoreApplication app(argc, argv);
    installTranslations(app, language);
    cli::Io io(stdout, stderr);
    return cli::runConsole(app.arguments(), io);
}
