#pragma once

#include <QString>

#include <memory>
#include <optional>

class QApplication;
class QSettings;

namespace statusdeck::instance {
class InstanceServer;
struct Request;
} // namespace statusdeck::instance

namespace statusdeck::gui {

class MainWindow;

// What the command line asks of the window (see `statusdeck --help`).
struct WindowOptions {
    QString card;           // card id to open; empty: the last one (a screenshot: 301)
    QString theme;          // "light", "dark"; empty: the saved choice, else the system palette
    QString page;           // "reference", "sandbox", "lab"; empty: the last one (a screenshot: reference)
    QString screenshotFile; // non-empty: render the window to this PNG and exit instead of showing it
    QString show;           // with screenshotFile: "guide", "compare" or "favourites" (ScreenshotMaker::Show)
    QString file;           // a HAR file to open in the exchange log (absolute)
    bool newWindow = false; // a window of its own: no hand-over, scratch settings, sandbox on a free port
};

// Single instance: a window start first offers its request to the window already running
// for this user and settings file (instance::defaultServerName()). Called by main.cpp on a
// QCoreApplication, before any window system is touched: the exit status when the running
// window took the request (its answer printed), nullopt when there is none to take it.
std::optional<int> handToRunningWindow(const WindowOptions &options);
instance::Request instanceRequest(const WindowOptions &options);
// The running window answers what later starts hand over (MainWindow::handleRequest).
void serveRequests(instance::InstanceServer &server, MainWindow &window);
// --new-window: a copy of the user's settings in a scratch file that is thrown away, so the
// second window reads the last state but never overwrites the first one's; its sandbox port
// is 0 (any free port), so it does not compete for the first one's.
std::unique_ptr<QSettings> scratchSettings(const QString &folder);

// Loads the cards and snippets, builds the window and runs it (or writes the screenshot).
// A window first claims the single-instance name; when a running window answers there (a
// start that raced this one), the request goes to it instead. Returns the process exit
// status: 0 done, 1 the screenshot could not be written, 2 an unknown card for a screenshot.
int runGui(QApplication &app, const WindowOptions &options);

} // namespace statusdeck::gui
