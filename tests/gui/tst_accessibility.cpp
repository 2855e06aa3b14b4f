// Every interactive widget of every page has a name for assistive technology: the test
// walks the QAccessible tree of each page, as a screen reader would see it.

#include "LabPage.h"
#include "MainWindow.h"
#include "SandboxPage.h"
#include "Theme.h"
#include "reference/CardView.h"
#include "reference/ReferencePage.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::gui;

class TestAccessibility : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::loadBuiltIn();
    SnippetLibrary m_snippets = SnippetLibrary::loadBuiltIn();
    QTemporaryDir m_dir;

    static bool interactive(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::PushButton:
        case QAccessible::ButtonMenu:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::EditableText:
        case QAccessible::SpinBox:
        case QAccessible::List:
        case QAccessible::Table:
        case QAccessible::Tree:
        case QAccessible::Slider:
            return true;
        default:
            return false;
        }
    }

    static QString describe(QAccessibleInterface *iface)
    {
        QObject *object = iface->object();
        return u"%1 '%2' (%3)"_s.arg(object ? QString::fromLatin1(object->metaObject()->className()) : u"?"_s,
                                     object ? object->objectName() : QString(),
                                     QString::number(int(iface->role()), 16));
    }

    // Unnamed interactive widgets under iface. Items inside lists and tables are not widgets.
    static void collectUnnamed(QAccessibleInterface *iface, QStringList *unnamed, int depth = 0)
    {
        if (!iface || depth > 40 || iface->state().invisible)
            return;
        auto *widget = qobject_cast<QWidget *>(iface->object());
        if (widget && interactive(iface->role())) {
            // Qt reports a combo box's current text, and a line edit's text, as the name when
            // it has none: require a name set on purpose.
            const bool needsOwnName = qobject_cast<QComboBox *>(widget) || qobject_cast<QLineEdit *>(widget);
            const QString name = needsOwnName ? widget->accessibleName() : iface->text(QAccessible::Name);
            if (name.trimmed().isEmpty())
                unnamed->append(describe(iface));
            if (iface->role() == QAccessible::List || iface->role() == QAccessible::Table ||
                iface->role() == QAccessible::Tree)
                return;
        }
        for (int i = 0; i < iface->childCount(); ++i)
            collectUnnamed(iface->child(i), unnamed, depth + 1);
    }

