// Over 400 lines on purpose: the ranking is one algorithm (normalising, matching words by
// tier and quality, phrase levels, scoring) and reads best in one place; the header says what
// it does.

#include "catalog/CardSearch.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

QString fold(const QString &input);

// Words that say nothing about the situation: they need not match, but count when the
// whole query is found as a phrase ("file too big"). Compared after folding, like all words.
bool isFiller(const QString &word)
{
    static const QSet<QString> filler = [] {
        QSet<QString> set;
        for (const char *text :
             {"a",       "an",       "the",    "of",   "to",    "is",   "are",    "was",  "be",     "for",
              "my",      "on",       "at",     "by",   "with",  "and",  "or",     "it",   "this",   "that",
              "i",       "me",       "when",   "what", "which", "code", "status", "http", "error",  "get",
              "getting", "response", "server", "got",  "we",    "see",  "can",    "cant", "cannot", "do",
              "does",    "why",      "how",    "im",   "am",    "has",  "have",   "been", "such"})
            set.insert(fold(QString::fromLatin1(text)));
        return set;
    }();
    return filler.contains(word);
}

// Simple plurals and verb endings, applied alike to the cards' words and the query's:
// "redirects" and "redirect", "throttled", "throttling" and "throttle" meet.
QString fold(const QString &input)
{
    QString word = input;
    if (word.size() > 5 && word.endsWith("ing"_L1))
        word.chop(3);
    else if (word.size() > 5 && word.endsWith("ed"_L1))
        word.chop(2);
    else if (word.size() > 5 && word.endsWith(u'e'))
        word.chop(1);
    const qsizetype n = word.size();
    if (n > 4 && word.endsWith("ies"_L1))
        return word.left(n - 3) + u'y';
    if (n > 4 && word.endsWith("sses"_L1))
        return word.left(n - 2);
    if (n > 4 && word.endsWith("es"_L1)) {
        const QChar before = word.at(n - 3);
        if (before == u'x' || before == u'z' || word.endsWith("ches"_L1) || word.endsWith("shes"_L1))
            return word.left(n - 2);
    }
    if (n > 3 && word.endsWith(u's') && !word.endsWith("ss"_L1) && !word.endsWith("us"_L1) && !word.endsWith("is"_L1))
        return word.left(n - 1);
    return word;
}

// Damerau-Levenshtein distance of at most one: one insertion, deletion, substitution or
// swap of neighbours.
bool withinOneEdit(const QString &a, const QString &b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (std::abs(la - lb) > 1)
        return false;
    qsizetype i = 0;
    while (i < la && i < lb && a.at(i) == b.at(i))
        ++i;
    if (i == la || i == lb)
        return true; // equal, or one extra character at the end
    if (la == lb) {
        if (a.mid(i + 1) == b.mid(i + 1))
            return true; // substitution
        return i + 1 < la && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i) && a.mid(i + 2) == b.mid(i + 2);
    }
    return la > lb ? a.mid(i + 1) == b.mid(i) : a.mid(i) == b.mid(i + 1);
}

QString joined(const QString &text)
{
    return CardSearch::normalisedWords(text).join(u' ');
}

bool containsPhrase(const QString &field, const QString &phrase)
{
    if (phrase.isEmpty() || field.isEmpty())
        return false;
    const QString padded = u' ' + field + u' ';
    return padded.contains(QString(u' ' + phrase + u' '));
}

} // namespace

QString SearchHit::fieldName(Field field)
{
    switch (field) {
    case Field::Code:
        return u"code"_s;
    case Field::Id:
        return u"id"_s;
    case Field::Phrase:
        return u"phrase"_s;
    case Field::FormerPhrase:
        return u"former phrase"_s;
    case Field::Keyword:
        return u"keyword"_s;
    case Field::Summary:
        return u"summary"_s;
    case Field::Definition:
        return u"definition"_s;
    case Field::Text:
        return u"text"_s;
    case Field::Class:
        return u"class"_s;
    case Field::All:
        break;
    }
    return u"all"_s;
}

