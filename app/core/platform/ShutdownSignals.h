#pragma once

#include <QObject>

namespace statusdeck::platform {

// Turns the operating system's "please stop" into a Qt signal on the thread that created
// the object: SIGINT and SIGTERM on POSIX (ShutdownSignals_posix.cpp), Ctrl+C, Ctrl+Break
// and closing the console on Windows (ShutdownSignals_win.cpp). CMake compiles one of the
// two. The OS handler runs outside the event loop (a signal handler, or a thread of its
// own on Windows) and only hands the event over; shutdownRequested is emitted from the
// event loop. One instance at a time; the destructor restores the default handling.
class ShutdownSignals final : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested();

private:
    void deliver(); // POSIX: reads the byte the handler wrote

    QObject *m_notifier = nullptr; // POSIX: the QSocketNotifier on the socketpair
};

} // namespace statusdeck::platform