private Q_SLOTS:
    void everyControlHasAName_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("reference") << int(MainWindow::Page::Reference);
        QTest::newRow("sandbox") << int(MainWindow::Page::Sandbox);
        QTest::newRow("lab") << int(MainWindow::Page::Lab);
    }

    void everyControlHasAName()
    {
        QFETCH(int, page);
        QSettings settings(m_dir.filePath(u"a.ini"_s), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openCard(u"301"_s));
        window.showPage(MainWindow::Page(page));
        QWidget *shown = window.tabs()->currentWidget();
        QStringList unnamed;
        collectUnnamed(QAccessible::queryAccessibleInterface(shown), &unnamed);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    // The card is a document: named after the card, with its headings and links as children,
    // and its text without QTextDocument's frame markers (U+FDD0, U+FDD1).
    void cardIsADocument()
    {
        QSettings settings(m_dir.filePath(u"c.ini"_s), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openCard(u"404"_s));
        CardView *view = window.referencePage()->cardView();
        QAccessibleInterface *card = QAccessible::queryAccessibleInterface(view);
        QVERIFY(card);
        QCOMPARE(card->role(), QAccessible::Document);
        QCOMPARE(card->text(QAccessible::Name), u"Card: 404 Not Found"_s);
        QStringList headings;
        QStringList links;
        QAccessibleInterface *cardLink = nullptr;
        for (int i = 0; i < card->childCount(); ++i) {
            QAccessibleInterface *child = card->child(i);
            QVERIFY(child);
            QCOMPARE(child->parent(), card);
            QCOMPARE(card->indexOfChild(child), i);
            if (child->role() == QAccessible::Heading)
                headings.append(child->text(QAccessible::Name));
            if (child->role() == QAccessible::Link) {
                links.append(child->text(QAccessible::Name));
                if (!cardLink && child->text(QAccessible::Name).startsWith(u"410"_s))
                    cardLink = child;
            }
        }
        QVERIFY2(headings.value(0).startsWith(u"404 Not Found"_s), qPrintable(headings.join(u", "_s)));
        QVERIFY2(headings.contains(u"Definition"_s) && headings.contains(u"Confused with"_s),
                 qPrintable(headings.join(u", "_s)));
        QVERIFY2(links.contains(u"Add to favourites"_s) && links.contains(u"Try it live"_s),
                 qPrintable(links.join(u", "_s)));
        for (const QString &name : std::as_const(links))
            QVERIFY2(!name.trimmed().isEmpty(), "a link without a name");

        QAccessibleTextInterface *text = card->textInterface();
        QVERIFY(text);
        const QString all = text->text(0, text->characterCount());
        QVERIFY(all.contains(u"Definition"_s));
        QVERIFY2(!all.contains(QChar(0xfdd0)) && !all.contains(QChar(0xfdd1)), "frame markers in the card's text");
        QVERIFY(!card->text(QAccessible::Name).contains(QChar(0xfdd0)));

        // A link's press action follows it, as a click would.
        QVERIFY2(cardLink, qPrintable(links.join(u", "_s)));
        QAccessibleActionInterface *action = cardLink->actionInterface();
        QVERIFY(action);
        action->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(window.currentCardId(), u"410"_s);
        QCOMPARE(card->text(QAccessible::Name), u"Card: 410 Gone"_s);
    }

    // Tab and Shift+Tab walk the card's links; Enter and Space follow the one focused.
    void linksByKeyboard_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("Enter") << int(Qt::Key_Return);
        QTest::newRow("Space") << int(Qt::Key_Space);
    }

    void linksByKeyboard()
    {
        QFETCH(int, key);
        QSettings settings(m_dir.filePath(u"d.ini"_s), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCard(u"404"_s));
        CardView *view = window.referencePage()->cardView();
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus());
        QStringList reached;
        int target = -1;
        for (int i = 0; i < 30 && target < 0; ++i) {
            QTest::keyClick(view, Qt::Key_Tab);
            QVERIFY2(view->hasFocus(), "Tab left the card before its links");
            const int focused = view->focusedElement();
            QVERIFY(focused >= 0);
            const CardView::Element &element = view->elements().at(focused);
            QCOMPARE(element.role, QAccessible::Link);
            reached.append(element.href);
            if (element.href == "card:410"_L1)
                target = focused;
        }
        QVERIFY2(target >= 0, qPrintable(reached.join(u", "_s)));
        QVERIFY(reached.contains(u"try:404"_s));
        // The focused link is in the accessibility tree's focus too.
        QAccessibleInterface *card = QAccessible::queryAccessibleInterface(view);
        QVERIFY(card->focusChild());
        QCOMPARE(card->focusChild()->text(QAccessible::Name), view->elements().at(target).text);
        QVERIFY(card->focusChild()->state().focused);
        QTest::keyClick(view, Qt::Key(key));
        QCOMPARE(window.currentCardId(), u"410"_s);
    }

    // The card view shows that it has the focus: a ring in the highlight colour, in both themes.
    void focusIsVisible_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("dark") << u"dark"_s;
    }

    void focusIsVisible()
    {
        QFETCH(QString, theme);
        applyTheme(*qApp, theme);
        QSettings settings(m_dir.filePath(u"e.ini"_s), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCard(u"404"_s));
        CardView *view = window.referencePage()->cardView();
        window.referencePage()->searchField()->setFocus();
        QTRY_VERIFY(!view->hasFocus());
        const QColor highlight = view->palette().color(QPalette::Highlight);
        const QColor base = view->palette().color(QPalette::Base);
        QVERIFY(highlight != base);
        QImage unfocused = view->grab().toImage();
        QCOMPARE(unfocused.pixelColor(0, view->height() / 2), base);
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus());
        const QImage focused = view->grab().toImage();
        QCOMPARE(focused.pixelColor(0, view->height() / 2), highlight);
        QCOMPARE(focused.pixelColor(view->width() / 2, 0), highlight);
        applyTheme(*qApp, QString());
    }

    // Every control of the reference page that takes the keyboard focus looks different
    // with it (Tab to it), in both themes: the focus is never invisible.
    void focusChangesEveryControl_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("dark") << u"dark"_s;
    }

    void focusChangesEveryControl()
    {
        QFETCH(QString, theme);
        applyTheme(*qApp, theme);
        QSettings settings(m_dir.filePath(u"f.ini"_s), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.resize(1200, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openCard(u"404"_s));
        // As after the user pressed Tab (styles draw some focus frames only then).
        window.setAttribute(Qt::WA_KeyboardFocusChange);
        QWidget *page = window.referencePage();
        QStringList invisible;
        QWidget *elsewhere = window.referencePage()->cardView();
        for (QWidget *widget : page->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || widget == elsewhere ||
                !widget->isEnabled() || widget->focusProxy())
                continue;
            elsewhere->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(elsewhere->hasFocus());
            const QImage before = widget->grab().toImage();
            widget->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(widget->hasFocus());
            if (widget->grab().toImage() == before)
                invisible.append(QString::fromLatin1(widget->metaObject()->className()) + u" "_s +
                                 widget->objectName() + u" '"_s + widget->accessibleName() + u"'"_s);
        }
        applyTheme(*qApp, QString());
        QVERIFY2(invisible.isEmpty(), qPrintable(invisible.join(u'\n')));
    }

    // Each combo box of every page has a label that names it (its buddy).
    void combosHaveBuddies()
    {
        QSettings settings(m_dir.filePath(u"b.ini"_s), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        QStringList alone;
        window.labPage();
        window.sandboxPage();
        for (QComboBox *combo : window.findChildren<QComboBox *>()) {
            bool labelled = false;
            for (QLabel *label : window.findChildren<QLabel *>())
                labelled = labelled || label->buddy() == combo;
            if (!labelled)
                alone.append(combo->objectName() + u" "_s + combo->accessibleName());
        }
        QVERIFY2(alone.isEmpty(), qPrintable(alone.join(u'\n')));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
