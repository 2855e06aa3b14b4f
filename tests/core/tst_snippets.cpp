// Snippets: the template language, what each card's snippets must contain, and a
// syntax check with the real toolchains where they are installed.

#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"
#include "util/MiniTemplate.h"

#include "RequireProgram.h"
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;

class TestSnippets : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::loadBuiltIn();
    SnippetLibrary m_library = SnippetLibrary::loadBuiltIn();

    // Writes every snippet in one language to files; returns their paths.
    QStringList writeSnippets(const QTemporaryDir &dir, const QString &language, const QString &suffix)
    {
        QStringList files;
        for (const Card &card : m_catalog.cards()) {
            for (const Snippet &snippet : m_library.generateAll(card)) {
                if (snippet.language != language)
                    continue;
                const QString path = dir.filePath(card.id() + u'_' + snippet.frameworkId + suffix);
                QFile file(path);
                if (!file.open(QIODevice::WriteOnly))
                    return {};
                file.write(snippet.code.toUtf8());
                files.append(path);
            }
        }
        return files;
    }

private Q_SLOTS:
    void templateLanguage_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("value") << u"a {{code}} b"_s << u"a 301 b"_s;
        QTest::newRow("escaped") << u"'{{quote}}'"_s << u"'it\\'s'"_s;
        QTest::newRow("raw") << u"{{&quote}}"_s << u"it's"_s;
        QTest::newRow("section true") << u"{{#yes}}Y{{/yes}}{{#no}}N{{/no}}"_s << u"Y"_s;
        QTest::newRow("inverted") << u"{{^no}}none{{/no}}"_s << u"none"_s;
        QTest::newRow("list") << u"{{#items}}[{{name}}]{{/items}}"_s << u"[a][b]"_s;
        QTest::newRow("outer lookup in list") << u"{{#items}}{{code}}{{/items}}"_s << u"301301"_s;
        QTest::newRow("standalone lines vanish") << u"x\n  {{#yes}}\n  y\n  {{/yes}}\nz\n"_s << u"x\n  y\nz\n"_s;
        QTest::newRow("empty list") << u"a\n{{#empty}}\n-{{name}}\n{{/empty}}\nb"_s << u"a\nb"_s;
    }
    void templateLanguage()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const QVariantMap context{
            {u"code"_s, u"301"_s},
            {u"quote"_s, u"it's"_s},
            {u"yes"_s, true},
            {u"no"_s, false},
            {u"items"_s, QVariantList{QVariantMap{{u"name"_s, u"a"_s}}, QVariantMap{{u"name"_s, u"b"_s}}}},
            {u"empty"_s, QVariantList{}},
        };
        const MiniTemplate t(source);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        QCOMPARE(t.render(context, [](const QString &v) { return QString(v).replace(u"'"_s, u"\\'"_s); }), expected);
    }

    void templateFilters()
    {
        const MiniTemplate t(u"{{v}} {{v|up}} {{v|unknown}} {{#items}}{{name|up}}{{/items}}"_s);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QVariantMap context{{u"v"_s, u"a'b"_s}, {u"items"_s, QVariantList{QVariantMap{{u"name"_s, u"x"_s}}}}};
        const MiniTemplate::Filters filters{{u"up"_s, [](const QString &v) {
                                                 return v.toUpper();
                                             }}};
        QCOMPARE(t.render(
                     context, [](const QString &v) { return QString(v).replace(u"'"_s, u"\\'"_s); }, filters),
                 u"a\\'b A'B a'b X"_s);
    }

    void shellFilters()
    {
        // Apache's CGI script: printf '%b' '...' gets real newlines and keeps quotes.
        const Snippet apache = m_library.generate(*m_catalog.find(206), *m_library.findTemplate(u"apache"_s));
        QVERIFY2(apache.code.contains(u"printf '%b' 'Release notes, version 4.2\\n- Uploads"_s),
                 qPrintable(apache.code));
        QVERIFY2(apache.code.contains(u"mod_cgid"_s), qPrintable(apache.code));
    }

    void conditional304()
    {
        const Card *card = m_catalog.find(304);
        QVERIFY(card);
        for (const Snippet &snippet : m_library.generateAll(*card)) {
            if (snippet.frameworkId == u"spring"_s || snippet.frameworkId == u"aspnet"_s ||
                snippet.frameworkId == u"axum"_s)
                continue; // not run: see README
            QVERIFY2(snippet.code.contains(u"412"_s), qPrintable(snippet.frameworkId + u"\n"_s + snippet.code));
        }
    }

    void templateErrors()
    {
        QVERIFY(!MiniTemplate(u"{{#a}}x"_s).isValid());
        QVERIFY(!MiniTemplate(u"{{#a}}x{{/b}}"_s).isValid());
        QVERIFY(!MiniTemplate(u"{{a"_s).isValid());
    }

    void libraryLoads()
    {
        QVERIFY(m_library.issues().isEmpty());
        for (const QString &id :
             {u"express"_s, u"node-http"_s, u"flask"_s, u"fastapi"_s, u"django"_s, u"python-http-server"_s, u"go"_s,
              u"spring"_s, u"aspnet"_s, u"php"_s, u"rails"_s, u"axum"_s, u"nginx"_s, u"apache"_s, u"curl"_s})
            QVERIFY2(m_library.findTemplate(id), qPrintable(id));
    }

    void everyRedirectSnippetSetsLocation()
    {
        for (const Card &card : m_catalog.cards()) {
            // A 1xx cannot be a framework's final response, so its snippet says so instead.
            if (card.location().isEmpty() || card.codeClass() == 1)
                continue;
            for (const Snippet &snippet : m_library.generateAll(card))
                QVERIFY2(snippet.code.contains(card.location()),
                         qPrintable(u"%1 %2 does not set Location"_s.arg(card.id(), snippet.frameworkId)));
        }
        QVERIFY(!m_catalog.find(307)->location().isEmpty());
    }

    void noContentCodesSendNoBody()
    {
        for (int code : {204, 304}) {
            const Card *card = m_catalog.find(code);
            if (!card)
                continue;
            const Snippet node = m_library.generate(*card, *m_library.findTemplate(u"node-http"_s));
            QVERIFY2(node.code.contains(u"res.end();"_s), qPrintable(node.code));
            const Snippet flask = m_library.generate(*card, *m_library.findTemplate(u"flask"_s));
            QVERIFY2(flask.code.contains(u"return '', %1"_s.arg(code)), qPrintable(flask.code));
        }
    }

    void overrideWins()
    {
        Card card = *m_catalog.find(301);
        card.snippetOverrides.insert(u"flask"_s, u"custom"_s);
        QCOMPARE(m_library.generate(card, *m_library.findTemplate(u"flask"_s)).code, u"custom\n"_s);
    }

    void everyTemplateSaysHowItIsVerified()
    {
        for (const SnippetTemplate &t : m_library.templates()) {
            QVERIFY2(t.verification == u"run"_s || t.verification == u"checked"_s || t.verification == u"reviewed"_s,
                     qPrintable(t.id));
            QVERIFY2(!t.note.isEmpty(), qPrintable(t.id));
        }
    }

    void javascriptSyntax()
    {
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        STATUSDECK_REQUIRE_PROGRAM(!node.isEmpty(), "node is not installed (Debian nodejs); JavaScript snippets not "
                                                    "syntax-checked");
        QTemporaryDir dir;
        const QStringList files = writeSnippets(dir, u"javascript"_s, u".js"_s);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            QProcess process;
            process.start(node, {u"--check"_s, file});
            QVERIFY(process.waitForFinished(30000));
            QVERIFY2(process.exitCode() == 0,
                     qPrintable(file + u": "_s + QString::fromUtf8(process.readAllStandardError())));
        }
    }

    void pythonSyntax()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        STATUSDECK_REQUIRE_PROGRAM(!python.isEmpty(), "python3 is not installed (Debian python3); Python snippets not "
                                                      "syntax-checked");
        QTemporaryDir dir;
        const QStringList files = writeSnippets(dir, u"python"_s, u".py"_s);
        QVERIFY(!files.isEmpty());
        QProcess process;
        process.start(python, QStringList{u"-m"_s, u"py_compile"_s} + files);
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
    }

    // axum is not in Debian 12 and crates cannot be fetched: every axum snippet must at least
    // parse as Rust 2021 (rustfmt parses it; formatting differences are not an error here).
    void rustParses()
    {
        QString rustfmt = u"/usr/bin/rustfmt"_s; // Debian's rustfmt, the one the README installs
        if (!QFile::exists(rustfmt))
            rustfmt = QStandardPaths::findExecutable(u"rustfmt"_s);
        STATUSDECK_REQUIRE_PROGRAM(!rustfmt.isEmpty(), "rustfmt is not installed (Debian rustfmt); axum snippets not "
                                                       "parsed");
        QTemporaryDir dir;
        const QStringList files = writeSnippets(dir, u"rust"_s, u".rs"_s);
        QVERIFY(!files.isEmpty());
        QProcess process;
        process.start(rustfmt, QStringList{u"--edition"_s, u"2021"_s, u"--emit"_s, u"stdout"_s} + files);
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
    }

    // rustfmt only parses: an empty array literal parses but gives rustc no element type to
    // infer (E0282), so an axum handler returning one does not compile. Cards without headers
    // (205, 444-nginx, 496-nginx...) return the status alone, or the status and the body.
    void axumHeaderArraysAreNeverEmpty()
    {
        static const QRegularExpression emptyArray(u"\\[\\n\\s*\\],"_s); // a header array; a JSON body may hold "[]"
        const SnippetTemplate *axum = m_library.findTemplate(u"axum"_s);
        QVERIFY(axum);
        int withoutHeaders = 0;
        for (const Card &card : m_catalog.cards()) {
            const Snippet snippet = m_library.generate(card, *axum);
            QVERIFY2(!snippet.code.contains(emptyArray), qPrintable(card.id() + u"\n"_s + snippet.code));
            if (!snippet.code.isEmpty() && !snippet.code.contains(u"        [\n"_s) && card.codeClass() != 1)
                ++withoutHeaders;
        }
        QVERIFY(withoutHeaders > 0); // the case is still covered by the catalog
        QVERIFY(m_library.generate(*m_catalog.findById(u"496-nginx"_s), *axum)
                    .code.contains(u"    StatusCode::from_u16(496).unwrap()\n}"_s));
    }

    // Spring Boot has no runtime in Debian 12: every Spring snippet compiles with javac against
    // a stand-in with Spring's own signatures (tests/snippets/java-standin/README.md).
    void javaCompiles()
    {
        const QString javac = QStandardPaths::findExecutable(u"javac"_s);
        STATUSDECK_REQUIRE_PROGRAM(!javac.isEmpty(), "javac is not installed (Debian default-jdk-headless); Spring "
                                                     "snippets not compiled");
        QTemporaryDir dir;
        QStringList files;
        for (const Card &card : m_catalog.cards()) {
            for (const Snippet &snippet : m_library.generateAll(card)) {
                if (snippet.language != u"java"_s)
                    continue;
                // One package per card, so every card's ExampleApplication compiles in one run.
                QString package = u"c"_s + card.id();
                package.replace(u'-', u'_');
                QString code = snippet.code;
                QVERIFY2(code.contains(u"package com.example.demo;"_s), qPrintable(code));
                code.replace(u"package com.example.demo;"_s, u"package com.example."_s + package + u';');
                QDir().mkpath(dir.filePath(package));
                const QString path = dir.filePath(package + u"/ExampleApplication.java"_s);
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(code.toUtf8());
                files.append(path);
            }
        }
        QVERIFY(!files.isEmpty());
        QStringList standIn;
        QDirIterator it(QStringLiteral(STATUSDECK_SOURCE_DIR "/tests/snippets/java-standin"), {u"*.java"_s},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            standIn.append(it.next());
        QVERIFY(!standIn.isEmpty());
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(javac, QStringList{u"-Xlint:none"_s, u"-d"_s, dir.filePath(u"classes"_s)} + standIn + files);
        QVERIFY(process.waitForFinished(300000));
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAll()).left(4000)));
    }
};

QTEST_GUILESS_MAIN(TestSnippets)
#include "tst_snippets.moc"
