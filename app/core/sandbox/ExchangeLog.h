#pragma once

#include "http/HttpExchange.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <deque>
#include <optional>

namespace statusdeck {

// Every exchange the sandbox sees, newest last, for the window, `serve` and HAR export.
// The server thread writes, any thread reads. Bounded like a ring buffer: at most
// maxEntries entries and maxBytes of memory; the oldest are dropped first and counted.
// Each side's raw bytes are capped at maxRawBytes, with a visible mark where they were cut.
// What is counted is what the log really holds: the buffers' capacity plus a fixed cost per
// entry; a cut or oversized buffer is copied to a tight one, so that a large body shared
// with the connection is not kept alive by the log.
class ExchangeLog final : public QObject, public HttpExchangeSink
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxEntries = 1000;
    static constexpr qsizetype kMaxBytes = 32 * 1024 * 1024;
    static constexpr qsizetype kMaxRawBytes = 64 * 1024;
    static constexpr qsizetype kEntryOverheadBytes = 512; // the entry's own fields and strings
    static const QByteArray kTruncationMark;              // "\n[... StatusDeck: N more bytes not kept ...]"

    explicit ExchangeLog(QObject *parent = nullptr);
    void setBounds(qsizetype maxEntries, qsizetype maxBytes, qsizetype maxRawBytes = kMaxRawBytes);

    quint64 record(HttpExchange exchange) override;
    void markIncomplete(quint64 id, qint64 bytesSent) override;
    void describeSession(quint64 id, const QString &summary) override;

    QList<HttpExchange> entries() const;
    // Entries newer than id, oldest first; also re-arms entriesAvailable(). *missed (when
    // given) is how many entries newer than id the log dropped before this call could read
    // them: ids are consecutive, so that is the gap before the first entry returned.
    QList<HttpExchange> entriesAfter(quint64 id, quint64 *missed = nullptr);
    // The same, at most maxCount of them (the oldest first), for a reader that takes the log in
    // bounded slices; *remaining (when given) is how many newer entries this call left.
    QList<HttpExchange> entriesAfter(quint64 id, qsizetype maxCount, quint64 *missed, qsizetype *remaining = nullptr);
    std::optional<HttpExchange> entry(quint64 id) const;
    qsizetype size() const;
    quint64 firstId() const; // the oldest entry's id; 0 when the log is empty
    qsizetype bytes() const;
    quint64 droppedCount() const;
    void clear();

    // Cuts raw to maxRawBytes and appends the truncation mark; true when it cut. The result
    // is a buffer of its own whose capacity is close to its size.
    static bool cap(QByteArray &raw, qsizetype maxRawBytes);
    // What an entry costs the log in memory.
    static qsizetype heldBytes(const HttpExchange &exchange);

Q_SIGNALS:
    // Coalesced: emitted once until the next entriesAfter() call, so a busy server posts one
    // event to a reader on another thread, not one per request.
    void entriesAvailable();

private:
    void trimLocked();

    mutable QMutex m_mutex;
    std::atomic<bool> m_notifyPending{false};
    std::deque<HttpExchange> m_entries;
    qsizetype m_bytes = 0;
    quint64 m_nextId = 1;
    quint64 m_dropped = 0;
    qsizetype m_maxEntries = kMaxEntries;
    qsizetype m_maxBytes = kMaxBytes;
    qsizetype m_maxRawBytes = kMaxRawBytes;
};

} // namespace statusdeck
