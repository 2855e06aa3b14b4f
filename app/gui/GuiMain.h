#pragma once

#include <QString>

class QApplication;

namespace statusdeck::gui {

// What the command line asks of the window (see `statusdeck --help`).
struct WindowOptions {
    QString card;           // card id to open; empty: the last one (a screenshot: 301)
    QString theme;          // "light", "dark"; empty: the saved choice, else the system palette
    QString page;           // "reference", "sandbox", "lab"; empty: the last one (a screenshot: reference)
    QString screenshotFile; // non-empty: render the window to this PNG and exit instead of showing it
    QString show;           // with screenshotFile: "guide", "compare" or "favourites" (ScreenshotMaker::Show)
};

// Loads the cards and snippets, builds the window and runs it (or writes the screenshot).
// Returns the process exit status: 0 done, 1 the screenshot could not be written, 2 an
// unknown card for a screenshot.
int runGui(QApplication &app, const WindowOptions &options);

} // namespace statusdeck::gui
