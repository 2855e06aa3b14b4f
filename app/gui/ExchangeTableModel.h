#pragma once

#include "http/HttpExchange.h"
#include "sandbox/ExchangeChains.h"

#include <QAbstractTableModel>
#include <QBasicTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>

namespace statusdeck {
class ExchangeLog;
}

namespace statusdeck::gui {

// The sandbox's exchanges as table rows, in arrival order, except that a later hop of a
// redirect chain goes right under its chain's rows. Mirrors the log: new entries are
// fetched when the log says some are available, at most kSliceSize of them in one event-loop
// turn and at most one slice a frame (kFrameMs), so that a busy server moves the table once a
// frame and never in one long burst that stalls the window; rows the log has dropped (it is a
// bounded ring) are dropped here too. Every row goes in through appendRows(), which
// also reads its Host and its redirect chain once, so another source of rows (a HAR file) is
// one more caller of it; only rows from the log (fromLog) are dropped with the log.
class ExchangeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Client, Method, Host, Target, Status, RequestBytes, ResponseBytes, Duration, ColumnCount };
    // The raw value of a cell (a number, a time), so that columns sort by it, not by its text.
    static constexpr int SortRole = Qt::UserRole + 1;
    // The redirect chain of a row: the id of its first exchange (quint64), its size (int, on
    // every row of the chain) and whether the row is that first exchange (bool).
    static constexpr int ChainRole = Qt::UserRole + 2;
    static constexpr int ChainSizeRole = Qt::UserRole + 3;
    static constexpr int ChainHeadRole = Qt::UserRole + 4;
    // True for a row read from a HAR file (HttpExchange::imported), on every column.
    static constexpr int ImportedRole = Qt::UserRole + 5;
    // The most entries one fetch takes from the log, and the least time between two fetches.
    static constexpr int kSliceSize = 500;
    static constexpr int kFrameMs = 16;

    explicit ExchangeTableModel(ExchangeLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const HttpExchange &exchange(int row) const { return m_rows.at(row).exchange; }
    quint64 chainOf(int row) const { return m_rows.at(row).chain; }
    int chainSize(quint64 chain) const { return m_chainSizes.value(chain, 1); }
    // Rows are shown collapsed to their chain's first one; the filter model reads this.
    bool isCollapsed(quint64 chain) const { return m_collapsed.contains(chain); }
    void setCollapsed(quint64 chain, bool collapsed);
    void clear();
    // Rows read from a HAR file: kept ahead of the live rows, which alone mirror the log.
    void addImported(const QList<HttpExchange> &exchanges);
    int importedCount() const { return int(m_importedCount); }

public Q_SLOTS:
    // Takes the next slice of the log's new entries now, and schedules the next fetch while
    // the log holds more.
    void fetchNew();

Q_SIGNALS:
    void collapsedChanged();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Row {
        HttpExchange exchange;
        QString host;
        quint64 chain = 0;
        bool fromLog = true;
    };
    void appendRows(QList<HttpExchange> exchanges, bool fromLog);
    void dropRowsTheLogDropped();
    void chainSizeChanged(quint64 chain);
    void scheduleFetch();

    ExchangeLog *m_log;
    QList<Row> m_rows;
    quint64 m_lastId = 0;
    qsizetype m_importedCount = 0; // rows 0 .. m_importedCount-1 are imported
    qsizetype m_fromLogCount = 0;
    chains::ChainTracker m_chains;
    QHash<quint64, int> m_chainSizes; // chains of more than one row
    QSet<quint64> m_collapsed;
    QBasicTimer m_fetchTimer;
    QElapsedTimer m_sinceFetch;
};

} // namespace statusdeck::gui
