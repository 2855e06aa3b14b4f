// The command line parser of statusdeck_cli, without running anything: which command an
// argument list means, what the window was asked for, what is a usage error. No
// application object is needed for parse(); the test makes a QCoreApplication anyway.

#include "Command.h"
#include "CommandLine.h"
#include "CommandRegistry.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace statusdeck::cli;

Q_DECLARE_METATYPE(statusdeck::cli::Parsed::Kind)

class TestCliParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Parsed::Kind>("kind");
        QTest::addColumn<QString>("command"); // the command concerned, empty for the top level
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("positional");

        using K = Parsed::Kind;
        const auto row = [](const char *name, const QStringList &arguments, K kind, const QString &command = {},
                            const QString &card = {}, const QString &positional = {}) {
            QTest::newRow(name) << arguments << kind << command << card << positional;
        };
        row("nothing", {}, K::Window);
        row("code", {u"404"_s}, K::Window, {}, u"404"_s);
        row("card id", {u"499-nginx"_s}, K::Window, {}, u"499-nginx"_s);
        row("--card", {u"--card"_s, u"308"_s, u"--theme"_s, u"dark"_s, u"--page"_s, u"lab"_s}, K::Window, {}, u"308"_s);
        row("--card=", {u"--card=308"_s}, K::Window, {}, u"308"_s);
        row("--lang", {u"--lang"_s, u"de"_s}, K::Window);
        row("Qt's own option", {u"-platform"_s, u"offscreen"_s, u"-reverse"_s}, K::Window);
        row("same card twice", {u"404"_s, u"--card"_s, u"404"_s}, K::Window, {}, u"404"_s);
        row("two cards", {u"404"_s, u"--card"_s, u"301"_s}, K::UsageError);
        row("unknown word", {u"frobnicate"_s}, K::UsageError);
        row("two words", {u"404"_s, u"301"_s}, K::UsageError);
        row("unknown option", {u"--bogus"_s}, K::UsageError);
        row("bad theme", {u"--theme"_s, u"purple"_s}, K::UsageError);
        row("bad page", {u"--page"_s, u"kitchen"_s}, K::UsageError);
        row("--help", {u"--help"_s}, K::Help);
        row("-h", {u"-h"_s}, K::Help);
        row("--version", {u"--version"_s}, K::Version);
        row("-v", {u"-v"_s}, K::Version);
        row("show", {u"show"_s, u"404"_s}, K::Run, u"show"_s, {}, u"404"_s);
        row("--lang before show", {u"--lang"_s, u"de"_s, u"show"_s, u"301"_s}, K::Run, u"show"_s, {}, u"301"_s);
        row("option before code", {u"show"_s, u"--snippet"_s, u"flask"_s, u"307"_s}, K::Run, u"show"_s, {}, u"307"_s);
        row("option value that is a command", {u"show"_s, u"--snippet"_s, u"list"_s, u"307"_s}, K::Run, u"show"_s, {},
            u"307"_s);
        row("option before the command", {u"--format"_s, u"json"_s, u"export"_s}, K::Run, u"export"_s);
        row("--format=", {u"export"_s, u"--format=markdown"_s}, K::Run, u"export"_s);
        row("another command's option", {u"show"_s, u"404"_s, u"--client"_s, u"curl"_s}, K::UsageError, u"show"_s);
        row("window option with show", {u"show"_s, u"404"_s, u"--theme"_s, u"dark"_s}, K::UsageError, u"show"_s);
        row("--version with a command", {u"list"_s, u"--version"_s}, K::UsageError, u"list"_s);
        row("show --help", {u"show"_s, u"--help"_s}, K::Help, u"show"_s);
        row("matrix -h", {u"matrix"_s, u"-h"_s}, K::Help, u"matrix"_s);
        row("help matrix", {u"help"_s, u"matrix"_s}, K::Run, u"help"_s, {}, u"matrix"_s);
        row("serve", {u"serve"_s, u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s}, K::Run, u"serve"_s);
        row("matrix", {u"matrix"_s, u"--client"_s, u"fetch"_s, u"--real"_s}, K::Run, u"matrix"_s);
        row("screenshot", {u"screenshot"_s, u"--card"_s, u"308"_s, u"out.png"_s}, K::Screenshot, u"screenshot"_s,
            u"308"_s);
        row("screenshot without file", {u"screenshot"_s}, K::UsageError, u"screenshot"_s);
        row("screenshot two files", {u"screenshot"_s, u"a.png"_s, u"b.png"_s}, K::UsageError, u"screenshot"_s);
        row("screenshot bad theme", {u"screenshot"_s, u"--theme"_s, u"x"_s, u"a.png"_s}, K::UsageError,
            u"screenshot"_s);
        const QString har = QStringLiteral(STATUSDECK_SOURCE_DIR "/tests/core/data/devtools-firefox.har");
        row("open", {u"open"_s, har}, K::Window, u"open"_s);
        row("open --new-window", {u"open"_s, u"--new-window"_s, har}, K::Window, u"open"_s);
        row("open a missing file", {u"open"_s, u"/no/such/x.har"_s}, K::UsageError, u"open"_s);
        row("open a folder", {u"open"_s, QStringLiteral(STATUSDECK_SOURCE_DIR)}, K::UsageError, u"open"_s);
        row("open two files", {u"open"_s, har, har}, K::UsageError, u"open"_s);
        row("open nothing", {u"open"_s}, K::UsageError, u"open"_s);
        row("open --card", {u"open"_s, u"--card"_s, u"404"_s, har}, K::UsageError, u"open"_s);
        row("a file", {har}, K::Window);
        row("a file: URL", {QUrl::fromLocalFile(har).toString()}, K::Window);
        row("a missing .har", {u"gone.har"_s}, K::UsageError);
        row("--new-window", {u"--new-window"_s, u"404"_s}, K::Window, {}, u"404"_s);
        row("screenshot --new-window", {u"screenshot"_s, u"--new-window"_s, u"a.png"_s}, K::UsageError,
            u"screenshot"_s);
        row("screenshot --client", {u"screenshot"_s, u"--client"_s, u"x"_s, u"a.png"_s}, K::UsageError,
            u"screenshot"_s);
        row("screenshot --show compare", {u"screenshot"_s, u"--show"_s, u"compare"_s, u"a.png"_s}, K::Screenshot,
            u"screenshot"_s);
        row("screenshot bad --show", {u"screenshot"_s, u"--show"_s, u"menu"_s, u"a.png"_s}, K::UsageError,
            u"screenshot"_s);
        row("window --show", {u"--show"_s, u"guide"_s}, K::UsageError);
    }

    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Parsed::Kind, kind);
        QFETCH(QString, command);
        QFETCH(QString, card);
        QFETCH(QString, positional);

        const Parsed parsed = statusdeck::cli::parse(QStringList{u"statusdeck"_s} + arguments);
        QCOMPARE(parsed.kind, kind);
        QCOMPARE(parsed.command ? parsed.command->name() : QString(), command);
        QCOMPARE(parsed.error.isEmpty(), kind != Parsed::Kind::UsageError);
        if (parsed.needsGui())
            QCOMPARE(parsed.window.card, card);
        if (kind == Parsed::Kind::Run) {
            QVERIFY(parsed.parser);
            QCOMPARE(parsed.parser->positionalArguments().join(u' '), positional);
        }
    }

    void windowRequest()
    {
        const Parsed window = statusdeck::cli::parse(
            {u"statusdeck"_s, u"--lang"_s, u"de"_s, u"--theme"_s, u"light"_s, u"--page"_s, u"sandbox"_s, u"418"_s});
        QCOMPARE(window.kind, Parsed::Kind::Window);
        QVERIFY(!window.window.screenshot);
        QCOMPARE(window.window.card, u"418"_s);
        QCOMPARE(window.window.theme, u"light"_s);
        QCOMPARE(window.window.page, u"sandbox"_s);
        QCOMPARE(window.window.language, u"de"_s);

        const Parsed shot = statusdeck::cli::parse(
            {u"statusdeck"_s, u"screenshot"_s, u"--page"_s, u"lab"_s, u"--theme"_s, u"dark"_s, u"out.png"_s});
        QCOMPARE(shot.kind, Parsed::Kind::Screenshot);
        QVERIFY(shot.window.screenshot);
        QCOMPARE(shot.window.outputFile, u"out.png"_s);
        QCOMPARE(shot.window.page, u"lab"_s);
        QCOMPARE(shot.window.theme, u"dark"_s);
        QVERIFY(shot.window.card.isEmpty());
        QVERIFY(shot.window.show.isEmpty());
        const Parsed guide =
            statusdeck::cli::parse({u"statusdeck"_s, u"screenshot"_s, u"--show"_s, u"guide"_s, u"g.png"_s});
        QCOMPARE(guide.kind, Parsed::Kind::Screenshot);
        QCOMPARE(guide.window.show, u"guide"_s);
        QVERIFY(!shot.window.newWindow);

        const QString har = QStringLiteral(STATUSDECK_SOURCE_DIR "/tests/core/data/devtools-firefox.har");
        const Parsed open = statusdeck::cli::parse({u"statusdeck"_s, u"open"_s, u"--theme"_s, u"dark"_s, har});
        QCOMPARE(open.kind, Parsed::Kind::Window);
        QCOMPARE(open.window.file, har);
        QCOMPARE(open.window.theme, u"dark"_s);
        QVERIFY(!open.window.newWindow);
        const Parsed second =
            statusdeck::cli::parse({u"statusdeck"_s, u"--new-window"_s, QUrl::fromLocalFile(har).toString()});
        QCOMPARE(second.kind, Parsed::Kind::Window);
        QCOMPARE(second.window.file, har);
        QVERIFY(second.window.newWindow);
        // A relative path is made absolute here, so the running window finds it from its own folder.
        const Parsed relative =
            statusdeck::cli::parse({u"statusdeck"_s, QDir(QDir::currentPath()).relativeFilePath(har)});
        QCOMPARE(relative.window.file, har);
    }

    // The help is made from the commands' own options, so it cannot drift from what they parse.
    void helpShowsEveryOption()
    {
        const QString top = helpText(nullptr);
        for (const Command *command : CommandRegistry::commands()) {
            QVERIFY2(top.contains(u"\n  "_s + command->name()), qPrintable(command->name()));
            const QString help = helpText(command);
            QVERIFY(help.startsWith(u"Usage: statusdeck "_s + command->name()));
            for (const QCommandLineOption &option : command->options()) {
                if (option.flags() & QCommandLineOption::HiddenFromHelp)
                    continue;
                QVERIFY2(help.contains(u"--"_s + option.names().constLast()), qPrintable(option.names().constLast()));
            }
            QVERIFY(help.contains(u"--lang CODE"_s));
            QVERIFY(help.contains(u"-h, --help"_s));
            for (const QString &line : help.split(u'\n'))
                QVERIFY2(line.size() <= 79, qPrintable(line));
        }
        QVERIFY(!CommandRegistry::find(u"frobnicate"_s));
        QCOMPARE(CommandRegistry::find(u"matrix"_s)->name(), u"matrix"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliParser)
#include "tst_cliparser.moc"
