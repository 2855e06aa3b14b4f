// Times ranked search over the built-in cards the way the window uses it: one search per
// keystroke while a query is typed. Prints the mean and the worst time per keystroke.
// Built by tests/benchmarks/search_bench.sh; not a test (speed is never asserted).

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace statusdeck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    const Catalog catalog = Catalog::loadBuiltIn();
    const QStringList queries{
        u"rate limit"_s,   u"not logged in"_s, u"upstream timed out"_s, u"validation error"_s,
        u"file too big"_s, u"unathorized"_s,   u"permanent redirect"_s, u"client closed connection"_s};
    QElapsedTimer first;
    first.start();
    catalog.rankedSearch(u"x"_s); // builds the index
    const qint64 indexNs = first.nsecsElapsed();

    QList<qint64> times;
    qint64 total = 0;
    qint64 worst = 0;
    qint64 keystrokes = 0;
    qsizetype results = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : queries) {
            for (qsizetype n = 1; n <= query.size(); ++n) {
                QElapsedTimer timer;
                timer.start();
                results += catalog.rankedSearch(query.left(n)).size();
                const qint64 ns = timer.nsecsElapsed();
                total += ns;
                times.append(ns);
                worst = std::max(worst, ns);
                ++keystrokes;
            }
        }
    }
    std::sort(times.begin(), times.end());
    const auto at = [&times](double q) {
        return times.value(qsizetype(q * double(times.size() - 1))) / 1000.0;
    };
    QTextStream(stdout) << catalog.cards().size() << " cards, " << keystrokes << " keystrokes (" << results
                        << " results)\n"
                        << "index built in " << indexNs / 1000.0 << " us\n"
                        << "per keystroke: mean " << double(total) / keystrokes / 1000.0 << " us, median " << at(0.5)
                        << " us, 99th percentile " << at(0.99) << " us, worst " << worst / 1000.0 << " us\n";
    return 0;
}
