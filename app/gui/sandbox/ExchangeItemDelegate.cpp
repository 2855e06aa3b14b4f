#include "sandbox/ExchangeItemDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QTextOption>

namespace statusdeck::gui {

const ExchangeItemDelegate::Laid &ExchangeItemDelegate::laidOut(const QString &text, int width,
                                                                const QStyleOptionViewItem &option) const
{
    Key key{text, width, int(option.displayAlignment), option.font.italic(), option.direction == Qt::RightToLeft};
    if (const auto found = m_texts.constFind(key); found != m_texts.constEnd())
        return *found;
    // Full, one entry goes for the new one (whichever comes first): never a burst that frees
    // thousands of layouts in one paint, as a busy log fills it with times that do not repeat.
    if (m_texts.size() >= kMaxTexts)
        m_texts.erase(m_texts.cbegin());
    // One line, elided as the style elides a cell's last line, aligned in the cell's width.
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(QStyle::visualAlignment(option.direction, option.displayAlignment));
    auto layout = std::make_shared<QTextLayout>(QFontMetrics(option.font).elidedText(text, option.textElideMode, width),
                                                option.font);
    layout->setTextOption(textOption);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    qreal height = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout->endLayout();
    return *m_texts.insert(std::move(key), Laid{std::move(layout), height});
}

void ExchangeItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.features & QStyleOptionViewItem::WrapText) {
        QStyledItemDelegate::paint(painter, option, index); // lines of their own: the style's layout
        return;
    }
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The style's item without its text and focus: the background and the selection. The text
    // goes over them, the focus over the text, in the style's order (Fusion's focus is a tint).
    const QString text = opt.text;
    const bool focus = opt.state & QStyle::State_HasFocus;
    opt.text.clear();
    opt.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    opt.text = text;
    if (focus)
        opt.state |= QStyle::State_HasFocus;
    const auto drawFocus = [&] {
        if (!focus)
            return;
        QStyleOptionFocusRect frame;
        frame.QStyleOption::operator=(opt);
        frame.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        frame.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        frame.backgroundColor =
            opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        painter->save();
        painter->setClipRect(opt.rect);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &frame, painter, widget);
        painter->restore();
    };
    if (text.isEmpty()) {
        drawFocus();
        return;
    }
    // Where the style draws an item's text: the cell less a margin on each side, the line's
    // height centred (or at the top or bottom) in it.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0) {
        drawFocus();
        return;
    }
    if (option.font != m_font) {
        m_texts.clear();
        m_font = option.font;
    }
    const Laid &laid = laidOut(text, textRect.width(), opt);
    const QRect lines = QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment & Qt::AlignVertical_Mask,
                                            QSizeF(textRect.width(), laid.height).toSize(), textRect);
    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(
        opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    laid.layout->draw(painter, QPointF(textRect.x(), lines.top()));
    painter->restore();
    drawFocus();
}

} // namespace statusdeck::gui
