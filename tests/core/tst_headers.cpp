// The header vocabulary: lookups ignore case, keep order, and the field classes agree
// with RFC 9110 section 7.6.1 and RFC 9112 section 6.

#include "http/Headers.h"

#include <QTest>

using namespace statusdeck;

class TestHeaders : public QObject
{
    Q_OBJECT

private slots:
    void lookupsIgnoreCase()
    {
        const HeaderList list{{"Content-Type", "text/plain"}, {"X-A", ""}, {"x-a", "second"}};
        QCOMPARE(headers::value(list, "content-type"), QByteArray("text/plain"));
        QVERIFY(!headers::value(list, "X-A").isNull()); // present but empty is not absent
        QVERIFY(headers::value(list, "X-A").isEmpty());
        QVERIFY(headers::value(list, "Missing").isNull());
        QVERIFY(headers::contains(list, "CONTENT-TYPE"));
        QCOMPARE(headers::count(list, "x-A"), 2);
    }

    void setReplacesFirstAndDropsLaterOnes()
    {
        HeaderList list{{"A", "1"}, {"B", "2"}, {"a", "3"}};
        headers::set(list, "A", "new");
        QCOMPARE(list, (HeaderList{{"A", "new"}, {"B", "2"}}));
        headers::set(list, "C", "4");
        QCOMPARE(list.last(), (QPair<QByteArray, QByteArray>{"C", "4"}));
        headers::remove(list, "b");
        QCOMPARE(list, (HeaderList{{"A", "new"}, {"C", "4"}}));
    }

    void classes_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("framing");
        QTest::addColumn<bool>("hopByHop");
        QTest::addColumn<bool>("transport");
        QTest::addColumn<bool>("byConnection");
        QTest::newRow("Content-Length") << QByteArray("content-length") << true << false << true << true;
        QTest::newRow("Transfer-Encoding") << QByteArray("Transfer-Encoding") << true << true << true << true;
        QTest::newRow("Connection") << QByteArray("Connection") << false << true << true << true;
        QTest::newRow("Keep-Alive") << QByteArray("Keep-Alive") << false << true << true << false;
        QTest::newRow("TE") << QByteArray("te") << false << true << true << false;
        QTest::newRow("Upgrade") << QByteArray("Upgrade") << false << true << true << false;
        QTest::newRow("Proxy-Connection") << QByteArray("Proxy-Connection") << false << true << true << false;
        QTest::newRow("Host") << QByteArray("Host") << false << false << true << false;
        QTest::newRow("Expect") << QByteArray("Expect") << false << false << true << false;
        QTest::newRow("Date") << QByteArray("Date") << false << false << false << true;
        QTest::newRow("Authorization") << QByteArray("Authorization") << false << false << false << false;
        QTest::newRow("Content-Type") << QByteArray("Content-Type") << false << false << false << false;
        QTest::newRow("prefix is not a match") << QByteArray("Content-Length-X") << false << false << false << false;
    }

    void classes()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, framing);
        QFETCH(bool, hopByHop);
        QFETCH(bool, transport);
        QFETCH(bool, byConnection);
        QCOMPARE(headers::isFraming(name), framing);
        QCOMPARE(headers::isHopByHop(name), hopByHop);
        QCOMPARE(headers::isTransport(name), transport);
        QCOMPARE(headers::isWrittenByConnection(name), byConnection);
    }
};

QTEST_GUILESS_MAIN(TestHeaders)
#include "tst_headers.moc"
