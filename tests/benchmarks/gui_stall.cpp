// Benchmark harness, not a test, not shipped: the window on its Sandbox page, its sandbox on a
// free port, and a probe of the GUI thread's event loop. It prints the sandbox's URL
// ("URL http://127.0.0.1:PORT/"), measures for SECONDS while tests/benchmarks/gui_stall_bench.sh
// runs wrk against that URL, then prints the longest stall and percentiles and exits.
//
// The probe is a precise 2 ms timer: each tick records how late it came; a late tick is time
// the event loop spent on something else (the exchange table taking the log's new entries,
// painting). Usage: gui_stall SECONDS

#include "MainWindow.h"
#include "SandboxPage.h"
#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <QHash>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace {

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
    lateness.reserve(size_t(seconds) * 1000 / kTickMs + 16);
    QElapsedTimer clock;
    qint64 last = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kTickMs);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(qMax(0.0, double(now - last) / 1e6 - kTickMs));
        last = now;
    });

    QObject::connect(&window.sandbox(), &SandboxServer::started, &app, [&](const QUrl &url) {
        out << "URL " << url.toString() << Qt::endl;
        clock.start();
        probe.start();
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
