// The redirect matrix, live against a sandbox on a free port: every emulated profile and Qt's
// own QNetworkAccessManager against the table in RedirectTable.h (REDIRECTS.md), and the real
// programs (where installed) cell by cell against their profiles.

#include "RedirectTable.h"
#include "lab/RealClient.h"
#include "lab/RedirectMatrix.h"
#include "sandbox/SandboxServer.h"

#include "JsonKeys.h"
#include "SandboxFixture.h"

#include "RequireProgram.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::lab;

namespace {

QString notationOf(const MatrixCell &cell)
{
    return redirecttable::notation(cell.method, cell.bodySent, cell.nextMethod, cell.bodyKept);
}

QString hopsText(const MatrixCell &cell)
{
    QStringList lines;
    for (const MatrixHop &hop : cell.hops)
        lines.append(u"#%1 (connection %2) %3 %4 -> %5"_s.arg(
            QString::number(hop.exchangeId), QString::number(hop.connectionId), QString::fromLatin1(hop.method),
            QString::fromLatin1(hop.target), QString::number(hop.status)));
    return lines.join(u"; "_s);
}

QStringList lowerSorted(QStringList names)
{
    for (QString &name : names)
        name = name.toLower();
    names.sort();
    return names;
}

} // namespace

class TestRedirectMatrix : public QObject
{
    Q_OBJECT

    SandboxServer m_server;

    // Runs the whole matrix; empty when it did not finish in time.
    QList<MatrixCell> run(const MatrixClient &client, int concurrency = 4)
    {
        RedirectMatrix matrix(client);
        matrix.setConcurrency(concurrency);
        QSignalSpy finished(&matrix, &RedirectMatrix::finished);
        matrix.start(m_server.url(), m_server.log());
        if (!finished.wait(120000))
            return {};
        return matrix.cells();
    }

    // Checks every cell against the table for profileId; returns the differences.
    static QStringList againstTable(const QString &profileId, const QList<MatrixCell> &cells)
    {
        QStringList problems;
        for (const QByteArray &method : RedirectMatrix::methods()) {
            QStringList row;
            for (int code : RedirectMatrix::codes())
                row.append(notationOf(cells.at(RedirectMatrix::indexOf(method, code))));
            const QString expected = redirecttable::expected(profileId, method);
            if (row.join(u' ') != expected)
                problems.append(u"%1 %2: saw '%3', table says '%4'"_s.arg(profileId, QString::fromLatin1(method),
                                                                          row.join(u' '), expected));
        }
        return problems;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(testsupport::startSandbox(m_server)); }

    void cleanupTestCase() { m_server.stop(); }

    void emulatedProfilesLive_data()
    {
        QTest::addColumn<QString>("client");
        for (const QString &id : MatrixClient::emulatedIds())
            QTest::newRow(qPrintable(id)) << id;
        QTest::newRow("qt") << u"qt"_s; // Qt itself, default redirect policy
    }
    void emulatedProfilesLive()
    {
        QFETCH(QString, client);
        const MatrixClient::Resolved resolved = MatrixClient::resolve(client, false);
        QCOMPARE(resolved.problem, MatrixClient::Problem::None);
        QCOMPARE(resolved.client.kind, client == "qt"_L1 ? MatrixClient::Kind::Qt : MatrixClient::Kind::Emulated);
        const QList<MatrixCell> cells = run(resolved.client);
        QCOMPARE(cells.size(), 35);
        const QStringList problems = againstTable(client, cells);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        for (const MatrixCell &cell : cells) {
            const QString where = u"%1 %2 %3"_s.arg(client, QString::fromLatin1(cell.method)).arg(cell.code);
            QVERIFY2(cell.finished, qPrintable(where));
            // What the server saw is what the profile predicts, headers included.
            QVERIFY2(cell.mismatch.isEmpty(), qPrintable(where + u": "_s + cell.mismatch));
            QVERIFY2(!cell.hops.isEmpty() && cell.hops.constFirst().target.contains(cell.token.toLatin1()),
                     qPrintable(where));
            QCOMPARE(cell.hops.constFirst().method, cell.method);
            QCOMPARE(cell.hops.constFirst().status, cell.code);
            QCOMPARE(cell.hops.constFirst().body, cell.bodySent ? QByteArray("k=v") : QByteArray());
            if (cell.followed()) {
                QVERIFY2(cell.error.isEmpty(), qPrintable(where + u": "_s + cell.error + u" "_s + hopsText(cell)));
                // Qt (default policy) now and then sends the redirecting request twice on the same
                // connection before it follows; every other client sends it once.
                if (client == "qt"_L1 && (cell.repeats > 0 || !cell.clientError.isEmpty()))
                    qWarning("%s: first request sent %d times, client error '%s': %s", qPrintable(where),
                             cell.repeats + 1, qPrintable(cell.clientError), qPrintable(hopsText(cell)));
                else
                    QVERIFY2(cell.repeats == 0 && cell.clientError.isEmpty(),
                             qPrintable(where + u": "_s + hopsText(cell)));
                QVERIFY2(cell.hops.size() == 2 + cell.repeats, qPrintable(where + u": "_s + hopsText(cell)));
                const auto arrived = std::find_if(cell.hops.cbegin(), cell.hops.cend(), [&cell](const MatrixHop &hop) {
                    return hop.target.startsWith(QByteArray("/anything?lab=" + cell.token.toLatin1()));
                });
                QVERIFY2(arrived != cell.hops.cend(), qPrintable(where + u": "_s + hopsText(cell)));
                QCOMPARE(arrived->status, 200);
                QCOMPARE(arrived->method, cell.nextMethod);
                // The lab's own credentials stay on a same-origin redirect in every client.
                QVERIFY2(!cell.headersDropped.contains(u"Authorization"_s, Qt::CaseInsensitive), qPrintable(where));
                QVERIFY2(!cell.headersDropped.contains(u"X-StatusDeck-Probe"_s, Qt::CaseInsensitive),
                         qPrintable(where));
            } else {
                QVERIFY2(!cell.error.isEmpty(), qPrintable(where));
                QCOMPARE(cell.hops.size(), 1);
                // Refused: an error (urllib); final: the 3xx handed back as the answer (go-stream).
                QVERIFY2(cell.stop == "refused"_L1 || (client == "go-stream"_L1 && cell.stop == "final"_L1),
                         qPrintable(where + u": "_s + cell.stop));
            }
        }
        // A spot check of the content headers: Fetch drops Content-Type with the body, Go keeps it.
        const MatrixCell &post301 = cells.at(RedirectMatrix::indexOf("POST", 301));
        if (client == "go"_L1)
            QVERIFY(post301.headersDropped.isEmpty());
        if (client == "fetch"_L1 || client == "qt"_L1 || client == "curl"_L1)
            QCOMPARE(post301.headersDropped, QStringList{u"Content-Type"_s});
    }

