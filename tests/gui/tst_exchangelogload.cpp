// The exchange log's view under load (issue #14, the window stays responsive): a burst of
// exchanges is taken from the log in bounded slices, one per event-loop turn at most, and ends
// complete (chains grouped across slices, the filter's count, rows the log dropped meanwhile);
// the count label follows without relaying out the bar every frame; the table's cells keep
// their laid-out text and look as the style draws them.

#include "ExchangeTableModel.h"
#include "SandboxPage.h"
#include "sandbox/ExchangeItemDelegate.h"
#include "sandbox/ExchangeLog.h"
#include "sandbox/FollowTail.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::gui;

namespace {

HttpExchange logged(const QByteArray &target, int status, const QByteArray &location = {})
{
    HttpExchange e;
    e.connectionId = 1;
    e.origin = u"http://127.0.0.1:8088"_s;
    e.clientAddress = u"127.0.0.1"_s;
    e.clientPort = 50000;
    e.started = e.finished = QDateTime::currentDateTimeUtc();
    e.method = "GET";
    e.target = target;
    e.host = "127.0.0.1:8088";
    e.status = status;
    e.rawRequest = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:8088\r\n\r\n";
    e.rawResponse = "HTTP/1.1 " + QByteArray::number(status) + " Something\r\n" +
                    (location.isEmpty() ? QByteArray() : "Location: " + location + "\r\n") +
                    "Content-Length: 0\r\n\r\n";
    return e;
}

} // namespace

class TestExchangeLogLoad : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_settingsCount = 0;

    QString settingsPath() { return m_dir.filePath(u"s%1.ini"_s.arg(++m_settingsCount)); }

