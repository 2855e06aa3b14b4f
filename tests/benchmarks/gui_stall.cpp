// Benchmark harness, not a test, not shipped: the window on its Sandbox page, its sandbox on a
// free port, and a probe of the GUI thread's event loop. It prints the sandbox's URL
// ("URL http://127.0.0.1:PORT/"), measures for SECONDS while tests/benchmarks/gui_stall_bench.sh
// runs wrk against that URL, then prints the longest stall and percentiles and exits.
//
// The probe is a precise 2 ms timer: each tick records how late it came; a late tick is time
// the event loop spent on something else (the exchange table taking the log's new entries,
// painting). Each tick also records the CPU time the GUI thread used since the last one, so a
// stall can be told apart: the thread's own work, or waiting for a core (the machine's other
// threads: the server, wrk, Xvfb). It prints the paint events each widget got, too.
// Usage: gui_stall SECONDS

#include "ExchangeTableModel.h"
#include "MainWindow.h"
#include "SandboxPage.h"
#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <QHash>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace {

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// How long this thread has waited, runnable, for a core (Linux schedstat), in ms; 0 elsewhere.
double runQueueWaitMs()
{
    QFile file(u"/proc/thread-self/schedstat"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() / 1e6 : 0;
}

// Counts the paint events each widget gets (class and object name), printed at the end: what
// the window repaints under load, beside how late the probe came.
class PaintCounter : public QObject
{
public:
    QHash<QString, int> counts;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            const QString name = watched->objectName();
            ++counts[QString::fromLatin1(watched->metaObject()->className()) +
                     (name.isEmpty() ? QString() : u' ' + name)];
        }
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10;
    QTemporaryDir home;
    QSettings settings(home.filePath(u"settings.ini"_s), QSettings::IniFormat);
    const Catalog catalog = Catalog::loadBuiltIn();
    const SnippetLibrary snippets = SnippetLibrary::loadBuiltIn();
    gui::MainWindow window(catalog, snippets, settings);
    window.resize(1280, 800);
    window.showPage(gui::MainWindow::Page::Sandbox);
    window.show();

    PaintCounter paints;
    app.installEventFilter(&paints);
    QTextStream out(stdout);
    constexpr int kTickMs = 2;
    std::vector<double> lateness; // ms each tick came after it was due
    std::vector<double> busy;     // ms of CPU the GUI thread used in that time
    std::vector<double> waiting;  // ms it waited for a core in that time
    lateness.reserve(size_t(seconds) * 1000 / kTickMs + 16);
    busy.reserve(lateness.capacity());
    QElapsedTimer clock;
    qint64 last = 0;
    double lastCpu = 0;
    double lastWait = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kTickMs);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        const double wait = runQueueWaitMs();
        waiting.push_back(wait - lastWait);
        lastWait = wait;
        lateness.push_back(qMax(0.0, double(now - last) / 1e6 - kTickMs));
        busy.push_back(cpu - lastCpu);
        last = now;
        lastCpu = cpu;
    });

    QObject::connect(&window.sandbox(), &SandboxServer::stateChanged, &app, [&](SandboxServer::State state) {
        if (state != SandboxServer::State::Listening)
            return;
        out << "URL " << window.sandbox().url().toString() << Qt::endl;
        clock.start();
        lastCpu = threadCpuMs();
        lastWait = runQueueWaitMs();
        probe.start();
        // Halfway, with wrk running: how many rows the table holds of what the log holds.
        QTimer::singleShot(seconds * 500, &app, [&] {
            out << "halfway: " << window.sandboxPage()->model()->rowCount() << " rows of the log's "
                << window.sandbox().log()->size() << Qt::endl;
        });
        QTimer::singleShot(seconds * 1000, &app, [&] {
            probe.stop();
            std::vector<double> sorted = lateness;
            std::sort(sorted.begin(), sorted.end());
            const auto at = [&](double q) {
                return sorted.empty() ? 0.0 : sorted[size_t(q * double(sorted.size() - 1))];
            };
            out << "ticks " << sorted.size() << ", exchanges in the log " << window.sandbox().log()->size()
                << " (dropped " << window.sandbox().log()->droppedCount() << ")" << Qt::endl;
            out << QString::asprintf("GUI thread stall: max %.1f ms, p99.9 %.1f ms, p99 %.1f ms, median %.2f ms",
                                     sorted.empty() ? 0.0 : sorted.back(), at(0.999), at(0.99), at(0.5))
                << Qt::endl;
            // The longest stalls, told apart: the GUI thread working, waiting runnable for a
            // core, or asleep (blocked: on the X server, a lock); and its longest work.
            std::vector<size_t> order(lateness.size());
            for (size_t i = 0; i < order.size(); ++i)
                order[i] = i;
            std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return lateness[a] > lateness[b]; });
            for (size_t i = 0; i < std::min<size_t>(3, order.size()); ++i) {
                const size_t tick = order[i];
                const double span = lateness[tick] + kTickMs;
                out << QString::asprintf("stall %.1f ms: working %.1f ms, waiting for a core %.1f ms, asleep %.1f ms",
                                         lateness[tick], busy[tick], waiting[tick],
                                         qMax(0.0, span - busy[tick] - waiting[tick]))
                    << Qt::endl;
            }
            std::vector<double> work = busy;
            std::sort(work.begin(), work.end());
            const auto workAt = [&](double q) {
                return work.empty() ? 0.0 : work[size_t(q * double(work.size() - 1))];
            };
            out << QString::asprintf("GUI thread work between two ticks: max %.1f ms, p99.9 %.1f ms, p99 %.1f ms",
                                     work.empty() ? 0.0 : work.back(), workAt(0.999), workAt(0.99))
                << Qt::endl;
            QList<std::pair<int, QString>> painted;
            for (auto it = paints.counts.cbegin(); it != paints.counts.cend(); ++it)
                painted.append({it.value(), it.key()});
            std::sort(painted.begin(), painted.end(), std::greater<>());
            out << "paint events:";
            for (qsizetype i = 0; i < qMin<qsizetype>(16, painted.size()); ++i)
                out << ' ' << painted.at(i).second << ' ' << painted.at(i).first
                    << (i + 1 < qMin<qsizetype>(16, painted.size()) ? "," : "");
            out << Qt::endl;
            app.quit();
        });
    });
    window.sandboxPage()->startOnFreePort();
    return app.exec();
}