    void realProgramsMatchTheirProfiles_data()
    {
        QTest::addColumn<QString>("program");
        // The others (requests, httpx, aiohttp, httpie, go, go-stream): tst_realclients.
        for (const QString &id : {u"curl"_s, u"python3"_s, u"node"_s, u"wget"_s})
            QTest::newRow(qPrintable(id)) << id;
    }
    void realProgramsMatchTheirProfiles()
    {
        QFETCH(QString, program);
        const MatrixClient::Resolved real = MatrixClient::resolve(program, true);
        STATUSDECK_REQUIRE_PROGRAM(real.problem != MatrixClient::Problem::NotInstalled,
                                   qPrintable(u"%1 is not installed (tests/install-test-packages.sh); its real "
                                              "matrix is not checked"_s.arg(program)));
        QCOMPARE(real.problem, MatrixClient::Problem::None);
        QCOMPARE(real.client.kind, MatrixClient::Kind::Program);
        QVERIFY(real.client.profile);
        const QString profileId = real.client.profile->id();
        const MatrixClient::Resolved emulated = MatrixClient::resolve(profileId, false);
        QCOMPARE(emulated.problem, MatrixClient::Problem::None);

        const QList<MatrixCell> seen = run(real.client);
        const QList<MatrixCell> predicted = run(emulated.client);
        QCOMPARE(seen.size(), 35);
        QCOMPARE(predicted.size(), 35);
        QStringList problems = againstTable(profileId, seen);
        for (qsizetype i = 0; i < seen.size(); ++i) {
            const MatrixCell &a = seen.at(i);
            const MatrixCell &b = predicted.at(i);
            const QString where = u"%1 %2 %3"_s.arg(program, QString::fromLatin1(a.method)).arg(a.code);
            QVERIFY2(a.command.startsWith(program + u' '), qPrintable(where + u": "_s + a.command));
            if (a.nextMethod != b.nextMethod || a.bodyKept != b.bodyKept || a.error.isEmpty() != b.error.isEmpty())
                problems.append(
                    u"%1: real %2 (%3), profile %4 (%5)"_s.arg(where, notationOf(a), a.error, notationOf(b), b.error));
            if (lowerSorted(a.headersDropped) != lowerSorted(b.headersDropped))
                problems.append(u"%1: real dropped [%2], profile dropped [%3]"_s.arg(
                    where, a.headersDropped.join(u", "_s), b.headersDropped.join(u", "_s)));
            if (a.repeats != 0 || !a.clientError.isEmpty())
                problems.append(u"%1: first request sent %2 times, client error '%3'"_s.arg(where)
                                    .arg(a.repeats + 1)
                                    .arg(a.clientError));
            if (!a.mismatch.isEmpty())
                problems.append(u"%1: %2 (command: %3)"_s.arg(where, a.mismatch, a.command));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void signalsReportProgress()
    {
        RedirectMatrix matrix(MatrixClient::resolve(u"fetch"_s, false).client);
        matrix.setConcurrency(3);
        QSignalSpy started(&matrix, &RedirectMatrix::cellStarted);
        QSignalSpy cellFinished(&matrix, &RedirectMatrix::cellFinished);
        QSignalSpy progress(&matrix, &RedirectMatrix::progress);
        QSignalSpy finished(&matrix, &RedirectMatrix::finished);
        int maxRunning = 0;
        connect(&matrix, &RedirectMatrix::cellStarted, this,
                [&] { maxRunning = qMax(maxRunning, int(started.size() - cellFinished.size())); });
        matrix.start(m_server.url(), m_server.log());
        QVERIFY(matrix.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!matrix.isRunning());
        QCOMPARE(started.size(), 35);
        QCOMPARE(cellFinished.size(), 35);
        QCOMPARE(progress.size(), 36); // 0 of 35, then one per cell
        QCOMPARE(progress.constLast().at(0).toInt(), 35);
        QCOMPARE(progress.constLast().at(1).toInt(), 35);
        QCOMPARE(matrix.finishedCount(), 35);
        QVERIFY(maxRunning <= 3);
        QSet<int> indexes;
        for (const QList<QVariant> &arguments : std::as_const(cellFinished))
            indexes.insert(arguments.at(0).toInt());
        QCOMPARE(indexes.size(), 35);
        QSet<QString> tokens;
        for (const MatrixCell &cell : matrix.cells())
            tokens.insert(cell.token);
        QCOMPARE(tokens.size(), 35);
    }

    void cancelStopsAndFinishes()
    {
        RedirectMatrix matrix(MatrixClient::resolve(u"fetch"_s, false).client);
        matrix.setConcurrency(1);
        QSignalSpy finished(&matrix, &RedirectMatrix::finished);
        matrix.start(m_server.url(), m_server.log());
        matrix.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!matrix.isRunning());
        QVERIFY(matrix.finishedCount() < 35);
    }

    void resolveClients()
    {
        QCOMPARE(MatrixClient::resolve(u"lynx"_s, false).problem, MatrixClient::Problem::Unknown);
        QVERIFY(MatrixClient::resolve(u"lynx"_s, false).error.contains(u"lynx"_s));
        QCOMPARE(MatrixClient::resolve(u"lynx"_s, true).problem, MatrixClient::Problem::Unknown);
        QCOMPARE(MatrixClient::resolve(u"postman"_s, true).problem, MatrixClient::Problem::RealNotSupported);
        QCOMPARE(MatrixClient::resolve(u"qt"_s, true).problem, MatrixClient::Problem::RealNotSupported);
        // A program name means its profile when emulated, and the profile's program when real.
        QCOMPARE(MatrixClient::resolve(u"python3"_s, false).client.id, u"urllib"_s);
        QCOMPARE(MatrixClient::resolve(u"node"_s, false).client.profile->id(), u"fetch"_s);
        const MatrixClient::Resolved urllib = MatrixClient::resolve(u"urllib"_s, true);
        QCOMPARE(urllib.client.id, u"python3"_s);
        QCOMPARE(urllib.client.profile->id(), u"urllib"_s);

        QTemporaryDir empty;
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", empty.path().toLocal8Bit());
        const MatrixClient::Resolved missing = MatrixClient::resolve(u"curl"_s, true);
        qputenv("PATH", path);
        QCOMPARE(missing.problem, MatrixClient::Problem::NotInstalled);
        QVERIFY(missing.error.contains(u"curl is not installed"_s));
    }

    void commandLinesAreWhatAUserTypes()
    {
        auto request = [](const QByteArray &method) {
            LabRequest r;
            r.method = method;
            r.url = QUrl(u"http://127.0.0.1:8088/redirect-to?url=%2Fanything&status_code=307"_s);
            r.headers = {{"Authorization", "Bearer statusdeck-lab"}, {"X-StatusDeck-Probe", "1"}};
            if (method == "POST" || method == "PUT" || method == "PATCH") {
                r.body = "k=v";
                r.headers.append(
                    qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
            }
            return r;
        };
        const QString url = u"'http://127.0.0.1:8088/redirect-to?url=%2Fanything&status_code=307'"_s;
        QCOMPARE(realCommand(u"curl"_s, request("GET"), 50).display,
                 u"curl -sS -L -H 'Authorization: Bearer statusdeck-lab' -H 'X-StatusDeck-Probe: 1' -o /dev/null "_s +
                     url);
        QVERIFY(realCommand(u"curl"_s, request("HEAD"), 50).arguments.contains(u"-I"_s));
        const ProgramCommand post = realCommand(u"curl"_s, request("POST"), 50);
        QVERIFY(post.display.contains(u" -d k=v "_s));
        QVERIFY(!post.display.contains(u"Content-Type"_s)); // -d sets it
        const ProgramCommand put = realCommand(u"curl"_s, request("PUT"), 50, u"/tmp/body"_s);
        QVERIFY(put.display.contains(u" -T /tmp/body "_s));
        QVERIFY(put.display.contains(u" -H 'Content-Type: application/x-www-form-urlencoded' "_s));
        QVERIFY(realCommand(u"curl"_s, request("PATCH"), 50).display.contains(u" -X PATCH -d k=v "_s));
        QVERIFY(realCommand(u"curl"_s, request("DELETE"), 50).display.contains(u" -X DELETE -H"_s));
        const ProgramCommand wget = realCommand(u"wget"_s, request("PATCH"), 20);
        QVERIFY(wget.display.startsWith(u"wget -q -O /dev/null --max-redirect=20 --method=PATCH --body-data=k=v "_s));
        const ProgramCommand python = realCommand(u"python3"_s, request("PUT"), 10);
        QCOMPARE(python.arguments.size(), 2);
        QCOMPARE(python.arguments.at(0), u"-c"_s);
        QVERIFY(python.arguments.at(1).contains(u"urllib.request.Request("_s));
        QVERIFY(python.arguments.at(1).contains(u"method=\"PUT\""_s));
        QVERIFY(python.arguments.at(1).contains(u"data=\"k=v\".encode()"_s));
        QVERIFY(python.display.startsWith(u"python3 -c 'import urllib.request"_s));
        const ProgramCommand node = realCommand(u"node"_s, request("DELETE"), 20);
        QVERIFY(node.arguments.at(1).contains(u"method: \"DELETE\""_s));
        QVERIFY(node.arguments.at(1).contains(u"body: undefined"_s));
        QVERIFY(node.arguments.at(1).contains(u"redirect: \"follow\""_s));
        QCOMPARE(shellQuote(u"it's"_s), u"'it'\\''s'"_s);
        QCOMPARE(shellQuote(u"/dev/null"_s), u"/dev/null"_s);
    }

    void jsonAndText()
    {
        const MatrixClient client = MatrixClient::resolve(u"urllib"_s, false).client;
        const QList<MatrixCell> cells = run(client);
        QCOMPARE(cells.size(), 35);
        const QJsonArray array = matrixToJson(cells);
        QCOMPARE(array.size(), 35);
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            QCOMPARE(testsupport::missingKeys(object, testsupport::matrixCellKeys()), QStringList());
            QVERIFY(object.value(u"body_kept"_s).isBool());
            QVERIFY(object.value(u"headers_dropped"_s).isArray());
            QCOMPARE(object.value(u"next_method"_s).isNull(), !object.value(u"error"_s).isNull());
        }
        const QJsonObject put301 = array.at(RedirectMatrix::indexOf("PUT", 301)).toObject();
        QVERIFY(put301.value(u"next_method"_s).isNull());
        QVERIFY(put301.value(u"error"_s).toString().contains(u"HTTPError"_s));
        const QJsonObject post302 = array.at(RedirectMatrix::indexOf("POST", 302)).toObject();
        QCOMPARE(post302.value(u"next_method"_s).toString(), u"GET"_s);
        QCOMPARE(post302.value(u"body_kept"_s).toBool(), false);
        QCOMPARE(post302.value(u"headers_dropped"_s).toArray(), QJsonArray{u"Content-Type"_s});
        QVERIFY(post302.value(u"error"_s).isNull());

        QCOMPARE(cellSummary(cells.at(RedirectMatrix::indexOf("POST", 302))), u"GET, body dropped"_s);
        QCOMPARE(cellSummary(cells.at(RedirectMatrix::indexOf("HEAD", 307))), u"GET"_s);
        QCOMPARE(cellSummary(cells.at(RedirectMatrix::indexOf("PUT", 307))), u"not followed: refused"_s);
        const QString text = matrixToText(client, cells);
        QVERIFY(text.contains(u"method   301"_s));
        QVERIFY(text.contains(u"PUT 301: urllib raises HTTPError"_s));
        QVERIFY(text.contains(u"POST 301: Content-Type"_s));

        const MatrixClient fetch = MatrixClient::resolve(u"fetch"_s, false).client;
        const QList<MatrixCell> fetchCells = run(fetch);
        QCOMPARE(cellSummary(fetchCells.at(RedirectMatrix::indexOf("POST", 307))), u"POST, kept"_s);
        QCOMPARE(cellSummary(fetchCells.at(RedirectMatrix::indexOf("DELETE", 303))), u"GET"_s);
    }
};

QTEST_GUILESS_MAIN(TestRedirectMatrix)
#include "tst_redirectmatrix.moc"
