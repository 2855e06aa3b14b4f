// The reference window, driven as a user would: search, select, follow a link, go
// back, copy a snippet, restart with the saved state.

#include "CardListModel.h"
#include "CodeEditor.h"
#include "MainWindow.h"
#include "SnippetPane.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::gui;

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
        QCOMPARE(visibleCards(window.cardList()).size(), m_catalog.cards().size());

        QTest::keyClicks(window.searchField(), u"see other"_s);
        const QStringList seeOther = visibleCards(window.cardList());
        QVERIFY(seeOther.contains(u"303"_s));
        QVERIFY(seeOther.size() < m_catalog.cards().size() / 2);

        window.searchField()->clear();
        QTest::keyClicks(window.searchField(), u"30"_s);
        const QStringList thirties = visibleCards(window.cardList());
        QVERIFY(thirties.contains(u"300"_s) && thirties.contains(u"308"_s));
        QVERIFY(!thirties.contains(u"200"_s));

        // A former phrase finds its card.
        window.searchField()->clear();
        QTest::keyClicks(window.searchField(), u"payload too large"_s);
        QVERIFY(visibleCards(window.cardList()).contains(u"413"_s));
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        QCOMPARE(window.currentCardId(), u"413"_s);
        window.searchField()->clear();
        QTest::keyClicks(window.searchField(), u"30"_s);

        // Typing a whole known code opens its card.
        QTest::keyClick(window.searchField(), Qt::Key_7);
        QCOMPARE(window.currentCardId(), u"307"_s);
    }

    void selectingShowsTheCard()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        QTest::keyClicks(window.searchField(), u"moved permanently"_s);
        QTreeView *list = window.cardList();
        const QModelIndex first = list->model()->index(0, 0, list->model()->index(0, 0));
        QVERIFY(first.isValid());
        list->setCurrentIndex(first);
        QCOMPARE(window.currentCardId(), u"301"_s);
        const QString text = window.cardView()->toPlainText();
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
        QVERIFY(window.cardView()->toHtml().contains(u"card:308"_s));
        Q_EMIT window.cardView()->anchorClicked(QUrl(u"card:308"_s));
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
        QVERIFY(window.cardView()->toHtml().contains(u"lab:308"_s));
        Q_EMIT window.cardView()->anchorClicked(QUrl(u"lab:308"_s));
        QCOMPARE(lab.count(), 1);
        QCOMPARE(lab.first().first().toInt(), 308);

        // The mouse's back button anywhere in the window.
        QTest::mouseClick(window.cardView()->viewport(), Qt::BackButton);
        QCOMPARE(window.currentCardId(), u"301"_s);
    }

    void copyPutsTheSnippetOnTheClipboard()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        QVERIFY(window.openCard(u"307"_s));
        QApplication::clipboard()->clear();
        auto *copy = window.snippetPane()->findChild<QPushButton *>(u"copySnippet"_s);
        QVERIFY(copy);
        QSignalSpy copied(window.snippetPane(), &SnippetPane::copied);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(copied.count(), 1);
        const QString text = QApplication::clipboard()->text();
        QVERIFY(!text.isEmpty());
        QCOMPARE(text, window.snippetPane()->code());
        QVERIFY(text.contains(m_catalog.find(307)->location()));

        // And by keyboard.
        QApplication::clipboard()->clear();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::clipboard()->text(), window.snippetPane()->code());
    }

    void frameworkChooserSwitchesLanguage()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        QVERIFY(window.openCard(u"302"_s));
        window.snippetPane()->setFrameworkId(u"flask"_s);
        QCOMPARE(window.snippetPane()->editor()->language(), u"python"_s);
        QVERIFY(window.snippetPane()->code().contains(u"redirect("_s));
        window.snippetPane()->setFrameworkId(u"express"_s);
        QCOMPARE(window.snippetPane()->editor()->language(), u"javascript"_s);
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
            window.snippetPane()->setFrameworkId(u"flask"_s);
            window.close();
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QCOMPARE(settings.value(u"reference/lastCard"_s).toString(), u"303"_s);
        MainWindow window(m_catalog, m_snippets, settings);
        window.restoreState();
        QCOMPARE(window.currentCardId(), u"303"_s);
        QCOMPARE(window.snippetPane()->frameworkId(), u"flask"_s);
        QCOMPARE(window.size(), QSize(1100, 700));
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
