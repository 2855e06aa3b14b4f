#pragma once

#include "catalog/Card.h"
#include "catalog/CardLoader.h"
#include "catalog/CardSearch.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace statusdeck {

class CardQuery;

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
    // Whether the card at an index of cards() matches; used by the window's filter as the user types.
    bool matches(qsizetype cardIndex, const CardQuery &query) const;

private:
    void loadFiles(const QString &directory);
    // Adds a card read from fileName unless another has its id (then an issue).
    void addLoaded(std::optional<Card> card, const QString &fileName);

    QList<Card> m_cards;
    QList<QString> m_haystacks; // lower-cased searchable text, parallel to m_cards
    QList<LoadIssue> m_issues;
    // Built on the first search, so start-up does not pay for it; shared by copies, which
    // hold the same cards, and dropped when a card is added.
    mutable std::shared_ptr<const CardSearch> m_search;
    mutable QString m_matchedQuery; // the last query matches() answered, and its cards
    mutable QSet<qsizetype> m_matched;
};

// A search query: digits match code prefixes ("30" finds 300-308), "4xx" a class,
// anything else matches when every word occurs in the card's phrase, former phrases or text.
class CardQuery
{
public:
    explicit CardQuery(const QString &text);

    bool isEmpty() const { return m_words.isEmpty() && m_codePrefix.isEmpty() && m_class < 0; }
    const QString &text() const { return m_text; }
    // 0: no match. Higher is better: exact code, code prefix, phrase, former phrase, text.
    int score(const Card &card, const QString &haystack) const;

private:
    QString m_text;
    QString m_codePrefix;
    int m_class = -1;
    QStringList m_words;
};

QString searchHaystack(const Card &card);

} // namespace statusdeck
