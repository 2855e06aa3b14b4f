#include "sandbox/ExchangeFilterModel.h"

#include "ExchangeTableModel.h"

namespace statusdeck::gui {

ExchangeFilterModel::ExchangeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ExchangeTableModel::SortRole);
}

void ExchangeFilterModel::setSourceModel(QAbstractItemModel *model)
{
    QSortFilterProxyModel::setSourceModel(model);
    if (auto *exchanges = qobject_cast<ExchangeTableModel *>(model))
        connect(exchanges, &ExchangeTableModel::collapsedChanged, this, &ExchangeFilterModel::invalidateFilter);
}

void ExchangeFilterModel::setFilterText(const QString &text)
{
    m_filter = ExchangeFilter(text);
    invalidateFilter();
}

bool ExchangeFilterModel::filterAcceptsRow(int row, const QModelIndex &) const
{
    const auto *model = static_cast<const ExchangeTableModel *>(sourceModel());
    const quint64 chain = model->chainOf(row);
    if (chain != model->exchange(row).id && model->isCollapsed(chain))
        return false;
    return m_filter.isEmpty() || m_filter.matches(model->exchange(row));
}

} // namespace statusdeck::gui
