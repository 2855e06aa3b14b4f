#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace statusdeck::cli {

class Command;
class Io;

// What the window and `screenshot` were asked for, checked before any GUI application exists.
struct WindowRequest {
    bool screenshot = false;
    QString card;           // card id to open; empty: the last one (the window) or 301 (a screenshot)
    QString theme;          // "light", "dark" or empty for the saved or system palette
    QString page;           // "reference", "sandbox", "lab" or empty for the last one
    QString outputFile;     // the screenshot's PNG
    QString show;           // a screenshot of "guide", "compare" or "favourites" instead of the page alone
    QString language;       // --lang, empty for the system locale
    QString file;           // a HAR file to open in the exchange log (absolute; checked to be readable)
    bool newWindow = false; // --new-window: a window of its own, not the running one
};

// A command line, parsed without an application object: a bad one never reaches a
// platform plugin, and only a valid window or screenshot request makes a QApplication.
struct Parsed {
    enum class Kind {
        Window,     // no command or `open`: open the window, or hand the request to the running one (window)
        Screenshot, // `screenshot` (window)
        Run,        // a console command (command, parser)
        Help,       // --help (command; null for the top level)
        Version,    // --version
        UsageError, // error; command is the one concerned, null for the top level
    };
    Kind kind = Kind::UsageError;
    const Command *command = nullptr;
    WindowRequest window;
    QString error;
    std::shared_ptr<const QCommandLineParser> parser;

    bool needsGui() const { return kind == Kind::Window || kind == Kind::Screenshot; }
};

// arguments[0] is the program, as in QCoreApplication::arguments().
Parsed parse(const QStringList &arguments);

// Everything that is not a window: a console command, help, version or a usage error (exit
// status 2). Needs a QCoreApplication with the translations installed; parses again, so that
// messages and help are in the interface language. Returns the exit status; 1 when the
// output could not be written.
int runConsole(const QStringList &arguments, Io &io);

// `statusdeck --help` (command null) or `statusdeck NAME --help`; also what `help NAME` prints.
QString helpText(const Command *command);

} // namespace statusdeck::cli
