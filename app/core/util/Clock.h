#pragma once

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

namespace statusdeck {

// The one place time comes from, so that timeouts and delays can be tested without
// sleeping: production code uses SystemClock, tests a ManualClock they advance by hand.
// Deadlines are monotonic milliseconds; wall time is only for timestamps.
class Clock
{
public:
    using TimerId = quint64;

    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;         // monotonic, for deadlines
    virtual QDateTime currentUtc() const = 0; // wall time, for logs and the Date header
    // Runs fn on context's thread once nowMs() >= deadlineMs, unless cancelled or context is gone.
    virtual TimerId callAt(qint64 deadlineMs, QObject *context, std::function<void()> fn) = 0;
    virtual void cancel(TimerId id) = 0;

    TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn)
    {
        return callAt(nowMs() + delayMs, context, std::move(fn));
    }
};

// Real time: QElapsedTimer for deadlines, one single-shot QTimer per call.
class SystemClock final : public Clock
{
public:
    SystemClock();
    qint64 nowMs() const override;
    QDateTime currentUtc() const override;
    TimerId callAt(qint64 deadlineMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    static SystemClock *instance(); // shared, thread-safe

private:
    qint64 m_startMs;
    mutable QMutex m_mutex;
    TimerId m_nextId = 1;
    std::map<TimerId, QPointer<QObject>> m_timers;
};

// Time moves only when advance() is called; due callbacks then run in deadline order
// (queued to their context's thread when that is another thread).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC));
    qint64 nowMs() const override;
    QDateTime currentUtc() const override;
    TimerId callAt(qint64 deadlineMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    void advance(qint64 ms);
    int pendingCount() const;

private:
    struct Pending {
        qint64 deadline;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    mutable QMutex m_mutex;
    qint64 m_nowMs = 0;
    QDateTime m_start;
    TimerId m_nextId = 1;
    std::map<TimerId, Pending> m_pending;
};

} // namespace statusdeck
