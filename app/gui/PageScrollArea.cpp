#include "PageScrollArea.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>

#include <algorithm>

namespace statusdeck::gui {

void fitLabelHeight(QLabel *label, int width)
{
    // QLabel's heightForWidth() is never below its minimum: measure without it.
    const int old = label->minimumHeight();
    label->setMinimumHeight(0);
    const int height = label->text().isEmpty() ? 0 : label->heightForWidth(width);
    label->setMinimumHeight(height >= 0 ? height : old);
}

PageScrollArea::PageScrollArea(QWidget *page, QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(false);
    setWidget(page);
    page->installEventFilter(this);
}

bool PageScrollArea::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fit();
    return QScrollArea::viewportEvent(event);
}

bool PageScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The page's minimum changed (a longer message, a legend at another width).
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fit();
    return QScrollArea::eventFilter(watched, event);
}

void PageScrollArea::fit()
{
    QWidget *page = widget();
    if (!page || m_fitting)
        return;
    m_fitting = true;
    const QSize minimum = page->layout() ? page->layout()->totalMinimumSize() : page->minimumSizeHint();
    const int width = std::max(viewport()->width(), minimum.width());
    int height = minimum.height();
    if (page->layout() && page->layout()->hasHeightForWidth())
        height = std::max(height, page->layout()->totalMinimumHeightForWidth(width));
    page->resize(width, std::max(viewport()->height(), height));
    m_fitting = false;
}

} // namespace statusdeck::gui
