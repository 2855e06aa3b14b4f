#include "CommandLine.h"

#include "Command.h"
#include "CommandRegistry.h"
#include "GuiCommand.h"
#include "Io.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

namespace {

constexpr qsizetype kHelpWidth = 79;
constexpr qsizetype kLeftColumn = 30;

// Options every command takes.
QList<QCommandLineOption> commonOptions()
{
    return {
        {u"lang"_s, QCoreApplication::translate("CommandLine", "Use the interface language CODE (for example de)."),
         u"CODE"_s},
        {{u"h"_s, u"help"_s}, QCoreApplication::translate("CommandLine", "Show this help.")},
    };
}

QList<QCommandLineOption> optionsOf(const Command &command)
{
    return command.options() + commonOptions();
}

// Every option name that takes a value, in any command: the value after it is not the command word.
QSet<QString> namesTakingValues()
{
    QSet<QString> names;
    QList<const Command *> all = CommandRegistry::commands();
    all.append(&CommandRegistry::window());
    for (const Command *command : all) {
        for (const QCommandLineOption &option : optionsOf(*command)) {
            if (!option.valueName().isEmpty()) {
                for (const QString &name : option.names())
                    names.insert(name);
            }
        }
    }
    return names;
}

// Index of the command word (the first argument that is neither an option nor an option's
// value), or -1 when the command line names no command.
qsizetype commandIndex(const QStringList &arguments)
{
    const QSet<QString> takesValue = namesTakingValues();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == "--"_L1)
            return -1;
        if (argument.startsWith(u'-') && argument.size() > 1) {
            const QString name = argument.mid(argument.startsWith("--"_L1) ? 2 : 1);
            if (!name.contains(u'=') && takesValue.contains(name))
                ++i;
            continue;
        }
        return CommandRegistry::find(argument) ? i : -1;
    }
    return -1;
}

// Lays words out in lines of at most kHelpWidth columns; the first word starts at column
// indent (the caller has put it there) and so does every further line.
QString wrapped(const QStringList &words, qsizetype indent)
{
    QString result;
    qsizetype column = indent;
    for (const QString &word : words) {
        if (column > indent && column + 1 + word.size() > kHelpWidth) {
            result += u'\n' + QString(indent, u' ');
            column = indent;
        } else if (column > indent) {
            result += u' ';
            ++column;
        }
        result += word;
        column += word.size();
    }
    return result;
}

QString wrapped(const QString &text, qsizetype indent)
{
    return wrapped(text.split(u' ', Qt::SkipEmptyParts), indent);
}

// A usage line's words, with "[--card CODE]" kept together.
QStringList synopsisWords(const QString &synopsis)
{
    QStringList words;
    int depth = 0;
    for (const QString &part : synopsis.split(u' ', Qt::SkipEmptyParts)) {
        if (depth > 0)
            words.last() += u' ' + part;
        else
            words.append(part);
        depth += int(part.count(u'[')) - int(part.count(u']'));
    }
    return words;
}

// "  left   right", the right column wrapped; right on the next line when left is too wide.
QString row(const QString &left, const QString &right)
{
    QString line = u"  "_s + left;
    if (line.size() + 2 > kLeftColumn) {
        line += u'\n' + QString(kLeftColumn, u' ');
    } else {
        line += QString(kLeftColumn - line.size(), u' ');
    }
    return line + wrapped(right, kLeftColumn) + u'\n';
}

QString optionRows(const QList<QCommandLineOption> &options)
{
    QString text;
    for (const QCommandLineOption &option : options) {
        if (option.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? u"-"_s : u"--"_s) + name);
        QString left = names.join(u", "_s);
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        text += row(left, option.description());
    }
    return text;
}

// "statusdeck NAME SYNOPSIS", wrapped to start at column indent.
QString usageLine(const Command &command, qsizetype indent)
{
    return wrapped(QStringList{u"statusdeck"_s, command.name()} + synopsisWords(command.synopsis()), indent);
}

} // namespace

