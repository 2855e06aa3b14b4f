#include "ExchangeTableModel.h"

#include "Theme.h"
#include "sandbox/ExchangeLog.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

ExchangeTableModel::ExchangeTableModel(ExchangeLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(m_log, &ExchangeLog::entriesAvailable, this, &ExchangeTableModel::fetchNew, Qt::QueuedConnection);
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
    const HttpExchange &e = m_rows.at(index.row());
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
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return e.started.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
        case Client:
            return QString(e.clientAddress + u':' + QString::number(e.clientPort));
        case Method:
            return QString::fromLatin1(e.method);
        case Target:
            return QString::fromLatin1(e.target);
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
            return QString(e.clientAddress + u':' + QString::number(e.clientPort));
        case Method:
            return QString::fromLatin1(e.method);
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

void ExchangeTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_importedCount = 0;
    endResetModel();
    m_log->clear();
}

void ExchangeTableModel::fetchNew()
{
    const QList<HttpExchange> fresh = m_log->entriesAfter(m_lastId);
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows += fresh;
        endInsertRows();
        m_lastId = fresh.constLast().id;
    }
    // The log is a bounded ring: keep no more live rows than it keeps.
    const qsizetype excess = m_rows.size() - m_importedCount - m_log->size();
    if (excess > 0) {
        beginRemoveRows({}, int(m_importedCount), int(m_importedCount + excess - 1));
        m_rows.remove(m_importedCount, excess);
        endRemoveRows();
    }
}

void ExchangeTableModel::addImported(const QList<HttpExchange> &exchanges)
{
    if (exchanges.isEmpty())
        return;
    const int first = int(m_importedCount);
    beginInsertRows({}, first, first + int(exchanges.size()) - 1);
    QList<HttpExchange> rows = m_rows.mid(0, m_importedCount);
    rows.reserve(m_rows.size() + exchanges.size());
    rows += exchanges;
    rows += m_rows.mid(m_importedCount);
    m_rows = std::move(rows);
    m_importedCount += exchanges.size();
    endInsertRows();
}

} // namespace statusdeck::gui
