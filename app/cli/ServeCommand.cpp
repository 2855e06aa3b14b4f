#include "ServeCommand.h"

#include "Io.h"
#include "SandboxStart.h"
#include "platform/ShutdownSignals.h"
#include "sandbox/HarExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkInterface>
#include <QTextStream>
#include <QTimer>

#include <climits>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

namespace {
// --har keeps at most this many exchanges in memory (the newest), whatever the run's length.
constexpr qsizetype kMaxHarExchanges = 100000;
} // namespace

namespace {

constexpr int kPrintIntervalMs = 5;
// The log `serve` prints from holds this many exchanges (and at most its 32 MiB).
constexpr qsizetype kServeLogEntries = 50000;
// How often a run that has skipped lines says so (and once more at exit).
constexpr int kSkippedReportIntervalMs = 10 * 1000;

QString exchangeLine(const HttpExchange &exchange)
{
    const QString client = exchange.clientAddress.contains(u':')
                               ? u"[%1]:%2"_s.arg(exchange.clientAddress).arg(exchange.clientPort)
                               : u"%1:%2"_s.arg(exchange.clientAddress).arg(exchange.clientPort);
    const QString method = exchange.method.isEmpty() ? u"-"_s : QString::fromLatin1(exchange.method);
    const QString target = exchange.target.isEmpty() ? u"-"_s : QString::fromLatin1(exchange.target.left(200));
    // One multi-argument arg(): chained ones would read "%2F" in a percent-encoded target as a placeholder.
    return u"%1 %2 %3 %4 %5 %6"_s.arg(exchange.finished.toUTC().toString(Qt::ISODateWithMs), client, method, target,
                                      QString::number(exchange.status), QString::number(exchange.responseBytes));
}

} // namespace

QString ServeCommand::synopsis() const
{
    return u"[--port N] [--bind ADDR [--allow-remote]] [--har FILE [--har-every SECONDS]]"_s;
}

QString ServeCommand::summary() const
{
    return QCoreApplication::translate("CommandLine", "run the sandbox HTTP server (default port 8088, on 127.0.0.1 "
                                                      "only) until Ctrl+C; logs one line per exchange");
}

QString ServeCommand::description() const
{
    return QCoreApplication::translate(
        "CommandLine", "Runs the sandbox HTTP server without a window until Ctrl+C or SIGTERM. It prints its URL, a "
                       "second origin on a free port for cross-origin redirects, then one line per exchange: time, "
                       "client, method, target, status, bytes.");
}

QList<QCommandLineOption> ServeCommand::options() const
{
    return {
        {u"port"_s, QCoreApplication::translate("CommandLine", "Listen on port N (default 8088, 0 for any free one)."),
         u"N"_s},
        {u"bind"_s,
         QCoreApplication::translate("CommandLine", "Listen on ADDR (default 127.0.0.1; another address needs "
                                                    "--allow-remote)."),
         u"ADDR"_s},
        {u"har"_s,
         QCoreApplication::translate("CommandLine", "Write every exchange to FILE as HAR 1.2 when the server stops "
                                                    "(atomically: the old file stays if writing fails)."),
         u"FILE"_s},
        {u"har-every"_s,
         QCoreApplication::translate("CommandLine", "With --har, also write FILE every SECONDS while running."),
         u"SECONDS"_s},
        {u"allow-remote"_s,
         QCoreApplication::translate("CommandLine", "Allow a --bind address other than loopback: anyone who can reach "
                                                    "it can use the sandbox.")},
    };
}

