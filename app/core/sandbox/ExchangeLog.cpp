#include "sandbox/ExchangeLog.h"

#include <QMutexLocker>
#include <algorithm>
#include <limits>

namespace statusdeck {

namespace {

// A buffer whose capacity is well over its size (grown by appends, or cut) is copied to a
// tight one: the log must not hold more than it counts.
void tighten(QByteArray &raw)
{
    if (raw.capacity() > raw.size() + raw.size() / 8 + 64)
        raw = QByteArray(raw.constData(), raw.size());
}

} // namespace

qsizetype ExchangeLog::heldBytes(const HttpExchange &exchange)
{
    return kEntryOverheadBytes + exchange.rawRequest.capacity() + exchange.rawResponse.capacity();
}

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
    QByteArray mark = kTruncationMark;
    mark.replace("%1", QByteArray::number(cut));
    // A new buffer of the kept size: truncate() would keep the whole capacity, and a buffer
    // shared with the connection would stay alive through the log.
    QByteArray kept(maxRawBytes + mark.size(), Qt::Uninitialized);
    std::copy_n(raw.constData(), maxRawBytes, kept.data());
    std::copy_n(mark.constData(), mark.size(), kept.data() + maxRawBytes);
    raw = std::move(kept);
    return true;
}

quint64 ExchangeLog::record(HttpExchange exchange)
{
    exchange.requestBytes = exchange.rawRequest.size();
    exchange.responseBytes = exchange.rawResponse.size();
    if (!exchange.responseIncomplete)
        exchange.responseBytesSent = exchange.responseBytes;
    quint64 id = 0;
    {
        QMutexLocker lock(&m_mutex);
        exchange.requestTruncated = cap(exchange.rawRequest, m_maxRawBytes);
        exchange.responseTruncated = cap(exchange.rawResponse, m_maxRawBytes);
        tighten(exchange.rawRequest);
        tighten(exchange.rawResponse);
        id = exchange.id = m_nextId++;
        m_bytes += heldBytes(exchange);
        m_entries.push_back(std::move(exchange));
        trimLocked();
    }
    if (!m_notifyPending.exchange(true))
        Q_EMIT entriesAvailable();
    return id;
}

void ExchangeLog::markIncomplete(quint64 id, qint64 bytesSent)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_entries.rbegin(); it != m_entries.rend() && it->id >= id; ++it) {
        if (it->id == id) {
            it->responseIncomplete = true;
            it->responseBytesSent = bytesSent;
            return;
        }
    }
}

void ExchangeLog::describeSession(quint64 id, const QString &summary)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_entries.rbegin(); it != m_entries.rend() && it->id >= id; ++it) {
        if (it->id == id) {
            it->session = summary.left(1024); // within the entry's fixed allowance
            return;
        }
    }
}

QList<HttpExchange> ExchangeLog::entriesAfter(quint64 id, quint64 *missed)
{
    return entriesAfter(id, std::numeric_limits<qsizetype>::max(), missed);
}

QList<HttpExchange> ExchangeLog::entriesAfter(quint64 id, qsizetype maxCount, quint64 *missed, qsizetype *remaining)
{
    m_notifyPending = false; // before reading, so an entry added meanwhile notifies again
    QMutexLocker lock(&m_mutex);
    // Ids are consecutive from the oldest entry on, so the first one newer than id is found
    // by its position, and only the entries returned are copied.
    const qsizetype count = qsizetype(m_entries.size());
    const quint64 first = m_entries.empty() ? 0 : m_entries.front().id;
    const qsizetype start = count == 0 || id < first ? 0 : qsizetype(qMin<quint64>(id - first + 1, quint64(count)));
    const qsizetype taken = qMin(qMax<qsizetype>(0, maxCount), count - start);
    QList<HttpExchange> result(m_entries.begin() + start, m_entries.begin() + start + taken);
    const quint64 firstReturned = first + quint64(start);
    if (missed)
        *missed = taken == 0 || firstReturned <= id + 1 ? 0 : firstReturned - id - 1;
    if (remaining)
        *remaining = count - start - taken;
    return result;
}

void ExchangeLog::trimLocked()
{
    // The newest entry always stays, even when it alone is over the byte bound.
    while (m_entries.size() > 1 && (qsizetype(m_entries.size()) > m_maxEntries || m_bytes > m_maxBytes)) {
        m_bytes -= heldBytes(m_entries.front());
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

quint64 ExchangeLog::firstId() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.empty() ? 0 : m_entries.front().id;
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
