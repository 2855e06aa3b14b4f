// The matrix as the window exports it (Markdown, CSV) and as the command line prints it, from
// cells made by hand: no sockets.
#include "lab/MatrixFormat.h"
#include "lab/MatrixGrid.h"
#include "lab/Rules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck::lab;

namespace {

// Every cell of kind finished as the profile predicts, as if the server had seen exactly that.
QList<MatrixCell> predictedCells(const QString &profileId, grid::Kind kind)
{
    const ClientProfile *profile = ClientProfile::find(profileId);
    QList<MatrixCell> cells =
        grid::cellsOf(kind, QUrl(u"http://127.0.0.1:8088/"_s), QUrl(u"http://127.0.0.1:8089/"_s), u"r"_s);
    for (MatrixCell &cell : cells) {
        cell.prediction = grid::predict(*profile, cell);
        cell.finished = true;
        if (cell.prediction.stop == StopReason::None) {
            cell.nextMethod = cell.prediction.next.method;
            cell.bodyKept = cell.bodySent && cell.prediction.next.body == grid::requestBody();
            cell.headersDropped = cell.prediction.headersDropped;
        } else {
            cell.error = cell.prediction.explanation;
            cell.stop = stopReasonName(cell.prediction.stop);
        }
    }
    return cells;
}

MatrixClient clientOf(const QString &id)
{
    return MatrixClient::resolve(id, false).client;
}

} // namespace

class TestMatrixExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"GET"_s << u"GET"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"GET, body dropped"_s << u"\"GET, body dropped\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    }
    void csvFields()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(csvField(text), field);
    }

    void cellRulesPerGrid_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("row");
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("rules");
        const int methods = int(grid::Kind::Methods);
        const int cross = int(grid::Kind::CrossOrigin);
        QTest::newRow("fetch POST 302") << u"fetch"_s << methods << u"POST"_s << 302
                                        << QStringList{u"fetch.post-to-get"_s, u"fetch.content-headers"_s};
        QTest::newRow("fetch PUT 307") << u"fetch"_s << methods << u"PUT"_s << 307
                                       << QStringList{u"fetch.keep-method"_s};
        QTest::newRow("urllib PUT 301") << u"urllib"_s << methods << u"PUT"_s << 301 << QStringList{u"urllib.refuse"_s};
        QTest::newRow("curl POST 301") << u"curl"_s << methods << u"POST"_s << 301
                                       << QStringList{u"curl.post301"_s, u"curl.data-content-type"_s};
        QTest::newRow("fetch other port")
            << u"fetch"_s << cross << u"other-port"_s << 302
            << QStringList{u"fetch.cross-origin-authorization"_s, u"undici.cross-origin-cookie"_s};
        QTest::newRow("go other port") << u"go"_s << cross << u"other-port"_s << 307
                                       << QStringList{u"go.sensitive-headers"_s};
        QTest::newRow("wget other host") << u"wget"_s << cross << u"other-host"_s << 301
                                         << QStringList{u"wget.headers-everywhere"_s};
        QTest::newRow("requests same origin")
            << u"requests"_s << cross << u"same-origin"_s << 308 << QStringList{u"requests.cookie-header"_s};
    }
    void cellRulesPerGrid()
    {
        QFETCH(QString, profile);
        QFETCH(int, kind);
        QFETCH(QString, row);
        QFETCH(int, code);
        QFETCH(QStringList, rules);
        const QList<MatrixCell> cells = predictedCells(profile, grid::Kind(kind));
        const int index = grid::Kind(kind) == grid::Kind::CrossOrigin ? grid::crossOriginIndexOf(row, code)
                                                                      : grid::indexOf(row.toLatin1(), code);
        QCOMPARE(cellRules(cells.at(index)), rules);
        for (const QString &id : rules)
            QVERIFY2(RuleBook::builtIn().find(id), qPrintable(id));
    }

    void markdown()
    {
        const QList<MatrixCell> cells = predictedCells(u"fetch"_s, grid::Kind::Methods);
        const QString md = matrixToMarkdown(clientOf(u"fetch"_s), cells);
        const QStringList lines = md.split(u'\n');
        QVERIFY(lines.at(0).startsWith(u"# Redirect matrix: Fetch standard"_s));
        QCOMPARE(lines.at(2), u"| method | 301 | 302 | 303 | 307 | 308 |"_s);
        QCOMPARE(lines.at(3), u"|---|---|---|---|---|---|"_s);
        QCOMPARE(lines.at(4).left(8), u"| GET | "_s.left(8));
        // One table row per method, the rules numbered below with their links.
        QCOMPARE(md.count(u"\n| "_s), 1 + int(grid::methods().size()));
        QVERIFY(md.contains(u"| POST | GET, body dropped ["_s));
        QVERIFY(md.contains(u"[Fetch standard, 4.4 HTTP-redirect fetch](https://fetch.spec.whatwg.org/"_s));
        QVERIFY(!md.contains(u"⚠"_s));
    }

    void markdownCrossOriginAndMismatch()
    {
        QList<MatrixCell> cells = predictedCells(u"rfc"_s, grid::Kind::CrossOrigin);
        cells[grid::crossOriginIndexOf(u"other-port"_s, 301)].mismatch = u"a | b"_s;
        const QString md = matrixToMarkdown(clientOf(u"rfc"_s), cells);
        QVERIFY(md.contains(u"| redirect to | 301 |"_s));
        QVERIFY(md.contains(u"| another port | −Authorization, −Cookie [1] ⚠ |"_s));
        // An RFC rule is its verbatim sentence, as a quote.
        QVERIFY(md.contains(u"> Consider removing header fields"_s));
        QVERIFY(md.contains(u"- another port 301: a \\| b"_s));
    }

    void csv()
    {
        const QList<MatrixCell> cells = predictedCells(u"curl"_s, grid::Kind::Methods);
        const QString csv = matrixToCsv(clientOf(u"curl"_s), cells);
        const QStringList lines = csv.split(u"\r\n"_s);
        QCOMPARE(lines.size(), 1 + 35 + 1); // header, cells, the empty string after the last CRLF
        QCOMPARE(lines.at(0), u"client,row,code,result,next_method,body_kept,headers_dropped,error,mismatch,rules"_s);
        QCOMPARE(lines.at(1 + grid::indexOf("POST", 303)),
                 u"curl,POST,303,\"GET, body dropped\",GET,false,Content-Type,,,curl.post303 curl.data-content-type"_s);
        QCOMPARE(lines.at(1 + grid::indexOf("GET", 301)), u"curl,GET,301,GET,GET,,,,,curl.repeat-get"_s);
    }

    void textNamesTheRules()
    {
        const QList<MatrixCell> cells = predictedCells(u"go"_s, grid::Kind::CrossOrigin);
        const QString text = matrixToText(clientOf(u"go"_s), cells);
        QVERIFY2(text.contains(u"another port  −Authorization, −Cookie [1]"_s), qPrintable(text));
        QVERIFY2(text.contains(u"[1] Go net/http, shouldCopyHeaderOnRedirect: "_s), qPrintable(text));
        QVERIFY(text.contains(u"localhost"_s));
    }

    void jsonCarriesRulesAndScope()
    {
        const QList<MatrixCell> cells = predictedCells(u"fetch"_s, grid::Kind::CrossOrigin);
        const QJsonObject cell = matrixToJson(cells).at(grid::crossOriginIndexOf(u"other-host"_s, 307)).toObject();
        QCOMPARE(cell.value(u"scope"_s).toString(), u"other-host"_s);
        QVERIFY(cell.value(u"redirect_to"_s).toString().startsWith(u"http://localhost:8088/"_s));
        QCOMPARE(cell.value(u"rule"_s).toObject().value(u"id"_s).toString(), u"fetch.keep-method"_s);
        QCOMPARE(cell.value(u"rules"_s).toArray().size(), 2);
        const QJsonArray drops = cell.value(u"prediction"_s).toObject().value(u"drops"_s).toArray();
        QCOMPARE(drops.size(), 2);
        QCOMPARE(drops.at(1).toObject().value(u"header"_s).toString(), u"Cookie"_s);
        QCOMPARE(drops.at(1).toObject().value(u"rule"_s).toObject().value(u"source"_s).toString(),
                 u"Node.js fetch (undici)"_s);
    }
};

QTEST_GUILESS_MAIN(TestMatrixExport)
#include "tst_matrixexport.moc"
