#pragma once

#include "catalog/CardSearch.h"
#include "catalog/Catalog.h"

#include <QStandardItemModel>
#include <QStyledItemDelegate>

#include <optional>

namespace statusdeck::gui {

// The card list as a tree of sections. With no search: Favourites and Recent (when not
// empty), then one group per class (1xx ... 5xx, then others). With a search: one section
// of results in rank order (Catalog::rankedSearch), each row saying why it matched where
// that is not obvious; with none, a section saying so that offers the classes.
class CardListModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role {
        CardIdRole = Qt::UserRole + 1,
        CatalogIndexRole,
        HtmlRole,      // a search result as rich text: matched words in bold, the reason muted
        ClassQueryRole // a class row of the "no results" section: the query to search ("4xx")
    };

    // Empty until showAll() or showSearch() fills it (the page fills it once it is built).
    explicit CardListModel(const Catalog &catalog, QObject *parent = nullptr);

    // The whole catalogue, sectioned; cards of other registry statuses left out.
    void showAll(std::optional<Registry> registry, const QStringList &favourites = {}, const QStringList &recent = {});
    // The ranked results of query; cards of other registry statuses left out.
    void showSearch(const QString &query, std::optional<Registry> registry);

    // The card rows in list order (sections included), for Enter and the count.
    QStringList cardIds() const;
    int cardCount() const; // distinct cards in the list
    bool isSearch() const { return m_search; }
    // The row of the card: in the results, else in its class group, else the first one.
    QModelIndex indexForCard(const QString &id) const;
    const Catalog &catalog() const { return m_catalog; }

private:
    QStandardItem *addSection(const QString &label);
    QStandardItem *cardItem(const Card &card, const SearchHit *hit) const;

    const Catalog &m_catalog;
    bool m_search = false;
};

// Paints HtmlRole as rich text, in the palette's colours; rows without it as the style does.
class CardListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace statusdeck::gui