QString SearchHit::fieldLabel(Field field)
{
    switch (field) {
    case Field::Code:
        return QCoreApplication::translate("CardSearch", "code");
    case Field::Id:
        return QCoreApplication::translate("CardSearch", "card id");
    case Field::Phrase:
        return QCoreApplication::translate("CardSearch", "phrase");
    case Field::FormerPhrase:
        return QCoreApplication::translate("CardSearch", "former phrase");
    case Field::Keyword:
        return QCoreApplication::translate("CardSearch", "keyword");
    case Field::Summary:
        return QCoreApplication::translate("CardSearch", "summary");
    case Field::Definition:
        return QCoreApplication::translate("CardSearch", "definition");
    case Field::Text:
        return QCoreApplication::translate("CardSearch", "card text");
    case Field::Class:
        return QCoreApplication::translate("CardSearch", "class");
    case Field::All:
        break;
    }
    return {};
}

QString SearchHit::reason() const
{
    QString text;
    switch (field) {
    case Field::FormerPhrase:
    case Field::Keyword:
        text = QCoreApplication::translate("CardSearch", "matched: %1 %2").arg(fieldLabel(field), fieldText);
        break;
    case Field::Summary:
    case Field::Definition:
    case Field::Text:
        text = QCoreApplication::translate("CardSearch", "matched: %1").arg(fieldLabel(field));
        break;
    default:
        break;
    }
    if (typo)
        text = text.isEmpty() ? QCoreApplication::translate("CardSearch", "matched despite a typo")
                              : QCoreApplication::translate("CardSearch", "%1 (despite a typo)").arg(text);
    return text;
}

QStringList CardSearch::normalisedWords(const QString &text)
{
    QString clean = text.toLower();
    clean.remove(u'\'');
    clean.remove(u'\u2019');
    for (QChar &c : clean) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    QStringList words = clean.split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words)
        word = fold(word);
    return words;
}

QList<int> CardSearch::builtInCommonCodes()
{
    QFile file(u":/search/common-codes.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<int> codes;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).object().value(u"codes"_s).toArray())
        codes.append(value.toInt());
    return codes;
}

CardSearch::CardSearch(const QList<Card> &cards, const QList<int> &commonCodes)
{
    for (qsizetype i = 0; i < commonCodes.size(); ++i)
        m_rank.insert(commonCodes.at(i), int(i));

    m_text.reserve(cards.size());
    for (qsizetype c = 0; c < cards.size(); ++c) {
        const Card &card = cards.at(c);
        CardText text;
        text.phrase = joined(card.phrase);
        for (const QString &former : card.formerPhrases)
            text.formerPhrases.append(joined(former));
        for (const QString &keyword : card.keywords)
            text.keywords.append(joined(keyword));
        text.summary = joined(card.summary + u' ' + card.definition);
        QStringList rest{card.misinterpretation, card.vendor};
        rest += card.causes;
        rest += card.whenToUse;
        for (const HeaderInfo &header : card.headers)
            rest.append(header.name);
        text.rest = joined(rest.join(u' '));

        const auto add = [this, c](const QString &words, SearchHit::Field field, int index) {
            for (const QString &word : words.split(u' ', Qt::SkipEmptyParts)) {
                QList<Posting> &list = m_postings[word];
                const bool known = std::any_of(list.begin(), list.end(), [&](const Posting &p) {
                    return p.card == c && p.field == field && p.fieldIndex == index;
                });
                if (!known)
                    list.append({c, field, index});
            }
        };
        add(QString::number(card.code), SearchHit::Field::Code, 0);
        add(joined(card.vendor), SearchHit::Field::Id, 0);
        add(text.phrase, SearchHit::Field::Phrase, 0);
        for (int i = 0; i < text.formerPhrases.size(); ++i)
            add(text.formerPhrases.at(i), SearchHit::Field::FormerPhrase, i);
        for (int i = 0; i < text.keywords.size(); ++i)
            add(text.keywords.at(i), SearchHit::Field::Keyword, i);
        add(joined(card.summary), SearchHit::Field::Summary, 0);
        add(joined(card.definition), SearchHit::Field::Definition, 0);
        add(text.rest, SearchHit::Field::Text, 0);
        m_text.append(text);
    }
    m_vocabulary = m_postings.keys();
    std::sort(m_vocabulary.begin(), m_vocabulary.end());
    for (const QString &word : std::as_const(m_vocabulary))
        m_byLength[word.size()].append(word);
}

int CardSearch::popularity(const Card &card) const
{
    // Registered cards before vendor cards of the same number.
    const int rank = m_rank.value(card.code, 900);
    return 999 - std::min(rank, 900) - (card.vendor.isEmpty() ? 0 : 1);
}

QList<SearchHit> CardSearch::search(const QList<Card> &cards, const QString &query) const
{
    const QString text = query.simplified().toLower();
    QList<SearchHit> hits;
    if (text.isEmpty()) {
        for (const Card &card : cards)
            hits.append({&card, 1, SearchHit::Field::All, {}, {}, false});
        return hits;
    }

    // A whole card id ("499-nginx") opens that card first.
    for (const Card &card : cards) {
        if (card.vendor.isEmpty() || card.id().compare(text, Qt::CaseInsensitive) != 0)
            continue;
        hits.append({&card, 1000000, SearchHit::Field::Id, {}, {}, false});
        for (const SearchHit &hit : searchWords(cards, text)) {
            if (hit.card != &card)
                hits.append(hit);
        }
        return hits;
    }

    static const QRegularExpression digits(u"^\\d{1,3}$"_s);
    static const QRegularExpression classPattern(u"^([1-9])xx$"_s);
    if (digits.match(text).hasMatch()) {
        // Typing a number narrows by prefix, in code order: 3, 30, 304.
        for (const Card &card : cards) {
            const QString code = card.codeText(); // "000" for curl's pseudo-code
            if (code == text)
                hits.append({&card, 1000, SearchHit::Field::Code, {}, {code}, false});
            else if (code.startsWith(text))
                hits.append({&card, 900, SearchHit::Field::Code, {}, {code}, false});
        }
        std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.score > b.score; });
        return hits;
    }
    if (const auto match = classPattern.match(text); match.hasMatch()) {
        const int codeClass = match.captured(1).toInt();
        for (const Card &card : cards) {
            if (card.codeClass() == codeClass)
                hits.append({&card, 500, SearchHit::Field::Class, {}, {}, false});
        }
        return hits;
    }
    return searchWords(cards, text);
}

