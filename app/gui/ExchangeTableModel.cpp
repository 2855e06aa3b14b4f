#include "ExchangeTableModel.h"

#include "Theme.h"
#include "sandbox/ExchangeLog.h"
#include "sandbox/ExchangeParts.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QTimerEvent>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {

// The Host column: what the server parsed, else read back from the logged bytes (once per row).
QString hostOf(const HttpExchange &exchange)
{
    if (!exchange.host.isNull())
        return QString::fromLatin1(exchange.host);
    return QString::fromLatin1(headers::value(requestHeaders(exchange), "Host"));
}

// The columns that sort by the text they show.
QString sameAsShown(int column, const HttpExchange &e, const QString &host)
{
    switch (column) {
    case ExchangeTableModel::Client:
        return e.clientAddress + u':' + QString::number(e.clientPort);
    case ExchangeTableModel::Method:
        return QString::fromLatin1(e.method);
    default:
        return host;
    }
}

} // namespace

ExchangeTableModel::ExchangeTableModel(ExchangeLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(m_log, &ExchangeLog::entriesAvailable, this, &ExchangeTableModel::scheduleFetch, Qt::QueuedConnection);
    fetchNew();
}

int ExchangeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExchangeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const HttpExchange &e = row.exchange;
    if (role == ImportedRole)
        return e.imported;
    if (e.imported) {
        // Marked in the Client column (there was no client of ours) and in italics.
        if (index.column() == Client && (role == Qt::DisplayRole || role == SortRole))
            return tr("imported");
        if (role == Qt::ToolTipRole)
            return tr("Imported from %1 (read-only)").arg(e.importNote);
        if (role == Qt::FontRole) {
            QFont font;
            font.setItalic(true);
            return font;
        }
    }
    const int size = chainSize(row.chain);
    const bool head = row.chain == e.id;
    if (role == ChainRole)
        return QVariant::fromValue(row.chain);
    if (role == ChainSizeRole)
        return size;
    if (role == ChainHeadRole)
        return head;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return e.started.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
        case Client:
        case Method:
        case Host:
            return sameAsShown(index.column(), e, row.host);
        case Target: {
            // A redirect chain reads as a group: its first row says how many hops and whether
            // they are shown, the others are indented under it.
            if (e.target.isEmpty() && e.method.isEmpty() && !e.parseError.isEmpty())
                return e.rawRequest.isEmpty() ? tr("(nothing arrived)") : tr("(not an HTTP request)");
            const QString target = QString::fromLatin1(e.target);
            if (size < 2)
                return target;
            if (!head)
                return QString(u"    ↳ "_s + target);
            return QString((isCollapsed(row.chain) ? u"▸ "_s : u"▾ "_s) + target + u"  "_s +
                           tr("(%n hop(s))", nullptr, size));
        }
        case Status:
            return e.status ? QString::number(e.status) : tr("—");
        case RequestBytes:
            return QLocale().formattedDataSize(e.requestBytes);
        case ResponseBytes:
            return QLocale().formattedDataSize(e.responseBytes);
        case Duration:
            return tr("%1 ms").arg(e.started.msecsTo(e.finished));
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Time:
            return e.started;
        case Client:
        case Method:
        case Host:
            return sameAsShown(index.column(), e, row.host);
        case Target:
            return QString::fromLatin1(e.target);
        case Status:
            return e.status;
        case RequestBytes:
            return e.requestBytes;
        case ResponseBytes:
            return e.responseBytes;
        case Duration:
            return e.started.msecsTo(e.finished);
        }
    }
    if (role == Qt::ToolTipRole && !e.parseError.isEmpty())
        return e.parseError;
    if (role == Qt::ToolTipRole && index.column() == Target && size > 1 && head)
        return isCollapsed(row.chain) ? tr("A redirect chain: expand it to see every hop (+)")
                                      : tr("A redirect chain: collapse it to this first request (−)");
    if (role == Qt::TextAlignmentRole && index.column() >= Status)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        // Asked for at paint time, so a theme change shows at the next repaint.
        const QPalette palette = QGuiApplication::palette();
        if (e.status >= 500 || e.status == 0)
            return themeColor(ThemeColor::StatusServerError, palette);
        if (e.status >= 400)
            return themeColor(ThemeColor::StatusClientError, palette);
        if (e.status >= 300)
            return themeColor(ThemeColor::StatusRedirect, palette);
    }
    return {};
}

QVariant ExchangeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Client:
        return tr("Client");
    case Method:
        return tr("Method");
    case Host:
        return tr("Host");
    case Target:
        return tr("Target");
    case Status:
        return tr("Status");
    case RequestBytes:
        return tr("Sent");
    case ResponseBytes:
        return tr("Received");
    case Duration:
        return tr("Duration");
    }
    return {};
}

void ExchangeTableModel::setCollapsed(quint64 chain, bool collapsed)
{
    if (collapsed == m_collapsed.contains(chain))
        return;
    if (collapsed)
        m_collapsed.insert(chain);
    else
        m_collapsed.remove(chain);
    chainSizeChanged(chain); // the first row's arrow
    Q_EMIT collapsedChanged();
}

void ExchangeTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_importedCount = 0;
    m_fromLogCount = 0;
    m_chains.clear();
    m_chainSizes.clear();
    m_collapsed.clear();
    endResetModel();
    m_log->clear();
}

void ExchangeTableModel::appendRows(QList<HttpExchange> exchanges, bool fromLog)
{
    QList<quint64> grown;
    QList<Row> tail; // rows that go at the end, inserted in one go
    const auto flushTail = [&] {
        if (tail.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + tail.size() - 1));
        m_rows += tail;
        endInsertRows();
        tail.clear();
    };
    for (HttpExchange &exchange : exchanges) {
        const quint64 chain = m_chains.add(exchange);
        QString host = hostOf(exchange);
        Row row{std::move(exchange), std::move(host), chain, fromLog};
        m_fromLogCount += fromLog ? 1 : 0;
        if (row.chain == row.exchange.id) {
            tail.append(std::move(row));
            continue;
        }
        // A later hop goes right under the chain's last row, so that a chain reads as a
        // group even when other requests (a matrix's other cells) came in between.
        m_chainSizes[row.chain] = chainSize(row.chain) + 1;
        if (!grown.contains(row.chain))
            grown.append(row.chain);
        flushTail();
        int at = int(m_rows.size());
        while (at > 0 && m_rows.at(at - 1).chain != row.chain)
            --at;
        if (at == 0)
            at = int(m_rows.size()); // its chain has left the log: at the end
        beginInsertRows({}, at, at);
        m_rows.insert(at, std::move(row));
        endInsertRows();
    }
    flushTail();
    for (const quint64 chain : std::as_const(grown))
        chainSizeChanged(chain);
}

void ExchangeTableModel::chainSizeChanged(quint64 chain)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).chain == chain && m_rows.at(i).exchange.id == chain) {
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
}

void ExchangeTableModel::dropRowsTheLogDropped()
{
    // The log is a bounded ring: the rows of exchanges it no longer holds go too. Every row
    // is looked at, not a count compared: a view that fell behind a busy log holds fewer rows
    // than the log, some of them already gone from it.
    if (m_fromLogCount == 0)
        return;
    const quint64 oldest = m_log->firstId();
    const auto gone = [&](const Row &row) {
        return row.fromLog && (oldest == 0 || row.exchange.id < oldest);
    };
    int row = 0;
    while (row < m_rows.size()) {
        if (!gone(m_rows.at(row))) {
            ++row;
            continue;
        }
        int end = row;
        while (end < m_rows.size() && gone(m_rows.at(end)))
            ++end;
        beginRemoveRows({}, row, end - 1);
        for (int i = row; i < end; ++i) {
            const Row &dropped = m_rows.at(i);
            if (dropped.chain == dropped.exchange.id)
                m_collapsed.remove(dropped.chain); // its other rows are shown again
            else if (auto size = m_chainSizes.find(dropped.chain); size != m_chainSizes.end() && --*size < 2)
                m_chainSizes.erase(size);
        }
        m_rows.remove(row, end - row);
        m_fromLogCount -= end - row;
        endRemoveRows();
    }
}

void ExchangeTableModel::fetchNew()
{
    m_fetchTimer.stop();
    m_sinceFetch.start();
    qsizetype remaining = 0;
    QList<HttpExchange> fresh = m_log->entriesAfter(m_lastId, kSliceSize, nullptr, &remaining);
    if (!fresh.isEmpty()) {
        m_lastId = fresh.constLast().id;
        appendRows(std::move(fresh), true);
    }
    dropRowsTheLogDropped();
    if (remaining > 0)
        scheduleFetch();
}

void ExchangeTableModel::scheduleFetch()
{
    // One fetch a frame at most: entries that arrive meanwhile wait for the next one.
    if (m_fetchTimer.isActive())
        return;
    const qint64 since = m_sinceFetch.isValid() ? m_sinceFetch.elapsed() : qint64(kFrameMs);
    m_fetchTimer.start(int(qMax<qint64>(0, kFrameMs - since)), this);
}

void ExchangeTableModel::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_fetchTimer.timerId())
        fetchNew();
    else
        QAbstractTableModel::timerEvent(event);
}

void ExchangeTableModel::addImported(const QList<HttpExchange> &exchanges)
{
    if (exchanges.isEmpty())
        return;
    // Imported rows stay a block ahead of the live ones: no chains (their ids are the HAR's
    // entry numbers, not the log's), never dropped with the log's oldest entries.
    QList<Row> rows;
    rows.reserve(exchanges.size());
    for (const HttpExchange &exchange : exchanges)
        rows.append(Row{exchange, hostOf(exchange), 0, false});
    const int first = int(m_importedCount);
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_rows.insert(first + i, rows.at(i));
    m_importedCount += rows.size();
    endInsertRows();
}

} // namespace statusdeck::gui
