#include "catalog/Catalog.h"

#include "catalog/CardPack.h"

#include <QDir>
#include <QFile>
#include <QResource>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace statusdeck {

Catalog Catalog::loadBuiltIn()
{
    Catalog catalog;
    // The cards packed at build time (CardPack.h); the JSON files when there is no pack.
    const QResource pack(u":/cards.pack"_s);
    if (auto packed = pack.isValid() ? unpackCards(pack.uncompressedData()) : std::nullopt) {
        for (PackedCard &entry : *packed) {
            if (!entry.card)
                entry.card = parseCard(entry.json, entry.fileName, &catalog.m_issues);
            catalog.addLoaded(std::move(entry.card), entry.fileName);
        }
        return catalog;
    }
    catalog.loadFiles(u":/cards"_s);
    return catalog;
}

Catalog Catalog::loadFromDirectory(const QString &directory)
{
    Catalog catalog;
    catalog.loadFiles(directory);
    return catalog;
}

void Catalog::loadFiles(const QString &directory)
{
    for (const DataFile &file : readJsonFiles(directory, &m_issues))
        addLoaded(parseCard(file.bytes, file.name, &m_issues), file.name);
}

void Catalog::addLoaded(std::optional<Card> card, const QString &fileName)
{
    if (!card)
        return;
    if (m_ids.contains(card->id().toLower())) {
        m_issues.append({fileName, u"code"_s, u"another card already has the id "_s + card->id()});
        return;
    }
    addCard(std::move(*card));
}

void Catalog::addCard(Card card)
{
    m_search.reset();
    m_ids.insert(card.id().toLower());
    if (card.isPseudo())
        m_ids.insert(card.codeText()); // found as written too (findById)
    const auto before = [](const Card &a, const Card &b) {
        if (a.code != b.code)
            return a.code < b.code;
        if (a.vendor.isEmpty() != b.vendor.isEmpty())
            return a.vendor.isEmpty();
        return a.vendor.compare(b.vendor, Qt::CaseInsensitive) < 0;
    };
    const auto it = std::upper_bound(m_cards.begin(), m_cards.end(), card, before);
    const qsizetype index = it - m_cards.begin();
    m_cards.insert(index, std::move(card));
}

const Card *Catalog::find(int code) const
{
    const auto it = std::find_if(m_cards.begin(), m_cards.end(), [code](const Card &c) { return c.code == code; });
    return it == m_cards.end() ? nullptr : &*it;
}

const Card *Catalog::findById(const QString &id) const
{
    for (const Card &card : m_cards) {
        if (card.id().compare(id, Qt::CaseInsensitive) == 0)
            return &card;
    }
    // A pseudo-code is also found as written: "0" is the browser's, "000" curl's.
    for (const Card &card : m_cards) {
        if (card.isPseudo() && card.codeText() == id)
            return &card;
    }
    return nullptr;
}

QList<const Card *> Catalog::cardsForCode(int code) const
{
    QList<const Card *> result;
    for (const Card &card : m_cards) {
        if (card.code == code)
            result.append(&card);
    }
    return result;
}

QList<int> Catalog::nearestCodes(int code, int count) const
{
    QList<int> codes;
    for (const Card &card : m_cards) {
        if (codes.isEmpty() || codes.constLast() != card.code)
            codes.append(card.code);
    }
    std::stable_sort(codes.begin(), codes.end(),
                     [code](int a, int b) { return std::abs(a - code) < std::abs(b - code); });
    codes.resize(std::min<qsizetype>(count, codes.size()));
    std::sort(codes.begin(), codes.end());
    return codes;
}

QList<const Card *> Catalog::search(const QString &query) const
{
    QList<const Card *> result;
    const QList<SearchHit> hits = rankedSearch(query);
    result.reserve(hits.size());
    for (const SearchHit &hit : hits)
        result.append(hit.card);
    return result;
}

QList<SearchHit> Catalog::rankedSearch(const QString &query) const
{
    if (!m_search)
        m_search = std::make_shared<const CardSearch>(m_cards, CardSearch::builtInCommonCodes());
    return m_search->search(m_cards, query);
}

} // namespace statusdeck
