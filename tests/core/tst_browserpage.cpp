// Real browsers in the lab, without a browser: the client names, what each way can send, the
// runner page's URL and the cells in it, the command line, the sandbox's lab routes (the page,
// the reports, CORS preflights) and the hop timeline's CORS notes.
#include "http/HttpParser.h"
#include "lab/BrowserPage.h"
#include "lab/BrowserProfiles.h"
#include "lab/MatrixClient.h"
#include "lab/MatrixGrid.h"
#include "sandbox/SandboxRouter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::lab;

namespace {

HttpResponse answer(SandboxRouter &router, const QByteArray &raw)
{
    const auto message = parseRequest(raw);
    if (!message)
        return {};
    const HttpRequestContext context{*message, 1, {}, 0, {}, 8088};
    return router.handle(context);
}

} // namespace

class TestBrowserPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::newRow("bare chromium is its fetch()") << u"chromium"_s << u"chromium-fetch"_s;
        QTest::newRow("form") << u"chromium-form"_s << u"chromium-form"_s;
        QTest::newRow("firefox navigate") << u"firefox-navigate"_s << u"firefox-navigate"_s;
        QTest::newRow("chrome") << u"chrome"_s << u"chrome-fetch"_s;
        QTest::newRow("unknown mode") << u"chromium-ftp"_s << QString();
        QTest::newRow("unknown browser") << u"lynx-fetch"_s << QString();
        QTest::newRow("a program") << u"curl"_s << QString();
    }
    void clientNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        const auto parsed = browser::parseClient(name);
        QCOMPARE(parsed.has_value(), !id.isEmpty());
        if (parsed)
            QCOMPARE(browser::clientId(*parsed->browser, parsed->mode), id);
    }

    void everyBrowserClientResolvesToItsProfile()
    {
        QCOMPARE(MatrixClient::browserIds().size(), 9);
        for (const QString &id : MatrixClient::browserIds()) {
            const auto resolved = MatrixClient::resolve(id, true);
            QVERIFY2(resolved.problem == MatrixClient::Problem::None ||
                         resolved.problem == MatrixClient::Problem::NotInstalled,
                     qPrintable(id));
            QCOMPARE(resolved.client.kind, MatrixClient::Kind::Browser);
            QCOMPARE(resolved.client.id, id);
            QCOMPARE(resolved.client.clientId().toString(), u"real:"_s + id);
            QVERIFY(resolved.client.profile);
            QCOMPARE(resolved.client.profile->id(), browser::profileId(browser::parseClient(id)->mode));
            if (resolved.problem == MatrixClient::Problem::NotInstalled)
                QVERIFY2(resolved.error.contains(browser::parseClient(id)->browser->package),
                         qPrintable(resolved.error));
        }
        // The settings' form round-trips.
        const auto back = ClientId::fromString(u"real:firefox-form"_s);
        QVERIFY(back);
        QCOMPARE(MatrixClient::resolve(*back).client.kind, MatrixClient::Kind::Browser);
    }

    void whatEachWayCanSend()
    {
        const QList<MatrixCell> cells = grid::cells(QUrl(u"http://127.0.0.1:8088/"_s), u"r"_s);
        for (const MatrixCell &cell : cells) {
            QCOMPARE(browser::canSend(browser::Mode::Fetch, cell.method), true);
            QCOMPARE(browser::canSend(browser::Mode::Form, cell.method), cell.method == "GET" || cell.method == "POST");
            QCOMPARE(browser::canSend(browser::Mode::Navigate, cell.method), cell.method == "GET");
            // fetch() sends the grid's request; a form only its fields; a navigation nothing.
            QCOMPARE(browser::firstRequest(browser::Mode::Fetch, cell).headers, grid::firstRequest(cell).headers);
            const LabRequest form = browser::firstRequest(browser::Mode::Form, cell);
            QVERIFY(form.header("Authorization").isNull());
            QCOMPARE(form.body, cell.method == "POST" ? QByteArray("k=v") : QByteArray());
            QVERIFY(browser::firstRequest(browser::Mode::Navigate, cell).headers.isEmpty());
        }
        QCOMPARE(browser::notPossibleText(browser::Mode::Form), u"not possible with a form"_s);
    }

    void formAndNavigationProfilesNameTheirRules()
    {
        const QList<MatrixCell> cells = grid::cells(QUrl(u"http://127.0.0.1:8088/"_s), u"r"_s);
        for (const ClientProfile *profile : {&formProfile(), &navigateProfile()}) {
            QVERIFY(ClientProfile::find(profile->id()) == profile);
            const browser::Mode mode = *browser::modeFromName(profile->id());
            for (const MatrixCell &cell : cells) {
                const LabRequest first = browser::firstRequest(mode, cell);
                const RedirectDecision decision =
                    profile->decide(first, cell.code, grid::location(cell), 0, {first.url});
                QVERIFY2(!decision.rule.isEmpty(), qPrintable(profile->id() + QString::fromLatin1(cell.method)));
                QCOMPARE(decision.stop == StopReason::None, browser::canSend(mode, cell.method));
            }
        }
    }

    void runnerUrlCarriesTheCells()
    {
        MatrixCell cell;
        cell.method = "POST";
        cell.code = 307;
        cell.token = u"sdlabXr2c307"_s;
        cell.bodySent = true;
        cell.url = QUrl(u"http://localhost:9000/redirect-to?url=%2Fanything%3Flab%3DsdlabXr2c307&status_code=307"_s);
        const QList<browser::PageCell> cells{{12, browser::firstRequest(browser::Mode::Fetch, cell)}};
        const QUrl url = browser::runnerUrl(QUrl(u"http://127.0.0.1:8088/lab?x=1"_s), u"RUN1"_s, browser::Mode::Fetch,
                                            cells, 5000, 3);
        QCOMPARE(url.adjusted(QUrl::RemoveFragment).toString(), u"http://127.0.0.1:8088/lab/browser-runner"_s);
        // The cells stay out of what is sent to a server: the fragment only, percent-encoded.
        QVERIFY(!url.fragment(QUrl::FullyEncoded).contains(u'"'));
        const QJsonObject spec = QJsonDocument::fromJson(browser::runnerSpec(url)).object();
        QCOMPARE(spec.value(u"run"_s).toString(), u"RUN1"_s);
        QCOMPARE(spec.value(u"mode"_s).toString(), u"fetch"_s);
        QCOMPARE(spec.value(u"report"_s).toString(), u"/lab/browser-report"_s);
        QCOMPARE(spec.value(u"timeout"_s).toInt(), 5000);
        QCOMPARE(spec.value(u"parallel"_s).toInt(), 3);
        const QJsonObject first = spec.value(u"cells"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"index"_s).toInt(), 12);
        QCOMPARE(first.value(u"method"_s).toString(), u"POST"_s);
        // Another origin is kept as given: the page sends whatever cells it gets.
        QCOMPARE(first.value(u"url"_s).toString(), cell.url.toString(QUrl::FullyEncoded));
        QCOMPARE(first.value(u"body"_s).toString(), u"k=v"_s);
        const QJsonArray headers = first.value(u"headers"_s).toArray();
        QCOMPARE(headers.size(), 3);
        QCOMPARE(headers.at(0).toArray().at(0).toString(), u"Authorization"_s);
        QCOMPARE(headers.at(2).toArray().at(1).toString(), u"application/x-www-form-urlencoded"_s);
        // No body: null, not "".
        MatrixCell get = cell;
        get.method = "GET";
        get.bodySent = false;
        const QUrl getUrl = browser::runnerUrl(QUrl(u"http://127.0.0.1:8088/"_s), u"R"_s, browser::Mode::Navigate,
                                               {{0, browser::firstRequest(browser::Mode::Navigate, get)}}, 1000, 1);
        const QJsonObject getSpec = QJsonDocument::fromJson(browser::runnerSpec(getUrl)).object();
        QVERIFY(getSpec.value(u"cells"_s).toArray().at(0).toObject().value(u"body"_s).isNull());
    }

    void commandLines()
    {
        const QUrl url(u"http://127.0.0.1:8088/lab/browser-runner#x"_s);
        const QStringList chromium = browser::arguments(*browser::find(u"chromium"_s), u"/tmp/p"_s, url, true);
        QVERIFY(chromium.contains(u"--headless=new"_s));
        QVERIFY(chromium.contains(u"--no-sandbox"_s));
        QVERIFY(chromium.contains(u"--user-data-dir=/tmp/p"_s));
        QVERIFY(chromium.contains(u"--no-first-run"_s));
        QVERIFY(chromium.contains(u"--disable-gpu"_s));
        QVERIFY(chromium.contains(u"--disable-extensions"_s));
        QCOMPARE(chromium.constLast(), url.toString(QUrl::FullyEncoded));
        QVERIFY(
            !browser::arguments(*browser::find(u"chromium"_s), u"/tmp/p"_s, url, false).contains(u"--no-sandbox"_s));
        const QStringList firefox = browser::arguments(*browser::find(u"firefox"_s), u"/tmp/p"_s, url, true);
        QCOMPARE(firefox.mid(0, 4), (QStringList{u"--headless"_s, u"--no-remote"_s, u"--profile"_s, u"/tmp/p"_s}));
    }

    void sandboxServesThePageAndTheReports()
    {
        SandboxRouter router;
        const HttpResponse page = answer(router, "GET /lab/browser-runner HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains("location.hash"));
        const HttpResponse report =
            answer(router, "GET /lab/browser-report?run=R&cell=1&error= HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(report.status, 204);
    }

    void sandboxAnswersLabPreflights()
    {
        SandboxRouter router;
        const HttpResponse preflight =
            answer(router, "OPTIONS /redirect-to?url=%2Fanything%3Flab%3Dsdlabx&status_code=307 HTTP/1.1\r\n"
                           "Host: localhost:8088\r\nOrigin: http://127.0.0.1:8088\r\n"
                           "Access-Control-Request-Method: PUT\r\n"
                           "Access-Control-Request-Headers: authorization,x-statusdeck-probe\r\n\r\n");
        QCOMPARE(preflight.status, 204);
        QCOMPARE(preflight.header("Access-Control-Allow-Origin"), QByteArray("http://127.0.0.1:8088"));
        QCOMPARE(preflight.header("Access-Control-Allow-Methods"), QByteArray("PUT"));
        QCOMPARE(preflight.header("Access-Control-Allow-Headers"), QByteArray("authorization,x-statusdeck-probe"));
        QCOMPARE(preflight.header("Access-Control-Max-Age"), QByteArray("0"));
        // The lab's own OPTIONS row is no preflight: it is redirected like every method.
        const HttpResponse options =
            answer(router, "OPTIONS /redirect-to?url=%2Fanything%3Flab%3Dsdlabx&status_code=307 HTTP/1.1\r\nHost: "
                           "x.localhost\r\n\r\n");
        QCOMPARE(options.status, 307);
        // A cross-origin cell's redirect can be read by the page's script.
        const HttpResponse redirect =
            answer(router, "GET /redirect-to?url=%2Fanything%3Flab%3Dsdlabx&status_code=302 HTTP/1.1\r\n"
                           "Host: localhost:8088\r\nOrigin: http://127.0.0.1:9\r\n\r\n");
        QCOMPARE(redirect.status, 302);
        QCOMPARE(redirect.header("Access-Control-Allow-Origin"), QByteArray("http://127.0.0.1:9"));
        // Not a lab URL: httpbin's own answers, unchanged.
        const HttpResponse other =
            answer(router, "OPTIONS /get HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://a.localhost\r\n"
                           "Access-Control-Request-Method: PUT\r\n\r\n");
        QCOMPARE(other.status, 200);
    }

    void corsNotesExplainThePreflightAndOrigin()
    {
        MatrixHop preflight;
        preflight.method = "OPTIONS";
        preflight.headers = {{"Origin", "http://127.0.0.1:8088"},
                             {"Access-Control-Request-Method", "PUT"},
                             {"Access-Control-Request-Headers", "authorization"}};
        QVERIFY(browser::isPreflight(preflight));
        const QStringList notes = browser::corsNotes(preflight, QUrl(u"http://127.0.0.1:8088/"_s));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(u"preflight"_s) && notes.first().contains(u"authorization"_s),
                 qPrintable(notes.first()));
        MatrixHop post;
        post.method = "POST";
        post.headers = {{"Origin", "http://127.0.0.1:8088"}};
        QVERIFY(!browser::isPreflight(post));
        QVERIFY(browser::corsNotes(post, QUrl(u"http://127.0.0.1:8088/"_s)).first().startsWith(u"Origin: "_s));
        MatrixHop plain;
        plain.method = "OPTIONS";
        QVERIFY(!browser::isPreflight(plain));
        QVERIFY(browser::corsNotes(plain, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBrowserPage)
#include "tst_browserpage.moc"
