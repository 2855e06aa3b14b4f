// The cross-origin matrix, live against a sandbox with its second origin: Authorization, Cookie
// and X-StatusDeck-Probe through each code to the same origin, another port and another host.
// Every profile (and Qt itself) against what the real programs were seen to do, and every real
// program MatrixClient knows (where installed) cell by cell against its profile.

#include "lab/RedirectMatrix.h"
#include "sandbox/SandboxServer.h"

#include "SandboxFixture.h"

#include "RequireProgram.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::lab;

namespace {

QStringList lowerSorted(QStringList names)
{
    for (QString &name : names)
        name = name.toLower();
    names.sort();
    return names;
}

// What each profile removes, per scope, on every code (observed on Debian 12 where a real program
// exists: curl 7.88.1, Python 3.11 urllib, requests 2.28.1, httpx 0.23.3, aiohttp 3.8.4, HTTPie 3.2.1,
// Node.js 20 fetch, GNU Wget 1.21.3, Go 1.19.8, Qt 6.4.2). "A" Authorization, "C" Cookie; X-StatusDeck-Probe is kept by
// every client.
QString expectedDrops(const QString &profile, const QString &scope)
{
    static const QHash<QString, QStringList> table{
        // same origin, another port, another host
        {u"fetch"_s, {u""_s, u"AC"_s, u"AC"_s}},     // Fetch: Authorization; undici: Cookie too
        {u"curl"_s, {u""_s, u"AC"_s, u"AC"_s}},      // first origin only
        {u"requests"_s, {u"C"_s, u"AC"_s, u"AC"_s}}, // a hand-set Cookie never survives
        {u"urllib"_s, {u""_s, u""_s, u""_s}},        // everything goes everywhere
        {u"go"_s, {u""_s, u"AC"_s, u"AC"_s}},        // Go 1.19 compares host and port
        {u"postman"_s, {u""_s, u""_s, u"A"_s}},      // host only
        {u"rfc"_s, {u""_s, u"AC"_s, u"AC"_s}},       // "consider removing"
        {u"wget"_s, {u""_s, u""_s, u""_s}},          {u"qt"_s, {u""_s, u""_s, u""_s}},
        {u"httpx"_s, {u"C"_s, u"AC"_s, u"AC"_s}},    // Cookie from the cookie store only
        {u"aiohttp"_s, {u""_s, u"AC"_s, u"AC"_s}},   // origin change: auth, Cookie, Proxy-Authorization
        {u"httpie"_s, {u"C"_s, u"AC"_s, u"AC"_s}},   // requests underneath
        {u"go-stream"_s, {u""_s, u"AC"_s, u"AC"_s}}, // Go; a GET has no body to lose
    };
    const QStringList row = table.value(profile);
    const qsizetype index = grid::scopes().indexOf(scope);
    return index < 0 || index >= row.size() ? u"?"_s : row.at(index);
}

QString dropLetters(const QStringList &dropped)
{
    QString letters;
    if (dropped.contains(u"Authorization"_s, Qt::CaseInsensitive))
        letters += u'A';
    if (dropped.contains(u"Cookie"_s, Qt::CaseInsensitive))
        letters += u'C';
    if (dropped.contains(u"X-StatusDeck-Probe"_s, Qt::CaseInsensitive))
        letters += u'X';
    return letters;
}

} // namespace

class TestCrossOrigin : public QObject
{
    Q_OBJECT

    SandboxServer m_server;

    QList<MatrixCell> run(const MatrixClient &client)
    {
        RedirectMatrix matrix(client);
        matrix.setKind(grid::Kind::CrossOrigin);
        QSignalSpy finished(&matrix, &RedirectMatrix::finished);
        matrix.start(m_server.url(), m_server.secondUrl(), m_server.log());
        if (!finished.wait(120000))
            return {};
        return matrix.cells();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(testsupport::startSandbox(m_server, true, true)); // localhost may resolve to ::1 first
        QVERIFY(m_server.secondUrl().isValid());
    }

    void cleanupTestCase() { m_server.stop(); }

