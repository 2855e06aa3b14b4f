// The window on a small screen (1400x900 at QT_SCALE_FACTOR=2 is 700x450 logical pixels): every
// page lays out there, the lab's legend keeps its room, the first start fits the screen; and
// Help > Keyboard Shortcuts lists the pages' shortcuts before the pages are built.

#include "LabPage.h"
#include "MainWindow.h"
#include "PageShortcuts.h"
#include "SandboxPage.h"
#include "WindowSize.h"
#include "lab/MatrixView.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::gui;

Q_DECLARE_METATYPE(statusdeck::gui::MainWindow::Page)

namespace {
// 1400x900 at scale 2.
const QSize kSmallScreen(700, 450);

bool fits(const QSize &size, const QSize &into)
{
    return size.width() <= into.width() && size.height() <= into.height();
}

QString text(const QSize &size)
{
    return u"%1x%2"_s.arg(size.width()).arg(size.height());
}
} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::loadBuiltIn();
    SnippetLibrary m_snippets = SnippetLibrary::loadBuiltIn();
    QTemporaryDir m_dir;
    int m_settingsCount = 0;

    QString freshSettings() { return m_dir.filePath(u"s%1.ini"_s.arg(++m_settingsCount)); }

private Q_SLOTS:
    void pageFitsASmallScreen_data()
    {
        QTest::addColumn<MainWindow::Page>("page");
        QTest::newRow("reference") << MainWindow::Page::Reference;
        QTest::newRow("sandbox") << MainWindow::Page::Sandbox;
        QTest::newRow("lab") << MainWindow::Page::Lab;
    }

    void pageFitsASmallScreen()
    {
        QFETCH(MainWindow::Page, page);
        QSettings settings(freshSettings(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.showPage(page);
        window.resize(kSmallScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(fits(window.minimumSizeHint(), kSmallScreen), qPrintable(text(window.minimumSizeHint())));
        QVERIFY2(fits(window.layout()->minimumSize(), kSmallScreen), qPrintable(text(window.layout()->minimumSize())));
        QCOMPARE(window.size(), kSmallScreen);
        // The page itself gets the room it lays out in, nothing drawn past its edge.
        QWidget *shown = window.tabs()->currentWidget();
        QVERIFY2(fits(shown->minimumSizeHint(), shown->size()),
                 qPrintable(text(shown->minimumSizeHint()) + u" > "_s + text(shown->size())));
    }

    // Issue #12, bug 4 at scale 2: each matrix's legend has the room its text needs below the
    // table, inside the window, with no scrolling.
    void labLegendIsNotClippedOnASmallScreen_data()
    {
        QTest::addColumn<int>("tab");
        QTest::newRow("matrix") << int(LabPage::MatrixTab);
        QTest::newRow("cross-origin") << int(LabPage::CrossOriginTab);
    }

    void labLegendIsNotClippedOnASmallScreen()
    {
        QFETCH(int, tab);
        QSettings settings(freshSettings(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.showPage(MainWindow::Page::Lab);
        window.resize(kSmallScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), kSmallScreen);
        LabPage *lab = window.labPage();
        lab->tabs()->setCurrentIndex(tab);
        auto *view = qobject_cast<MatrixView *>(lab->tabs()->currentWidget());
        QVERIFY(view);
        QLabel *legend = view->legend();
        QTRY_VERIFY(legend->isVisible());
        QTRY_VERIFY2(legend->height() >= legend->heightForWidth(legend->width()),
                     qPrintable(u"%1 < %2"_s.arg(legend->height()).arg(legend->heightForWidth(legend->width()))));
        QVERIFY(legend->geometry().top() >= view->table()->geometry().bottom());
        QVERIFY(legend->geometry().bottom() <= view->height());
        // The whole matrix view is in the part of the page the window shows, the Run button too.
        const QWidget *viewport = lab->findChild<QScrollArea *>(u"labScroll"_s)->viewport();
        const QRect shown(viewport->mapTo(&window, QPoint(0, 0)), viewport->size());
        const QRect inWindow(view->mapTo(&window, QPoint(0, 0)), view->size());
        QVERIFY2(shown.contains(inWindow),
                 qPrintable(u"%1,%2 %3"_s.arg(inWindow.x()).arg(inWindow.y()).arg(text(inWindow.size()))));
        QVERIFY(view->runButton()->isVisible());
        QVERIFY(view->rect().contains(view->runButton()->geometry()));
    }

    void firstStartSize_data()
    {
        QTest::addColumn<QSize>("available");
        QTest::addColumn<QSize>("minimum");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("1400x900") << QSize(1400, 900) << QSize(650, 420) << QSize(1190, 765);
        QTest::newRow("1280x800") << QSize(1280, 800) << QSize(650, 420) << QSize(1088, 700);
        QTest::newRow("scale 2") << QSize(700, 450) << QSize(650, 420) << QSize(700, 450);
        QTest::newRow("4k") << QSize(3840, 2160) << QSize(650, 420) << QSize(1440, 960);
        QTest::newRow("smaller than the minimum") << QSize(600, 400) << QSize(650, 420) << QSize(600, 400);
        QTest::newRow("no screen") << QSize() << QSize(650, 420) << QSize(650, 420);
    }

    void firstStartSize()
    {
        QFETCH(QSize, available);
        QFETCH(QSize, minimum);
        QFETCH(QSize, expected);
        QCOMPARE(gui::firstStartSize(available, minimum), expected);
    }

    // Nothing saved: the window takes most of the screen it is on, and fits it.
    void firstStartFitsTheScreen()
    {
        QSettings settings(freshSettings(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.restoreState();
        const QSize available = window.screen()->availableSize();
        QVERIFY2(fits(window.size(), available), qPrintable(text(window.size()) + u" > "_s + text(available)));
        QCOMPARE(window.size(), gui::firstStartSize(available, window.minimumSizeHint()));
    }

    // Issue #12: Help > Keyboard Shortcuts lists the exchange log's shortcuts from start-up,
    // without building the Sandbox page.
    void shortcutsAreListedBeforeThePagesAreBuilt()
    {
        QSettings settings(freshSettings(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        QVERIFY(!window.isPageBuilt(MainWindow::Page::Sandbox));
        QVERIFY(!window.isPageBuilt(MainWindow::Page::Lab));

        QStringList rows;
        QTimer::singleShot(0, &window, [&window, &rows] {
            auto *dialog = window.findChild<QDialog *>(u"shortcutsDialog"_s);
            if (!dialog)
                return;
            if (auto *table = dialog->findChild<QTableWidget *>()) {
                for (int row = 0; row < table->rowCount(); ++row)
                    rows.append(table->item(row, 0)->text() + u" = "_s + table->item(row, 1)->text());
            }
            dialog->reject();
        });
        window.findChild<QAction *>(u"actionShortcuts"_s)->trigger();
        const QString listed = rows.join(u'\n');
        for (const QString &expected :
             {u"Exchange log: Copy as curl = Ctrl+Alt+C"_s, u"Exchange log: Copy as fetch = Ctrl+Alt+F"_s,
              u"Exchange log: Copy URL = Ctrl+Alt+U"_s, u"Exchange log: Replay = Ctrl+R"_s,
              u"Exchange log: Edit and Resend… = Ctrl+E"_s, u"Exchange log: Open the Status Card = Ctrl+Shift+O"_s,
              u"Exchange log: Expand or Collapse the Redirect Chain = +, -"_s, u"Back = Alt+Left"_s}) {
            const bool found = std::any_of(rows.begin(), rows.end(), [&expected](const QString &row) {
                return row == expected || row.startsWith(expected + u", "_s);
            });
            QVERIFY2(found, qPrintable(expected + u" not in\n"_s + listed));
        }
        QVERIFY(!window.isPageBuilt(MainWindow::Page::Sandbox));
        QVERIFY(!window.isPageBuilt(MainWindow::Page::Lab));

        // Once built, the page installs those very shortcuts, and the list stays as it was.
        const auto before = window.shortcutList();
        window.showPage(MainWindow::Page::Sandbox);
        window.showPage(MainWindow::Page::Lab);
        QCOMPARE(window.shortcutList(), before);
        QList<std::pair<QString, QList<QKeySequence>>> installed;
        for (QWidget *page : {static_cast<QWidget *>(window.sandboxPage()), static_cast<QWidget *>(window.labPage())}) {
            for (const QAction *action : page->findChildren<QAction *>()) {
                if (!action->shortcuts().isEmpty())
                    installed.append({action->text().remove(u'&'), action->shortcuts()});
            }
        }
        QList<std::pair<QString, QList<QKeySequence>>> described;
        for (const PageShortcut &shortcut : pageShortcuts())
            described.append({shortcut.text, shortcut.keys});
        std::sort(installed.begin(), installed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        std::sort(described.begin(), described.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QCOMPARE(installed, described);
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
