#include "sandbox/ExchangeFilter.h"

#include "http/HttpParser.h"

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

// A request header of the logged raw bytes, without parsing the whole request again when
// the filter does not need it.
QString requestHeader(const HttpExchange &exchange, const QByteArray &name)
{
    const qsizetype end = exchange.rawRequest.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? exchange.rawRequest : exchange.rawRequest.left(end);
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && headers::sameName(line.left(colon).trimmed(), name))
            return QString::fromUtf8(line.mid(colon + 1).trimmed());
    }
    return {};
}

} // namespace

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

bool ExchangeFilter::matchesTerm(const Term &term, const HttpExchange &exchange)
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
        return requestHeader(exchange, "User-Agent").toLower().contains(term.value) ||
               exchange.clientAddress.toLower().contains(term.value);
    case Field::Host:
        return requestHeader(exchange, "Host").toLower().contains(term.value);
    case Field::Any:
        break;
    }
    return QString::fromLatin1(exchange.method).toLower().contains(term.value) ||
           QString::fromUtf8(exchange.target).toLower().contains(term.value) || status == term.value ||
           exchange.clientAddress.toLower().contains(term.value) ||
           requestHeader(exchange, "Host").toLower().contains(term.value);
}

bool ExchangeFilter::matches(const HttpExchange &exchange) const
{
    for (const Term &term : m_terms) {
        if (matchesTerm(term, exchange) == term.negated)
            return false;
    }
    return true;
}

} // namespace statusdeck
