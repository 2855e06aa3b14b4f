#include "util/Clock.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace statusdeck {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace

SystemClock::SystemClock()
    : m_startMs(monotonicMs())
{}

qint64 SystemClock::nowMs() const
{
    return monotonicMs() - m_startMs;
}

QDateTime SystemClock::currentUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock::TimerId SystemClock::callAt(qint64 deadlineMs, QObject *context, std::function<void()> fn)
{
    // The timer is a child of context, so it lives in context's thread and dies with it.
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    TimerId id = 0;
    {
        QMutexLocker lock(&m_mutex);
        id = m_nextId++;
        m_timers.emplace(id, timer);
    }
    QObject::connect(timer, &QTimer::timeout, context, [this, id, timer, fn = std::move(fn)] {
        {
            QMutexLocker lock(&m_mutex);
            m_timers.erase(id);
        }
        timer->deleteLater();
        fn();
    });
    timer->start(int(std::clamp<qint64>(deadlineMs - nowMs(), 0, 24 * 3600 * 1000)));
    return id;
}

void SystemClock::cancel(TimerId id)
{
    QPointer<QObject> timer;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_timers.find(id);
        if (it == m_timers.end())
            return;
        timer = it->second;
        m_timers.erase(it);
    }
    // Only ever cancelled from the thread that owns the timer (the connection's thread).
    if (auto *t = qobject_cast<QTimer *>(timer.data())) {
        t->stop();
        t->deleteLater();
    }
}

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

ManualClock::ManualClock(const QDateTime &start)
    : m_start(start)
{}

qint64 ManualClock::nowMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_nowMs;
}

QDateTime ManualClock::currentUtc() const
{
    QMutexLocker lock(&m_mutex);
    return m_start.addMSecs(m_nowMs);
}

Clock::TimerId ManualClock::callAt(qint64 deadlineMs, QObject *context, std::function<void()> fn)
{
    QMutexLocker lock(&m_mutex);
    const TimerId id = m_nextId++;
    m_pending.emplace(id, Pending{deadlineMs, context, std::move(fn)});
    return id;
}

void ManualClock::cancel(TimerId id)
{
    QMutexLocker lock(&m_mutex);
    m_pending.erase(id);
}

void ManualClock::advance(qint64 ms)
{
    qint64 target = 0;
    {
        QMutexLocker lock(&m_mutex);
        target = m_nowMs + ms;
    }
    // Fire one due callback at a time, earliest first, so a callback that schedules or
    // cancels another sees a consistent clock.
    for (;;) {
        Pending due;
        {
            QMutexLocker lock(&m_mutex);
            auto best = m_pending.end();
            for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
                if (it->second.deadline <= target &&
                    (best == m_pending.end() || it->second.deadline < best->second.deadline))
                    best = it;
            }
            if (best == m_pending.end()) {
                m_nowMs = target;
                return;
            }
            m_nowMs = std::max(m_nowMs, best->second.deadline);
            due = std::move(best->second);
            m_pending.erase(best);
        }
        if (due.context)
            QMetaObject::invokeMethod(due.context.data(), due.fn, Qt::AutoConnection);
    }
}

int ManualClock::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_pending.size());
}

} // namespace statusdeck

namespace statusdeck {} // namespace statusdeck
