#pragma once

#include "Command.h"
#include "CommandLine.h"

namespace statusdeck::cli {

// A command that needs the window (the window itself, `screenshot`): its options are parsed
// and checked here, before any GUI application exists; main.cpp then makes the QApplication.
class GuiCommand : public Command
{
public:
    // The request, or a usage error in *error.
    virtual WindowRequest request(const QCommandLineParser &parser, QString *error) const = 0;

    // Not reached for a valid command line: parse() hands those to main.cpp.
    int run(const QCommandLineParser &parser, Io &io) const final;

protected:
    // --card, --theme, --page (the first three), and the options QGuiApplication itself takes (-platform,
    // -style, -session, ...) so that they still reach it.
    static QList<QCommandLineOption> windowOptions();
    // Reads and checks the options above into request; false with *error set when one is bad.
    static bool readWindowOptions(const QCommandLineParser &parser, WindowRequest &request, QString *error);
    // --new-window, for the commands that open or reach the window.
    static QCommandLineOption newWindowOption();
    // A HAR file named on the command line (a path or a file: URL, as a desktop entry's %f or
    // %u passes it) into request.file as an absolute path; false with *error when it names
    // nothing readable.
    static bool readFileArgument(const QString &argument, WindowRequest &request, QString *error);
};

} // namespace statusdeck::cli
