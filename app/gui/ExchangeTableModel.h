#pragma once

#include "http/HttpExchange.h"

#include <QAbstractTableModel>
#include <QList>

namespace statusdeck {
class ExchangeLog;
}

namespace statusdeck::gui {

// The sandbox's exchanges as table rows, newest last. Mirrors the log: new entries are
// fetched in batches when the log says some are available, and rows the log has dropped
// (it is a bounded ring) are dropped here too.
class ExchangeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Client, Method, Target, Status, RequestBytes, ResponseBytes, Duration, ColumnCount };
    // The raw value of a cell (a number, a time), so that columns sort by it, not by its text.
    static constexpr int SortRole = Qt::UserRole + 1;
    // True for a row read from a HAR file (HttpExchange::imported), on every column.
    static constexpr int ImportedRole = Qt::UserRole + 2;

    explicit ExchangeTableModel(ExchangeLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const HttpExchange &exchange(int row) const { return m_rows.at(row); }
    void clear();
    // Rows read from a HAR file: kept ahead of the live rows, which alone mirror the log.
    void addImported(const QList<HttpExchange> &exchanges);
    int importedCount() const { return int(m_importedCount); }

public Q_SLOTS:
    void fetchNew();

private:
    ExchangeLog *m_log;
    QList<HttpExchange> m_rows;
    quint64 m_lastId = 0;
    qsizetype m_importedCount = 0; // rows 0 .. m_importedCount-1 are imported
};

} // namespace statusdeck::gui
