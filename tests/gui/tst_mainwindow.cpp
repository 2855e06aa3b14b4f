// The reference window, driven as a user would: search, select, follow a link, go
// back, copy a snippet, restart with the saved state.

#include "CardListModel.h"
#include "CodeEditor.h"
#include "LabPage.h"
#include "MainWindow.h"
#include "PngWriter.h"
#include "SandboxPage.h"
#include "Screenshot.h"
#include "SnippetPane.h"
#include "Theme.h"
#include "reference/ReferencePage.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::gui;

// Receives the URLs QDesktopServices would open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestMainWindow : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::loadBuiltIn();
    SnippetLibrary m_snippets = SnippetLibrary::loadBuiltIn();
    QTemporaryDir m_dir;

    QString settingsPath() const { return m_dir.filePath(u"statusdeck.ini"_s); }

    static QStringList visibleCards(QTreeView *view)
    {
        QStringList ids;
        QAbstractItemModel *model = view->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r)
                ids.append(model->index(r, 0, group).data(CardListModel::CardIdRole).toString());
        }
        return ids;
    }

private Q_SLOTS:
    void init() { QFile::remove(settingsPath()); }

    void searchFiltersTheList()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        QCOMPARE(visibleCards(window.referencePage()->cardList()).size(), m_catalog.cards().size());

        QTest::keyClicks(window.referencePage()->searchField(), u"see other"_s);
        const QStringList seeOther = visibleCards(window.referencePage()->cardList());
        QVERIFY(seeOther.contains(u"303"_s));
        QVERIFY(seeOther.size() < m_catalog.cards().size() / 2);

        window.referencePage()->searchField()->clear();
        QTest::keyClicks(window.referencePage()->searchField(), u"30"_s);
        const QStringList thirties = visibleCards(window.referencePage()->cardList());
        QVERIFY(thirties.contains(u"300"_s) && thirties.contains(u"308"_s));
        QVERIFY(!thirties.contains(u"200"_s));

        // A former phrase finds its card.
        window.referencePage()->searchField()->clear();
        QTest::keyClicks(window.referencePage()->searchField(), u"payload too large"_s);
        QVERIFY(visibleCards(window.referencePage()->cardList()).contains(u"413"_s));
        QTest::keyClick(window.referencePage()->searchField(), Qt::Key_Return);
        QCOMPARE(window.currentCardId(), u"413"_s);
        window.referencePage()->searchField()->clear();
        QTest::keyClicks(window.referencePage()->searchField(), u"30"_s);

        // Typing a whole known code lists it first; Enter opens it.
        QTest::keyClick(window.referencePage()->searchField(), Qt::Key_7);
        QCOMPARE(window.currentCardId(), u"413"_s);
        QCOMPARE(visibleCards(window.referencePage()->cardList()).value(0), u"307"_s);
        QTest::keyClick(window.referencePage()->searchField(), Qt::Key_Return);
        QCOMPARE(window.currentCardId(), u"307"_s);
    }

    void selectingShowsTheCard()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        QTest::keyClicks(window.referencePage()->searchField(), u"moved permanently"_s);
        QTreeView *list = window.referencePage()->cardList();
        const QModelIndex first = list->model()->index(0, 0, list->model()->index(0, 0));
        QVERIFY(first.isValid());
        list->setCurrentIndex(first); // moving to a row does not open it
        QVERIFY(window.currentCardId().isEmpty());
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window.currentCardId(), u"301"_s);
        const QString text = window.referencePage()->cardView()->toPlainText();
        QVERIFY(text.contains(u"Moved Permanently"_s));
        QVERIFY(text.contains(u"RFC 9110, section 15.4.2"_s));
        QVERIFY(window.windowTitle().contains(u"301"_s));
    }

    void confusedWithLinkNavigatesAndBackReturns()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        QVERIFY(window.openCard(u"301"_s));
        QVERIFY(window.referencePage()->cardView()->toHtml().contains(u"card:308"_s));
        Q_EMIT window.referencePage()->cardView()->anchorClicked(QUrl(u"card:308"_s));
        QCOMPARE(window.currentCardId(), u"308"_s);

        // Shortcuts go to the active window.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.currentCardId(), u"301"_s);
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window.currentCardId(), u"308"_s);

        // A redirect card offers the lab.
        QSignalSpy lab(&window, &MainWindow::labRequested);
        QVERIFY(window.referencePage()->cardView()->toHtml().contains(u"lab:308"_s));
        Q_EMIT window.referencePage()->cardView()->anchorClicked(QUrl(u"lab:308"_s));
        QCOMPARE(lab.count(), 1);
        QCOMPARE(lab.first().first().toInt(), 308);
        QCOMPARE(window.currentPage(), MainWindow::Page::Lab);
        // The code's column runs at once, so the sandbox starts (issue #15).
        QVERIFY(window.sandbox().isRunning());

        // Back returns from the lab to the card; the mouse's back button works anywhere.
        QVERIFY(window.findChild<QAction *>(u"actionBack"_s)->toolTip().contains(u"308 Permanent Redirect"_s));
        QTest::mouseClick(window.labPage(), Qt::BackButton);
        QCOMPARE(window.currentPage(), MainWindow::Page::Reference);
        QCOMPARE(window.currentCardId(), u"308"_s);
        QTest::mouseClick(window.referencePage()->cardView()->viewport(), Qt::BackButton);
        QCOMPARE(window.currentCardId(), u"301"_s);
    }

    // Title, toolbar and status bar belong to the page shown; history covers page switches.
    void windowStateFollowsThePage()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openCard(u"404"_s));
        auto *back = window.findChild<QAction *>(u"actionBack"_s);
        auto *forward = window.findChild<QAction *>(u"actionForward"_s);
        auto *copy = window.findChild<QAction *>(u"actionCopySnippet"_s);
        QVERIFY(back && forward && copy);
        QVERIFY(window.windowTitle().startsWith(u"404 Not Found"_s));
        QVERIFY(window.findChild<QLabel *>(u"cardCount"_s)->isVisible());
        QVERIFY(copy->isEnabled());
        QVERIFY(!back->isEnabled());

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Sandbox);
        QCOMPARE(window.windowTitle(), u"Sandbox – StatusDeck"_s);
        QVERIFY(!copy->isEnabled());
        QVERIFY(back->isEnabled());
        QCOMPARE(back->toolTip(), u"Go back to 404 Not Found (Alt+Left)"_s);
        QVERIFY(!window.findChild<QLabel *>(u"cardCount"_s)->isVisible());
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.windowTitle(), u"Redirect Lab – StatusDeck"_s);

        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Sandbox);
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Reference);
        QCOMPARE(window.currentCardId(), u"404"_s);
        QVERIFY(copy->isEnabled());
        QVERIFY(forward->toolTip().startsWith(u"Go forward to the Sandbox"_s));

        // The lab's "Open the 301 card", then Back: the lab again.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(!forward->isEnabled());
        Q_EMIT window.labPage()->cardRequested(u"301"_s);
        QCOMPARE(window.currentPage(), MainWindow::Page::Reference);
        QCOMPARE(window.currentCardId(), u"301"_s);
        window.goBack();
        QCOMPARE(window.currentPage(), MainWindow::Page::Lab);
    }

    void sandboxIndicatorOnEveryPage()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        auto *indicator = window.findChild<QToolButton *>(u"sandboxIndicator"_s);
        QVERIFY(indicator && indicator->isVisible());
        QVERIFY(indicator->text().contains(u"stopped"_s));
        window.sandbox().start({});
        QTRY_VERIFY(window.sandbox().isListening());
        QCOMPARE(indicator->accessibleName(), u"Sandbox running on port %1"_s.arg(window.sandbox().url().port()));
        QVERIFY(indicator->isVisible()); // on the reference page too
        QTest::mouseClick(indicator, Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::Page::Sandbox);
        window.sandbox().stop();
        QVERIFY(indicator->text().contains(u"stopped"_s));
    }

    void helpMenuAndShortcuts()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        const auto list = window.shortcutList();
        const auto has = [&list](const QString &what, const QString &keys) {
            return std::any_of(list.begin(), list.end(), [&](const auto &entry) {
                return entry.first == what && entry.second.split(u", "_s).contains(keys);
            });
        };
        QVERIFY(has(u"Back"_s, u"Alt+Left"_s));
        QVERIFY(has(u"Forward"_s, u"Alt+Right"_s));
        QVERIFY(has(u"Find"_s, u"Ctrl+K"_s));
        QVERIFY(has(u"Copy Snippet"_s, u"Ctrl+Shift+C"_s));
        QVERIFY(has(u"Reference"_s, u"Ctrl+1"_s));
        QVERIFY(has(u"Sandbox"_s, u"Ctrl+2"_s));
        QVERIFY(has(u"Redirect Lab"_s, u"Ctrl+3"_s));
        QVERIFY(has(u"Keyboard Shortcuts"_s, u"Ctrl+/"_s));
        QVERIFY(window.findChild<QAction *>(u"actionAboutQt"_s));

        // Report a Problem opens the bug tracker.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        window.findChild<QAction *>(u"actionReportProblem"_s)->trigger();
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QCOMPARE(catcher.opened, QList<QUrl>{MainWindow::bugTrackerUrl()});
        QCOMPARE(MainWindow::bugTrackerUrl().toString(), u"https://github.com/statusdeck/statusdeck/issues"_s);
    }

    void bundledIconsLoad()
    {
        for (const ActionIcon icon :
             {ActionIcon::Back, ActionIcon::Forward, ActionIcon::Copy, ActionIcon::Start, ActionIcon::Stop,
              ActionIcon::Run, ActionIcon::Export, ActionIcon::Compare, ActionIcon::Favourite})
            QVERIFY2(!themedIcon(icon).pixmap(24, 24).isNull(), qPrintable(QString::number(int(icon))));
    }

    void copyPutsTheSnippetOnTheClipboard()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        QVERIFY(window.openCard(u"307"_s));
        QApplication::clipboard()->clear();
        auto *copy = window.referencePage()->snippetPane()->findChild<QPushButton *>(u"copySnippet"_s);
        QVERIFY(copy);
        QSignalSpy copied(window.referencePage()->snippetPane(), &SnippetPane::copied);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(copied.count(), 1);
        const QString text = QApplication::clipboard()->text();
        QVERIFY(!text.isEmpty());
        QCOMPARE(text, window.referencePage()->snippetPane()->code());
        QVERIFY(text.contains(m_catalog.find(307)->location()));

        // And by keyboard.
        QApplication::clipboard()->clear();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::clipboard()->text(), window.referencePage()->snippetPane()->code());
    }

    void frameworkChooserSwitchesLanguage()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        QVERIFY(window.openCard(u"302"_s));
        window.referencePage()->snippetPane()->setFrameworkId(u"flask"_s);
        QCOMPARE(window.referencePage()->snippetPane()->editor()->language(), u"python"_s);
        QVERIFY(window.referencePage()->snippetPane()->code().contains(u"redirect("_s));
        window.referencePage()->snippetPane()->setFrameworkId(u"express"_s);
        QCOMPARE(window.referencePage()->snippetPane()->editor()->language(), u"javascript"_s);
    }

    void stateIsRestored()
    {
        QByteArray cardSplitter;
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            MainWindow window(m_catalog, m_snippets, settings);
            window.restoreState();
            window.resize(1100, 700);
            window.show();
            QVERIFY(window.openCard(u"303"_s));
            window.referencePage()->snippetPane()->setFrameworkId(u"flask"_s);
            window.close();
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QCOMPARE(settings.value(u"reference/lastCard"_s).toString(), u"303"_s);
        MainWindow window(m_catalog, m_snippets, settings);
        window.restoreState();
        QCOMPARE(window.currentCardId(), u"303"_s);
        QCOMPARE(window.referencePage()->snippetPane()->frameworkId(), u"flask"_s);
        QCOMPARE(window.size(), QSize(1100, 700));
    }

    void pagesAreBuiltWhenFirstShown()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        QCOMPARE(window.currentPage(), MainWindow::Page::Reference);
        QCOMPARE(window.tabs()->count(), 3);
        QVERIFY(!window.isPageBuilt(MainWindow::Page::Sandbox));
        QVERIFY(!window.isPageBuilt(MainWindow::Page::Lab));
        QVERIFY(!window.findChild<LabPage *>());
        QVERIFY(!window.findChild<SandboxPage *>());

        window.showPage(MainWindow::Page::Lab);
        QCOMPARE(window.currentPage(), MainWindow::Page::Lab);
        QVERIFY(window.isPageBuilt(MainWindow::Page::Lab));
        QVERIFY(!window.isPageBuilt(MainWindow::Page::Sandbox));
        auto *lab = window.findChild<LabPage *>();
        QVERIFY(lab);
        QCOMPARE(window.labPage(), lab);
        QTRY_VERIFY(lab->isVisible());

        // A tab clicked for the first time builds its page.
        window.tabs()->setCurrentIndex(int(MainWindow::Page::Sandbox));
        QVERIFY(window.isPageBuilt(MainWindow::Page::Sandbox));
        QCOMPARE(window.currentPage(), MainWindow::Page::Sandbox);
        QTRY_VERIFY(window.sandboxPage()->isVisible());
        QCOMPARE(window.findChildren<LabPage *>().size(), 1);

        // Opening a card goes back to the reference.
        QVERIFY(window.openCard(u"404"_s));
        QCOMPARE(window.currentPage(), MainWindow::Page::Reference);
    }

    void pageNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("page");
        QTest::newRow("reference") << u"reference"_s << int(MainWindow::Page::Reference);
        QTest::newRow("sandbox") << u"sandbox"_s << int(MainWindow::Page::Sandbox);
        QTest::newRow("lab") << u"lab"_s << int(MainWindow::Page::Lab);
        QTest::newRow("unknown") << u"labs"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void pageNames()
    {
        QFETCH(QString, name);
        QFETCH(int, page);
        const std::optional<MainWindow::Page> found = MainWindow::pageFromName(name);
        QCOMPARE(found ? int(*found) : -1, page);
    }

    void restoredPageIsBuiltOnlyThen()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            MainWindow window(m_catalog, m_snippets, settings);
            window.restoreState();
            window.show();
            QVERIFY(!window.isPageBuilt(MainWindow::Page::Sandbox));
            window.showPage(MainWindow::Page::Sandbox);
            window.close();
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.restoreState();
        QCOMPARE(window.currentPage(), MainWindow::Page::Sandbox);
        QVERIFY(window.isPageBuilt(MainWindow::Page::Sandbox));
        QVERIFY(!window.isPageBuilt(MainWindow::Page::Lab));
    }

    void snippetEditorIsMadeWhenShown()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        QVERIFY(window.openCard(u"307"_s));
        SnippetPane *pane = window.referencePage()->snippetPane();
        QVERIFY(!pane->findChild<CodeEditor *>());
        QVERIFY(pane->code().contains(m_catalog.find(307)->location()));
        window.show();
        auto *editor = pane->findChild<CodeEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), pane->code());
        QTRY_VERIFY(editor->isVisible());
    }

    void screenshotIsAFaithfulPng()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        QVERIFY(window.openCard(u"418"_s));
        const QString file = m_dir.filePath(u"shot.png"_s);
        QCOMPARE(ScreenshotMaker(window, {900, 600}).make(MainWindow::Page::Reference, file), QString());
        const QImage shot(file);
        QCOMPARE(shot.size(), QSize(900, 600));
        QVERIFY(!window.isPageBuilt(MainWindow::Page::Lab));

        // Pixel for pixel what was drawn.
        QImage drawn(64, 48, QImage::Format_ARGB32);
        for (int y = 0; y < drawn.height(); ++y) {
            for (int x = 0; x < drawn.width(); ++x)
                drawn.setPixel(x, y, qRgb(x * 4, y * 5, (x * y) % 256));
        }
        const QString small = m_dir.filePath(u"small.png"_s);
        QCOMPARE(writeScreenshotPng(drawn, small), QString());
        QCOMPARE(QImage(small).convertToFormat(QImage::Format_RGB32), drawn.convertToFormat(QImage::Format_RGB32));

        // A file that cannot be written is an error, and an existing file is left alone.
        QVERIFY(!writeScreenshotPng(drawn, m_dir.filePath(u"no/such/dir/x.png"_s)).isEmpty());
        QVERIFY(!writeScreenshotPng(QImage(), small).isEmpty());
        QCOMPARE(QImage(small).size(), drawn.size());
    }

    void themeColoursFollowThePalette()
    {
        auto &app = *static_cast<QApplication *>(QCoreApplication::instance());
        applyTheme(app, u"light"_s);
        const QPalette light = QApplication::palette();
        applyTheme(app, u"dark"_s);
        const QPalette dark = QApplication::palette();
        applyTheme(app, QString());
        QVERIFY(!isDark(light));
        QVERIFY(isDark(dark));
        // Text colours are darker on the light palette, cell backgrounds lighter.
        for (const ThemeColor text :
             {ThemeColor::StatusServerError, ThemeColor::StatusClientError, ThemeColor::StatusRedirect,
              ThemeColor::RegistryStandard, ThemeColor::RegistryTemporary, ThemeColor::RegistryRetired,
              ThemeColor::RegistryUnofficial, ThemeColor::LabMismatch, ThemeColor::LabHopChanged})
            QVERIFY(themeColor(text, light).lightness() < themeColor(text, dark).lightness());
        for (const ThemeColor cell : {ThemeColor::LabKept, ThemeColor::LabMethodChanged, ThemeColor::LabBodyDropped,
                                      ThemeColor::LabNotFollowed})
            QVERIFY(themeColor(cell, light).lightness() > themeColor(cell, dark).lightness());
    }

    // View > Theme re-renders the open card: its text colour is the new palette's.
    void themeSwitchRerendersTheCard()
    {
        auto &app = *static_cast<QApplication *>(QCoreApplication::instance());
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        connect(&window, &MainWindow::themeRequested, &app, [&app](const QString &id) { applyTheme(app, id); });
        window.show();
        QVERIFY(window.openCard(u"301"_s));
        const auto chooseTheme = [&window](const QString &id) {
            for (QAction *action : window.findChildren<QAction *>()) {
                if (action->isCheckable() && action->data().toString() == id && !action->data().isNull())
                    action->trigger();
            }
        };
        for (const QString &theme : {u"dark"_s, u"light"_s, u"dark"_s}) {
            chooseTheme(theme);
            QCOMPARE(isDark(QApplication::palette()), theme == "dark"_L1);
            const QString text = QApplication::palette().color(QPalette::Text).name();
            QTRY_VERIFY2(window.referencePage()->cardView()->toHtml().contains(u"color:"_s + text), qPrintable(theme));
        }
        applyTheme(app, QString());
    }

    void disabledWidgetsLookDisabled_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("dark") << u"dark"_s;
    }

    void disabledWidgetsLookDisabled()
    {
        QFETCH(QString, theme);
        auto &app = *static_cast<QApplication *>(QCoreApplication::instance());
        applyTheme(app, theme);
        const QPalette palette = QApplication::palette();
        applyTheme(app, QString());
        for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText, QPalette::Base})
            QVERIFY2(palette.color(QPalette::Disabled, role) != palette.color(QPalette::Active, role),
                     qPrintable(QString::number(role)));
    }

    void problemsAreShown()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.reportProblems({u"999.json: not valid JSON"_s});
        auto *label = window.findChild<QWidget *>(u"loadProblems"_s);
        QVERIFY(label);
        QVERIFY(label->toolTip().contains(u"999.json"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
