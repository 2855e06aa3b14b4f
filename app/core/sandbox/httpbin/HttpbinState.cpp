#include "sandbox/httpbin/HttpbinState.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace statusdeck::httpbin {

RateLimiter::Decision RateLimiter::hit(const QString &client, int limit, qint64 windowMs)
{
    const QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock->nowMs();
    if (m_windows.size() >= kMaxClients && !m_windows.contains(client)) {
        // Forget windows that have ended; if all are live, start over rather than grow.
        m_windows.removeIf([now](const auto &it) { return now >= it.value().startMs + it.value().lengthMs; });
        if (m_windows.size() >= kMaxClients)
            m_windows.clear();
    }
    Window &window = m_windows[client];
    if (window.lengthMs != windowMs || now >= window.startMs + window.lengthMs)
        window = {now, windowMs, 0};
    Decision decision;
    decision.resetMs = window.startMs + window.lengthMs - now;
    if (window.count >= limit) {
        decision.allowed = false;
        return decision;
    }
    ++window.count;
    decision.remaining = limit - window.count;
    return decision;
}

ConditionalStore::Entry ConditionalStore::get(const QString &name)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(name);
    if (it != m_entries.cend())
        return *it;
    // Every name exists from the start, at version 1, so a demo needs no set-up request.
    return {1, "StatusDeck conditional resource '" + name.toUtf8() + "', version 1.\n", "text/plain; charset=utf-8"};
}

void ConditionalStore::put(const QString &name, const Entry &entry)
{
    const QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= kMaxEntries && !m_entries.contains(name))
        m_entries.clear();
    m_entries.insert(name, entry);
}

} // namespace statusdeck::httpbin
