#include "GuiMain.h"

#include "MainWindow.h"
#include "Screenshot.h"
#include "Theme.h"
#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"
#include "instance/SingleInstance.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QTemporaryDir>
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

// What the running window said of a request handed to it, as this process's exit status.
int reportForwarded(const instance::Forwarded &forwarded)
{
    if (forwarded.outcome == instance::Forwarded::Outcome::Delivered) {
        if (!forwarded.reply.message.isEmpty())
            printError(u"statusdeck: "_s + forwarded.reply.message);
        return forwarded.reply.status;
    }
    printError(QCoreApplication::translate("GuiMain", "statusdeck: a StatusDeck window is running but did not take the "
                                                      "request (%1). Close it, or start another with --new-window.")
                   .arg(forwarded.error));
    return 1;
}

} // namespace

instance::Request instanceRequest(const WindowOptions &options)
{
    instance::Request request;
    request.card = options.card;
    request.page = options.page;
    request.theme = options.theme;
    request.file = options.file;
    return request;
}

std::optional<int> handToRunningWindow(const WindowOptions &options)
{
    if (options.newWindow || !options.screenshotFile.isEmpty())
        return std::nullopt;
    const instance::Forwarded forwarded =
        instance::forwardRequest(instance::defaultServerName(), instanceRequest(options));
    if (forwarded.outcome == instance::Forwarded::Outcome::NoInstance)
        return std::nullopt;
    return reportForwarded(forwarded);
}

void serveRequests(instance::InstanceServer &server, MainWindow &window)
{
    server.setHandler([&window](const instance::Request &request) { return window.handleRequest(request); });
}

std::unique_ptr<QSettings> scratchSettings(const QString &folder)
{
    auto copy = std::make_unique<QSettings>(QDir(folder).filePath(u"statusdeck.conf"_s), QSettings::IniFormat);
    const QSettings user;
    for (const QString &key : user.allKeys())
        copy->setValue(key, user.value(key));
    copy->setValue(u"sandbox/port"_s, 0);
    return copy;
}

int runGui(QApplication &app, const WindowOptions &options)
{
    // One window per user and settings file: a later start hands its request to this one.
    std::unique_ptr<instance::InstanceServer> server;
    if (options.screenshotFile.isEmpty()) {
        instance::Claim claim =
            instance::claim(instance::defaultServerName(), instanceRequest(options), options.newWindow);
        if (claim.role == instance::Claim::Role::Forwarded)
            return reportForwarded(claim.forwarded);
        server = std::move(claim.server);
    }

    useFastTextShaping(app);
    // The user's settings are read even for a screenshot, so that a broken file is reported.
    QSettings userSettings;
    const bool screenshot = !options.screenshotFile.isEmpty();
    // A screenshot is the default window: none of the user's state is shown (favourites,
    // recent cards) or changed (the last card) in a window that only takes a picture.
    QTemporaryDir scratchFolder;
    std::unique_ptr<QSettings> scratch;
    if (screenshot) {
        scratch = std::make_unique<QSettings>(
            scratchFolder.isValid() ? scratchFolder.filePath(u"screenshot.conf"_s) : QString(), QSettings::IniFormat);
        scratch->setAtomicSyncRequired(false); // thrown away with its folder: no need to sync it to disk
    } else if (options.newWindow && scratchFolder.isValid())
        scratch = scratchSettings(scratchFolder.path());
    QSettings &settings = scratch ? *scratch : userSettings;
    const Catalog catalog = Catalog::loadBuiltIn();
    const SnippetLibrary snippets = SnippetLibrary::loadBuiltIn();
    const QStringList problems = loadProblems(catalog, snippets, userSettings);
    for (const QString &problem : problems)
        printError(u"statusdeck: "_s + problem);

    const QString theme = options.theme.isEmpty() ? settings.value(u"appearance/theme"_s).toString() : options.theme;
    applyTheme(app, theme);

    MainWindow window(catalog, snippets, settings);
    QObject::connect(&window, &MainWindow::themeRequested, &app,
                     [&app](const QString &requested) { applyTheme(app, requested); });
    window.reportProblems(problems);
    const std::optional<MainWindow::Page> page = MainWindow::pageFromName(options.page);

    if (screenshot) {
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
        const QString error =
            options.show.isEmpty()
                ? maker.make(page.value_or(MainWindow::Page::Reference), options.screenshotFile)
                : maker.makeShowing(ScreenshotMaker::showFromName(options.show), options.screenshotFile);
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
    if (!options.file.isEmpty()) {
        if (const QString error = window.openHar(options.file); !error.isEmpty())
            printError(u"statusdeck: "_s + error);
    }
    if (server)
        serveRequests(*server, window);
    const int status = app.exec();
    server.reset(); // before the window it answers for
    return status;
}

} // namespace statusdeck::gui
