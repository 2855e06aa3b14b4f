#include "cli/CommandLine.h"

#include "catalog/CardExport.h"
#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"
#include "cli/MatrixCommand.h"
#include "cli/ServeCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

namespace {

const QStringList kConsoleCommands{u"show"_s, u"list"_s, u"export"_s, u"serve"_s, u"matrix"_s, u"help"_s};

// Every option of every command; a command ignores the ones that are not its own.
QList<QCommandLineOption> commonOptions()
{
    return {
        {u"lang"_s, QCoreApplication::translate("CommandLine", "Use the interface language CODE (for example de)."),
         u"CODE"_s},
        {u"theme"_s,
         QCoreApplication::translate("CommandLine", "Use the light or dark palette instead of the system's."),
         u"light|dark"_s},
        {u"card"_s, QCoreApplication::translate("CommandLine", "Open the card CODE (window and screenshot)."),
         u"CODE"_s},
        {u"page"_s,
         QCoreApplication::translate("CommandLine", "Show the page reference, sandbox or lab (window and screenshot)."),
         u"PAGE"_s},
        {u"format"_s, QCoreApplication::translate("CommandLine", "Export format: json or markdown."), u"FORMAT"_s,
         u"json"_s},
        {u"snippet"_s, QCoreApplication::translate("CommandLine", "With show: print only the snippet for FRAMEWORK."),
         u"FRAMEWORK"_s},
        {u"port"_s,
         QCoreApplication::translate("CommandLine", "With serve: listen on port N (default 8088, 0 for any)."), u"N"_s},
        {u"bind"_s, QCoreApplication::translate("CommandLine", "With serve: listen on ADDR (default 127.0.0.1)."),
         u"ADDR"_s},
        {u"client"_s, QCoreApplication::translate("CommandLine", "With matrix: the client to run (fetch, curl, ...)."),
         u"NAME"_s},
        {u"real"_s,
         QCoreApplication::translate("CommandLine", "With matrix: run the real program (curl, python3, node, wget).")},
        {{u"h"_s, u"help"_s}, QCoreApplication::translate("CommandLine", "Show this help.")},
        {{u"v"_s, u"version"_s}, QCoreApplication::translate("CommandLine", "Show the version.")},
    };
}

// The first argument that is not an option or an option's value.
QString commandOf(const QStringList &arguments)
{
    QStringList takesValue;
    for (const QCommandLineOption &option : commonOptions()) {
        if (!option.valueName().isEmpty())
            takesValue.append(u"--"_s + option.names().constLast());
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (takesValue.contains(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith(u'-'))
            return arg;
    }
    return {};
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(commonOptions());
    parser.addPositionalArgument(
        u"command"_s, QCoreApplication::translate(
                          "CommandLine", "show, list, export, serve, matrix or screenshot; none opens the window."));
}

// Resolves a code or card id; prints a "did you mean" message and returns null when unknown.
const Card *resolveCard(const Catalog &catalog, const QString &argument, QTextStream &err)
{
    if (const Card *card = catalog.findById(argument))
        return card;
    bool isNumber = false;
    const int code = argument.toInt(&isNumber);
    if (isNumber) {
        if (const Card *card = catalog.find(code))
            return card;
        QStringList nearest;
        for (int near : catalog.nearestCodes(code))
            nearest.append(QString::number(near));
        err << QCoreApplication::translate("CommandLine",
                                           "statusdeck: no card for status code %1. Nearest known codes: %2.")
                   .arg(argument, nearest.join(u", "_s))
            << Qt::endl;
    } else {
        err << QCoreApplication::translate(
                   "CommandLine", "statusdeck: '%1' is not a status code; give a number such as 404, or a card id such "
                                  "as 499-nginx.")
                   .arg(argument)
            << Qt::endl;
    }
    return nullptr;
}

void reportIssues(const Catalog &catalog, const SnippetLibrary &snippets, QTextStream &err)
{
    for (const LoadIssue &issue : catalog.issues())
        err << QCoreApplication::translate("CommandLine", "statusdeck: skipped a broken card: %1").arg(issue.toString())
            << Qt::endl;
    for (const LoadIssue &issue : snippets.issues())
        err << QCoreApplication::translate("CommandLine", "statusdeck: skipped a broken snippet template: %1")
                   .arg(issue.toString())
            << Qt::endl;
}

} // namespace

Mode detectMode(const QStringList &arguments)
{
    const QString command = commandOf(arguments);
    if (command == "screenshot"_L1)
        return Mode::Screenshot;
    if (!command.isEmpty() || arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s) ||
        arguments.contains(u"--version"_s) || arguments.contains(u"-v"_s))
        return Mode::Console;
    return Mode::Window;
}

QString helpText()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: statusdeck [COMMAND] [OPTIONS]\n"
        "\n"
        "HTTP status code reference and redirect lab. With no command, opens the window.\n"
        "\n"
        "Commands:\n"
        "  show CODE [--snippet FRAMEWORK]   print a card (CODE is 404 or a card id like 499-nginx)\n"
        "  list                              one line per card: code, phrase, registry status\n"
        "  export [--format json|markdown]   print every card\n"
        "  serve [--port N] [--bind ADDR]    run the sandbox HTTP server (default port 8088, on\n"
        "                                    127.0.0.1 only) until Ctrl+C; logs one line per exchange\n"
        "  matrix --client NAME [--real] [--format text|json]\n"
        "                                    redirect lab: run a client through GET, HEAD, POST, PUT,\n"
        "                                    PATCH, DELETE, OPTIONS x 301, 302, 303, 307, 308 against a\n"
        "                                    sandbox on free ports and print what the server saw.\n"
        "                                    NAME: fetch, curl, requests, urllib, go, postman, rfc,\n"
        "                                    wget (emulated), qt (Qt itself); with --real: curl,\n"
        "                                    python3, node, wget run as programs\n"
        "  screenshot [--card CODE] [--page PAGE] [--theme light|dark] FILE.png\n"
        "                                    render the window to a PNG and exit\n"
        "\n"
        "Options:\n"
        "  --lang CODE                       interface language (for example de)\n"
        "  --theme light|dark                palette for the window and screenshots\n"
        "  --card CODE                       open this card\n"
        "  --page PAGE                       show reference, sandbox or lab (lab and sandbox run the fetch matrix\n"
        "                                    first when taking a screenshot)\n"
        "  -h, --help                        show this help\n"
        "  -v, --version                     show the version\n");
}

