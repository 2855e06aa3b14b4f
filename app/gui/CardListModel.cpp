#include "CardListModel.h"

#include "catalog/CardExport.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

CardListModel::CardListModel(const Catalog &catalog, QObject *parent)
    : QStandardItemModel(parent)
    , m_catalog(catalog)
{
    QStandardItem *group = nullptr;
    int groupClass = -1;
    for (qsizetype i = 0; i < catalog.cards().size(); ++i) {
        const Card &card = catalog.cards().at(i);
        const int codeClass = card.codeClass() >= 1 && card.codeClass() <= 5 ? card.codeClass() : 9;
        if (!group || codeClass != groupClass) {
            groupClass = codeClass;
            const QString label = codeClass == 9 ? className(0) : classKey(codeClass) + u"  "_s + className(codeClass);
            group = new QStandardItem(label);
            group->setEditable(false);
            group->setSelectable(false);
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            appendRow(group);
        }
        QString label = card.codeText() + u"  "_s + card.phrase;
        if (!card.vendor.isEmpty())
            label += u" ("_s + card.vendor + u')';
        auto *item = new QStandardItem(label);
        item->setEditable(false);
        item->setData(card.id(), CardIdRole);
        item->setData(i, CatalogIndexRole);
        item->setToolTip(card.emoji + u' ' + card.summary + u"\n"_s + registryLabel(card));
        if (card.registry == Registry::Unused || card.registry == Registry::Obsolete) {
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
        }
        group->appendRow(item);
    }
}

QModelIndex CardListModel::indexForCard(const QString &id) const
{
    for (int g = 0; g < rowCount(); ++g) {
        const QStandardItem *group = item(g);
        for (int r = 0; r < group->rowCount(); ++r) {
            if (group->child(r)->data(CardIdRole).toString() == id)
                return group->child(r)->index();
        }
    }
    return {};
}

CardFilterModel::CardFilterModel(CardListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setRecursiveFilteringEnabled(true);
}

void CardFilterModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_parsedQuery = CardQuery(query);
    invalidateFilter();
}

void CardFilterModel::setRegistry(std::optional<Registry> registry)
{
    m_registry = registry;
    invalidateFilter();
}

bool CardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = m_source->index(sourceRow, 0, sourceParent);
    const QVariant cardIndex = index.data(CardListModel::CatalogIndexRole);
    if (!cardIndex.isValid())
        return false; // a group: shown when one of its cards is
    const qsizetype i = cardIndex.value<qsizetype>();
    if (m_registry && m_source->catalog().cards().at(i).registry != *m_registry)
        return false;
    return m_source->catalog().matches(i, m_parsedQuery);
}

} // namespace statusdeck::gui