    void gridCells()
    {
        const QList<MatrixCell> cells =
            grid::crossOriginCells(QUrl(u"http://127.0.0.1:8088/"_s), QUrl(u"http://127.0.0.1:8089/"_s), u"r"_s);
        QCOMPARE(cells.size(), 15);
        const MatrixCell &port = cells.at(grid::crossOriginIndexOf(u"other-port"_s, 307));
        QCOMPARE(port.scope, u"other-port"_s);
        QCOMPARE(port.code, 307);
        QVERIFY(port.redirectTo.startsWith("http://127.0.0.1:8089/anything?lab="));
        QVERIFY(port.url.toString().startsWith(u"http://127.0.0.1:8088/redirect-to?url="_s));
        const MatrixCell &host = cells.at(grid::crossOriginIndexOf(u"other-host"_s, 301));
        QVERIFY(host.redirectTo.startsWith("http://localhost:8088/anything?lab="));
        const LabRequest first = grid::firstRequest(host);
        QCOMPARE(first.method, QByteArray("GET"));
        QCOMPARE(first.header("Cookie"), QByteArray("statusdeck-lab=1"));
        QCOMPARE(first.header("Authorization"), QByteArray("Bearer statusdeck-lab"));
        QCOMPARE(grid::location(host), host.redirectTo);
        // The method grid sends no Cookie.
        QVERIFY(grid::firstRequest(grid::cells(QUrl(u"http://127.0.0.1:8088/"_s), u"r"_s).first())
                    .header("Cookie")
                    .isNull());
    }

