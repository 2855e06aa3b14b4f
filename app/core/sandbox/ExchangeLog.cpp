#include "sandbox/ExchangeLog.h"

#include <QMetaMethod>

#include <QMutexLocker>
#include <algorithm>

namespace statusdeck {

namespace {

qsizetype weight(const HttpExchange &exchange)
{
    return exchange.rawRequest.size() + exchange.rawResponse.size();
}

} // namespace

const QByteArray ExchangeLog::kTruncationMark = QByteArrayLiteral("\n[... StatusDeck: %1 more bytes not kept ...]");

ExchangeLog::ExchangeLog(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<statusdeck::HttpExchange>();
}

void ExchangeLog::setBounds(qsizetype maxEntries, qsizetype maxBytes, qsizetype maxRawBytes)
{
    QMutexLocker lock(&m_mutex);
    m_maxEntries = qMax<qsizetype>(1, maxEntries);
    m_maxBytes = qMax<qsizetype>(1, maxBytes);
    m_maxRawBytes = qMax<qsizetype>(1, maxRawBytes);
    trimLocked();
}

bool ExchangeLog::cap(QByteArray &raw, qsizetype maxRawBytes)
{
    if (raw.size() <= maxRawBytes)
        return false;
    const qsizetype cut = raw.size() - maxRawBytes;
    raw.truncate(maxRawBytes);
    QByteArray mark = kTruncationMark;
    raw += mark.replace("%1", QByteArray::number(cut));
    return true;
}

void ExchangeLog::record(HttpExchange exchange)
{
    exchange.requestBytes = exchange.rawRequest.size();
    exchange.responseBytes = exchange.rawResponse.size();
    const bool perEntry = isSignalConnected(QMetaMethod::fromSignal(&ExchangeLog::entryAdded));
    {
        QMutexLocker lock(&m_mutex);
        exchange.requestTruncated = cap(exchange.rawRequest, m_maxRawBytes);
        exchange.responseTruncated = cap(exchange.rawResponse, m_maxRawBytes);
        exchange.id = m_nextId++;
        m_bytes += weight(exchange);
        if (perEntry)
            m_entries.push_back(exchange);
        else
            m_entries.push_back(std::move(exchange));
        trimLocked();
    }
    if (perEntry)
        Q_EMIT entryAdded(exchange);
    if (!m_notifyPending.exchange(true))
        Q_EMIT entriesAvailable();
}

QList<HttpExchange> ExchangeLog::entriesAfter(quint64 id)
{
    m_notifyPending = false; // before reading, so an entry added meanwhile notifies again
    QMutexLocker lock(&m_mutex);
    QList<HttpExchange> result;
    for (auto it = m_entries.rbegin(); it != m_entries.rend() && it->id > id; ++it)
        result.append(*it);
    std::reverse(result.begin(), result.end());
    return result;
}

void ExchangeLog::trimLocked()
{
    // The newest entry always stays, even when it alone is over the byte bound.
    while (m_entries.size() > 1 && (qsizetype(m_entries.size()) > m_maxEntries || m_bytes > m_maxBytes)) {
        m_bytes -= weight(m_entries.front());
        m_entries.pop_front();
        ++m_dropped;
    }
}

QList<HttpExchange> ExchangeLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return QList<HttpExchange>(m_entries.begin(), m_entries.end());
}

std::optional<HttpExchange> ExchangeLog::entry(quint64 id) const
{
    QMutexLocker lock(&m_mutex);
    for (const HttpExchange &exchange : m_entries) {
        if (exchange.id == id)
            return exchange;
    }
    return std::nullopt;
}

qsizetype ExchangeLog::size() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_entries.size());
}

qsizetype ExchangeLog::bytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytes;
}

quint64 ExchangeLog::droppedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

void ExchangeLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_bytes = 0;
}

} // namespace statusdeck
