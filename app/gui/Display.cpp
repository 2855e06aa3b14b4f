#include "Display.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <cstring>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

DisplayEnvironment currentDisplayEnvironment(int argc, char **argv)
{
    DisplayEnvironment environment;
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    environment.unixWindowSystem = false;
#endif
    environment.platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0)
            environment.platform = QString::fromLocal8Bit(argv[i + 1]);
    }
    environment.display = qEnvironmentVariable("DISPLAY");
    environment.waylandDisplay = qEnvironmentVariable("WAYLAND_DISPLAY");
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    environment.waylandSocket = !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(u"wayland-0"_s));
    return environment;
}

bool displayMissing(const DisplayEnvironment &environment)
{
    if (!environment.unixWindowSystem)
        return false;
    const bool x11 = !environment.display.isEmpty();
    const bool wayland = !environment.waylandDisplay.isEmpty() || environment.waylandSocket;
    if (environment.platform.isEmpty())
        return !x11 && !wayland; // Qt picks xcb or wayland
    // A list ("wayland;xcb") is tried in order: missing only if every entry needs what is not there.
    for (const QString &entry : environment.platform.split(u';', Qt::SkipEmptyParts)) {
        const QString name = entry.section(u':', 0, 0).trimmed(); // "xcb:option=value"
        if (name == u"xcb"_s) {
            if (x11)
                return false;
        } else if (name.startsWith(u"wayland"_s)) {
            if (wayland)
                return false;
        } else {
            return false; // offscreen, minimal, vnc, eglfs, linuxfb...: no display server needed
        }
    }
    return true;
}

} // namespace statusdeck::gui
