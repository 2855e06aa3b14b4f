#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace statusdeck::cli {

// What the arguments ask for: the window, a screenshot (needs a GUI application),
// or a console command (show, list, export, --help, --version) that needs no display.
enum class Mode { Window, Screenshot, Console };

Mode detectMode(const QStringList &arguments);

// Options shared by the window and the screenshot command.
struct GuiOptions {
    QString card;  // card id to open, empty for the last one
    QString theme; // "light", "dark" or empty for the system palette
    QString page;  // "reference", "sandbox", "lab" or empty for the last one
    QString outputFile;
    QString error; // non-empty: print it and exit with status 2
};
GuiOptions parseGuiOptions(const QStringList &arguments);

// Runs a console command; returns the process exit status
// (0 done, 1 failed, 2 bad usage or unknown code).
int runConsole(const QStringList &arguments, QTextStream &out, QTextStream &err);

QString helpText();

} // namespace statusdeck::cli
