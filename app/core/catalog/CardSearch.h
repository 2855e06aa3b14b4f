#pragma once

// Ranked search over the cards, for the window's search field and `statusdeck search`.
//
// People describe a situation ("rate limit", "not logged in", "file too big"), so a query
// is read as words. Every word that is not a filler word must match the card somewhere:
// as the same word, a simple plural, the start of a word, or, for words of five letters or
// more, with one typo. Where it matched decides the rank, in tiers:
//   1. the card's code or id ("404", "499-nginx")
//   2. its phrase, former phrases and keywords
//   3. words of its summary and definition
//   4. the rest of its text (causes, when to use, misreading, headers, vendor)
// A card ranks by the worst tier any of its words needed; within a tier the whole query
// found as a phrase in one field wins, then exact words over prefixes over typos, then how
// common the code is in practice (resources/search/common-codes.json), then the number.
// Digits match code prefixes in code order ("30" lists 300 to 308), "4xx" lists a class.

#include "catalog/Card.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace statusdeck {

struct SearchHit {
    enum class Field { Code, Id, Phrase, FormerPhrase, Keyword, Summary, Definition, Text, Class, All };

    const Card *card = nullptr;
    int score = 0;            // higher is better; only comparable within one search
    Field field = Field::All; // the field that decided the rank
    QString fieldText;        // that field's text where it is short: the keyword, the former phrase
    QStringList matchedWords; // the words of the card that matched, for highlighting
    bool typo = false;        // a word matched only with one typo

    // "former phrase", "keyword", ... (English, for JSON); fieldLabel() is translated.
    static QString fieldName(Field field);
    static QString fieldLabel(Field field);
    // Why it matched, when it is not obvious from the phrase ("matched: keyword throttle");
    // empty otherwise.
    QString reason() const;
};

class CardSearch
{
public:
    // commonCodes: codes in order of how often they are met, most common first; codes not
    // listed rank after the listed ones.
    CardSearch(const QList<Card> &cards, const QList<int> &commonCodes);

    // Every matching card of `cards` (the list the index was built from) in rank order; an
    // empty query lists all cards in catalog order.
    QList<SearchHit> search(const QList<Card> &cards, const QString &query) const;

    // The built-in ranking of how common codes are (resources/search/common-codes.json).
    static QList<int> builtInCommonCodes();

    // The words a query is made of after normalisation (lower case, no punctuation, simple
    // plurals folded): "Rate-Limits!" -> "rate", "limit". Exposed for tests.
    static QStringList normalisedWords(const QString &text);

private:
    enum Tier { CodeTier = 0, NameTier = 1, SummaryTier = 2, TextTier = 3, NoTier = 4 };
    enum Quality { Typo = 0, Prefix = 1, Exact = 2 };

    struct Posting {
        qsizetype card;
        SearchHit::Field field;
        int fieldIndex; // which keyword or former phrase, for fieldText
    };
    struct CardText {
        // Normalised fields, for phrase matching ("rate limit" inside a keyword).
        QString phrase;
        QStringList formerPhrases;
        QStringList keywords;
        QString summary; // summary and definition
        QString rest;
    };

    QList<SearchHit> searchWords(const QList<Card> &cards, const QString &query) const;
    int popularity(const Card &card) const;

    QList<CardText> m_text;
    QHash<QString, QList<Posting>> m_postings; // normalised word -> where it occurs
    QStringList m_vocabulary;                  // keys of m_postings, sorted, for prefix lookups
    QHash<qsizetype, QStringList> m_byLength;  // the same by length, for typo lookups
    QHash<int, int> m_rank;                    // code -> position in the common-codes list
};

} // namespace statusdeck
