// Every interactive widget of every page has a name for assistive technology: the test
// walks the QAccessible tree of each page, as a screen reader would see it.

#include "LabPage.h"
#include "MainWindow.h"
#include "SandboxPage.h"
#include "reference/ReferencePage.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
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
