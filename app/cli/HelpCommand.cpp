#include "HelpCommand.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "Io.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

QString HelpCommand::synopsis() const
{
    return u"[COMMAND]"_s;
}

QString HelpCommand::summary() const
{
    return QCoreApplication::translate("CommandLine", "the options of COMMAND, or this help");
}

int HelpCommand::run(const QCommandLineParser &parser, Io &io) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        io.err() << QCoreApplication::translate("CommandLine", "statusdeck: help takes one command at most.")
                 << Qt::endl;
        return 2;
    }
    if (positional.isEmpty()) {
        io.out() << helpText(nullptr);
        return 0;
    }
    const Command *command = CommandRegistry::find(positional.first());
    if (!command) {
        io.err()
            << QCoreApplication::translate("CommandLine", "statusdeck: unknown command '%1'.").arg(positional.first())
            << Qt::endl;
        return 2;
    }
    io.out() << helpText(command);
    return 0;
}

} // namespace statusdeck::cli
