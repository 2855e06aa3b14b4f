#pragma once

#include "catalog/Catalog.h"

#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <optional>

namespace statusdeck::gui {

// The cards as a tree: one group per class (1xx ... 5xx, then others), a row per card.
class CardListModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { CardIdRole = Qt::UserRole + 1, CatalogIndexRole };

    explicit CardListModel(const Catalog &catalog, QObject *parent = nullptr);

    QModelIndex indexForCard(const QString &id) const;
    const Catalog &catalog() const { return m_catalog; }

private:
    const Catalog &m_catalog;
};

// Filters the tree as the user types (Catalog::matches) and by registry status.
class CardFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CardFilterModel(CardListModel *source, QObject *parent = nullptr);

    void setQuery(const QString &query);
    void setRegistry(std::optional<Registry> registry);
    QString query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CardListModel *m_source;
    QString m_query;
    CardQuery m_parsedQuery{QString()};
    std::optional<Registry> m_registry;
};

} // namespace statusdeck::gui
