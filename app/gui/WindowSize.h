#pragma once

#include <QSize>

namespace statusdeck::gui {

// The window's size at first start, when no geometry is saved: most of the screen's available
// area (not a fixed size that is small on a large screen or larger than a small one), all of a
// small screen, never below the window's minimum, never beyond the screen.
QSize firstStartSize(const QSize &available, const QSize &minimum);

} // namespace statusdeck::gui