private Q_SLOTS:
    void burstIsTakenInSlices()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SandboxServer server; // not started: rows go straight into its log
        server.log()->setBounds(10000, 1 << 28);
        SandboxPage page(server, settings);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ExchangeTableModel *model = page.model();
        QList<int> growth;
        connect(model, &QAbstractItemModel::rowsInserted, this, [&] { growth.append(model->rowCount()); });

        const int burst = 3 * ExchangeTableModel::kSliceSize + 7;
        for (int i = 0; i < burst; ++i)
            server.log()->record(logged("/status/" + QByteArray::number(200 + i % 100), 200));
        // One event-loop turn takes one slice at most, never the whole burst.
        QCoreApplication::processEvents();
        QVERIFY2(model->rowCount() <= ExchangeTableModel::kSliceSize, qPrintable(QString::number(model->rowCount())));
        QTRY_COMPARE(model->rowCount(), burst);
        QVERIFY2(growth.size() >= 4, qPrintable(QString::number(growth.size())));
        for (qsizetype i = 0; i < growth.size(); ++i) {
            const int before = i == 0 ? 0 : growth.at(i - 1);
            QVERIFY2(growth.at(i) - before <= ExchangeTableModel::kSliceSize,
                     qPrintable(u"fetch %1 took %2 rows"_s.arg(i).arg(growth.at(i) - before)));
        }
        // In arrival order, all of them, and the count says so.
        for (int row = 1; row < burst; ++row)
            QVERIFY(model->exchange(row).id == model->exchange(row - 1).id + 1);
        const QLabel *count = page.findChild<QLabel *>(u"exchangeCount"_s);
        QTRY_VERIFY2(count->text().startsWith(u"%1 exchange"_s.arg(burst)), qPrintable(count->text()));
        // Followed to the last row.
        QScrollBar *bar = page.table()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(page.follow()->isFollowing());
    }

    void filterCountAcrossSlices()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SandboxServer server;
        server.log()->setBounds(10000, 1 << 28);
        SandboxPage page(server, settings);
        page.findChild<QLineEdit *>(u"exchangeFilter"_s)->setText(u"status:4xx"_s);
        const int burst = 2 * ExchangeTableModel::kSliceSize + 50;
        for (int i = 0; i < burst; ++i)
            server.log()->record(logged("/status/x", i % 5 == 0 ? 404 : 200));
        QTRY_COMPARE(page.model()->rowCount(), burst);
        QCOMPARE(page.table()->model()->rowCount(), burst / 5);
        const QLabel *count = page.findChild<QLabel *>(u"exchangeCount"_s);
        QTRY_VERIFY2(count->text().startsWith(u"%1 of %2 exchange"_s.arg(burst / 5).arg(burst)),
                     qPrintable(count->text()));
    }

    // A redirect and its follow-up in different slices still read as one chain.
    void chainAcrossSlices()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SandboxServer server;
        server.log()->setBounds(10000, 1 << 28);
        SandboxPage page(server, settings);
        const int slice = ExchangeTableModel::kSliceSize;
        ExchangeLog *log = server.log();
        for (int i = 0; i < slice - 10; ++i)
            log->record(logged("/status/200", 200));
        log->record(logged("/redirect-code/301", 301, "/anything?hop=1"));
        for (int i = 0; i < slice; ++i)
            log->record(logged("/status/201", 201));
        log->record(logged("/anything?hop=1", 200));
        const int all = 2 * slice - 10 + 2;
        ExchangeTableModel *model = page.model();
        QTRY_COMPARE(model->rowCount(), all);
        const int head = slice - 10;
        QCOMPARE(model->exchange(head).target, QByteArray("/redirect-code/301"));
        QCOMPARE(model->exchange(head + 1).target, QByteArray("/anything?hop=1"));
        QCOMPARE(model->index(head, 0).data(ExchangeTableModel::ChainSizeRole).toInt(), 2);
        QVERIFY(model->index(head, ExchangeTableModel::Target).data().toString().startsWith(u"▾ /redirect-code/301"_s));
    }

    // Entries the log dropped before the view took them never show; the count says how many.
    void entriesDroppedBeforeTheyWereTaken()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SandboxServer server;
        server.log()->setBounds(50, 1 << 20);
        SandboxPage page(server, settings);
        for (int i = 0; i < 120; ++i)
            server.log()->record(logged("/status/" + QByteArray::number(200 + i), 200));
        QTRY_COMPARE(page.model()->rowCount(), 50);
        QCOMPARE(page.model()->exchange(0).target, QByteArray("/status/270"));
        const QLabel *count = page.findChild<QLabel *>(u"exchangeCount"_s);
        QTRY_VERIFY2(count->text().startsWith(u"50 exchange"_s) && count->text().endsWith(u" · 70 older dropped"_s),
                     qPrintable(count->text()));
    }

    // A view that fell behind a busy log (it takes a slice a frame, the log moves on faster)
    // holds fewer rows than the log, some of which the log has dropped since: those go at the
    // next fetch, not only once the view holds more rows than the log.
    void rowsGoneFromTheLogGoWhileBehind()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SandboxServer server;
        ExchangeLog *log = server.log();
        log->setBounds(2 * ExchangeTableModel::kSliceSize, 1 << 28);
        SandboxPage page(server, settings);
        ExchangeTableModel *model = page.model();
        const int slice = ExchangeTableModel::kSliceSize;
        for (int i = 0; i < 3 * slice; ++i)
            log->record(logged("/status/200", 200));
        model->fetchNew(); // the oldest slice the log holds: ids slice+1 .. 2*slice
        QCOMPARE(model->rowCount(), slice);
        for (int i = 0; i < slice + slice / 2; ++i)
            log->record(logged("/status/201", 201)); // the log moves past all of them
        model->fetchNew();
        QVERIFY(model->rowCount() <= log->size());
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY2(model->exchange(row).id >= log->firstId(), qPrintable(QString::number(row)));
        // And it catches up with the log.
        QTRY_COMPARE(model->rowCount(), int(log->size()));
        QCOMPARE(model->exchange(0).id, log->firstId());
    }

    // The count follows at most every 100 ms (each new text relays out its bar), but the empty
    // state gives way to the table with the first row, and the count ends right.
    void countEndsRightAndTheTableShowsAtOnce()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SandboxServer server;
        server.log()->setBounds(10000, 1 << 28);
        SandboxPage page(server, settings);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.table()->isVisible());
        server.log()->record(logged("/first", 200));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QVERIFY(page.table()->isVisible());
        const int burst = 5 * ExchangeTableModel::kSliceSize;
        for (int i = 0; i < burst; ++i)
            server.log()->record(logged("/status/204", 204));
        QTRY_COMPARE(page.model()->rowCount(), burst + 1);
        const QLabel *count = page.findChild<QLabel *>(u"exchangeCount"_s);
        QTRY_VERIFY2(count->text().startsWith(u"%1 exchange"_s.arg(burst + 1)), qPrintable(count->text()));
        // Cleared, the empty state is back at once too.
        page.model()->clear();
        QVERIFY(!page.table()->isVisible());
        QVERIFY2(count->text().startsWith(u"0 exchange"_s), qPrintable(count->text()));
    }

    // The delegate draws a cell as QStyledItemDelegate does: same pixels, text elided alike,
    // right-aligned where the model says, in the selection's colours when selected.
    void delegateDrawsAsTheStyle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("selected");
        QTest::addColumn<bool>("italic");   // as an imported row
        QTest::addColumn<QColor>("colour"); // as the Status column's
        QTest::newRow("short") << u"GET"_s << int(Qt::AlignLeft | Qt::AlignVCenter) << 120 << false << false
                               << QColor();
        QTest::newRow("right") << u"1.2 KB"_s << int(Qt::AlignRight | Qt::AlignVCenter) << 120 << false << false
                               << QColor(Qt::darkRed);
        QTest::newRow("elided") << u"/redirect-to?url=%2Fanything%3Flab%3Dsdlab1r0c307&status_code=307"_s
                                << int(Qt::AlignLeft | Qt::AlignVCenter) << 90 << false << false << QColor();
        QTest::newRow("selected") << u"127.0.0.1:50000"_s << int(Qt::AlignLeft | Qt::AlignVCenter) << 160 << true
                                  << true << QColor();
        QTest::newRow("markup stays text")
            << u"<b>bold</b>"_s << int(Qt::AlignLeft | Qt::AlignVCenter) << 160 << false << false << QColor();
        QTest::newRow("italic") << u"imported"_s << int(Qt::AlignLeft | Qt::AlignVCenter) << 120 << false << true
                                << QColor();
    }
    void delegateDrawsAsTheStyle()
    {
        QFETCH(QString, text);
        QFETCH(int, alignment);
        QFETCH(int, width);
        QFETCH(bool, selected);
        QFETCH(bool, italic);
        QFETCH(QColor, colour);
        QStandardItemModel model(2, 1);
        for (int row = 0; row < 2; ++row) {
            auto *item = new QStandardItem(text);
            item->setTextAlignment(Qt::Alignment(alignment));
            if (italic) {
                QFont font;
                font.setItalic(true);
                item->setFont(font);
            }
            if (colour.isValid())
                item->setForeground(colour);
            model.setItem(row, 0, item);
        }
        const auto render = [&](QAbstractItemDelegate *delegate) {
            QTableView view;
            view.setModel(&model);
            view.setItemDelegate(delegate);
            view.horizontalHeader()->hide();
            view.verticalHeader()->hide();
            view.setWordWrap(false); // as the exchange table
            view.setColumnWidth(0, width);
            view.resize(width + 40, 120);
            view.setSelectionBehavior(QAbstractItemView::SelectRows);
            if (selected)
                view.selectRow(1);
            view.show();
            if (!QTest::qWaitForWindowExposed(&view))
                return QImage();
            return view.viewport()->grab().toImage();
        };
        QStyledItemDelegate styled;
        ExchangeItemDelegate ours;
        const QImage expected = render(&styled);
        const QImage actual = render(&ours);
        QVERIFY(!expected.isNull());
        QCOMPARE(actual.size(), expected.size());
        QVERIFY2(actual == expected, "the cells differ from QStyledItemDelegate's");
        QVERIFY(ours.cachedTexts() >= 1);
    }

    // The laid-out texts are kept by text: rows that repeat a string share it, a repaint adds
    // nothing, and the cache stays bounded.
    void delegateKeepsLaidOutTexts()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SandboxServer server;
        SandboxPage page(server, settings);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (int i = 0; i < 40; ++i)
            server.log()->record(logged("/status/204", 204));
        QTRY_COMPARE(page.model()->rowCount(), 40);
        auto *delegate = qobject_cast<ExchangeItemDelegate *>(page.table()->itemDelegate());
        QVERIFY(delegate);
        page.table()->viewport()->repaint();
        const qsizetype kept = delegate->cachedTexts();
        QVERIFY(kept > 0);
        // Every visible row has the same method, host, target, status and sizes: those are
        // laid out once; only times (and nothing else) may differ from row to row.
        const int visible = page.table()->rowAt(page.table()->viewport()->height() - 1) + 1;
        QVERIFY(visible > 3);
        QVERIFY2(kept < qsizetype(visible) * 2 + ExchangeTableModel::ColumnCount,
                 qPrintable(u"%1 texts for %2 rows"_s.arg(kept).arg(visible)));
        page.table()->viewport()->repaint();
        QCOMPARE(delegate->cachedTexts(), kept);
        QVERIFY(delegate->cachedTexts() <= ExchangeItemDelegate::kMaxTexts);
    }
};

QTEST_MAIN(TestExchangeLogLoad)
#include "tst_exchangelogload.moc"
