#include "WindowSize.h"

#include <algorithm>

namespace statusdeck::gui {

QSize firstStartSize(const QSize &available, const QSize &minimum)
{
    if (!available.isValid() || available.isEmpty())
        return minimum;
    // 85% of the screen, at most 1440x960: a first window, not a maximized one; but at least
    // 1024x700, or the whole of a screen smaller than that (1400x900 at scale 2 is 700x450).
    const auto side = [](int screen, int least, int comfortable, int most) {
        const int wanted = std::max(std::min(screen * 85 / 100, most), std::min(comfortable, screen));
        return std::min(std::max(wanted, least), screen);
    };
    return {side(available.width(), minimum.width(), 1024, 1440), side(available.height(), minimum.height(), 700, 960)};
}

} // namespace statusdeck::gui