    void profilesLive_data()
    {
        QTest::addColumn<QString>("client");
        for (const QString &id : MatrixClient::emulatedIds())
            QTest::newRow(qPrintable(id)) << id;
        QTest::newRow("qt") << u"qt"_s; // Qt itself, default redirect policy
    }
    void profilesLive()
    {
        QFETCH(QString, client);
        const MatrixClient::Resolved resolved = MatrixClient::resolve(client, false);
        QCOMPARE(resolved.problem, MatrixClient::Problem::None);
        if (!resolved.client.crossOriginUnavailable().isEmpty()) {
            // form and navigate set none of the grid's headers: the grid is not offered, and says why.
            RedirectMatrix matrix(resolved.client);
            matrix.setKind(grid::Kind::CrossOrigin);
            QSignalSpy finished(&matrix, &RedirectMatrix::finished);
            matrix.start(m_server.url(), m_server.secondUrl(), m_server.log());
            QCOMPARE(finished.size(), 1);
            QCOMPARE(matrix.setupError(), resolved.client.crossOriginUnavailable());
            QVERIFY(matrix.setupError().contains(u"fetch"_s));
            QVERIFY(matrix.cells().isEmpty() || matrix.cells().first().hops.isEmpty());
            return;
        }
        const QList<MatrixCell> cells = run(resolved.client);
        QCOMPARE(cells.size(), 15);
        QStringList problems;
        for (const MatrixCell &cell : cells) {
            const QString where = u"%1 %2 %3"_s.arg(client, cell.scope).arg(cell.code);
            if (!cell.followed()) {
                problems.append(where + u": not followed: "_s + cell.error);
                continue;
            }
            if (cell.nextMethod != "GET")
                problems.append(where + u": "_s + QString::fromLatin1(cell.nextMethod));
            const QString seen = dropLetters(cell.headersDropped);
            const QString expected = expectedDrops(client, cell.scope);
            if (seen != expected)
                problems.append(u"%1: dropped '%2', expected '%3'"_s.arg(where, seen, expected));
            if (!cell.mismatch.isEmpty())
                problems.append(where + u": "_s + cell.mismatch);
            // The follow-up arrived at the scope's origin (Qt now and then repeats the first request
            // afterwards, so it need not be the last hop).
            const auto arrived = std::find_if(cell.hops.cbegin(), cell.hops.cend(),
                                              [](const MatrixHop &hop) { return hop.target.startsWith("/anything"); });
            const QByteArray host =
                arrived == cell.hops.cend() ? QByteArray() : headers::value(arrived->headers, "Host");
            const QByteArray wanted = QUrl::fromEncoded(cell.redirectTo).authority().toLatin1();
            if (host != wanted)
                problems.append(
                    u"%1: arrived at %2, not %3"_s.arg(where, QString::fromLatin1(host), QString::fromLatin1(wanted)));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Every real program the lab knows: the programs other parts of the lab add are picked up here
    // without an edit.
    void realProgramsMatchTheirProfiles_data()
    {
        QTest::addColumn<QString>("program");
        for (const QString &id : MatrixClient::realIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void realProgramsMatchTheirProfiles()
    {
        QFETCH(QString, program);
        const MatrixClient::Resolved real = MatrixClient::resolve(program, true);
        STATUSDECK_REQUIRE_PROGRAM(real.problem != MatrixClient::Problem::NotInstalled,
                                   qPrintable(u"%1 is not installed (tests/install-test-packages.sh); its "
                                              "cross-origin matrix is not checked"_s.arg(program)));
        QCOMPARE(real.problem, MatrixClient::Problem::None);
        QVERIFY(real.client.profile);
        const MatrixClient::Resolved emulated = MatrixClient::resolve(real.client.profile->id(), false);
        QCOMPARE(emulated.problem, MatrixClient::Problem::None);
        const QList<MatrixCell> seen = run(real.client);
        const QList<MatrixCell> predicted = run(emulated.client);
        QCOMPARE(seen.size(), 15);
        QCOMPARE(predicted.size(), 15);
        QStringList problems;
        for (qsizetype i = 0; i < seen.size(); ++i) {
            const MatrixCell &a = seen.at(i);
            const MatrixCell &b = predicted.at(i);
            const QString where = u"%1 %2 %3"_s.arg(program, a.scope).arg(a.code);
            if (a.nextMethod != b.nextMethod || a.error.isEmpty() != b.error.isEmpty())
                problems.append(u"%1: real %2 (%3), profile %4 (%5)"_s.arg(
                    where, QString::fromLatin1(a.nextMethod), a.error, QString::fromLatin1(b.nextMethod), b.error));
            if (lowerSorted(a.headersDropped) != lowerSorted(b.headersDropped))
                problems.append(u"%1: real dropped [%2], profile dropped [%3]"_s.arg(
                    where, a.headersDropped.join(u", "_s), b.headersDropped.join(u", "_s)));
            if (!a.mismatch.isEmpty())
                problems.append(u"%1: %2 (command: %3)"_s.arg(where, a.mismatch, a.command));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The hop timeline's words for an origin change.
    void originChangeInWords_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same") << QByteArray("127.0.0.1:1") << QByteArray("127.0.0.1:1") << QStringList() << QString();
        QTest::newRow("port, one removed")
            << QByteArray("127.0.0.1:44687") << QByteArray("127.0.0.1:45205") << QStringList{u"Authorization"_s}
            << u"→ another origin: port 44687 ≠ 45205, so Authorization is removed"_s;
        QTest::newRow("host, two removed")
            << QByteArray("127.0.0.1:80") << QByteArray("localhost:80") << QStringList{u"Authorization"_s, u"Cookie"_s}
            << u"→ another origin: host 127.0.0.1 ≠ localhost, so Authorization and Cookie are removed"_s;
        QTest::newRow("port, none removed") << QByteArray("127.0.0.1:1") << QByteArray("127.0.0.1:2") << QStringList()
                                            << u"→ another origin: port 1 ≠ 2, and every header is kept"_s;
    }
    void originChangeInWords()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QStringList, removed);
        QFETCH(QString, expected);
        MatrixHop before;
        before.headers = {{"Host", from}, {"Authorization", "a"}, {"Cookie", "c"}, {"X-StatusDeck-Probe", "1"}};
        MatrixHop after;
        after.headers = {{"Host", to}};
        for (const auto &[name, value] : before.headers) {
            if (name != "Host" && !removed.contains(QString::fromLatin1(name)))
                after.headers.append(qMakePair(name, value));
        }
        QCOMPARE(originChangeText(before, after), expected);
    }
};

QTEST_GUILESS_MAIN(TestCrossOrigin)
#include "tst_crossorigin.moc"
