#pragma once

#include <QScrollArea>

namespace statusdeck::gui {

// A page that scrolls only when the window is smaller than the page's minimum: the page fills
// the viewport, and gets at least the height its layout needs at the viewport's width (word-
// wrapped labels included), so nothing in it is squeezed below its minimum and drawn over.
// QScrollArea's own widgetResizable would give a page with such labels its preferred height
// instead (every table at its full size hint), and scroll at any window size.
class PageScrollArea final : public QScrollArea
{
public:
    explicit PageScrollArea(QWidget *page, QWidget *parent = nullptr);

protected:
    bool viewportEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    bool m_fitting = false;
};

} // namespace statusdeck::gui
