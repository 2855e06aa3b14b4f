// Windows half of ShutdownSignals: SetConsoleCtrlHandler. Windows calls the handler on a
// thread of its own, so it only posts a queued call to the object's thread.
// Written for MSVC and MinGW but not built or run here (see README, "Platforms").

#include "platform/ShutdownSignals.h"

#include <QMetaObject>

#include <atomic>

#include <windows.h>

namespace statusdeck::platform {

namespace {

std::atomic<ShutdownSignals *> g_instance{nullptr};

BOOL WINAPI handler(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
        if (ShutdownSignals *instance = g_instance.load()) {
            // Queued: emitted on the object's thread, from its event loop.
            QMetaObject::invokeMethod(instance, &ShutdownSignals::shutdownRequested, Qt::QueuedConnection);
            return TRUE;
        }
        return FALSE;
    default:
        return FALSE;
    }
}

} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
    g_instance.store(this);
    ::SetConsoleCtrlHandler(handler, TRUE);
}

ShutdownSignals::~ShutdownSignals()
{
    ::SetConsoleCtrlHandler(handler, FALSE);
    g_instance.store(nullptr);
}

} // namespace statusdeck::platform
