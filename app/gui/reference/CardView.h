#pragma once

#include <QAccessible>
#include <QList>
#include <QTextBrowser>

namespace statusdeck::gui {

// The card, rendered as rich text, and what assistive technology reads of it: a document
// (QAccessible::Document) named after the card, whose children are its headings and links in
// reading order, and whose text is the card's text without QTextDocument's internal frame
// markers (U+FDD0, U+FDD1: every table of the layout starts and ends with one). Tab and
// Shift+Tab move through the links, Enter or Space activates the focused one, and the view
// draws a focus ring in the palette's highlight colour while it has the focus.
class CardView : public QTextBrowser
{
    Q_OBJECT
public:
    struct Element {
        QAccessible::Role role = QAccessible::Heading; // Heading or Link
        QString text;
        QString href;  // links only
        int level = 0; // headings only: 1 to 6
        int start = 0; // document positions
        int end = 0;

        bool operator==(const Element &) const = default;
    };

    explicit CardView(QWidget *parent = nullptr);

    // Shows html in a new document with sideMargin left and right. Cheaper than setHtml():
    // the new document is filled before it has a layout and then laid out lazily, the part
    // on screen first and the rest in steps from the event loop, where setHtml() lays out
    // the whole card at once and again for every margin or width change that follows.
    void showHtml(const QString &html, int sideMargin);
    // The left and right margin that fits lines of about chars characters into the viewport.
    int sideMarginFor(int chars) const;

    // Headings and links in document order (cached until the document changes).
    const QList<Element> &elements() const;
    // The document's text, one character per document position, the markers made spaces
    // and line ends.
    QString accessibleText() const;
    // Where an element is, in viewport coordinates.
    QRect elementRect(const Element &element) const;
    // The element the keyboard focus is on (a link selected with Tab), or -1.
    int focusedElement() const;
    // As a click on the link would.
    void activateLink(const QString &href);

protected:
    // Draws the card's emoji (emoji: URLs, EmojiImage.h); anything else as QTextBrowser does.
    QVariant loadResource(int type, const QUrl &name) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void documentChanged();

    mutable QList<Element> m_elements;
    mutable bool m_dirty = true;
};

} // namespace statusdeck::gui
