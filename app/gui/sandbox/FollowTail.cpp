#include "sandbox/FollowTail.h"

#include <QAbstractItemView>
#include <QScrollBar>

namespace statusdeck::gui {

FollowTail::FollowTail(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    QScrollBar *bar = view->verticalScrollBar();
    // The user's scrolling decides; the range growing under new rows does not.
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (!m_adjusting)
            setFollowing(value >= bar->maximum());
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (!m_following)
            return;
        m_adjusting = true;
        bar->setValue(maximum);
        m_adjusting = false;
    });
}

void FollowTail::setFollowing(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    Q_EMIT followingChanged(following);
}

} // namespace statusdeck::gui
