#pragma once

// The little state the sandbox keeps between requests: rate-limit counters per client and
// the versions of the /conditional/{name} resources. Both are small, bounded and guarded by
// a mutex (the router may be shared by several server threads). Time comes from the Clock.

#include "util/Clock.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

namespace statusdeck::httpbin {

class RateLimiter
{
public:
    struct Decision {
        bool allowed = true;
        int remaining = 0;  // requests left in this window after this one
        qint64 resetMs = 0; // until the window ends
    };

    explicit RateLimiter(Clock *clock)
        : m_clock(clock)
    {}

    // Counts one request of `client` against a limit of `limit` per `windowMs`.
    Decision hit(const QString &client, int limit, qint64 windowMs);

private:
    struct Window {
        qint64 startMs = 0;
        qint64 lengthMs = 0;
        int count = 0;
    };
    static constexpr int kMaxClients = 1024;

    Clock *m_clock;
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
};

class ConditionalStore
{
public:
    struct Entry {
        int version = 1;
        QByteArray body;
        QByteArray contentType;
    };

    Entry get(const QString &name);
    void put(const QString &name, const Entry &entry);

private:
    static constexpr int kMaxEntries = 256;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace statusdeck::httpbin
