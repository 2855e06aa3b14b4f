#include "sandbox/ExchangeChains.h"

#include "sandbox/ExchangeParts.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace statusdeck::chains {

namespace {

// How many redirects wait for their follow-up at most: a client that never follows
// must not make the tracker grow.
constexpr qsizetype kMaxOpenRedirects = 256;

QString queryValue(const QString &query, const QString &key, int depth)
{
    const QUrlQuery items(query);
    for (const auto &[name, value] : items.queryItems(QUrl::FullyDecoded)) {
        if (name == key)
            return value;
    }
    if (depth == 0)
        return {};
    // A URL carried in a parameter (redirect-to?url=/anything%3Flab%3DTOKEN).
    for (const auto &[name, value] : items.queryItems(QUrl::FullyDecoded)) {
        const qsizetype mark = value.indexOf(u'?');
        if (mark >= 0) {
            const QString nested = queryValue(value.mid(mark + 1), key, depth - 1);
            if (!nested.isEmpty())
                return nested;
        }
    }
    return {};
}

QString queryOf(QByteArrayView target)
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? QString() : QString::fromLatin1(target.sliced(mark + 1));
}

bool sameUrl(const QUrl &a, const QUrl &b)
{
    return a.adjusted(QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded) ==
           b.adjusted(QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}

} // namespace

QString labToken(QByteArrayView target)
{
    const QString token = queryValue(queryOf(target), u"lab"_s, 2);
    // The lab's tokens are letters and digits; anything else is some other "lab" parameter.
    const bool plausible = !token.isEmpty() && token.size() <= 64 &&
                           std::all_of(token.begin(), token.end(), [](QChar c) { return c.isLetterOrNumber(); });
    return plausible ? token : QString();
}

int hopNumber(QByteArrayView target)
{
    const QString value = queryValue(queryOf(target), u"hop"_s, 0);
    bool ok = false;
    const int hop = value.toInt(&ok);
    return ok && hop >= 0 ? hop : -1;
}

quint64 ChainTracker::add(const HttpExchange &exchange)
{
    quint64 chain = exchange.id;
    const QString token = labToken(exchange.target);
    if (!token.isEmpty()) {
        const auto found = m_byToken.constFind(token);
        if (found != m_byToken.constEnd())
            chain = *found;
        else
            m_byToken.insert(token, chain);
    } else if (hopNumber(exchange.target) >= 1) {
        const QUrl url = exchangeUrl(exchange);
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_open.at(i).client == exchange.clientAddress && sameUrl(m_open.at(i).location, url)) {
                chain = m_open.at(i).chain;
                m_open.removeAt(i);
                break;
            }
        }
    }
    // Only a request with hop >= 1 continues an open redirect, at the URL of its Location. When
    // neither the answer nor the target has "hop" or a percent sign, that URL has no hop
    // parameter: the answer is not parsed for its Location (a busy server's other redirects
    // stay cheap for the exchange log's view).
    const auto mayLeadToHop = [](QByteArrayView bytes) {
        return bytes.contains("hop") || bytes.contains('%');
    };
    if (!mayLeadToHop(exchange.rawResponse) && !mayLeadToHop(exchange.target))
        return chain;
    const QUrl location = redirectLocation(exchange);
    if (location.isValid() && !location.isEmpty()) {
        m_open.append({location, exchange.clientAddress, chain});
        if (m_open.size() > kMaxOpenRedirects)
            m_open.removeFirst();
    }
    return chain;
}

void ChainTracker::clear()
{
    m_byToken.clear();
    m_open.clear();
}

} // namespace statusdeck::chains
