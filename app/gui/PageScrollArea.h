#pragma once

#include <QScrollArea>

class QLabel;

namespace statusdeck::gui {

// Sets a word-wrapped label's minimum height to what its text needs at width, so that a splitter
// or a tab widget above it (which know nothing of height for width) keeps that room: every line
// of it shown, the widgets beside it giving way. Call it when the width or the text changes.
void fitLabelHeight(QLabel *label, int width);

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
