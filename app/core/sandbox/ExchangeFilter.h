#pragma once

// The exchange log's filter, as in browser devtools: words are ANDed; `status:4xx`,
// `status:302`, `method:POST`, `client:curl` (the User-Agent or the client address) and
// `host:localhost` match one field; any other word matches method, target, status, client
// address or Host, case-insensitively. A `-` before a term excludes what it matches.

#include "http/Headers.h"
#include "http/HttpExchange.h"

#include <QList>
#include <QString>

namespace statusdeck {

class ExchangeFilter
{
public:
    explicit ExchangeFilter(const QString &text = {});

    bool isEmpty() const { return m_terms.isEmpty(); }
    bool matches(const HttpExchange &exchange) const;

private:
    enum class Field { Any, Status, Method, Client, Host };
    struct Term {
        Field field = Field::Any;
        QString value; // lower case
        bool negated = false;
    };
    static bool matchesTerm(const Term &term, const HttpExchange &exchange, const HeaderList &fields);

    QList<Term> m_terms;
};

} // namespace statusdeck
