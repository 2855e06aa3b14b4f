// The parts of the real clients that need no client: the commands and scripts they are run with,
// version numbers and their comparison, the Go client's build key, folder, arguments and
// environment, the new profiles' rules. buildCacheIsKeyed runs ProgramSetup against a /bin/sh
// stand-in for go (no Go toolchain needed).

#include "lab/GoClient.h"
#include "lab/MatrixClient.h"
#include "lab/MatrixGrid.h"
#include "lab/ProgramSetup.h"
#include "lab/RealClient.h"
#include "lab/Rules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::lab;

namespace {

LabRequest request(const QByteArray &method)
{
    LabRequest r;
    r.method = method;
    r.url = QUrl(u"http://127.0.0.1:8088/redirect-to?url=%2Fanything&status_code=307"_s);
    r.headers = {{"Authorization", "Bearer statusdeck-lab"}, {"X-StatusDeck-Probe", "1"}};
    if (grid::sendsBody(method)) {
        r.body = "k=v";
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    }
    return r;
}

const QString kUrl = u"http://127.0.0.1:8088/redirect-to?url=%2Fanything&status_code=307"_s;

} // namespace

class TestRealClientParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void programsAndProfiles_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("executable");
        QTest::addColumn<QString>("package");
        QTest::newRow("requests") << u"requests"_s << u"python3"_s << u"python3-requests"_s;
        QTest::newRow("httpx") << u"httpx"_s << u"python3"_s << u"python3-httpx"_s;
        QTest::newRow("aiohttp") << u"aiohttp"_s << u"python3"_s << u"python3-aiohttp"_s;
        QTest::newRow("httpie") << u"httpie"_s << u"http"_s << u"httpie"_s;
        QTest::newRow("go") << u"go"_s << u"go"_s << u"golang-go"_s;
        QTest::newRow("go-stream") << u"go-stream"_s << u"go"_s << u"golang-go"_s;
    }
    void programsAndProfiles()
    {
        QFETCH(QString, id);
        QFETCH(QString, executable);
        QFETCH(QString, package);
        const RealProgram *program = findRealProgram(id);
        QVERIFY(program);
        QCOMPARE(program->executable, executable);
        QCOMPARE(program->package, package);
        QVERIFY(MatrixClient::realIds().contains(id));
        const ClientProfile *profile = ClientProfile::find(program->profileId);
        QVERIFY(profile);
        QVERIFY(MatrixClient::emulatedIds().contains(profile->id()));
        QVERIFY(!profile->observedVersion().isEmpty());
        QVERIFY(MatrixClient::resolve(id, false).client.name.contains(profile->observedWith()));
    }

    void pythonScripts_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("call");
        QTest::newRow("requests POST")
            << u"requests"_s << QByteArray("POST")
            << u"requests.request(\"POST\", \"%1\", headers={\"Authorization\":\"Bearer statusdeck-lab\","
               "\"Content-Type\":\"application/x-www-form-urlencoded\",\"X-StatusDeck-Probe\":\"1\"}, "
               "data=\"k=v\", timeout=30)"_s.arg(kUrl);
        QTest::newRow("requests GET") << u"requests"_s << QByteArray("GET") << u"data=None, timeout=30)"_s;
        QTest::newRow("httpx PUT") << u"httpx"_s << QByteArray("PUT")
                                   << u"content=\"k=v\", follow_redirects=True, timeout=30)"_s;
        QTest::newRow("httpx HEAD") << u"httpx"_s << QByteArray("HEAD")
                                    << u"httpx.request(\"HEAD\", \"%1\""_s.arg(kUrl);
        QTest::newRow("aiohttp PATCH") << u"aiohttp"_s << QByteArray("PATCH")
                                       << u"session.request(\"PATCH\", \"%1\", headers="_s.arg(kUrl);
        QTest::newRow("aiohttp data") << u"aiohttp"_s << QByteArray("POST") << u"data=\"k=v\") as r:"_s;
    }
    void pythonScripts()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, method);
        QFETCH(QString, call);
        const QString script = pythonClientScript(id, request(method));
        QVERIFY2(script.contains(call), qPrintable(script));
        QVERIFY(!script.contains(u"{{"_s));
        const ProgramCommand command = realCommand(id, request(method), 20);
        QCOMPARE(command.program, u"python3"_s);
        QCOMPARE(command.arguments, (QStringList{u"-c"_s, script}));
        QVERIFY(command.display.startsWith(u"python3 -c 'import "_s + (id == "aiohttp"_L1 ? u"asyncio"_s : id)));
        // Another interpreter than the python3 on PATH is shown by its path.
        QVERIFY(realCommand(id, request(method), 20, {}, u"/usr/bin/python3"_s)
                    .display.startsWith(u"/usr/bin/python3 -c "_s));
        QVERIFY(pythonClientScript(u"curl"_s, request(method)).isEmpty());
    }

    void httpieCommand()
    {
        const ProgramCommand post = realCommand(u"httpie"_s, request("POST"), 30);
        QCOMPARE(post.program, u"http"_s);
        QCOMPARE(post.arguments,
                 (QStringList{u"--ignore-stdin"_s, u"--quiet"_s, u"--follow"_s, u"--max-redirects=30"_s, u"POST"_s,
                              kUrl, u"Authorization:Bearer statusdeck-lab"_s, u"X-StatusDeck-Probe:1"_s,
                              u"Content-Type:application/x-www-form-urlencoded"_s, u"--raw=k=v"_s}));
        QVERIFY(post.display.startsWith(u"http --ignore-stdin --quiet --follow --max-redirects=30 POST '"_s));
        QVERIFY(!realCommand(u"httpie"_s, request("DELETE"), 30).display.contains(u"--raw"_s));
    }

    void goCommand()
    {
        const QString binary = u"/cache/go-client/0123456789abcdef/statusdeck-go-client"_s;
        const ProgramCommand get = realCommand(u"go"_s, request("GET"), 10, {}, binary);
        QCOMPARE(get.program, binary);
        QCOMPARE(get.arguments, (QStringList{u"-H"_s, u"Authorization: Bearer statusdeck-lab"_s, u"-H"_s,
                                             u"X-StatusDeck-Probe: 1"_s, kUrl}));
        const ProgramCommand put = realCommand(u"go"_s, request("PUT"), 10, {}, binary);
        QVERIFY(put.display.startsWith(binary + u" -X PUT -H 'Authorization: Bearer statusdeck-lab' "_s));
        QVERIFY(put.display.contains(u" -d k=v '"_s));
        QVERIFY(!put.arguments.contains(u"-stream"_s));
        const ProgramCommand stream = realCommand(u"go-stream"_s, request("PUT"), 10, {}, binary);
        QVERIFY(stream.display.contains(u" -d k=v -stream '"_s));
        // Without a body there is nothing to stream.
        QVERIFY(!realCommand(u"go-stream"_s, request("DELETE"), 10, {}, binary).arguments.contains(u"-stream"_s));
    }

    void versions_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("number");
        QTest::newRow("curl") << u"curl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1"_s << u"7.88.1"_s;
        QTest::newRow("go") << u"go1.19.8\n"_s << u"1.19.8"_s;
        QTest::newRow("node") << u"v20.20.2"_s << u"20.20.2"_s;
        QTest::newRow("wget") << u"GNU Wget 1.21.3 built on linux-gnu."_s << u"1.21.3"_s;
        QTest::newRow("python") << u"Python 3.11.2"_s << u"3.11.2"_s;
        QTest::newRow("httpie") << u"3.2.1\n"_s << u"3.2.1"_s;
        QTest::newRow("none") << u"unknown"_s << QString();
    }
    void versions()
    {
        QFETCH(QString, output);
        QFETCH(QString, number);
        QCOMPARE(versionNumber(output), number);
    }

    void versionDifferences_data()
    {
        QTest::addColumn<QString>("observed");
        QTest::addColumn<QString>("installed");
        QTest::addColumn<bool>("differs");
        QTest::newRow("same") << u"0.23.3"_s << u"0.23.3"_s << false;
        QTest::newRow("newer") << u"0.23.3"_s << u"0.24.0"_s << true;
        QTest::newRow("patch") << u"2.28.1"_s << u"2.28.2"_s << true;
        QTest::newRow("as precise as observed") << u"3.11"_s << u"3.11.7"_s << false;
        QTest::newRow("major only") << u"20"_s << u"20.20.2"_s << false;
        QTest::newRow("less precise installed") << u"1.19.8"_s << u"1.19"_s << true;
        QTest::newRow("not observed") << QString() << u"1.0"_s << false;
        QTest::newRow("not known") << u"1.0"_s << QString() << false;
    }
    void versionDifferences()
    {
        QFETCH(QString, observed);
        QFETCH(QString, installed);
        QFETCH(bool, differs);
        QCOMPARE(versionDiffers(observed, installed), differs);
    }

    void clientVersionDifference()
    {
        MatrixClient client = MatrixClient::resolve(u"httpx"_s, true).client;
        client.kind = MatrixClient::Kind::Program; // also where httpx is missing
        client.installedVersion = u"0.24.0"_s;
        QCOMPARE(client.versionDifference(), u"observed with httpx 0.23.3, installed 0.24.0"_s);
        client.installedVersion = u"0.23.3"_s;
        QVERIFY(client.versionDifference().isEmpty());
        const MatrixClient emulated = MatrixClient::resolve(u"httpx"_s, false).client;
        QVERIFY(emulated.versionDifference().isEmpty());
    }

    void goBuildKey()
    {
        const QByteArray source = goclient::source();
        QVERIFY(source.contains("package main"));
        QVERIFY(source.contains("http.DefaultClient.Do"));
        const QString key = goclient::buildKey(u"go1.19.8"_s, source);
        QCOMPARE(key.size(), 16);
        QCOMPARE(goclient::buildKey(u"go1.19.8"_s, source), key); // stable
        QVERIFY(goclient::buildKey(u"go1.21.0"_s, source) != key);
        QVERIFY(goclient::buildKey(u"go1.19.8"_s, source + "\n// changed") != key);
        QCOMPARE(goclient::buildsFolder(u"/c"_s), u"/c/go-client"_s);
        QCOMPARE(QFileInfo(goclient::binaryPath(u"/c"_s, key)).absolutePath(), u"/c/go-client/"_s + key);
        QCOMPARE(goclient::buildArguments(u"/out"_s, u"/src/redirect-client.go"_s),
                 (QStringList{u"build"_s, u"-trimpath"_s, u"-buildvcs=false"_s, u"-o"_s, u"/out"_s,
                              u"/src/redirect-client.go"_s}));
    }

    void goBuildEnvironment()
    {
        QProcessEnvironment base;
        base.insert(u"PATH"_s, u"/usr/bin"_s);
        base.insert(u"GOPROXY"_s, u"https://proxy.golang.org"_s);
        const QProcessEnvironment env = goclient::buildEnvironment(base, u"/cache/gocache"_s, u"/tmp/x/gopath"_s);
        QCOMPARE(env.value(u"PATH"_s), u"/usr/bin"_s);
        QCOMPARE(env.value(u"GOCACHE"_s), u"/cache/gocache"_s);
        QCOMPARE(env.value(u"GOPATH"_s), u"/tmp/x/gopath"_s);
        QCOMPARE(env.value(u"GOPROXY"_s), u"off"_s);
        QCOMPARE(env.value(u"GOTOOLCHAIN"_s), u"local"_s);
        QCOMPARE(env.value(u"CGO_ENABLED"_s), u"0"_s);
    }

    // ProgramSetup with a stand-in for go: the first run builds, the second finds the build in the
    // cache, another Go version builds again and removes the older build.
    void buildCacheIsKeyed()
    {
#ifdef Q_OS_WIN
        QSKIP("the stand-in for go is a POSIX shell script");
#endif
        QTemporaryDir bin;
        QTemporaryDir cache;
        const QString log = bin.filePath(u"calls.log"_s);
        const QString fake = bin.filePath(u"go"_s);
        auto writeFake = [&](const QString &version) {
            QFile file(fake);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            // `go env GOVERSION` prints the version; `go build ... -o OUT SRC` writes OUT.
            file.write(u"#!/bin/sh\necho \"$*\" >> '%1'\n"
                       "if [ \"$1\" = env ]; then echo %2; exit 0; fi\n"
                       "[ -n \"$GOCACHE\" ] && [ \"$GOPROXY\" = off ] || exit 9\n"
                       "out=$5; printf '#!/bin/sh\\n' > \"$out\"; chmod +x \"$out\"\n"_s.arg(log, version)
                           .toUtf8());
            file.close();
            QFile::setPermissions(fake, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        };
        auto setUp = [&]() -> ProgramSetup::Result {
            MatrixClient client;
            client.kind = MatrixClient::Kind::Program;
            client.id = u"go"_s;
            client.programPath = fake;
            ProgramSetup setup;
            setup.setCacheRoot(cache.path());
            QSignalSpy done(&setup, &ProgramSetup::finished);
            setup.start(client);
            if (!done.wait(30000))
                return {};
            return done.constFirst().constFirst().value<ProgramSetup::Result>();
        };
        auto builds = [&] {
            QFile file(log);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).count(u"build "_s) : -1;
        };

        writeFake(u"go1.19.8"_s);
        const ProgramSetup::Result first = setUp();
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.version, u"1.19.8"_s);
        const QString key = goclient::buildKey(u"go1.19.8"_s, goclient::source());
        QCOMPARE(first.programPath, goclient::binaryPath(cache.path(), key));
        QCOMPARE(first.invokedAs, first.programPath);
        QVERIFY(QFileInfo(first.programPath).isExecutable());
        QCOMPARE(builds(), 1);

        QCOMPARE(setUp().programPath, first.programPath);
        QCOMPARE(builds(), 1); // found in the cache

        writeFake(u"go1.21.0"_s);
        const ProgramSetup::Result newer = setUp();
        QVERIFY2(newer.error.isEmpty(), qPrintable(newer.error));
        QCOMPARE(newer.version, u"1.21.0"_s);
        QVERIFY(newer.programPath != first.programPath);
        QCOMPARE(builds(), 2);
        QVERIFY(!QFileInfo::exists(QFileInfo(first.programPath).absolutePath()));
    }

    // Every decision of the profiles from PythonProfiles.cpp names a rule that exists, and Go's
    // body without GetBody hands a 307 or 308 back.
    void newProfilesNameTheirRules()
    {
        const RuleBook &book = RuleBook::builtIn();
        QVERIFY2(book.errors().isEmpty(), qPrintable(book.errors().join(u'\n')));
        const QList<MatrixCell> cells = grid::cells(QUrl(u"http://127.0.0.1:8088/"_s), u"r"_s);
        for (const QString &id : {u"httpx"_s, u"aiohttp"_s, u"httpie"_s, u"go-stream"_s}) {
            const ClientProfile *profile = ClientProfile::find(id);
            QVERIFY(profile);
            for (const MatrixCell &cell : cells) {
                const QString where = u"%1 %2 %3"_s.arg(id, QString::fromLatin1(cell.method)).arg(cell.code);
                const RedirectDecision decision = grid::predict(*profile, cell);
                const bool streamed = id == "go-stream"_L1 && cell.bodySent && cell.code >= 307;
                if (id == "go-stream"_L1 && !streamed)
                    continue; // Go's own decisions
                QVERIFY2(!decision.rule.isEmpty(), qPrintable(where));
                const Rule *rule = book.find(decision.rule);
                QVERIFY2(rule, qPrintable(where + u": "_s + decision.rule));
                QVERIFY2(!rule->url.isEmpty() && !rule->quote, qPrintable(where));
                if (streamed) {
                    QCOMPARE(decision.stop, StopReason::FinalResponse);
                    QCOMPARE(decision.rule, u"go.no-getbody-returns-redirect"_s);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRealClientParts)
#include "tst_realclientparts.moc"