QString helpText(const Command *command)
{
    const QString usage = QCoreApplication::translate("CommandLine", "Usage:");
    if (command) {
        return usage + u' ' + usageLine(*command, usage.size() + 1) + u"\n\n"_s + wrapped(command->description(), 0) +
               u"\n\n"_s + QCoreApplication::translate("CommandLine", "Options:") + u'\n' +
               optionRows(optionsOf(*command)) + u'\n' +
               QCoreApplication::translate("CommandLine", "Run 'statusdeck --help' for the other commands.") + u'\n';
    }
    const GuiCommand &window = CommandRegistry::window();
    QString text = usage + u' ' +
                   wrapped(QStringList{u"statusdeck"_s} + synopsisWords(window.synopsis()), usage.size() + 1) + u'\n' +
                   QString(usage.size(), u' ') + u" statusdeck COMMAND [OPTIONS]\n\n"_s + wrapped(window.summary(), 0) +
                   u"\n\n"_s + QCoreApplication::translate("CommandLine", "Commands:") + u'\n';
    for (const Command *each : CommandRegistry::commands()) {
        const QString synopsis = each->synopsis();
        text += row(each->name() + (synopsis.isEmpty() ? QString() : u' ' + synopsis), each->summary());
    }
    text += u'\n' + QCoreApplication::translate("CommandLine", "Options:") + u'\n' + optionRows(optionsOf(window)) +
            u'\n' +
            QCoreApplication::translate("CommandLine", "Run 'statusdeck help COMMAND' for the options of a command.") +
            u'\n';
    return text;
}

Parsed parse(const QStringList &arguments)
{
    Parsed parsed;
    QStringList rest = arguments;
    const qsizetype index = commandIndex(arguments);
    if (index >= 0) {
        parsed.command = CommandRegistry::find(arguments.at(index));
        rest.removeAt(index);
    }
    const Command &command = parsed.command ? *parsed.command : CommandRegistry::window();

    auto parser = std::make_shared<QCommandLineParser>();
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOptions(optionsOf(command));
    if (!parser->parse(rest)) {
        parsed.error = parser->errorText();
        return parsed;
    }
    if (parser->isSet(u"help"_s)) {
        parsed.kind = Parsed::Kind::Help;
        return parsed;
    }
    if (!parsed.command && parser->isSet(u"version"_s)) {
        parsed.kind = Parsed::Kind::Version;
        return parsed;
    }
    if (const auto *gui = dynamic_cast<const GuiCommand *>(&command)) {
        parsed.window = gui->request(*parser, &parsed.error);
        if (parsed.error.isEmpty())
            parsed.kind = parsed.window.screenshot ? Parsed::Kind::Screenshot : Parsed::Kind::Window;
        return parsed;
    }
    parsed.kind = Parsed::Kind::Run;
    parsed.parser = std::move(parser);
    return parsed;
}

int runConsole(const QStringList &arguments, Io &io)
{
    const Parsed parsed = parse(arguments);
    int status = 0;
    switch (parsed.kind) {
    case Parsed::Kind::Run:
        status = parsed.command->run(*parsed.parser, io);
        break;
    case Parsed::Kind::Help:
        io.out() << helpText(parsed.command);
        break;
    case Parsed::Kind::Version:
        io.out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        break;
    case Parsed::Kind::UsageError:
        if (parsed.command)
            io.err() << u"statusdeck "_s << parsed.command->name() << u": "_s << parsed.error << u'\n'
                     << QCoreApplication::translate("CommandLine", "Run 'statusdeck %1 --help' for its options.")
                            .arg(parsed.command->name())
                     << Qt::endl;
        else
            io.err() << u"statusdeck: "_s << parsed.error << u'\n'
                     << QCoreApplication::translate("CommandLine",
                                                    "Run 'statusdeck --help' for the commands and options.")
                     << Qt::endl;
        status = 2;
        break;
    case Parsed::Kind::Window:
    case Parsed::Kind::Screenshot:
        io.err() << QCoreApplication::translate("CommandLine", "statusdeck: this needs the window.") << Qt::endl;
        status = 1;
        break;
    }
    if (!io.finish() && status == 0)
        status = 1;
    return status;
}

} // namespace statusdeck::cli