GuiOptions parseGuiOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    GuiOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.card = parser.value(u"card"_s);
    options.theme = parser.value(u"theme"_s);
    options.page = parser.value(u"page"_s);
    if (!options.page.isEmpty() && options.page != "reference"_L1 && options.page != "sandbox"_L1 &&
        options.page != "lab"_L1)
        options.error = QCoreApplication::translate("CommandLine", "--page takes reference, sandbox or lab, not '%1'.")
                            .arg(options.page);
    if (!options.theme.isEmpty() && options.theme != "light"_L1 && options.theme != "dark"_L1)
        options.error =
            QCoreApplication::translate("CommandLine", "--theme takes light or dark, not '%1'.").arg(options.theme);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == "screenshot"_L1) {
        if (positional.size() != 2)
            options.error = QCoreApplication::translate(
                "CommandLine", "screenshot needs exactly one output file, for example: statusdeck screenshot "
                               "--card 301 window.png");
        else
            options.outputFile = positional.at(1);
    } else if (!positional.isEmpty()) {
        options.error = QCoreApplication::translate("CommandLine", "unknown command '%1'.").arg(positional.first());
    }
    return options;
}

int runConsole(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    if (!parser.parse(arguments)) {
        err << u"statusdeck: "_s << parser.errorText() << u'\n' << helpText() << Qt::flush;
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (parser.isSet(u"version"_s)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (parser.isSet(u"help"_s) || command == "help"_L1) {
        out << helpText() << Qt::flush;
        return 0;
    }
    if (!kConsoleCommands.contains(command)) {
        err << QCoreApplication::translate("CommandLine", "statusdeck: unknown command '%1'.").arg(command) << u"\n\n"_s
            << helpText() << Qt::flush;
        return 2;
    }

    if (command == "serve"_L1) {
        if (positional.size() > 1) {
            err << QCoreApplication::translate("CommandLine", "statusdeck: serve takes no arguments besides --port and "
                                                              "--bind.")
                << Qt::endl;
            return 2;
        }
        return runServe(parser.value(u"port"_s), parser.value(u"bind"_s), out, err);
    }
    if (command == "matrix"_L1) {
        if (positional.size() > 1) {
            err << QCoreApplication::translate("CommandLine", "statusdeck: matrix takes no arguments besides --client, "
                                                              "--real and --format.")
                << Qt::endl;
            return 2;
        }
        const QString format = parser.isSet(u"format"_s) ? parser.value(u"format"_s) : u"text"_s;
        return runMatrix(parser.value(u"client"_s), parser.isSet(u"real"_s), format, out, err);
    }

    const Catalog catalog = Catalog::loadBuiltIn();
    const SnippetLibrary snippets = SnippetLibrary::loadBuiltIn();
    reportIssues(catalog, snippets, err);

    if (command == "list"_L1) {
        if (positional.size() > 1) {
            err << QCoreApplication::translate("CommandLine", "statusdeck: list takes no arguments.") << Qt::endl;
            return 2;
        }
        for (const Card &card : catalog.cards())
            out << cardListLine(card) << u'\n';
        out << Qt::flush;
        return 0;
    }
    if (command == "show"_L1) {
        if (positional.size() != 2) {
            err << QCoreApplication::translate(
                       "CommandLine", "statusdeck: show needs one status code, for example: statusdeck show 404")
                << Qt::endl;
            return 2;
        }
        const Card *card = resolveCard(catalog, positional.at(1), err);
        if (!card)
            return 2;
        const QString framework = parser.value(u"snippet"_s);
        if (!framework.isEmpty()) {
            const SnippetTemplate *snippetTemplate = snippets.findTemplate(framework);
            if (!snippetTemplate) {
                QStringList ids;
                for (const SnippetTemplate &t : snippets.templates())
                    ids.append(t.id);
                err << QCoreApplication::translate("CommandLine", "statusdeck: no snippet framework '%1'. Known: %2.")
                           .arg(framework, ids.join(u", "_s))
                    << Qt::endl;
                return 2;
            }
            out << snippets.generate(*card, *snippetTemplate).code << Qt::flush;
            return 0;
        }
        out << cardToText(*card, snippets) << Qt::flush;
        for (const Card *other : catalog.cardsForCode(card->code)) {
            if (other != card)
                out << QCoreApplication::translate("CommandLine", "\nAlso %1 (%2): statusdeck show %3")
                           .arg(other->phrase, other->vendor, other->id())
                    << Qt::endl;
        }
        return 0;
    }
    // export
    const QString format = parser.value(u"format"_s);
    if (format == "json"_L1) {
        out << QString::fromUtf8(catalogToJson(catalog, snippets)) << Qt::flush;
        return 0;
    }
    if (format == "markdown"_L1 || format == "md"_L1) {
        out << catalogToMarkdown(catalog, snippets) << Qt::flush;
        return 0;
    }
    err << QCoreApplication::translate("CommandLine", "statusdeck: unknown export format '%1'; use json or markdown.")
               .arg(format)
        << Qt::endl;
    return 2;
}

} // namespace statusdeck::cli