int ServeCommand::run(const QCommandLineParser &parser, Io &io) const
{
    QTextStream &out = io.out();
    QTextStream &err = io.err();
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("CommandLine", "statusdeck: serve takes no arguments besides --port and "
                                                          "--bind.")
            << Qt::endl;
        return 2;
    }
    const QString portText = parser.value(u"port"_s);
    const QString bindText = parser.value(u"bind"_s);
    SandboxServer::Options options;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port > 65535) {
            err << QCoreApplication::translate("CommandLine", "statusdeck: --port takes 0 to 65535, not '%1'.")
                       .arg(portText)
                << Qt::endl;
            return 2;
        }
        options.port = quint16(port);
    }
    if (!bindText.isEmpty()) {
        if (bindText == "localhost"_L1) {
            options.address = QHostAddress(QHostAddress::LocalHost);
        } else if (!options.address.setAddress(bindText)) {
            err << QCoreApplication::translate("CommandLine",
                                               "statusdeck: --bind takes an IP address such as 127.0.0.1, not '%1'.")
                       .arg(bindText)
                << Qt::endl;
            return 2;
        }
        options.alsoIpv6 = options.address == QHostAddress(QHostAddress::LocalHost);
        if (!options.address.isLoopback() && !parser.isSet(u"allow-remote"_s)) {
            err << QCoreApplication::translate("CommandLine",
                                               "statusdeck: --bind %1 is not a loopback address: anyone who can "
                                               "reach it could use the sandbox. Add --allow-remote if that is meant.")
                       .arg(bindText)
                << Qt::endl;
            return 2;
        }
    }
    // Printed once the stop signals are handled, so that a SIGTERM right after it stops cleanly.
    QString warning;
    if (!options.address.isLoopback())
        warning = QCoreApplication::translate(
                      "CommandLine", "statusdeck: WARNING: listening on %1, not only on loopback: anyone who can "
                                     "reach this address can use the sandbox.")
                      .arg(bindText);

    const QString harFile = parser.value(u"har"_s);
    int harEverySeconds = 0;
    if (parser.isSet(u"har-every"_s)) {
        bool ok = false;
        harEverySeconds = parser.value(u"har-every"_s).toInt(&ok);
        if (!ok || harEverySeconds < 1 || harFile.isEmpty()) {
            err << QCoreApplication::translate("CommandLine",
                                               "statusdeck: --har-every takes a number of seconds from 1 up, with "
                                               "--har FILE.")
                << Qt::endl;
            return 2;
        }
    }

    SandboxServer server;
    // More entries than the window's 1000, within the same 32 MiB: the printing thread may fall
    // behind for a while on a busy machine without an exchange losing its line.
    server.log()->setBounds(kServeLogEntries, ExchangeLog::kMaxBytes);
    QEventLoop loop;
    // What --har writes: every exchange printed so far, up to kMaxHarExchanges (the newest).
    QList<HttpExchange> recorded;
    qint64 recordedTotal = 0;
    const auto writeRecording = [&]() {
        // What the log learnt about an exchange after it was printed (a WebSocket session's
        // summary when it closes, an answer the client did not take whole): the log's copy of
        // each recorded exchange it still holds is the one written.
        if (!recorded.isEmpty()) {
            const QList<HttpExchange> current = server.log()->entriesAfter(recorded.first().id - 1);
            qsizetype next = 0;
            for (HttpExchange &exchange : recorded) {
                while (next < current.size() && current.at(next).id < exchange.id)
                    ++next;
                if (next < current.size() && current.at(next).id == exchange.id)
                    exchange = current.at(next);
            }
        }
        QString error;
        if (writeHar(harFile, recorded, &error))
            return true;
        err << QCoreApplication::translate("CommandLine", "statusdeck: could not write the HAR file %1: %2")
                   .arg(harFile, error)
            << Qt::endl;
        return false;
    };
    quint64 lastPrinted = 0;
    quint64 skipped = 0; // exchanges the log dropped before they were printed
    const auto printNewExchanges = [&out, &server, &lastPrinted, &harFile, &recorded, &recordedTotal, &skipped] {
        // One line per exchange, flushed per batch: under load that is one write, not thousands.
        quint64 missed = 0;
        const QList<HttpExchange> fresh = server.log()->entriesAfter(lastPrinted, &missed);
        skipped += missed;
        for (const HttpExchange &exchange : fresh) {
            out << exchangeLine(exchange) << u'\n';
            lastPrinted = exchange.id;
            if (!harFile.isEmpty()) {
                recorded.append(exchange);
                ++recordedTotal;
            }
        }
        if (recorded.size() > kMaxHarExchanges)
            recorded.remove(0, recorded.size() - kMaxHarExchanges);
        out.flush();
    };
    // Printed a few milliseconds after the log says there is news, not at once: this thread
    // was so quick to drain the log that the server woke it for nearly every request (an
    // event post, a context switch and three system calls each). The log notifies once until
    // it is read, so this is at most one wake-up per interval; at 100,000 requests/s that is
    // 500 exchanges a batch, well inside the log's 1000. Should the log drop exchanges before
    // they are read all the same (this thread starved of the CPU), they are counted, said every
    // 10 s while it goes on, and at exit: a line is never silently missing.
    QTimer printTimer;
    printTimer.setSingleShot(true);
    printTimer.setInterval(kPrintIntervalMs);
    QObject::connect(&printTimer, &QTimer::timeout, &loop, printNewExchanges);
    QObject::connect(server.log(), &ExchangeLog::entriesAvailable, &printTimer, [&printTimer] {
        if (!printTimer.isActive())
            printTimer.start();
    });
    quint64 skippedReported = 0;
    const auto reportSkipped = [&err, &skipped, &skippedReported] {
        if (skipped == skippedReported)
            return;
        skippedReported = skipped;
        // Counted apart: lupdate's parser loops on a template argument inside translate().
        const int count = skipped > quint64(INT_MAX) ? INT_MAX : int(skipped);
        err << QCoreApplication::translate("CommandLine",
                                           "statusdeck: %n exchange(s) got no line (and are not in the HAR): the "
                                           "log dropped them before they could be printed.",
                                           nullptr, count)
            << Qt::endl;
    };
    QTimer skippedTimer;
    skippedTimer.setInterval(kSkippedReportIntervalMs);
    QObject::connect(&skippedTimer, &QTimer::timeout, &loop, reportSkipped);
    skippedTimer.start();
    platform::ShutdownSignals shutdownSignals;
    bool stopping = false; // a stop signal while the sandbox was still starting
    QObject::connect(&shutdownSignals, &platform::ShutdownSignals::shutdownRequested, &loop, [&] {
        err << QCoreApplication::translate("CommandLine", "statusdeck: stopping the sandbox.") << Qt::endl;
        stopping = true;
        loop.quit();
    });

    if (!warning.isEmpty()) {
        err << warning << Qt::endl;
        // Which addresses that means, so the user knows what is exposed.
        if (options.address == QHostAddress::AnyIPv4 || options.address == QHostAddress::AnyIPv6 ||
            options.address == QHostAddress::Any) {
            QStringList addresses;
            for (const QHostAddress &address : QNetworkInterface::allAddresses())
                addresses.append(address.toString());
            err << QCoreApplication::translate("CommandLine", "statusdeck: this machine's addresses: %1")
                       .arg(addresses.join(u", "_s))
                << Qt::endl;
        }
    }
    QTimer harTimer;
    if (harEverySeconds > 0) {
        harTimer.setInterval(harEverySeconds * 1000);
        QObject::connect(&harTimer, &QTimer::timeout, &loop, [&] {
            printNewExchanges();
            writeRecording();
        });
        harTimer.start();
    }
    if (!startSandboxBlocking(server, options, err))
        return 1;
    out << QCoreApplication::translate("CommandLine", "StatusDeck sandbox listening on %1").arg(server.url().toString())
        << Qt::endl;
    if (!server.secondUrl().isEmpty())
        out << QCoreApplication::translate("CommandLine", "Second origin (for cross-origin redirects): %1")
                   .arg(server.secondUrl().toString())
            << Qt::endl;
    if (!stopping)
        loop.exec();
    server.stop();
    printNewExchanges(); // the last ones, still waiting for the timer
    reportSkipped();
    if (!harFile.isEmpty()) {
        if (!writeRecording())
            return 1;
        if (recordedTotal > recorded.size())
            err << QCoreApplication::translate("CommandLine", "statusdeck: the HAR file holds the newest %1 of %2 "
                                                              "exchanges.")
                       .arg(recorded.size())
                       .arg(recordedTotal)
                << Qt::endl;
        err << QCoreApplication::translate("CommandLine", "statusdeck: wrote %1 exchanges to %2.")
                   .arg(recorded.size())
                   .arg(harFile)
            << Qt::endl;
    }
    return 0;
}

} // namespace statusdeck::cli
