#include "sandbox/ExchangeFilter.h"

#include "sandbox/ExchangeParts.h" // requestHeaders(), read by llhttp

#include <algorithm>

using namespace Qt::StringLiterals;

namespace statusdeck {

ExchangeFilter::ExchangeFilter(const QString &text)
{
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        Term term;
        QString rest = word;
        if (rest.startsWith(u'-') && rest.size() > 1) {
            term.negated = true;
            rest.remove(0, 1);
        }
        const qsizetype colon = rest.indexOf(u':');
        const QString key = colon > 0 ? rest.left(colon).toLower() : QString();
        if (key == "status"_L1)
            term.field = Field::Status;
        else if (key == "method"_L1)
            term.field = Field::Method;
        else if (key == "client"_L1)
            term.field = Field::Client;
        else if (key == "host"_L1)
            term.field = Field::Host;
        term.value = (term.field == Field::Any ? rest : rest.mid(colon + 1)).toLower();
        if (!term.value.isEmpty())
            m_terms.append(term);
    }
}

bool ExchangeFilter::matchesTerm(const Term &term, const HttpExchange &exchange, const HeaderList &fields)
{
    const QString status = QString::number(exchange.status);
    switch (term.field) {
    case Field::Status:
        // "4xx" is a class, "30" a prefix, "302" a code.
        if (term.value.size() == 3 && term.value.endsWith("xx"_L1))
            return status.size() == 3 && status.at(0) == term.value.at(0);
        return status.startsWith(term.value);
    case Field::Method:
        return QString::fromLatin1(exchange.method).toLower() == term.value;
    case Field::Client:
        return QString::fromUtf8(headers::value(fields, "User-Agent")).toLower().contains(term.value) ||
               exchange.clientAddress.toLower().contains(term.value);
    case Field::Host:
        return QString::fromUtf8(headers::value(fields, "Host")).toLower().contains(term.value);
    case Field::Any:
        break;
    }
    return QString::fromLatin1(exchange.method).toLower().contains(term.value) ||
           QString::fromUtf8(exchange.target).toLower().contains(term.value) || status == term.value ||
           exchange.clientAddress.toLower().contains(term.value) ||
           QString::fromUtf8(headers::value(fields, "Host")).toLower().contains(term.value);
}

bool ExchangeFilter::matches(const HttpExchange &exchange) const
{
    // Parsed once per exchange, and only when a term looks at headers.
    const bool needsHeaders = std::any_of(m_terms.begin(), m_terms.end(), [](const Term &term) {
        return term.field == Field::Any || term.field == Field::Client || term.field == Field::Host;
    });
    const HeaderList fields = needsHeaders ? requestHeaders(exchange) : HeaderList();
    for (const Term &term : m_terms) {
        if (matchesTerm(term, exchange, fields) == term.negated)
            return false;
    }
    return true;
}

} // namespace statusdeck