QList<SearchHit> CardSearch::searchWords(const QList<Card> &cards, const QString &query) const
{
    const QStringList words = normalisedWords(query);
    if (words.isEmpty())
        return {};
    const QString phrase = words.join(u' ');
    const bool allFiller = std::all_of(words.begin(), words.end(), isFiller);

    const auto tierOf = [](SearchHit::Field field) {
        switch (field) {
        case SearchHit::Field::Code:
            return CodeTier;
        case SearchHit::Field::Id:
        case SearchHit::Field::Phrase:
        case SearchHit::Field::FormerPhrase:
        case SearchHit::Field::Keyword:
            return NameTier;
        case SearchHit::Field::Summary:
        case SearchHit::Field::Definition:
            return SummaryTier;
        default:
            return TextTier;
        }
    };

    struct Best {
        int tier = NoTier;
        int quality = -1;
        Posting posting{};
        QString vocabularyWord;
    };
    struct State {
        int worstTier = CodeTier;
        int worstQuality = Exact;
        Best deciding; // the match of the word that needed the worst tier
        QStringList matched;
        bool typo = false;
        int missing = 0;
    };
    QList<State> states(cards.size());

    const qsizetype lastIndex = words.size() - 1;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = words.at(w);
        const bool required = allFiller || !isFiller(word);
        // Which vocabulary words this query word reaches, and how well.
        QList<std::pair<QString, int>> reached;
        if (m_postings.contains(word))
            reached.append({word, Exact});
        // Prefixes: while typing, and for short forms ("auth", "redir"); very short ones
        // only for the word being typed.
        if (word.size() >= 3 || (w == lastIndex && word.size() >= 2)) {
            auto it = std::lower_bound(m_vocabulary.begin(), m_vocabulary.end(), word);
            for (; it != m_vocabulary.end() && it->startsWith(word); ++it) {
                if (*it != word)
                    reached.append({*it, Prefix});
            }
        }
        if (word.size() >= 5) {
            for (qsizetype length = word.size() - 1; length <= word.size() + 1; ++length) {
                for (const QString &candidate : m_byLength.value(length)) {
                    if (candidate.size() >= 4 && candidate != word && !candidate.startsWith(word) &&
                        withinOneEdit(word, candidate))
                        reached.append({candidate, Typo});
                }
            }
        }

        QList<Best> best(cards.size());
        for (const auto &[vocabularyWord, quality] : reached) {
            for (const Posting &posting : m_postings.value(vocabularyWord)) {
                Best &b = best[posting.card];
                const int tier = tierOf(posting.field);
                if (tier < b.tier || (tier == b.tier && quality > b.quality))
                    b = {tier, quality, posting, vocabularyWord};
            }
        }
        for (qsizetype c = 0; c < cards.size(); ++c) {
            State &s = states[c];
            const Best &b = best.at(c);
            if (b.tier == NoTier) {
                if (required)
                    ++s.missing;
                continue;
            }
            s.matched.append(b.vocabularyWord);
            s.typo = s.typo || b.quality == Typo;
            if (!required)
                continue;
            if (b.tier > s.worstTier || s.deciding.tier == NoTier) {
                s.worstTier = std::max(s.worstTier, b.tier);
                s.deciding = b;
            }
            s.worstQuality = std::min(s.worstQuality, b.quality);
        }
    }

    QList<SearchHit> hits;
    for (qsizetype c = 0; c < cards.size(); ++c) {
        const State &s = states.at(c);
        if (s.missing > 0 || s.matched.isEmpty())
            continue;
        const CardText &t = m_text.at(c);
        SearchHit hit;
        hit.card = &cards.at(c);
        hit.matchedWords = s.matched;
        hit.typo = s.typo;
        int tier = s.deciding.tier == NoTier ? TextTier : s.worstTier;
        hit.field = s.deciding.tier == NoTier ? SearchHit::Field::Text : s.deciding.posting.field;
        if (hit.field == SearchHit::Field::FormerPhrase)
            hit.fieldText = hit.card->formerPhrases.value(s.deciding.posting.fieldIndex);
        else if (hit.field == SearchHit::Field::Keyword)
            hit.fieldText = hit.card->keywords.value(s.deciding.posting.fieldIndex);

        // The whole query as a phrase of one field: 2 when it is the whole field.
        int phraseLevel = 0;
        const auto consider = [&](const QString &field, SearchHit::Field kind, const QString &original, int fieldTier) {
            // The card's own phrase said whole beats a keyword or former phrase said whole.
            const int whole = kind == SearchHit::Field::Phrase ? 3 : 2;
            int level = field == phrase ? whole : (containsPhrase(field, phrase) ? 1 : 0);
            if (level == 0 || fieldTier > tier || (fieldTier == tier && level <= phraseLevel))
                return;
            phraseLevel = level;
            tier = fieldTier;
            hit.field = kind;
            hit.fieldText = original;
        };
        consider(t.phrase, SearchHit::Field::Phrase, QString(), NameTier);
        for (int i = 0; i < t.formerPhrases.size(); ++i)
            consider(t.formerPhrases.at(i), SearchHit::Field::FormerPhrase, hit.card->formerPhrases.at(i), NameTier);
        for (int i = 0; i < t.keywords.size(); ++i)
            consider(t.keywords.at(i), SearchHit::Field::Keyword, hit.card->keywords.at(i), NameTier);
        if (phraseLevel == 0 && words.size() > 1 && containsPhrase(t.summary, phrase))
            phraseLevel = 1;
        // One word is its own phrase: being a vendor card's whole phrase ("Redirect", Exchange's
        // 451) must not beat how common the code is; a registered card's ("Accepted") may.
        if (words.size() == 1 && !(phraseLevel == 3 && hit.card->vendor.isEmpty()))
            phraseLevel = 0;
        if (hit.field == SearchHit::Field::Phrase || hit.field == SearchHit::Field::Code)
            hit.fieldText.clear();

        hit.score = (NoTier - tier) * 100000 + phraseLevel * 10000 + s.worstQuality * 1000 + popularity(cards.at(c));
        hits.append(hit);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.score > b.score; });
    return hits;
}

} // namespace statusdeck
