// The sandbox's lifecycle as the lab needs it: one state with one signal, a generation that
// keeps a late answer of an older start from delivering a stale URL, a free port when the
// chosen one is taken (only when asked), and whenListening() that never calls back early.

#include "sandbox/SandboxServer.h"

#include <QDeadlineTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;

class TestLabSandbox : public QObject
{
    Q_OBJECT

    static quint16 freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

private Q_SLOTS:
    void statesInOrder()
    {
        SandboxServer server;
        QCOMPARE(server.state(), SandboxServer::State::Stopped);
        QSignalSpy states(&server, &SandboxServer::stateChanged);
        SandboxServer::Options options;
        options.port = 0;
        server.start(options);
        QCOMPARE(server.state(), SandboxServer::State::Starting);
        QVERIFY(server.url().isEmpty()); // not before Listening
        QTRY_COMPARE(server.state(), SandboxServer::State::Listening);
        QVERIFY(server.url().port() > 0);
        server.stop();
        QCOMPARE(server.state(), SandboxServer::State::Stopped);
        QVERIFY(server.url().isEmpty());
        QCOMPARE(states.size(), 3);
        QCOMPARE(states.at(0).first().value<SandboxServer::State>(), SandboxServer::State::Starting);
        QCOMPARE(states.at(1).first().value<SandboxServer::State>(), SandboxServer::State::Listening);
        QCOMPARE(states.at(2).first().value<SandboxServer::State>(), SandboxServer::State::Stopped);
    }

    // The first start has listened and posted its answer; stop and start again before the
    // answer is read: only the second start's URL may ever be delivered.
    void quickStopStartNeverDeliversAStaleUrl()
    {
        SandboxServer server;
        QSignalSpy states(&server, &SandboxServer::stateChanged);
        const quint16 first = freePort();
        QVERIFY(first != 0);
        SandboxServer::Options options;
        options.port = first;
        options.secondOrigin = false;
        options.alsoIpv6 = false;
        server.start(options);
        const quint64 generation = server.generation();
        // Without running this thread's event loop: wait until the worker listens.
        QTcpSocket probe;
        bool connected = false;
        // By time, not by attempts: a refused connect returns at once, and a sanitized build's
        // worker can take longer than 500 of those to listen.
        const QDeadlineTimer deadline(20000);
        while (!connected && !deadline.hasExpired()) {
            probe.connectToHost(QHostAddress::LocalHost, first);
            connected = probe.waitForConnected(20);
            if (!connected)
                probe.abort();
        }
        QVERIFY(connected);
        probe.abort();
        server.stop(); // the worker's answer is queued for this thread by now
        options.port = 0;
        server.start(options);
        QVERIFY(server.generation() > generation);
        QTRY_COMPARE(server.state(), SandboxServer::State::Listening);
        QCoreApplication::processEvents();
        QVERIFY(server.url().port() != first);
        // One Listening only, of the current start (its generation), whose URL url() holds.
        QList<quint64> listening;
        for (const QList<QVariant> &signal : std::as_const(states)) {
            if (signal.at(0).value<SandboxServer::State>() == SandboxServer::State::Listening)
                listening.append(signal.at(1).toULongLong());
        }
        QCOMPARE(listening.size(), qsizetype(1));
        QCOMPARE(listening.first(), server.generation());
        server.stop();
    }

    void takenPortFailsUnlessFallbackIsAsked()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        SandboxServer server;
        SandboxServer::Options options;
        options.port = blocker.serverPort();
        server.start(options);
        QTRY_COMPARE(server.state(), SandboxServer::State::Failed);
        QVERIFY(server.portInUse());
        QVERIFY(server.errorString().contains(QString::number(blocker.serverPort())));
        QVERIFY(server.url().isEmpty());

        options.fallbackToFreePort = true;
        server.start(options);
        QTRY_COMPARE(server.state(), SandboxServer::State::Listening);
        QVERIFY(server.onFallbackPort());
        QVERIFY(server.url().port() != blocker.serverPort());
        server.stop();
    }

    void whenListeningWaitsForTheUrl()
    {
        SandboxServer server;
        SandboxServer::Options options;
        options.port = 0;
        QUrl seen;
        int calls = 0;
        server.start(options); // Starting
        server.whenListening(this, options,
                             [&] {
                                 ++calls;
                                 seen = server.url();
                             },
                             {});
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
        QVERIFY(seen.port() > 0);
        // Listening: at once.
        server.whenListening(this, options, [&] { ++calls; }, {});
        QCOMPARE(calls, 2);
        server.stop();
        // Stopped: it starts the sandbox itself.
        server.whenListening(this, options, [&] { ++calls; }, {});
        QCOMPARE(server.state(), SandboxServer::State::Starting);
        QTRY_COMPARE(calls, 3);
        server.stop();
    }

    void whenListeningReportsFailureAndStop()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        SandboxServer server;
        SandboxServer::Options options;
        options.port = blocker.serverPort();
        QString error;
        bool ready = false;
        server.whenListening(
            this, options, [&] { ready = true; }, [&](const QString &text) { error = text; });
        QTRY_VERIFY(!error.isEmpty());
        QVERIFY(!ready);

        error.clear();
        options.port = 0;
        server.whenListening(
            this, options, [&] { ready = true; }, [&](const QString &text) { error = text; });
        server.stop();
        QVERIFY(!error.isEmpty());
        QVERIFY(!ready);
    }

    // The blocking start: true with the URLs set, false with the reason; each start() and
    // stop() is a new generation, and every state change carries the generation it is of.
    void startAndWaitListensOrSaysWhy()
    {
        SandboxServer server;
        QSignalSpy states(&server, &SandboxServer::stateChanged);
        SandboxServer::Options options;
        options.port = 0;
        options.alsoIpv6 = false;
        QVERIFY(server.startAndWait(options, 10000));
        QCOMPARE(server.state(), SandboxServer::State::Listening);
        QVERIFY(server.url().port() > 0);
        QVERIFY(server.secondUrl().port() > 0);
        const quint64 first = server.generation();
        QCOMPARE(states.size(), 2); // Starting, Listening
        QCOMPARE(states.at(0).at(1).toULongLong(), first);
        QCOMPARE(states.at(1).at(1).toULongLong(), first);

        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        options.port = blocker.serverPort();
        QVERIFY(!server.startAndWait(options, 10000));
        QCOMPARE(server.state(), SandboxServer::State::Failed);
        QVERIFY(server.generation() > first);
        QVERIFY(server.errorString().contains(QString::number(blocker.serverPort())));
        QVERIFY(server.url().isEmpty());
        QCOMPARE(states.last().at(1).toULongLong(), server.generation());

        server.stop();
        const quint64 stopped = server.generation();
        const qsizetype count = states.size();
        server.stop(); // already stopped: no new generation, no signal
        QCOMPARE(server.generation(), stopped);
        QCOMPARE(states.size(), count);
    }

    void portSetting()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        QCOMPARE(SandboxServer::configuredPort(settings), SandboxServer::kDefaultPort);
        SandboxServer::setConfiguredPort(settings, 9123);
        QCOMPARE(SandboxServer::configuredPort(settings), quint16(9123));
        settings.setValue(u"sandbox/port"_s, 70000);
        QCOMPARE(SandboxServer::configuredPort(settings), SandboxServer::kDefaultPort);
    }
};

QTEST_GUILESS_MAIN(TestLabSandbox)
#include "tst_labsandbox.moc"
