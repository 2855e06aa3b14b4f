#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace statusdeck {

// Turns POSIX signals (SIGINT, SIGTERM) into a Qt signal on the thread that created it:
// the handler only writes the signal number to a socketpair, which is async-signal-safe,
// and a QSocketNotifier reads it in the event loop. One instance at a time.
class UnixSignalBridge final : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalBridge(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalBridge() override; // restores the previous handlers

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void readSignal();

    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace statusdeck
