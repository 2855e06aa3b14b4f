#pragma once

#include "sandbox/ExchangeFilter.h"

#include <QSortFilterProxyModel>

namespace statusdeck::gui {

// The rows of the exchange log that are shown: those the devtools-style filter lets through
// (sandbox/ExchangeFilter), without the later hops of a collapsed redirect chain; sortable
// by value (ExchangeTableModel::SortRole).
class ExchangeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ExchangeFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    ExchangeFilter m_filter;
};

} // namespace statusdeck::gui
