// The built binary, run as a user would run it from a terminal.

#include "JsonKeys.h"
#include "ServeProcess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
namespace testsupport = statusdeck::testsupport;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STATUSDECK_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// No display of any kind: console commands must not need one.
QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    return env;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showPrintsTheCard()
    {
        const Run r = run({u"show"_s, u"301"_s}, headless());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"301 Moved Permanently"_s));
        QVERIFY(r.out.contains(u"RFC 9110, section 15.4.2"_s));
        QVERIFY(r.out.contains(u"Location: "_s));
        QVERIFY(r.out.contains(u"Snippet: Flask"_s));
        QVERIFY(r.err.isEmpty());
    }

    void showOneSnippet()
    {
        const Run r = run({u"show"_s, u"307"_s, u"--snippet"_s, u"flask"_s}, headless());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"code=307"_s));
        QVERIFY(!r.out.contains(u"Common causes"_s));
        const Run bad = run({u"show"_s, u"307"_s, u"--snippet"_s, u"cobol"_s}, headless());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(u"cobol"_s));
    }

    void unknownCodeExitsTwoWithNearest()
    {
        const Run r = run({u"show"_s, u"309"_s}, headless());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(u"309"_s));
        QVERIFY(r.err.contains(u"308"_s));
        const Run word = run({u"show"_s, u"teapotx"_s}, headless());
        QCOMPARE(word.exitCode, 2);
        QVERIFY(word.err.contains(u"teapotx"_s));
    }

    void tryMakesTheCodeHappen()
    {
        const Run text = run({u"try"_s, u"304"_s}, headless());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"If-None-Match"_s));
        QVERIFY(text.out.contains(u"HTTP/1.1 304"_s));
        const Run json = run({u"try"_s, u"401"_s, u"--format"_s, u"json"_s}, headless());
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(u"ok"_s).toBool(), true);
        QCOMPARE(object.value(u"steps"_s).toArray().size(), 2);
        QCOMPARE(run({u"try"_s, u"9999"_s}, headless()).exitCode, 2);
        QCOMPARE(run({u"try"_s}, headless()).exitCode, 2);
    }

    void searchRanksLikeTheWindow()
    {
        const Run text = run({u"search"_s, u"rate"_s, u"limit"_s, u"--limit"_s, u"3"_s}, headless());
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(u"429"_s), qPrintable(text.out));
        QCOMPARE(text.out.split(u'\n', Qt::SkipEmptyParts).size(), 3);

        const Run json = run({u"search"_s, u"payload too large"_s, u"--format"_s, u"json"_s}, headless());
        QCOMPARE(json.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(!hits.isEmpty());
        const QJsonObject first = hits.first().toObject();
        QCOMPARE(testsupport::missingKeys(first, {u"id"_s, u"code"_s, u"phrase"_s, u"score"_s, u"matched"_s}),
                 QStringList());
        QCOMPARE(first.value(u"id"_s).toString(), u"413"_s);
        QCOMPARE(first.value(u"matched"_s).toString(), u"former phrase"_s);
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).toObject().value(u"score"_s).toInt() >=
                    hits.at(i).toObject().value(u"score"_s).toInt());

        const Run none = run({u"search"_s, u"qwxzzy"_s}, headless());
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(u"4xx"_s)); // offers the classes
        QCOMPARE(run({u"search"_s}, headless()).exitCode, 2);
        QCOMPARE(run({u"search"_s, u"x"_s, u"--limit"_s, u"many"_s}, headless()).exitCode, 2);
        QCOMPARE(run({u"search"_s, u"x"_s, u"--format"_s, u"xml"_s}, headless()).exitCode, 2);
    }

    void listHasOneLinePerCard()
    {
        const Run r = run({u"list"_s}, headless());
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        const Run ids = run({u"list"_s, u"--ids"_s}, headless());
        QCOMPARE(ids.exitCode, 0);
        const QStringList idLines = ids.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(idLines.size(), lines.size());
        QVERIFY(idLines.contains(u"499-nginx"_s));
        QVERIFY(idLines.contains(u"000-curl"_s));
        const Run json = run({u"export"_s, u"--format"_s, u"json"_s}, headless());
        QCOMPARE(lines.size(), QJsonDocument::fromJson(json.out.toUtf8()).array().size());
        bool found306 = false;
        for (const QString &line : lines) {
            if (line.startsWith(u"306"_s)) {
                found306 = true;
                QVERIFY(line.contains(u"unused"_s));
            }
        }
        QVERIFY(found306);
    }

    void exportJsonHasTheDocumentedKeys()
    {
        const Run r = run({u"export"_s, u"--format"_s, u"json"_s}, headless());
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        QVERIFY(doc.array().size() >= 9);
        const QStringList keys{u"code"_s,
                               u"phrase"_s,
                               u"former_phrases"_s,
                               u"class"_s,
                               u"registry"_s,
                               u"vendor"_s,
                               u"emoji"_s,
                               u"summary"_s,
                               u"definition"_s,
                               u"rfc"_s,
                               u"causes"_s,
                               u"example_response"_s,
                               u"misinterpretation"_s,
                               u"when_to_use"_s,
                               u"confused_with"_s,
                               u"heuristically_cacheable"_s,
                               u"redirect"_s,
                               u"headers"_s,
                               u"snippets"_s};
        for (const QJsonValue &value : doc.array()) {
            const QJsonObject card = value.toObject();
            QCOMPARE(testsupport::missingKeys(card, keys), QStringList());
            QVERIFY(!card.value(u"rfc"_s).toArray().isEmpty());
            const QJsonObject rfc = card.value(u"rfc"_s).toArray().first().toObject();
            QVERIFY(rfc.value(u"document"_s).toString().startsWith(u"RFC"_s) ||
                    rfc.value(u"document"_s).toString().startsWith(u"IANA"_s) ||
                    rfc.value(u"document"_s).toString().startsWith(u"draft"_s));
            if (card.value(u"registry"_s).toString() == "pseudo"_L1)
                continue; // 0 and 000: no server sends them, so no snippets
            QVERIFY(!card.value(u"snippets"_s).toArray().isEmpty());
            const QJsonObject snippet = card.value(u"snippets"_s).toArray().first().toObject();
            QCOMPARE(testsupport::missingKeys(snippet, {u"language"_s, u"framework"_s, u"code"_s}), QStringList());
            if (card.value(u"code"_s).toInt() == 303) {
                QCOMPARE(card.value(u"class"_s).toString(), u"3xx"_s);
                QCOMPARE(card.value(u"redirect"_s).toObject().value(u"method"_s).toString(), u"becomes-get"_s);
                QCOMPARE(card.value(u"redirect"_s).toObject().value(u"permanent"_s).toBool(), false);
            }
            if (card.value(u"code"_s).toInt() == 304)
                QVERIFY(card.value(u"redirect"_s).isNull());
        }
    }

    void exportMarkdown()
    {
        const Run r = run({u"export"_s, u"--format"_s, u"markdown"_s}, headless());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"## 308 Permanent Redirect"_s));
        QVERIFY(r.out.contains(u"```http"_s));
        const Run bad = run({u"export"_s, u"--format"_s, u"yaml"_s}, headless());
        QCOMPARE(bad.exitCode, 2);
    }

    void helpVersionAndUsageErrors()
    {
        const Run help = run({u"--help"_s}, headless());
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"show CODE"_s));
        const Run version = run({u"--version"_s}, headless());
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(STATUSDECK_VERSION_FOR_TESTS)));
        const Run unknown = run({u"frobnicate"_s}, headless());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"frobnicate"_s));
        const Run missing = run({u"show"_s}, headless());
        QCOMPARE(missing.exitCode, 2);
    }

    // Each command's --help is its own: its options, none of another command's.
    void commandHelpIsItsOwn_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("own");
        QTest::addColumn<QString>("foreign");
        QTest::newRow("show") << u"show"_s << u"--snippet FRAMEWORK"_s << u"--client"_s;
        QTest::newRow("list") << u"list"_s << u"--lang CODE"_s << u"--format"_s;
        QTest::newRow("export") << u"export"_s << u"--format json|markdown"_s << u"--port"_s;
        QTest::newRow("serve") << u"serve"_s << u"--port N"_s << u"--snippet"_s;
        QTest::newRow("matrix") << u"matrix"_s << u"--client NAME"_s << u"--bind"_s;
        QTest::newRow("screenshot") << u"screenshot"_s << u"--theme light|dark"_s << u"--real"_s;
        QTest::newRow("help") << u"help"_s << u"[COMMAND]"_s << u"--card"_s;
    }

    void commandHelpIsItsOwn()
    {
        QFETCH(QString, command);
        QFETCH(QString, own);
        QFETCH(QString, foreign);
        const Run help = run({command, u"--help"_s}, headless());
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(u"Usage: statusdeck "_s + command), qPrintable(help.out));
        QVERIFY2(help.out.contains(own), qPrintable(help.out));
        QVERIFY2(!help.out.contains(foreign), qPrintable(help.out));
        QVERIFY(help.err.isEmpty());
        const Run viaHelp = run({u"help"_s, command}, headless());
        QCOMPARE(viaHelp.exitCode, 0);
        QCOMPARE(viaHelp.out, help.out);
        QCOMPARE(run({command, u"-h"_s}, headless()).out, help.out);
    }

    void topLevelHelpListsEveryCommand()
    {
        const Run help = run({u"--help"_s}, headless());
        QCOMPARE(help.exitCode, 0);
        for (const QString &command : {u"show"_s, u"list"_s, u"export"_s, u"serve"_s, u"matrix"_s, u"screenshot"_s})
            QVERIFY2(help.out.contains(u"\n  "_s + command), qPrintable(command));
        QVERIFY(help.out.contains(u"--theme light|dark"_s));
        QVERIFY(!help.out.contains(u"--snippet FRAMEWORK  "_s)); // show's option, not the window's
        QCOMPARE(run({u"help"_s}, headless()).out, help.out);
        const Run unknown = run({u"help"_s, u"frobnicate"_s}, headless());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"frobnicate"_s));
    }

    // An option of another command, or of none, is a usage error.
    void foreignOptionExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        QTest::newRow("show --client") << QStringList{u"show"_s, u"404"_s, u"--client"_s, u"curl"_s} << u"client"_s;
        QTest::newRow("list --port") << QStringList{u"list"_s, u"--port"_s, u"1"_s} << u"port"_s;
        QTest::newRow("export --snippet") << QStringList{u"export"_s, u"--snippet"_s, u"flask"_s} << u"snippet"_s;
        QTest::newRow("serve --format") << QStringList{u"serve"_s, u"--format"_s, u"json"_s} << u"format"_s;
        QTest::newRow("matrix --theme") << QStringList{u"matrix"_s, u"--client"_s, u"fetch"_s, u"--theme"_s, u"dark"_s}
                                        << u"theme"_s;
        QTest::newRow("window --real") << QStringList{u"--real"_s} << u"real"_s;
        QTest::newRow("show --version") << QStringList{u"show"_s, u"404"_s, u"--version"_s} << u"version"_s;
    }

    void foreignOptionExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        const Run r = run(arguments, headless());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(option), qPrintable(r.err));
    }

    // The command line is checked before any GUI application exists: without a display a
    // bad one is a usage error, not an abort in the platform plugin.
    void badCommandLineWithoutDisplayExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("--bogus") << QStringList{u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("--theme purple") << QStringList{u"--theme"_s, u"purple"_s} << u"purple"_s;
        QTest::newRow("--page kitchen") << QStringList{u"--page"_s, u"kitchen"_s} << u"kitchen"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("screenshot without file") << QStringList{u"screenshot"_s} << u"output file"_s;
        QTest::newRow("screenshot --theme")
            << QStringList{u"screenshot"_s, u"--theme"_s, u"purple"_s, u"x.png"_s} << u"purple"_s;
        QTest::newRow("two cards") << QStringList{u"404"_s, u"--card"_s, u"301"_s} << u"301"_s;
        QTest::newRow("open a missing file") << QStringList{u"open"_s, u"/no/such/run.har"_s} << u"run.har"_s;
        QTest::newRow("open a folder") << QStringList{u"open"_s, u"/tmp"_s} << u"folder"_s;
        QTest::newRow("open nothing") << QStringList{u"open"_s} << u"HAR file"_s;
        QTest::newRow("a missing file") << QStringList{u"/no/such/run.har"_s} << u"run.har"_s;
        QTest::newRow("a missing file: URL") << QStringList{u"file:///no/such/run.har"_s} << u"run.har"_s;
    }

    void badCommandLineWithoutDisplayExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // Nothing of the test's environment but PATH: no display, no platform plugin.
        QProcessEnvironment clean;
        clean.insert(u"PATH"_s, QProcessEnvironment::systemEnvironment().value(u"PATH"_s));
        clean.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        const Run r = run(arguments, clean);
        QCOMPARE(r.exitCode, 2); // -1 for a crash
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"statusdeck"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // A second start hands its request to the running window and ends: the card or file
    // opens there, and what went wrong there is said here, with the exit status.
    void secondStartHandsOver()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, dir.path());
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(STATUSDECK_BINARY), {u"301"_s});
        QVERIFY(first.waitForStarted());
        // Listening once its socket is there.
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(dir.path()).entryList({u"statusdeck-*"_s}, QDir::System).isEmpty(), 30000);

        QCOMPARE(run({u"404"_s}, env).exitCode, 0);
        const QString har = QStringLiteral(STATUSDECK_SOURCE_DIR "/tests/core/data/devtools-firefox.har");
        QCOMPARE(run({u"open"_s, har}, env).exitCode, 0);
        QCOMPARE(run({har}, env).exitCode, 0);
        const Run unknown = run({u"999"_s}, env);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"999"_s), qPrintable(unknown.err));
        QFile broken(dir.filePath(u"broken.har"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"log\": [");
        broken.close();
        const Run bad = run({u"open"_s, broken.fileName()}, env);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"not valid JSON"_s), qPrintable(bad.err));
        // Without a display too: the hand-over needs none.
        QProcessEnvironment noDisplay = env;
        noDisplay.remove(u"QT_QPA_PLATFORM"_s);
        noDisplay.remove(u"DISPLAY"_s);
        noDisplay.remove(u"WAYLAND_DISPLAY"_s);
        QCOMPARE(run({u"--page"_s, u"lab"_s}, noDisplay).exitCode, 0);
        QCOMPARE(first.state(), QProcess::Running); // still the one window

        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }

    // What could not be written is a failure (exit 1), not a silent success.
    void writeErrorExitsOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("export json") << QStringList{u"export"_s, u"--format"_s, u"json"_s};
        QTest::newRow("export markdown") << QStringList{u"export"_s, u"--format"_s, u"markdown"_s};
        QTest::newRow("show") << QStringList{u"show"_s, u"301"_s};
        QTest::newRow("list") << QStringList{u"list"_s};
        QTest::newRow("help") << QStringList{u"--help"_s};
        QTest::newRow("version") << QStringList{u"--version"_s};
    }

    void writeErrorExitsOne()
    {
        QFETCH(QStringList, arguments);
        if (!QFile::exists(u"/dev/full"_s))
            QSKIP("this system has no /dev/full");
        QProcess process;
        process.setProcessEnvironment(headless());
        process.setStandardOutputFile(u"/dev/full"_s);
        process.start(QStringLiteral(STATUSDECK_BINARY), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"could not write the output"_s), qPrintable(err));
    }

    void germanInterface()
    {
        const Run r = run({u"--lang"_s, u"de"_s, u"show"_s, u"301"_s}, headless());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Häufige Ursachen"_s), qPrintable(r.out.left(400)));
    }

    void brokenSettingsFileIsReportedAndTheAppStarts()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"StatusDeck"_s));
        QFile settings(dir.filePath(u"StatusDeck/statusdeck.conf"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[window\nstate=@ByteArray(\\xzz\n\x01\x02garbage=\n");
        settings.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.path());
        const QString file = dir.filePath(u"window.png"_s);
        const Run r = run({u"screenshot"_s, file}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"statusdeck.conf"_s), qPrintable(r.err));
        QVERIFY(!QImage(file).isNull());
    }

    void screenshotWritesAPng()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"window.png"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.path());
        const Run r = run({u"screenshot"_s, u"--card"_s, u"308"_s, u"--theme"_s, u"dark"_s, file}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
        // Dark theme: the top-left of the window is dark.
        QVERIFY(QColor(image.pixel(5, 40)).lightness() < 100);

        const Run bad = run({u"screenshot"_s, u"--card"_s, u"999"_s, file}, env);
        QCOMPARE(bad.exitCode, 2);
    }

    // A screenshot is the default window: the user's favourites, recent cards and last card
    // are neither shown nor changed (it used to save the card it showed as the last card).
    void screenshotLeavesTheSettingsAlone()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"StatusDeck"_s));
        const QString settingsPath = dir.filePath(u"StatusDeck/statusdeck.conf"_s);
        const QByteArray settings = "[reference]\nfavourites=500\nlastCard=500\nrecent=500\n";
        {
            QFile file(settingsPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(settings);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.path());
        const QString withSettings = dir.filePath(u"with.png"_s);
        const Run r = run({u"screenshot"_s, u"--card"_s, u"308"_s, withSettings}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), settings);
        // The same picture as with no settings at all.
        QTemporaryDir empty;
        env.insert(u"XDG_CONFIG_HOME"_s, empty.path());
        const QString withoutSettings = dir.filePath(u"without.png"_s);
        QCOMPARE(run({u"screenshot"_s, u"--card"_s, u"308"_s, withoutSettings}, env).exitCode, 0);
        QVERIFY(QImage(withSettings) == QImage(withoutSettings));
    }

    // `serve`: listens, logs one line per exchange, stops cleanly on SIGTERM.
    void matrixJsonHasTheKeys()
    {
        const Run r = run({u"matrix"_s, u"--client"_s, u"fetch"_s, u"--format"_s, u"json"_s}, headless());
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const QJsonArray cells = document.array();
        QCOMPARE(cells.size(), 35);
        for (const QJsonValue &value : cells) {
            const QJsonObject cell = value.toObject();
            QCOMPARE(testsupport::missingKeys(cell, testsupport::matrixCellKeys()), QStringList());
            QVERIFY(cell.value(u"body_kept"_s).isBool());
            QVERIFY(cell.value(u"headers_dropped"_s).isArray());
            QVERIFY(cell.value(u"error"_s).isNull()); // Fetch follows every cell
        }
        const QJsonObject first = cells.at(0).toObject();
        QCOMPARE(first.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(first.value(u"code"_s).toInt(), 301);
        // POST into a 302: a GET without the body or its Content-Type.
        const QJsonObject post302 = cells.at(2 * 5 + 1).toObject();
        QCOMPARE(post302.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(post302.value(u"code"_s).toInt(), 302);
        QCOMPARE(post302.value(u"next_method"_s).toString(), u"GET"_s);
        QCOMPARE(post302.value(u"body_kept"_s).toBool(), false);
        QCOMPARE(post302.value(u"headers_dropped"_s).toArray(), QJsonArray{u"Content-Type"_s});
    }

    // Issue #15: the cross-origin matrix, text and JSON, each cell with its rule.
    void matrixCrossOrigin()
    {
        const Run text = run({u"matrix"_s, u"--client"_s, u"go"_s, u"--cross-origin"_s}, headless());
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"redirect to   301"_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"another port  −Authorization, −Cookie [1]"_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"[1] Go net/http, shouldCopyHeaderOnRedirect"_s));
        QVERIFY(text.out.contains(u"localhost"_s));

        const Run json =
            run({u"matrix"_s, u"--client"_s, u"fetch"_s, u"--cross-origin"_s, u"--format"_s, u"json"_s}, headless());
        QCOMPARE(json.exitCode, 0);
        const QJsonArray cells = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(cells.size(), 15);
        const QJsonObject host = cells.at(2 * 5 + 3).toObject(); // another host, 307
        QCOMPARE(host.value(u"scope"_s).toString(), u"other-host"_s);
        QCOMPARE(host.value(u"code"_s).toInt(), 307);
        QCOMPARE(host.value(u"headers_dropped"_s).toArray(), (QJsonArray{u"Authorization"_s, u"Cookie"_s}));
        QCOMPARE(host.value(u"rules"_s).toArray().first().toString(), u"fetch.cross-origin-authorization"_s);
        QCOMPARE(host.value(u"rule"_s).toObject().value(u"source"_s).toString(), u"Fetch standard"_s);

        // A form or a navigation sets none of the grid's headers: not offered, with the reason.
        for (const QString &mode : {u"form"_s, u"navigate"_s}) {
            const Run refused = run({u"matrix"_s, u"--client"_s, mode, u"--cross-origin"_s}, headless());
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(refused.out.isEmpty());
            QVERIFY2(refused.err.contains(u"not offered"_s) && refused.err.contains(u"fetch mode"_s),
                     qPrintable(refused.err));
        }
    }

    void matrixTextAndErrors()
    {
        const Run text = run({u"matrix"_s, u"--client"_s, u"urllib"_s}, headless());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"method   301"_s));
        QVERIFY(text.out.contains(u"GET, body dropped"_s));
        QVERIFY(text.out.contains(u"not followed: "_s));

        const Run unknown = run({u"matrix"_s, u"--client"_s, u"lynx"_s}, headless());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY(unknown.err.contains(u"unknown client 'lynx'"_s));
        QCOMPARE(run({u"matrix"_s}, headless()).exitCode, 2);
        QCOMPARE(run({u"matrix"_s, u"--client"_s, u"fetch"_s, u"--format"_s, u"xml"_s}, headless()).exitCode, 2);
        const Run notReal = run({u"matrix"_s, u"--client"_s, u"postman"_s, u"--real"_s}, headless());
        QCOMPARE(notReal.exitCode, 2);
        QVERIFY(notReal.err.contains(u"--real"_s));

        // A real client that is not installed is named, and the run fails.
        QTemporaryDir empty;
        QProcessEnvironment env = headless();
        env.insert(u"PATH"_s, empty.path());
        const Run missing = run({u"matrix"_s, u"--client"_s, u"node"_s, u"--real"_s}, env);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(missing.err.contains(u"node is not installed"_s));
        // A Python client without python3 names its Debian package.
        const Run noPython = run({u"matrix"_s, u"--client"_s, u"httpx"_s, u"--real"_s}, env);
        QCOMPARE(noPython.exitCode, 1);
        QVERIFY2(noPython.err.contains(u"python3-httpx"_s), qPrintable(noPython.err));
    }

    void serveRecordsToHar()
    {
        QTemporaryDir dir;
        const QString har = dir.filePath(u"run.har"_s);
        QCOMPARE(run({u"serve"_s, u"--har-every"_s, u"5"_s}, headless()).exitCode, 2); // needs --har
        QProcess process;
        const QString first = testsupport::startServe(process, QStringLiteral(STATUSDECK_BINARY),
                                                      {u"serve"_s, u"--port"_s, u"0"_s, u"--har"_s, har}, headless());
        const QUrl url(first.section(u' ', -1));
        QVERIFY(url.port() > 0);
        for (const QByteArray &target : {QByteArray("/status/418"), QByteArray("/anything?a=1")}) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
            QVERIFY(socket.waitForConnected(5000));
            socket.write("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
                socket.readAll();
        }
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(process.readAll())).contains(u"/anything?a=1 200"_s), 10000);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QFile file(har);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray entries =
            QJsonDocument::fromJson(file.readAll()).object().value(u"log"_s).toObject().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(u"response"_s).toObject().value(u"status"_s).toInt(), 418);

        // A HAR that cannot be written: the message, exit 1.
        QProcess failing;
        testsupport::startServe(
            failing, QStringLiteral(STATUSDECK_BINARY),
            {u"serve"_s, u"--port"_s, u"0"_s, u"--har"_s, dir.filePath(u"no/such/folder/run.har"_s)}, headless());
        failing.terminate();
        QVERIFY(failing.waitForFinished(10000));
        QCOMPARE(failing.exitCode(), 1);
        QVERIFY(QString::fromUtf8(failing.readAllStandardError()).contains(u"could not write the HAR file"_s));
    }

    void serveAnswersAndStopsOnSigterm()
    {
        QProcess process;
        const QString first = testsupport::startServe(process, QStringLiteral(STATUSDECK_BINARY),
                                                      {u"serve"_s, u"--port"_s, u"0"_s}, headless());
        QVERIFY2(first.startsWith(u"StatusDeck sandbox listening on http://127.0.0.1:"_s), qPrintable(first));
        const QUrl url(first.section(u' ', -1));
        QVERIFY(url.port() > 0);

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /status/418 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        QByteArray reply;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
            reply += socket.readAll();
        reply += socket.readAll();
        QVERIFY2(reply.startsWith("HTTP/1.1 418 "), reply.constData());

        QString log;
        QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(process.readAll())).contains(u"/status/418 418"_s), 10000);
        QVERIFY(log.contains(u"127.0.0.1:"_s));
        QVERIFY(log.contains(u" GET "_s));

        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void servePortInUseExitsOne()
    {
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
        const Run r = run({u"serve"_s, u"--port"_s, QString::number(busy.serverPort())}, headless());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"already in use"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(QString::number(busy.serverPort())));
    }

    void serveBadArgumentsAndHelp()
    {
        QCOMPARE(run({u"serve"_s, u"--port"_s, u"99999"_s}, headless()).exitCode, 2);
        QCOMPARE(run({u"serve"_s, u"--bind"_s, u"not-an-address"_s}, headless()).exitCode, 2);
        const Run help = run({u"--help"_s}, headless());
        QVERIFY(help.out.contains(u"serve [--port N]"_s));
        QVERIFY(help.out.contains(u"8088"_s));
    }

    void serveWarnsOffLoopback()
    {
        QProcess process;
        process.setProcessEnvironment(headless());
        // Without --allow-remote a non-loopback address is refused.
        const Run refused = run({u"serve"_s, u"--port"_s, u"0"_s, u"--bind"_s, u"0.0.0.0"_s}, headless());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(u"--allow-remote"_s));
        process.start(QStringLiteral(STATUSDECK_BINARY),
                      {u"serve"_s, u"--port"_s, u"0"_s, u"--bind"_s, u"0.0.0.0"_s, u"--allow-remote"_s});
        QVERIFY(process.waitForStarted());
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(process.readAllStandardError())).contains(u"WARNING"_s),
                                 20000);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
