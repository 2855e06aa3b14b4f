#include "catalog/Catalog.h"

#include "catalog/CardPack.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
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
    if (findById(card->id())) {
        m_issues.append({fileName, u"code"_s, u"another card already has the id "_s + card->id()});
        return;
    }
    addCard(std::move(*card));
}

void Catalog::addCard(Card card)
{
    m_search.reset();
    const auto before = [](const Card &a, const Card &b) {
        if (a.code != b.code)
            return a.code < b.code;
        if (a.vendor.isEmpty() != b.vendor.isEmpty())
            return a.vendor.isEmpty();
        return a.vendor.compare(b.vendor, Qt::CaseInsensitive) < 0;
    };
    const auto it = std::upper_bound(m_cards.begin(), m_cards.end(), card, before);
    const qsizetype index = it - m_cards.begin();
    m_haystacks.insert(index, searchHaystack(card));
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

bool Catalog::matches(qsizetype cardIndex, const CardQuery &query) const
{
    if (query.isEmpty())
        return true;
    if (m_matchedQuery != query.text()) {
        m_matchedQuery = query.text();
        m_matched.clear();
        for (const SearchHit &hit : rankedSearch(query.text()))
            m_matched.insert(hit.card - m_cards.constData());
    }
    return m_matched.contains(cardIndex);
}

QString searchHaystack(const Card &card)
{
    QStringList parts{QString::number(card.code), card.phrase, card.vendor, card.summary, card.definition,
                      card.misinterpretation};
    parts += card.formerPhrases;
    parts += card.causes;
    parts += card.whenToUse;
    for (const HeaderInfo &header : card.headers)
        parts += header.name;
    return parts.join(u'\n').toLower();
}

CardQuery::CardQuery(const QString &text)
    : m_text(text.simplified().toLower())
{
    static const QRegularExpression digits(u"^\\d{1,3}$"_s);
    static const QRegularExpression classPattern(u"^([1-9])xx$"_s);
    if (digits.match(m_text).hasMatch()) {
        m_codePrefix = m_text;
        return;
    }
    if (const auto match = classPattern.match(m_text); match.hasMatch()) {
        m_class = match.captured(1).toInt();
        return;
    }
    m_words = m_text.split(u' ', Qt::SkipEmptyParts);
}

int CardQuery::score(const Card &card, const QString &haystack) const
{
    if (!m_codePrefix.isEmpty()) {
        const QString code = QString::number(card.code);
        if (code == m_codePrefix)
            return 1000;
        return code.startsWith(m_codePrefix) ? 900 : 0;
    }
    if (m_class >= 0)
        return card.codeClass() == m_class ? 500 : 0;
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return 0;
    }
    const QString phrase = card.phrase.toLower();
    if (phrase == m_text)
        return 800;
    if (phrase.contains(m_text))
        return 700;
    for (const QString &former : card.formerPhrases) {
        if (former.toLower().contains(m_text))
            return 600;
    }
    return 100;
}

} // namespace statusdeck
