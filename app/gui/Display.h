#pragma once

#include <QString>

namespace statusdeck::gui {

// Whether a window can be opened at all. On X11 and Wayland systems Qt aborts (a core dump,
// exit 134) when it finds no display; main.cpp asks first, so that a window request without
// one gets a message and exit 1, and a screenshot (which needs no display) runs offscreen.
struct DisplayEnvironment {
    bool unixWindowSystem = true; // false on Windows and macOS, where there is always a display
    QString platform;             // -platform NAME, else QT_QPA_PLATFORM ("xcb", "wayland;xcb", "offscreen")
    QString display;              // DISPLAY
    QString waylandDisplay;       // WAYLAND_DISPLAY
    bool waylandSocket = false;   // $XDG_RUNTIME_DIR/wayland-0 exists (Wayland's default)
};

DisplayEnvironment currentDisplayEnvironment(int argc, char **argv);
// True when the platform Qt would use needs a display that is not there.
bool displayMissing(const DisplayEnvironment &environment);

} // namespace statusdeck::gui
