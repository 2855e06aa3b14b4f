#pragma once

#include "catalog/Card.h"
#include "catalog/CardLoader.h"
#include "catalog/CardSearch.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace statusdeck {

// All cards, ordered by code then vendor (registered card first), with lookup and search.
class Catalog
{
public:
    // The cards compiled into the binary (resources/cards). Broken files are skipped
    // and listed in issues(); the rest still load.
    static Catalog loadBuiltIn();
    // Every *.json file in a folder (tests, and writers checking a card before it is compiled in).
    static Catalog loadFromDirectory(const QString &directory);

    void addCard(Card card);

    const QList<Card> &cards() const { return m_cards; }
    const QList<LoadIssue> &issues() const { return m_issues; }
    bool isEmpty() const { return m_cards.isEmpty(); }

    // The registered card for a code, else the first vendor card; nullptr when unknown.
    const Card *find(int code) const;
    const Card *findById(const QString &id) const;
    QList<const Card *> cardsForCode(int code) const;
    // Known codes closest to code, for "did you mean" messages.
    QList<int> nearestCodes(int code, int count = 3) const;

    // Cards matching a query, best match first (see CardSearch).
    QList<const Card *> search(const QString &query) const;
    QList<SearchHit> rankedSearch(const QString &query) const;

private:
    void loadFiles(const QString &directory);
    // Adds a card read from fileName unless another has its id (then an issue).
    void addLoaded(std::optional<Card> card, const QString &fileName);

    QList<Card> m_cards;
    // The cards' ids in lower case, for the duplicate check of addLoaded() (without it,
    // loading was quadratic: every card built every other card's id).
    QSet<QString> m_ids;
    QList<LoadIssue> m_issues;
    // Built on the first search, so start-up does not pay for it; shared by copies, which
    // hold the same cards, and dropped when a card is added.
    mutable std::shared_ptr<const CardSearch> m_search;
};

} // namespace statusdeck
