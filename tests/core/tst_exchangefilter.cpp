// The exchange log's filter syntax, as a table: field terms, plain words, negation, AND.

#include "sandbox/ExchangeFilter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace {

HttpExchange exchange(const QByteArray &method, const QByteArray &target, int status, const QByteArray &userAgent,
                      const QByteArray &host = "localhost:8088")
{
    HttpExchange e;
    e.method = method;
    e.target = target;
    e.status = status;
    e.clientAddress = u"127.0.0.1"_s;
    e.clientPort = 50000;
    e.rawRequest = method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + userAgent + "\r\n\r\n";
    return e;
}

} // namespace

class TestExchangeFilter : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("curlGet404");    // GET /status/404 by curl -> 404
        QTest::addColumn<bool>("pythonPost302"); // POST /redirect-code/302 by python-requests -> 302
        QTest::newRow("empty") << u""_s << true << true;
        QTest::newRow("class") << u"status:4xx"_s << true << false;
        QTest::newRow("class 3xx") << u"status:3xx"_s << false << true;
        QTest::newRow("code") << u"status:302"_s << false << true;
        QTest::newRow("prefix") << u"status:40"_s << true << false;
        QTest::newRow("method") << u"method:POST"_s << false << true;
        QTest::newRow("method case") << u"METHOD:post"_s << false << true;
        QTest::newRow("method is whole") << u"method:PO"_s << false << false;
        QTest::newRow("client by user agent") << u"client:curl"_s << true << false;
        QTest::newRow("client python") << u"client:python"_s << false << true;
        QTest::newRow("client by address") << u"client:127.0.0.1"_s << true << true;
        QTest::newRow("host") << u"host:127.0.0.1"_s << false << true;
        QTest::newRow("plain target word") << u"redirect"_s << false << true;
        QTest::newRow("plain status") << u"404"_s << true << false;
        QTest::newRow("plain word is not a port digit") << u"50000"_s << false << false;
        QTest::newRow("and") << u"method:GET status:4xx"_s << true << false;
        QTest::newRow("and excludes") << u"method:GET status:3xx"_s << false << false;
        QTest::newRow("negation") << u"-status:4xx"_s << false << true;
        QTest::newRow("negated word") << u"-redirect"_s << true << false;
        QTest::newRow("unknown key is a word") << u"path:/status"_s << false << false;
    }
    void matches()
    {
        QFETCH(QString, filter);
        QFETCH(bool, curlGet404);
        QFETCH(bool, pythonPost302);
        const ExchangeFilter parsed(filter);
        QCOMPARE(parsed.matches(exchange("GET", "/status/404", 404, "curl/7.88.1")), curlGet404);
        QCOMPARE(
            parsed.matches(exchange("POST", "/redirect-code/302", 302, "python-requests/2.28.1", "127.0.0.1:8088")),
            pythonPost302);
    }
};

QTEST_GUILESS_MAIN(TestExchangeFilter)
#include "tst_exchangefilter.moc"
