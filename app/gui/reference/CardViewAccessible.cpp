// The accessible side of CardView: the view as a document whose children are its headings
// and links (QAccessible::Heading, QAccessible::Link with a press action), and whose text is
// the card's text without QTextDocument's frame markers.
#include "reference/CardViewAccessible.h"

#include "reference/CardView.h"

#include <QAccessibleWidget>
#include <QPointer>
#include <QScrollBar>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {

// A heading or a link of the card: no widget of its own, registered with QAccessible's cache.
class CardElementAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    CardElementAccessible(CardView *view, int index, const CardView::Element &element)
        : m_view(view)
        , m_index(index)
        , m_element(element)
    {}

    bool isValid() const override { return m_view && m_index < m_view->elements().size(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessible::Role role() const override { return m_element.role; }
    QString text(QAccessible::Text t) const override { return t == QAccessible::Name ? m_element.text : QString(); }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!m_view)
            return {};
        const QRect local = m_view->elementRect(m_element);
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!m_view)
            return state;
        state.readOnly = true;
        if (!m_view->viewport()->rect().intersects(m_view->elementRect(m_element)))
            state.offscreen = true;
        if (m_element.role == QAccessible::Link) {
            state.focusable = true;
            state.linked = true;
            state.focused = m_view->hasFocus() && m_view->focusedElement() == m_index;
        }
        return state;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ActionInterface && m_element.role == QAccessible::Link)
            return static_cast<QAccessibleActionInterface *>(this);
        return nullptr;
    }

    QStringList actionNames() const override { return {pressAction(), setFocusAction()}; }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }
    void doAction(const QString &name) override
    {
        if (!m_view)
            return;
        if (name == pressAction()) {
            m_view->activateLink(m_element.href);
        } else if (name == setFocusAction()) {
            QTextCursor cursor(m_view->document());
            cursor.setPosition(m_element.start);
            cursor.setPosition(m_element.end, QTextCursor::KeepAnchor);
            m_view->setTextCursor(cursor);
            m_view->setFocus(Qt::OtherFocusReason);
        }
    }

    const CardView::Element &element() const { return m_element; }

private:
    QPointer<CardView> m_view;
    int m_index;
    CardView::Element m_element;
};

// The card view as a document: its headings and links are its children (the scroll bars are
// left out), its text is the card's text.
class CardViewAccessible : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit CardViewAccessible(CardView *view)
        : QAccessibleWidget(view, QAccessible::Document)
    {}
    ~CardViewAccessible() override { clearChildren(); }

    CardView *view() const { return static_cast<CardView *>(widget()); }

    int childCount() const override
    {
        sync();
        return int(m_ids.size());
    }
    QAccessibleInterface *child(int index) const override
    {
        sync();
        return index >= 0 && index < m_ids.size() ? QAccessible::accessibleInterface(m_ids.at(index)) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        sync();
        for (int i = 0; i < m_ids.size(); ++i) {
            if (QAccessible::accessibleInterface(m_ids.at(i)) == child)
                return i;
        }
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        for (int i = 0; i < childCount(); ++i) {
            QAccessibleInterface *element = child(i);
            if (element && element->rect().contains(x, y))
                return element;
        }
        return nullptr;
    }
    QAccessibleInterface *focusChild() const override
    {
        const int index = view()->focusedElement();
        return view()->hasFocus() && index >= 0 ? child(index) : nullptr;
    }
    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.readOnly = true;
        state.multiLine = true;
        state.selectableText = true;
        return state;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    // QAccessibleTextInterface: offsets are document positions.
    void selection(int index, int *start, int *end) const override
    {
        const QTextCursor cursor = view()->textCursor();
        *start = *end = 0;
        if (index == 0 && cursor.hasSelection()) {
            *start = cursor.selectionStart();
            *end = cursor.selectionEnd();
        }
    }
    int selectionCount() const override { return view()->textCursor().hasSelection() ? 1 : 0; }
    void addSelection(int start, int end) override { setSelection(0, start, end); }
    void removeSelection(int) override
    {
        QTextCursor cursor = view()->textCursor();
        cursor.clearSelection();
        view()->setTextCursor(cursor);
    }
    void setSelection(int, int start, int end) override
    {
        QTextCursor cursor(view()->document());
        cursor.setPosition(qBound(0, start, characterCount()));
        cursor.setPosition(qBound(0, end, characterCount()), QTextCursor::KeepAnchor);
        view()->setTextCursor(cursor);
    }
    int cursorPosition() const override { return view()->textCursor().position(); }
    void setCursorPosition(int position) override { setSelection(0, position, position); }
    QString text(int start, int end) const override
    {
        const QString all = view()->accessibleText();
        start = qBound(0, start, int(all.size()));
        end = end < 0 ? int(all.size()) : qBound(start, end, int(all.size()));
        return all.mid(start, end - start);
    }
    int characterCount() const override { return int(view()->accessibleText().size()); }
    QRect characterRect(int offset) const override
    {
        QTextCursor cursor(view()->document());
        cursor.setPosition(qBound(0, offset, characterCount()));
        const QRect local = view()->cursorRect(cursor);
        return QRect(view()->viewport()->mapToGlobal(local.topLeft()), QSize(qMax(1, local.width()), local.height()));
    }
    int offsetAtPoint(const QPoint &point) const override
    {
        return view()->cursorForPosition(view()->viewport()->mapFromGlobal(point)).position();
    }
    void scrollToSubstring(int start, int) override
    {
        QTextCursor cursor(view()->document());
        cursor.setPosition(qBound(0, start, characterCount()));
        view()->setTextCursor(cursor);
        view()->ensureCursorVisible();
    }
    QString attributes(int offset, int *start, int *end) const override
    {
        *start = *end = offset;
        return {};
    }

    using QAccessibleWidget::text;

private:
    void clearChildren() const
    {
        for (QAccessible::Id id : std::as_const(m_ids))
            QAccessible::deleteAccessibleInterface(id);
        m_ids.clear();
    }

    // The children follow the card shown: rebuilt when its headings or links differ.
    void sync() const
    {
        const QList<CardView::Element> &elements = view()->elements();
        if (elements == m_synced && m_ids.size() == elements.size())
            return;
        clearChildren();
        m_synced = elements;
        for (int i = 0; i < elements.size(); ++i)
            m_ids.append(
                QAccessible::registerAccessibleInterface(new CardElementAccessible(view(), i, elements.at(i))));
    }

    mutable QList<QAccessible::Id> m_ids;
    mutable QList<CardView::Element> m_synced;
};

} // namespace

QAccessibleInterface *cardViewAccessibleFactory(const QString &className, QObject *object)
{
    if (className == "statusdeck::gui::CardView"_L1 && object && object->isWidgetType())
        return new CardViewAccessible(static_cast<CardView *>(object));
    return nullptr;
}

} // namespace statusdeck::gui
