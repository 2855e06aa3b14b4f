// The real clients beside curl, urllib, node and wget (those: tst_redirectmatrix): Python requests,
// httpx and aiohttp, HTTPie, and Go's default client (also with a body without GetBody), each run
// through the whole matrix live and compared cell by cell with its profile.
//
// A client that is missing skips, naming its Debian package (under CI=true it fails). A mismatch
// with the version the profile was observed with fails: the profile is wrong. With another version
// the test reports the version difference and skips, except under CI=true, where the README's
// install command brings Debian 12's versions, so the versions must be the observed ones.

#include "lab/RealClient.h"
#include "lab/RedirectMatrix.h"
#include "sandbox/SandboxServer.h"

#include "SandboxFixture.h"

#include "RequireProgram.h"
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::lab;

namespace {

QString cellText(const MatrixCell &cell)
{
    if (!cell.followed())
        return u"not followed (%1)"_s.arg(cell.error);
    return QString::fromLatin1(cell.nextMethod) + (cell.bodySent ? (cell.bodyKept ? u" +body"_s : u" -body"_s) : u""_s);
}

QStringList lowerSorted(QStringList names)
{
    for (QString &name : names)
        name = name.toLower();
    names.sort();
    return names;
}

} // namespace

class TestRealClients : public QObject
{
    Q_OBJECT

    SandboxServer m_server;

    bool run(RedirectMatrix &matrix)
    {
        QSignalSpy finished(&matrix, &RedirectMatrix::finished);
        matrix.start(m_server.url(), m_server.log());
        // The first run of go builds the Go client: allow for a cold build cache.
        return finished.wait(240000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The Go client is built into ~/.qttest/cache, not into the user's own cache folder.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(testsupport::startSandbox(m_server));
    }

    void cleanupTestCase() { m_server.stop(); }

    void agreesWithItsProfile_data()
    {
        QTest::addColumn<QString>("program");
        for (const QString &id : {u"requests"_s, u"httpx"_s, u"aiohttp"_s, u"httpie"_s, u"go"_s, u"go-stream"_s})
            QTest::newRow(qPrintable(id)) << id;
    }
    void agreesWithItsProfile()
    {
        QFETCH(QString, program);
        const RealProgram *real = findRealProgram(program);
        QVERIFY(real);
        const MatrixClient::Resolved resolved = MatrixClient::resolve(program, true);
        STATUSDECK_REQUIRE_PROGRAM(resolved.problem != MatrixClient::Problem::NotInstalled,
                                   qPrintable(u"%1 is not installed (Debian package %2, "
                                              "tests/install-test-packages.sh); its real matrix is not checked"_s.arg(
                                                  real->executable, real->package)));
        QCOMPARE(resolved.problem, MatrixClient::Problem::None);
        QVERIFY(resolved.client.profile);

        RedirectMatrix matrix(resolved.client);
        QVERIFY2(run(matrix), "the real matrix did not finish");
        if (!real->module.isEmpty())
            STATUSDECK_REQUIRE_PROGRAM(matrix.setupError().isEmpty(), qPrintable(matrix.setupError()));
        QVERIFY2(matrix.setupError().isEmpty(), qPrintable(matrix.setupError()));
        const MatrixClient &client = matrix.client();
        QVERIFY2(!client.installedVersion.isEmpty(), "the installed version could not be told");

        RedirectMatrix emulated(MatrixClient::resolve(client.profile->id(), false).client);
        QVERIFY(run(emulated));
        const QList<MatrixCell> &seen = matrix.cells();
        const QList<MatrixCell> &predicted = emulated.cells();
        QCOMPARE(seen.size(), 35);
        QCOMPARE(predicted.size(), 35);

        QStringList problems;
        const QString versionDifference = client.versionDifference();
        for (qsizetype i = 0; i < seen.size(); ++i) {
            const MatrixCell &a = seen.at(i);
            const MatrixCell &b = predicted.at(i);
            const QString where = u"%1 %2 %3"_s.arg(program, QString::fromLatin1(a.method)).arg(a.code);
            // Run as a user types it: the interpreter with the script, http, the built Go client.
            const QString invoked = client.invokedAs.isEmpty() ? real->executable : client.invokedAs;
            QVERIFY2(a.command.startsWith(shellQuote(invoked) + u' '), qPrintable(where + u": "_s + a.command));
            if (a.nextMethod != b.nextMethod || a.bodyKept != b.bodyKept || a.error.isEmpty() != b.error.isEmpty())
                problems.append(u"%1: real %2, profile %3"_s.arg(where, cellText(a), cellText(b)));
            if (lowerSorted(a.headersDropped) != lowerSorted(b.headersDropped))
                problems.append(u"%1: real dropped [%2], profile dropped [%3]"_s.arg(
                    where, a.headersDropped.join(u", "_s), b.headersDropped.join(u", "_s)));
            if (a.repeats != 0 || !a.clientError.isEmpty())
                problems.append(u"%1: first request sent %2 times, client error '%3'"_s.arg(where)
                                    .arg(a.repeats + 1)
                                    .arg(a.clientError));
            if (!a.mismatch.isEmpty()) {
                problems.append(u"%1: %2 (command: %3)"_s.arg(where, a.mismatch, a.command));
                // The cell itself says when the version is another one.
                QCOMPARE(a.versionNote, versionDifference);
            }
        }
        if (problems.isEmpty())
            return;
        if (versionDifference.isEmpty())
            QFAIL(qPrintable(u"%1 %2 does not do what its profile says:\n"_s.arg(program, client.installedVersion) +
                             problems.join(u'\n')));
        const QString report =
            u"%1: a version difference, %2:\n%3"_s.arg(program, versionDifference, problems.join(u'\n'));
        if (qgetenv("CI") == "true")
            QFAIL(qPrintable(report + u"\nUnder CI=true the installed version must be Debian 12's (package %1)."_s.arg(
                                          real->package)));
        qWarning("%s", qPrintable(report));
        QSKIP("the installed version differs from the one the profile was observed with (see the warning)");
    }

    // go-stream: a body Go cannot read again comes back as the 307 or 308 itself.
    void goStreamReturnsTheRedirect()
    {
        const MatrixClient::Resolved resolved = MatrixClient::resolve(u"go-stream"_s, true);
        STATUSDECK_REQUIRE_PROGRAM(resolved.problem != MatrixClient::Problem::NotInstalled,
                                   "go is not installed (Debian package golang-go); go-stream is not checked");
        RedirectMatrix matrix(resolved.client);
        matrix.setCodes({307});
        QVERIFY(run(matrix));
        QVERIFY2(matrix.setupError().isEmpty(), qPrintable(matrix.setupError()));
        const MatrixCell &post = matrix.cells().at(RedirectMatrix::indexOf("POST", 307));
        QVERIFY(!post.followed());
        QCOMPARE(post.hops.size(), 1);
        QVERIFY2(post.output.contains(u"returned the 307 Temporary Redirect to the caller"_s), qPrintable(post.output));
        QVERIFY(post.command.contains(u" -stream "_s));
        QCOMPARE(post.prediction.stop, StopReason::FinalResponse);
        QVERIFY(post.mismatch.isEmpty());
        const MatrixCell &del = matrix.cells().at(RedirectMatrix::indexOf("DELETE", 307));
        QCOMPARE(del.nextMethod, QByteArray("DELETE"));
    }
};

QTEST_GUILESS_MAIN(TestRealClients)
#include "tst_realclients.moc"
