// POSIX half of ShutdownSignals: the self-pipe trick. The handler only writes a byte to a
// socketpair, which is async-signal-safe, and a QSocketNotifier reads it in the event loop.

#include "platform/ShutdownSignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace statusdeck::platform {

namespace {

int g_fds[2] = {-1, -1};
constexpr int kSignals[] = {SIGINT, SIGTERM};

void handler(int signalNumber)
{
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_fds[0], &byte, 1);
}

} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    m_notifier = notifier;
    connect(notifier, &QSocketNotifier::activated, this, &ShutdownSignals::deliver);
    for (int signalNumber : kSignals) {
        struct sigaction action = {};
        action.sa_handler = handler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(signalNumber, &action, nullptr);
    }
}

ShutdownSignals::~ShutdownSignals()
{
    if (m_notifier) {
        for (int signalNumber : kSignals)
            ::signal(signalNumber, SIG_DFL);
    }
    delete m_notifier;
    for (int &fd : g_fds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void ShutdownSignals::deliver()
{
    unsigned char byte = 0;
    if (::read(g_fds[1], &byte, 1) == 1)
        Q_EMIT shutdownRequested();
}

} // namespace statusdeck::platform
