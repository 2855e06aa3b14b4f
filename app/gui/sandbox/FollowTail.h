#pragma once

#include <QObject>

class QAbstractItemView;

namespace statusdeck::gui {

// A log view that follows new rows as devtools does: while its vertical scroll bar is at the
// bottom, rows added below are scrolled into view; once the user scrolls up it stays where it
// is, and it follows again when scrolled back to the bottom.
class FollowTail final : public QObject
{
    Q_OBJECT
public:
    explicit FollowTail(QAbstractItemView *view);

    bool isFollowing() const { return m_following; }

Q_SIGNALS:
    void followingChanged(bool following);

private:
    void setFollowing(bool following);

    QAbstractItemView *m_view;
    bool m_following = true;
    bool m_adjusting = false;
};

} // namespace statusdeck::gui
