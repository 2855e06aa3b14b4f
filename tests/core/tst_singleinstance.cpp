// The single-instance protocol and its local socket (instance/): messages are versioned and
// anything else is refused; the server answers a second client, ignores garbage, replaces
// a socket left by a crashed instance; --new-window never connects; names are safe.

#include "instance/InstanceMessage.h"
#include "instance/SingleInstance.h"

#include <QLocalSocket>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <QEventLoop>
#include <QThread>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace statusdeck::instance;

namespace {

QString uniqueName()
{
    return u"statusdeck-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// Runs f on a QThread while this thread's event loop serves; returns what f returned.
template<typename F> auto inThread(F f) -> decltype(f())
{
    decltype(f()) result{};
    std::unique_ptr<QThread> thread(QThread::create([&] { result = f(); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

// forwardRequest() blocks: it runs on another thread while this one serves.
Forwarded forwardFromAnotherThread(const QString &name, const Request &request)
{
    return inThread([&] { return forwardRequest(name, request); });
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestRoundTrip()
    {
        const Request request{u"404"_s, u"sandbox"_s, u"dark"_s, u"/home/a/x y.har"_s};
        const QByteArray line = encodeRequest(request);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        QVERIFY(line.contains("\"statusdeck\":1"));
        QCOMPARE(decodeRequest(line), std::optional<Request>(request));
        const Reply reply{2, u"no card '999'."_s};
        const std::optional<Reply> back = decodeReply(encodeReply(reply));
        QVERIFY(back);
        QCOMPARE(back->status, 2);
        QCOMPARE(back->message, reply.message);
    }

    void garbageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("newline") << QByteArray("\n");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage \x01\n", sizeof("\x00\xff\xfe garbage \x01\n") - 1);
        QTest::newRow("not JSON") << QByteArray("open 404\n");
        QTest::newRow("array") << QByteArray("[1]\n");
        QTest::newRow("no version") << QByteArray(R"({"type":"open","card":"404"})");
        QTest::newRow("version as text") << QByteArray(R"({"statusdeck":"1","type":"open"})");
        QTest::newRow("version 2") << QByteArray(R"({"statusdeck":2,"type":"open","card":"404"})");
        QTest::newRow("other type") << QByteArray(R"({"statusdeck":1,"type":"quit"})");
        QTest::newRow("card a number") << QByteArray(R"({"statusdeck":1,"type":"open","card":404})");
        QTest::newRow("card too long") << QByteArray(R"({"statusdeck":1,"type":"open","card":")") +
                                              QByteArray(100, '4') + "\"}";
        QTest::newRow("unknown page") << QByteArray(R"({"statusdeck":1,"type":"open","page":"kitchen"})");
        QTest::newRow("unknown theme") << QByteArray(R"({"statusdeck":1,"type":"open","theme":"purple"})");
        QTest::newRow("relative file") << QByteArray(R"({"statusdeck":1,"type":"open","file":"x.har"})");
        QTest::newRow("two lines") << QByteArray("{\"statusdeck\":1,\"type\":\"open\"}\n{}\n");
        QTest::newRow("oversized") << QByteArray(R"({"statusdeck":1,"type":"open","x":")") +
                                          QByteArray(kMaxMessageBytes, 'x') + "\"}";
    }

    void garbageIsRefused()
    {
        QFETCH(QByteArray, line);
        QString why;
        QVERIFY(!decodeRequest(line, &why));
        QVERIFY(!why.isEmpty());
    }

    // A later version may add keys: this one ignores them.
    void unknownKeysAreIgnored()
    {
        const auto request = decodeRequest(R"({"statusdeck":1,"type":"open","card":"301","future":[1,2]})");
        QVERIFY(request);
        QCOMPARE(request->card, u"301"_s);
    }

    void serverNameIsSafe_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("plain") << u"alice"_s;
        QTest::newRow("windows domain") << u"CORP\\Bob Smith"_s;
        QTest::newRow("unicode") << u"Jürgen Müller-Lüdenscheidt-Überlänge"_s;
        QTest::newRow("slashes and dots") << u"../../etc/passwd"_s;
        QTest::newRow("empty") << QString();
    }

    void serverNameIsSafe()
    {
        QFETCH(QString, user);
        const QString name = serverName(user, u"/home/x/.config/StatusDeck/statusdeck.conf"_s);
        QVERIFY2(QRegularExpression(u"^statusdeck-[A-Za-z0-9_-]+-[0-9a-f]{12}$"_s).match(name).hasMatch(),
                 qPrintable(name));
        QVERIFY(name.size() <= 48);
        QCOMPARE(name, serverName(user, u"/home/x/.config/StatusDeck/statusdeck.conf"_s));
        QVERIFY(name != serverName(user, u"/tmp/other/statusdeck.conf"_s));
        QVERIFY(name != serverName(user + u'x', u"/home/x/.config/StatusDeck/statusdeck.conf"_s));
    }

    void secondClientIsServed()
    {
        InstanceServer server(uniqueName());
        QVERIFY(server.listen());
        QList<Request> seen;
        server.setHandler([&seen](const Request &request) {
            seen.append(request);
            return Reply{request.card == "999"_L1 ? 2 : 0, request.card == "999"_L1 ? u"no card"_s : QString()};
        });
        const Forwarded ok = forwardFromAnotherThread(server.name(), Request{u"404"_s, {}, {}, {}});
        QCOMPARE(ok.outcome, Forwarded::Outcome::Delivered);
        QCOMPARE(ok.reply.status, 0);
        const Forwarded bad = forwardFromAnotherThread(server.name(), Request{u"999"_s, {}, {}, {}});
        QCOMPARE(bad.outcome, Forwarded::Outcome::Delivered);
        QCOMPARE(bad.reply.status, 2);
        QCOMPARE(bad.reply.message, u"no card"_s);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.first().card, u"404"_s);
    }

    void garbageOnTheSocketIsIgnored()
    {
        InstanceServer server(uniqueName());
        QVERIFY(server.listen());
        int handled = 0;
        server.setHandler([&handled](const Request &) {
            ++handled;
            return Reply{};
        });
        QSignalSpy garbage(&server, &InstanceServer::garbageReceived);
        QLocalSocket socket;
        socket.connectToServer(server.name());
        QVERIFY(socket.waitForConnected(1000));
        static const char garbageBytes[] = "\x16\x03\x01 hello? {not json\n";
        socket.write(QByteArray(garbageBytes, sizeof(garbageBytes) - 1));
        QVERIFY(garbage.wait());
        QTRY_VERIFY(socket.canReadLine() || socket.state() == QLocalSocket::UnconnectedState);
        const std::optional<Reply> reply = decodeReply(socket.readLine());
        QVERIFY(reply);
        QCOMPARE(reply->status, 1);
        QCOMPARE(handled, 0);

        // A client that never finishes its line is dropped.
        server.setReadTimeout(50);
        QLocalSocket silent;
        silent.connectToServer(server.name());
        QVERIFY(silent.waitForConnected(1000));
        silent.write("{\"statusdeck\":1");
        QTRY_COMPARE(silent.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(handled, 0);
        // ...and the server still answers the next one.
        QCOMPARE(forwardFromAnotherThread(server.name(), Request{}).outcome, Forwarded::Outcome::Delivered);
        QCOMPARE(handled, 1);
    }

    void noInstance()
    {
        const Forwarded none = forwardRequest(uniqueName(), Request{});
        QCOMPARE(none.outcome, Forwarded::Outcome::NoInstance);
    }

    void secondServerDoesNotTakeTheName()
    {
        InstanceServer first(uniqueName());
        QVERIFY(first.listen());
        // The probe connection of the second server must be answered: serve it meanwhile.
        QVERIFY(!inThread([&] {
            InstanceServer second(first.name());
            return second.listen();
        }));
        QCOMPARE(forwardFromAnotherThread(first.name(), Request{}).outcome, Forwarded::Outcome::Delivered);
    }

#ifdef Q_OS_UNIX
    // A crashed instance leaves its socket file: nothing answers there, so it is replaced.
    void staleSocketIsReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"statusdeck-stale"_s);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray native = QFile::encodeName(path);
        std::copy_n(native.constData(), native.size(), address.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        ::close(fd); // bound, never listened, file left behind: a crash
        QVERIFY(QFile::exists(path));
        QCOMPARE(forwardRequest(path, Request{}).outcome, Forwarded::Outcome::NoInstance);

        InstanceServer server(path);
        QString error;
        QVERIFY2(server.listen(&error), qPrintable(error));
        QCOMPARE(forwardFromAnotherThread(path, Request{}).outcome, Forwarded::Outcome::Delivered);
    }
#endif

    void claimRoles()
    {
        const QString name = uniqueName();
        Claim first = claim(name, Request{}, false);
        QCOMPARE(first.role, Claim::Role::Primary);
        QVERIFY(first.server);
        QSignalSpy received(first.server.get(), &InstanceServer::requestReceived);

        // --new-window: a window of its own, and nothing reaches the first one.
        Claim separate = claim(name, Request{u"404"_s, {}, {}, {}}, true);
        QCOMPARE(separate.role, Claim::Role::Separate);
        QVERIFY(!separate.server);
        QCoreApplication::processEvents();

        // Without it, the request goes to the first.
        const Claim second = inThread([&] { return claim(name, Request{u"301"_s, {}, {}, {}}, false); });
        QCOMPARE(second.role, Claim::Role::Forwarded);
        QCOMPARE(second.forwarded.outcome, Forwarded::Outcome::Delivered);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().value<Request>().card, u"301"_s);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
