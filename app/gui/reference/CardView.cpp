#include "reference/CardView.h"

#include "reference/CardViewAccessible.h"
#include "reference/EmojiImage.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {

QString simplified(QString text)
{
    for (QChar &c : text) {
        if (c == QChar::Nbsp || c == QChar(0xfdd0) || c == QChar(0xfdd1) || c == QChar::ObjectReplacementCharacter)
            c = u' ';
    }
    return text.simplified();
}

} // namespace

CardView::CardView(QWidget *parent)
    : QTextBrowser(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(cardViewAccessibleFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    // A card is nearly always taller than the view; a scroll bar that comes and goes would
    // change the width and lay the whole card out again (and recentre its text column).
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    // Room for the focus ring around the viewport.
    setViewportMargins(2, 2, 2, 2);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(document(), &QTextDocument::contentsChanged, this, &CardView::documentChanged);
}

void CardView::showHtml(const QString &html, int sideMargin)
{
    auto *doc = new QTextDocument(this); // a child of the view: setDocument() deletes the previous one
    const QTextDocument *previous = document();
    doc->setDefaultFont(font()); // the zoomed font, as QTextEdit gives its own document
    doc->setDocumentMargin(previous->documentMargin());
    doc->setDefaultTextOption(previous->defaultTextOption());
    doc->setUndoRedoEnabled(false);
    doc->setHtml(html); // no layout yet: nothing is laid out here
    QTextFrameFormat format = doc->rootFrame()->frameFormat();
    format.setLeftMargin(sideMargin);
    format.setRightMargin(sideMargin);
    doc->rootFrame()->setFrameFormat(format);
    setDocument(doc);
    connect(doc, &QTextDocument::contentsChanged, this, &CardView::documentChanged);
    documentChanged();
}

QVariant CardView::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && name.scheme() == "emoji"_L1) {
        const QString emoji = emojiFromUrl(name.toString());
        return emoji.isEmpty() ? QVariant() : QVariant(emojiImage(emoji, kCardEmojiSize, devicePixelRatioF()));
    }
    return QTextBrowser::loadResource(type, name);
}

int CardView::sideMarginFor(int chars) const
{
    // Beyond about chars characters a line is hard to follow: the margins grow instead.
    const int maxWidth = QFontMetrics(font()).averageCharWidth() * chars;
    return 18 + std::max(0, (viewport()->width() - 36 - maxWidth) / 2);
}

void CardView::documentChanged()
{
    m_dirty = true;
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&event);
    }
}

const QList<CardView::Element> &CardView::elements() const
{
    if (!m_dirty)
        return m_elements;
    m_dirty = false;
    m_elements.clear();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (const int level = block.blockFormat().headingLevel(); level > 0) {
            const QString text = simplified(block.text());
            if (!text.isEmpty())
                m_elements.append(
                    {QAccessible::Heading, text, {}, level, block.position(), block.position() + block.length() - 1});
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor() || format.anchorHref().isEmpty())
                continue;
            const int start = fragment.position();
            const int end = start + fragment.length();
            Element *last = m_elements.isEmpty() ? nullptr : &m_elements.last();
            if (last && last->role == QAccessible::Link && last->href == format.anchorHref() && last->end == start) {
                last->end = end;
                if (format.toolTip().isEmpty())
                    last->text = simplified(last->text + fragment.text());
                continue;
            }
            // A link drawn as a symbol (the favourite star) is named by its title.
            const QString name = format.toolTip().isEmpty() ? simplified(fragment.text()) : format.toolTip();
            m_elements.append({QAccessible::Link, name, format.anchorHref(), 0, start, end});
        }
    }
    return m_elements;
}

QString CardView::accessibleText() const
{
    const QTextDocument *doc = document();
    const int count = qMax(0, doc->characterCount() - 1);
    QString text(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i) {
        const QChar c = doc->characterAt(i);
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator || c == QChar(0xfdd0) || c == QChar(0xfdd1))
            text[i] = u'\n';
        else if (c == QChar::Nbsp || c == QChar::ObjectReplacementCharacter)
            text[i] = u' ';
        else
            text[i] = c;
    }
    return text;
}

QRect CardView::elementRect(const Element &element) const
{
    QTextCursor start(document());
    start.setPosition(element.start);
    QTextCursor end(document());
    end.setPosition(element.end);
    return cursorRect(start).united(cursorRect(end));
}

int CardView::focusedElement() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return -1;
    const QList<Element> &list = elements();
    for (int i = 0; i < list.size(); ++i) {
        const Element &element = list.at(i);
        if (element.role == QAccessible::Link && cursor.selectionStart() >= element.start &&
            cursor.selectionEnd() <= element.end)
            return i;
    }
    return -1;
}

void CardView::activateLink(const QString &href)
{
    if (!href.isEmpty())
        Q_EMIT anchorClicked(QUrl(href));
}

void CardView::keyPressEvent(QKeyEvent *event)
{
    const bool activates =
        event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (activates && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        if (const int index = focusedElement(); index >= 0) {
            activateLink(elements().at(index).href);
            event->accept();
            return;
        }
    }
    QTextBrowser::keyPressEvent(event);
}

bool CardView::focusNextPrevChild(bool next)
{
    const bool stayed = QTextBrowser::focusNextPrevChild(next);
    if (stayed && QAccessible::isActive()) {
        if (QAccessibleInterface *focused = QAccessible::queryAccessibleInterface(this)->focusChild()) {
            QAccessibleEvent event(focused, QAccessible::Focus);
            QAccessible::updateAccessibility(&event);
        }
    }
    return stayed;
}

void CardView::focusInEvent(QFocusEvent *event)
{
    QTextBrowser::focusInEvent(event);
    update();
}

void CardView::focusOutEvent(QFocusEvent *event)
{
    QTextBrowser::focusOutEvent(event);
    update();
}

bool CardView::event(QEvent *event)
{
    const bool result = QTextBrowser::event(event);
    if (event->type() == QEvent::Paint) {
        // The margin around the viewport: the page's colour, or the focus ring.
        QPainter painter(this);
        const QRect all = rect();
        const QRect inner = viewport()->geometry();
        const QColor color = hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Base);
        painter.fillRect(QRect(all.left(), all.top(), all.width(), inner.top() - all.top()), color);
        painter.fillRect(QRect(all.left(), inner.bottom() + 1, all.width(), all.bottom() - inner.bottom()), color);
        painter.fillRect(QRect(all.left(), all.top(), inner.left() - all.left(), all.height()), color);
        painter.fillRect(QRect(inner.right() + 1, all.top(), all.right() - inner.right(), all.height()), color);
    }
    return result;
}

} // namespace statusdeck::gui
