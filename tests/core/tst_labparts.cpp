// The lab's pure parts, with tables and no sockets: client ids, the grid, what the server saw
// of a cell (observe), the cell classification and summaries, the composer's text both ways,
// and the presets' URLs.

#include "lab/ClientId.h"
#include "lab/MatrixClient.h"
#include "lab/MatrixFormat.h"
#include "lab/MatrixGrid.h"
#include "lab/MatrixObserve.h"
#include "lab/Presets.h"
#include "lab/RequestText.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::lab;

Q_DECLARE_METATYPE(statusdeck::HeaderList)
Q_DECLARE_METATYPE(statusdeck::lab::CellKind)

namespace {

// A logged exchange as the sandbox writes it.
HttpExchange exchange(quint64 id, const QByteArray &method, const QByteArray &target, int status,
                      const HeaderList &headers, const QByteArray &body = {})
{
    HttpExchange e;
    e.id = id;
    e.connectionId = id;
    e.method = method;
    e.target = target;
    e.status = status;
    QByteArray raw = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:8088\r\n";
    for (const auto &[name, value] : headers)
        raw += name + ": " + value + "\r\n";
    if (!body.isEmpty())
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    raw += "\r\n" + body;
    e.rawRequest = raw;
    return e;
}

MatrixCell cellOf(const QByteArray &method, int code)
{
    const QList<MatrixCell> cells = grid::cells(QUrl(u"http://127.0.0.1:8088/"_s), u"0000abcd"_s);
    return cells.at(grid::indexOf(method, code));
}

const HeaderList kLab{{"Authorization", "Bearer statusdeck-lab"}, {"X-StatusDeck-Probe", "1"}};
const HeaderList kLabBody{{"Authorization", "Bearer statusdeck-lab"},
                          {"X-StatusDeck-Probe", "1"},
                          {"Content-Type", "application/x-www-form-urlencoded"}};

} // namespace

class TestLabParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientIdRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("profile") << u"fetch"_s << int(ClientId::Kind::Profile) << u"fetch"_s;
        QTest::newRow("qt") << u"qt"_s << int(ClientId::Kind::Qt) << u"qt"_s;
        QTest::newRow("program") << u"real:curl"_s << int(ClientId::Kind::Program) << u"curl"_s;
        QTest::newRow("program with a dot") << u"real:python3"_s << int(ClientId::Kind::Program) << u"python3"_s;
        QTest::newRow("spaces") << u"  urllib "_s << int(ClientId::Kind::Profile) << u"urllib"_s;
        QTest::newRow("empty") << QString() << -1 << QString();
        QTest::newRow("empty program") << u"real:"_s << -1 << QString();
        QTest::newRow("junk") << u"a b"_s << -1 << QString();
        QTest::newRow("slash") << u"real:../curl"_s << -1 << QString();
    }

    void clientIdRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, name);
        const std::optional<ClientId> id = ClientId::fromString(text);
        QCOMPARE(id.has_value(), kind >= 0);
        if (!id)
            return;
        QCOMPARE(int(id->kind), kind);
        QCOMPARE(id->name, name);
        QCOMPARE(ClientId::fromString(id->toString()), id);
    }

    void clientIdFromCommandLine()
    {
        QCOMPARE(ClientId::fromCommandLine(u"curl"_s, true), ClientId::program(u"curl"_s));
        QCOMPARE(ClientId::fromCommandLine(u"curl"_s, false), ClientId::profile(u"curl"_s));
        QCOMPARE(ClientId::fromCommandLine(u"qt"_s, false), ClientId::qt());
        QCOMPARE(MatrixClient::resolve(ClientId::qt()).client.kind, MatrixClient::Kind::Qt);
        QCOMPARE(MatrixClient::resolve(ClientId::profile(u"fetch"_s)).client.clientId(), ClientId::profile(u"fetch"_s));
        QCOMPARE(MatrixClient::resolve(ClientId::program(u"lynx"_s)).problem, MatrixClient::Problem::Unknown);
    }

    void grid()
    {
        const QList<MatrixCell> cells = grid::cells(QUrl(u"http://127.0.0.1:8088/some/path?x=1"_s), u"0000abcd"_s);
        QCOMPARE(cells.size(), 35);
        QSet<QString> tokens;
        for (const MatrixCell &cell : cells) {
            QCOMPARE(cell.url.path(), u"/redirect-to"_s);
            QCOMPARE(cell.url.port(), 8088);
            const QUrlQuery query(cell.url);
            QCOMPARE(query.queryItemValue(u"status_code"_s).toInt(), cell.code);
            QCOMPARE(query.queryItemValue(u"url"_s, QUrl::FullyDecoded), u"/anything?lab="_s + cell.token);
            QCOMPARE(cell.token.size(), cells.first().token.size());
            tokens.insert(cell.token);
            QCOMPARE(cell.bodySent, grid::sendsBody(cell.method));
            QCOMPARE(grid::firstRequest(cell).body.isEmpty(), !cell.bodySent);
        }
        QCOMPARE(tokens.size(), 35);
        QCOMPARE(grid::indexOf("GET", 301), 0);
        QCOMPARE(grid::indexOf("OPTIONS", 308), 34);
        QCOMPARE(grid::indexOf("TRACE", 301), -1);
        QCOMPARE(grid::indexOf("GET", 300), -1);
    }

    void sendsBody_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("body");
        for (const char *m : {"POST", "PUT", "PATCH"})
            QTest::newRow(m) << QByteArray(m) << true;
        for (const char *m : {"GET", "HEAD", "DELETE", "OPTIONS", "post", ""})
            QTest::newRow(*m ? m : "empty") << QByteArray(m) << false;
    }

    void sendsBody()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, body);
        QCOMPARE(grid::sendsBody(method), body);
    }

    void observe_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("followMethod"); // empty: nothing arrived at /anything
        QTest::addColumn<HeaderList>("followHeaders");
        QTest::addColumn<QByteArray>("followBody");
        QTest::addColumn<QString>("runnerError");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QStringList>("dropped");

        QTest::newRow("POST 302 becomes GET")
            << QByteArray("POST") << 302 << QByteArray("GET") << kLab << QByteArray() << QString()
            << int(CellKind::MethodChanged) << u"GET, body dropped"_s << QStringList{u"Content-Type"_s};
        QTest::newRow("POST 307 kept") << QByteArray("POST") << 307 << QByteArray("POST") << kLabBody
                                       << QByteArray("k=v") << QString() << int(CellKind::Kept) << u"POST, kept"_s
                                       << QStringList();
        QTest::newRow("PUT 301 without body")
            << QByteArray("PUT") << 301 << QByteArray("PUT") << kLab << QByteArray() << QString()
            << int(CellKind::BodyDropped) << u"PUT, body dropped"_s << QStringList{u"Content-Type"_s};
        QTest::newRow("GET 308 loses Authorization")
            << QByteArray("GET") << 308 << QByteArray("GET") << HeaderList{{"X-StatusDeck-Probe", "1"}} << QByteArray()
            << QString() << int(CellKind::Kept) << u"GET"_s << QStringList{u"Authorization"_s};
        QTest::newRow("not followed") << QByteArray("PUT") << 307 << QByteArray() << HeaderList() << QByteArray()
                                      << u"refused"_s << int(CellKind::NotFollowed) << u"not followed: refused"_s
                                      << QStringList();
        QTest::newRow("followed, then an error")
            << QByteArray("GET") << 301 << QByteArray("GET") << kLab << QByteArray() << u"connection reset"_s
            << int(CellKind::Kept) << u"GET"_s << QStringList();
    }

    void observe()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, code);
        QFETCH(QByteArray, followMethod);
        QFETCH(HeaderList, followHeaders);
        QFETCH(QByteArray, followBody);
        QFETCH(QString, runnerError);
        QFETCH(int, kind);
        QFETCH(QString, summary);
        QFETCH(QStringList, dropped);

        MatrixCell cell = cellOf(method, code);
        cell.error = runnerError;
        const LabRequest first = grid::firstRequest(cell);
        QList<HttpExchange> log{exchange(1, "GET", "/unrelated?lab=sdlabffffffffr0c301", 200, {})};
        log.append(exchange(2, method, cell.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority), code,
                            first.headers, first.body));
        if (!followMethod.isEmpty())
            log.append(exchange(3, followMethod, grid::location(cell), 200, followHeaders, followBody));

        const MatrixCell seen = lab::observe(cell, log);
        QVERIFY(seen.finished);
        QCOMPARE(seen.hops.size(), followMethod.isEmpty() ? 1 : 2);
        QCOMPARE(seen.nextMethod, followMethod);
        QCOMPARE(int(cellKind(seen)), kind);
        QCOMPARE(cellSummary(seen), summary);
        QCOMPARE(seen.headersDropped, dropped);
        if (seen.followed()) {
            QVERIFY(seen.error.isEmpty());
            QCOMPARE(seen.clientError, runnerError);
        } else {
            QCOMPARE(seen.error, runnerError);
        }
        QVERIFY(!cellLabel(seen).isEmpty());
    }

    void observeWithoutRequests()
    {
        const MatrixCell seen = lab::observe(cellOf("GET", 301), {});
        QVERIFY(seen.finished);
        QVERIFY(!seen.followed());
        QCOMPARE(seen.error, u"the sandbox saw no request from the client"_s);
        QCOMPARE(cellKind(seen), CellKind::NotFollowed);
        QCOMPARE(cellKind(cellOf("GET", 301)), CellKind::Pending);
    }

    void observeCountsRepeats()
    {
        const MatrixCell cell = cellOf("GET", 302);
        const QByteArray target = cell.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        const MatrixCell seen =
            lab::observe(cell, {exchange(1, "GET", target, 302, kLab), exchange(2, "GET", target, 302, kLab),
                                exchange(3, "GET", grid::location(cell), 200, kLab)});
        QCOMPARE(seen.repeats, 1);
        QCOMPARE(seen.nextMethod, QByteArray("GET"));
    }

    void mismatchWithThePrediction()
    {
        const ClientProfile *fetch = ClientProfile::find(u"fetch"_s);
        QVERIFY(fetch);
        MatrixCell cell = cellOf("POST", 302);
        cell.prediction = grid::predict(*fetch, cell);
        QCOMPARE(cell.prediction.next.method, QByteArray("GET"));
        const LabRequest first = grid::firstRequest(cell);
        const QByteArray target = cell.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        // As fetch predicts: no mismatch.
        MatrixCell agree = lab::observe(cell, {exchange(1, "POST", target, 302, first.headers, first.body),
                                               exchange(2, "GET", grid::location(cell), 200, kLab)});
        QCOMPARE(agree.mismatch, QString());
        // The client kept the POST: the mismatch names the method and the body.
        MatrixCell differ = lab::observe(cell, {exchange(1, "POST", target, 302, first.headers, first.body),
                                                exchange(2, "POST", grid::location(cell), 200, kLabBody, "k=v")});
        QVERIFY2(differ.mismatch.contains(u"method: predicted GET, saw POST"_s), qPrintable(differ.mismatch));
        QVERIFY(differ.mismatch.contains(u"body: predicted dropped, saw kept"_s));
        QVERIFY(cellLabel(differ).startsWith(u"⚠ "_s));
        QVERIFY(cellToolTip(differ).startsWith(differ.mismatch));
        // Not followed at all.
        MatrixCell stopped = lab::observe(cell, {exchange(1, "POST", target, 302, first.headers, first.body)});
        QVERIFY(stopped.mismatch.contains(u"did not follow"_s));
    }

    void hopChanges_data()
    {
        QTest::addColumn<QByteArray>("beforeMethod");
        QTest::addColumn<HeaderList>("beforeHeaders");
        QTest::addColumn<QByteArray>("beforeBody");
        QTest::addColumn<QByteArray>("afterMethod");
        QTest::addColumn<HeaderList>("afterHeaders");
        QTest::addColumn<QByteArray>("afterBody");
        QTest::addColumn<QStringList>("changes");
        QTest::newRow("nothing") << QByteArray("GET") << kLab << QByteArray() << QByteArray("GET") << kLab
                                 << QByteArray() << QStringList();
        QTest::newRow("method and body") << QByteArray("POST") << kLab << QByteArray("k=v") << QByteArray("GET") << kLab
                                         << QByteArray() << QStringList{u"method POST → GET"_s, u"body dropped"_s};
        QTest::newRow("case of a name is no change")
            << QByteArray("GET") << HeaderList{{"X-A", "1"}} << QByteArray() << QByteArray("GET")
            << HeaderList{{"x-a", "1"}} << QByteArray() << QStringList();
        QTest::newRow("removed and added")
            << QByteArray("GET") << HeaderList{{"Authorization", "x"}, {"Content-Length", "3"}} << QByteArray()
            << QByteArray("GET") << HeaderList{{"Cookie", "a=b"}, {"Host", "h"}} << QByteArray()
            << QStringList{u"−Authorization"_s, u"+Cookie"_s};
        QTest::newRow("body changed") << QByteArray("PUT") << HeaderList() << QByteArray("a") << QByteArray("PUT")
                                      << HeaderList() << QByteArray("b") << QStringList{u"body changed"_s};
    }

    void hopChanges()
    {
        QFETCH(QByteArray, beforeMethod);
        QFETCH(HeaderList, beforeHeaders);
        QFETCH(QByteArray, beforeBody);
        QFETCH(QByteArray, afterMethod);
        QFETCH(HeaderList, afterHeaders);
        QFETCH(QByteArray, afterBody);
        QFETCH(QStringList, changes);
        MatrixHop before;
        before.method = beforeMethod;
        before.headers = beforeHeaders;
        before.body = beforeBody;
        MatrixHop after;
        after.method = afterMethod;
        after.headers = afterHeaders;
        after.body = afterBody;
        QCOMPARE(lab::hopChanges(before, after), changes);
    }

    void parseHeaderLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<int>("problems");
        QTest::newRow("empty") << QString() << HeaderList() << 0;
        QTest::newRow("one") << u"Accept: text/html"_s << HeaderList{{"Accept", "text/html"}} << 0;
        QTest::newRow("two, blank lines, spaces") << u"\n  A: 1 \n\nB:2\n"_s << HeaderList{{"A", "1"}, {"B", "2"}} << 0;
        QTest::newRow("colon in the value") << u"Referer: http://x/y"_s << HeaderList{{"Referer", "http://x/y"}} << 0;
        QTest::newRow("empty value") << u"X-Empty:"_s << HeaderList{{"X-Empty", ""}} << 0;
        QTest::newRow("utf-8 value") << u"X-Name: Zoë"_s << HeaderList{{"X-Name", "Zo\xc3\xab"}} << 0;
        QTest::newRow("CRLF") << u"A: 1\r\nB: 2\r\n"_s << HeaderList{{"A", "1"}, {"B", "2"}} << 0;
        QTest::newRow("no colon") << u"A: 1\nnonsense"_s << HeaderList{{"A", "1"}} << 1;
        QTest::newRow("no name") << u": value"_s << HeaderList() << 1;
        QTest::newRow("space in the name") << u"Bad Name: v"_s << HeaderList() << 1;
    }

    void parseHeaderLines()
    {
        QFETCH(QString, text);
        QFETCH(HeaderList, headers);
        QFETCH(int, problems);
        QStringList found;
        QCOMPARE(lab::parseHeaderLines(text, &found), headers);
        QCOMPARE(found.size(), problems);
    }

    void composerUrlAndMethod_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url");
        const QString base = u"http://127.0.0.1:8088/"_s;
        QTest::newRow("empty") << QString() << base;
        QTest::newRow("path") << u"redirect/307"_s << base + u"redirect/307"_s;
        QTest::newRow("absolute path") << u"/status/418"_s << base + u"status/418"_s;
        QTest::newRow("encoded query kept") << u"redirect-to?url=%2Fanything&status_code=302"_s
                                            << base + u"redirect-to?url=%2Fanything&status_code=302"_s;
        QTest::newRow("full URL") << u"http://127.0.0.1:9000/x"_s << u"http://127.0.0.1:9000/x"_s;
    }

    void composerUrlAndMethod()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        QCOMPARE(lab::composerUrl(text, QUrl(u"http://127.0.0.1:8088/"_s)).toString(QUrl::FullyEncoded), url);
        QCOMPARE(lab::composerMethod(u" post "_s), QByteArray("POST"));
        QCOMPARE(lab::composerMethod(QString()), QByteArray("GET"));
    }

    void hopTextAndTargets()
    {
        const QUrl main(u"http://127.0.0.1:8088/"_s);
        QCOMPARE(displayTarget(QUrl(u"http://127.0.0.1:8088/anything?a=%2F"_s), main), QByteArray("/anything?a=%2F"));
        QCOMPARE(displayTarget(QUrl(u"http://127.0.0.1:9999/anything"_s), main),
                 QByteArray("http://127.0.0.1:9999/anything"));
        LabHop hop;
        hop.request.method = "POST";
        hop.request.url = QUrl(u"http://127.0.0.1:8088/redirect-to?url=%2Fanything"_s);
        hop.request.headers = {{"Content-Type", "text/plain"}};
        hop.request.body = "hi";
        hop.status = 302;
        hop.responseHeaders = {{"Location", "/anything"}};
        QCOMPARE(hopView(hop, main).target, QByteArray("/redirect-to?url=%2Fanything"));
        QCOMPARE(hopText(hop, "/redirect-to?url=%2Fanything"),
                 u"POST /redirect-to?url=%2Fanything HTTP/1.1\nContent-Type: text/plain\n\nhi\n\nHTTP/1.1 302\n"
                 u"Location: /anything\n"_s);
        hop.error = u"Connection refused"_s;
        QVERIFY(hopText(hop, "/x").contains(u"\n\nConnection refused\n"_s));
        HttpExchange e;
        e.rawRequest = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";
        e.rawResponse = "HTTP/1.1 200 OK\r\n\r\n";
        QCOMPARE(exchangeText(e), u"GET / HTTP/1.1\nHost: a\n\n\nHTTP/1.1 200 OK\n\n"_s);
    }

    // Issue #12: the composer shows what the sandbox logged for each hop, matched in order by
    // port, method and target; a hop it did not see gets the rebuilt text with a note.
    void loggedHopsMatch_data()
    {
        QTest::addColumn<QStringList>("hops");   // "METHOD url"
        QTest::addColumn<QStringList>("logged"); // "id METHOD origin target"
        QTest::addColumn<QList<quint64>>("ids");
        QTest::newRow("two hops") << QStringList{u"POST http://127.0.0.1:8088/redirect/1"_s,
                                                 u"GET http://127.0.0.1:8088/get"_s}
                                  << QStringList{u"5 POST http://127.0.0.1:8088 /redirect/1"_s,
                                                 u"6 GET http://127.0.0.1:8088 /get"_s}
                                  << QList<quint64>{5, 6};
        QTest::newRow("other request between")
            << QStringList{u"GET http://127.0.0.1:8088/a"_s, u"GET http://127.0.0.1:8088/b"_s}
            << QStringList{u"5 GET http://127.0.0.1:8088 /a"_s, u"6 GET http://127.0.0.1:8088 /x"_s,
                           u"7 GET http://127.0.0.1:8088 /b"_s}
            << QList<quint64>{5, 7};
        QTest::newRow("same request twice in order")
            << QStringList{u"GET http://127.0.0.1:8088/loop"_s, u"GET http://127.0.0.1:8088/loop"_s}
            << QStringList{u"5 GET http://127.0.0.1:8088 /loop"_s, u"6 GET http://127.0.0.1:8088 /loop"_s}
            << QList<quint64>{5, 6};
        QTest::newRow("second origin by port")
            << QStringList{u"GET http://127.0.0.1:8088/r"_s, u"GET http://127.0.0.1:9001/anything"_s}
            << QStringList{u"5 GET http://127.0.0.1:8088 /r"_s, u"6 GET http://127.0.0.1:8088 /anything"_s,
                           u"7 GET http://127.0.0.1:9001 /anything"_s}
            << QList<quint64>{5, 7};
        QTest::newRow("went elsewhere") << QStringList{u"GET http://example.test/x"_s}
                                        << QStringList{u"5 GET http://127.0.0.1:8088 /x"_s} << QList<quint64>{0};
        QTest::newRow("method differs") << QStringList{u"GET http://127.0.0.1:8088/x"_s}
                                        << QStringList{u"5 POST http://127.0.0.1:8088 /x"_s} << QList<quint64>{0};
    }
    void loggedHopsMatch()
    {
        QFETCH(QStringList, hops);
        QFETCH(QStringList, logged);
        QFETCH(QList<quint64>, ids);
        QList<LabHop> labHops;
        for (const QString &line : hops) {
            LabHop hop;
            hop.request.method = line.section(u' ', 0, 0).toLatin1();
            hop.request.url = QUrl(line.section(u' ', 1, 1));
            labHops.append(hop);
        }
        QList<HttpExchange> exchanges;
        for (const QString &line : logged) {
            HttpExchange e;
            e.id = line.section(u' ', 0, 0).toULongLong();
            e.method = line.section(u' ', 1, 1).toLatin1();
            e.origin = line.section(u' ', 2, 2);
            e.target = line.section(u' ', 3, 3).toLatin1();
            exchanges.append(e);
        }
        QCOMPARE(loggedHops(labHops, exchanges), ids);
    }

    void unloggedHopSaysWhy()
    {
        LabHop hop;
        hop.request.method = "GET";
        hop.request.url = QUrl(u"http://example.test/x"_s);
        const QList<QUrl> sandbox{QUrl(u"http://127.0.0.1:8088"_s), QUrl(u"http://127.0.0.1:9001"_s)};
        QVERIFY(unloggedHopText(hop, "http://example.test/x", sandbox)
                    .startsWith(u"[StatusDeck: this hop went to http://example.test, not to the sandbox"_s));
        hop.request.url = QUrl(u"http://127.0.0.1:9001/x"_s);
        QVERIFY(unloggedHopText(hop, "http://127.0.0.1:9001/x", sandbox)
                    .startsWith(u"[StatusDeck: the sandbox's log has no bytes for this hop"_s));
        HttpExchange e;
        e.rawRequest = QByteArray("\x16\x03\x01", 3);
        e.rawResponse = "HTTP/1.1 400 Bad Request\r\n\r\n";
        QCOMPARE(exchangeText(e), u"\\x16\\x03\\x01\n\nHTTP/1.1 400 Bad Request\n\n"_s);
    }

    // Issue #12, bug 2: preset URLs are built from parts; "%2F" in a value is never a placeholder.
    void presetUrls_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("target"); // the decoded url= item; empty when none
        QTest::addColumn<QString>("status");
        QTest::newRow("POST through a 302") << 0 << u"/redirect-to"_s << u"/anything"_s << u"302"_s;
        QTest::newRow("POST through a 307") << 1 << u"/redirect-to"_s << u"/anything"_s << u"307"_s;
        QTest::newRow("PUT through a 303") << 2 << u"/redirect-to"_s << u"/anything"_s << u"303"_s;
        QTest::newRow("DELETE through a 301") << 3 << u"/redirect-to"_s << u"/anything"_s << u"301"_s;
        QTest::newRow("Authorization across origins")
            << 4 << u"/redirect-to"_s << u"http://127.0.0.1:9000/anything"_s << u"307"_s;
        QTest::newRow("A chain of three redirects") << 5 << u"/redirect-chain/3"_s << QString() << QString();
        QTest::newRow("A redirect loop") << 6 << u"/loop"_s << QString() << QString();
    }

    void presetUrls()
    {
        QFETCH(int, index);
        QFETCH(QString, path);
        QFETCH(QString, target);
        QFETCH(QString, status);
        QString error;
        const QList<Preset> presets = loadPresets(u":/lab/presets.json"_s, &error);
        QCOMPARE(error, QString());
        QCOMPARE(presets.size(), 7);
        const QUrl url = presets.at(index).url(QUrl(u"http://127.0.0.1:8088/"_s), QUrl(u"http://127.0.0.1:9000/"_s));
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QCOMPARE(url.port(), 8088);
        QCOMPARE(url.path(), path);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"url"_s, QUrl::FullyDecoded), target);
        QCOMPARE(query.queryItemValue(u"status_code"_s), status);
        QVERIFY(!presets.at(index).displayName().isEmpty());
    }

    void presetHeadersAndBodies()
    {
        const QList<Preset> presets = loadPresets();
        QCOMPARE(presets.at(0).method, QByteArray("POST"));
        QCOMPARE(headers::value(presets.at(0).headers, "content-type"),
                 QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(presets.at(0).body, QByteArray("name=Ada&lang=en"));
        QCOMPARE(presets.at(4).headers.size(), 2);
        QString error;
        QVERIFY(parsePresets("[", &error).isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QCOMPARE(parsePresets(R"({"presets": [{"name": "x"}]})", &error).size(), 0);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLabParts)
#include "tst_labparts.moc"
