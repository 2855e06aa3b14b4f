#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace statusdeck::cli {

class Io;

// One console command: its name, its help and its options, parsed by its own
// QCommandLineParser, so `statusdeck NAME --help` shows exactly what NAME takes and an
// option of another command is a usage error. A new command is a subclass in its own file
// and one line in CommandRegistry.cpp.
class Command
{
public:
    virtual ~Command() = default;

    // The word after `statusdeck`: "show".
    virtual QString name() const = 0;
    // What follows the name in the usage line: "CODE [--snippet FRAMEWORK]".
    virtual QString synopsis() const = 0;
    // One line for the list of commands in `statusdeck --help`.
    virtual QString summary() const = 0;
    // A paragraph for `statusdeck NAME --help`; the summary when there is nothing to add.
    virtual QString description() const { return summary(); }
    // The command's own options; --lang and --help are added to every command.
    virtual QList<QCommandLineOption> options() const { return {}; }

    // Runs with the parsed arguments (the positional ones without the command's name) and
    // returns the exit status: 0 done, 1 failed, 2 bad usage. Output goes through io;
    // whether it could be written is checked after run() returns.
    virtual int run(const QCommandLineParser &parser, Io &io) const = 0;
};

} // namespace statusdeck::cli
