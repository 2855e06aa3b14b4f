// The reference page's finding tools, driven as a user would: ranked search, favourites
// and recent cards, the "Which code?" guide, compare, zoom and Markdown export.

#include "CardListModel.h"
#include "MainWindow.h"
#include "SnippetPane.h"
#include "catalog/CardExport.h"
#include "reference/GuideDialog.h"
#include "reference/ReferencePage.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::gui;

class TestReference : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::loadBuiltIn();
    SnippetLibrary m_snippets = SnippetLibrary::loadBuiltIn();
    QTemporaryDir m_dir;

    QString settingsPath() const { return m_dir.filePath(u"statusdeck.ini"_s); }

    // The rows of the list: the text of each section, then its rows' card ids or labels.
    static QStringList rows(QTreeView *view, int role)
    {
        QStringList out;
        QAbstractItemModel *model = view->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex section = model->index(g, 0);
            for (int r = 0; r < model->rowCount(section); ++r)
                out.append(model->index(r, 0, section).data(role).toString());
        }
        return out;
    }

private Q_SLOTS:
    void init() { QFile::remove(settingsPath()); }

    void resultsAreInRankOrderAndEnterOpensTheFirst()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        ReferencePage *page = window.referencePage();
        QTest::keyClicks(page->searchField(), u"rate limit"_s);
        QCOMPARE(rows(page->cardList(), CardListModel::CardIdRole).value(0), u"429"_s);
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QCOMPARE(window.currentCardId(), u"429"_s);
        // The open card is the highlighted row.
        QCOMPARE(page->cardList()->currentIndex().data(CardListModel::CardIdRole).toString(), u"429"_s);
    }

    void rowsSayWhyTheyMatched()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        ReferencePage *page = window.referencePage();
        QTest::keyClicks(page->searchField(), u"throttle"_s);
        const QString html = page->cardList()
                                 ->model()
                                 ->index(0, 0, page->cardList()->model()->index(0, 0))
                                 .data(CardListModel::HtmlRole)
                                 .toString();
        QVERIFY2(html.contains(u"keyword"_s) && html.contains(u"<b>throttle</b>"_s), qPrintable(html));
    }

    void aClassListsTheClass()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        ReferencePage *page = window.referencePage();
        QTest::keyClicks(page->searchField(), u"4xx"_s);
        const QStringList ids = rows(page->cardList(), CardListModel::CardIdRole);
        QVERIFY(ids.contains(u"404"_s) && ids.contains(u"429"_s));
        for (const QString &id : ids)
            QVERIFY2(m_catalog.findById(id)->codeClass() == 4, qPrintable(id));
    }

    void noResultsOffersTheClasses()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        ReferencePage *page = window.referencePage();
        QTest::keyClicks(page->searchField(), u"qqzzxxvv"_s);
        QCOMPARE(page->shownCount(), 0);
        QAbstractItemModel *model = page->cardList()->model();
        QVERIFY(model->index(0, 0).data().toString().contains(u"qqzzxxvv"_s));
        QCOMPARE(rows(page->cardList(), CardListModel::ClassQueryRole),
                 QStringList({u"1xx"_s, u"2xx"_s, u"3xx"_s, u"4xx"_s, u"5xx"_s}));
        Q_EMIT page->cardList()->activated(model->index(4, 0, model->index(0, 0)));
        QTRY_COMPARE(page->searchField()->text(), u"5xx"_s);
        QVERIFY(rows(page->cardList(), CardListModel::CardIdRole).contains(u"503"_s));
    }

    void typingLeavesTheOpenCardAndHistory()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        ReferencePage *page = window.referencePage();
        QVERIFY(window.openCard(u"301"_s));
        QVERIFY(window.openCard(u"418"_s));
        // Letters that filter the open card out, then a whole other code.
        QTest::keyClicks(page->searchField(), u"gateway"_s);
        QCOMPARE(window.currentCardId(), u"418"_s);
        page->searchField()->clear();
        QTest::keyClicks(page->searchField(), u"404"_s);
        QCOMPARE(window.currentCardId(), u"418"_s);
        QVERIFY(!page->canGoForward());
        page->goBack();
        QCOMPARE(window.currentCardId(), u"301"_s);
        QVERIFY(!page->canGoBack());
    }

    void escapeClearsTheSearch()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        ReferencePage *page = window.referencePage();
        QTest::keyClicks(page->searchField(), u"teapot"_s);
        QVERIFY(page->shownCount() < 5);
        QTest::keyClick(page->searchField(), Qt::Key_Escape);
        QVERIFY(page->searchField()->text().isEmpty());
        QCOMPARE(page->shownCount(), m_catalog.cards().size());
    }

    void aFavouriteSurvivesARestart()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            MainWindow window(m_catalog, m_snippets, settings);
            window.restoreState();
            window.show();
            QVERIFY(window.openCard(u"429"_s));
            QVERIFY(window.referencePage()->cardView()->toHtml().contains(u"favourite:429"_s));
            Q_EMIT window.referencePage()->cardView()->anchorClicked(QUrl(u"favourite:429"_s));
            QVERIFY(window.referencePage()->isFavourite());
            QVERIFY(window.openCard(u"404"_s));
            window.findChild<QAction *>(u"actionFavourite"_s)->trigger(); // Ctrl+B
            QVERIFY(window.referencePage()->isFavourite());
            QVERIFY(window.openCard(u"201"_s));
            window.close();
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.restoreState();
        const ReadingList &reading = window.referencePage()->readingList();
        QCOMPARE(reading.favourites(), QStringList({u"429"_s, u"404"_s}));
        QCOMPARE(reading.recent().mid(0, 3), QStringList({u"201"_s, u"404"_s, u"429"_s}));
        // Both head the list while the search is empty.
        QTreeView *list = window.referencePage()->cardList();
        QVERIFY(list->model()->index(0, 0).data().toString().contains(u"Favourites"_s));
        QCOMPARE(rows(list, CardListModel::CardIdRole).mid(0, 2), QStringList({u"429"_s, u"404"_s}));
        QVERIFY(list->model()->index(1, 0).data().toString().contains(u"Recent"_s));
    }

    void aBrokenFavouriteIsDropped()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            settings.setValue(u"reference/favourites"_s, QStringList({u"999-gone"_s, u"418"_s}));
            settings.setValue(u"reference/recent"_s, QStringList({u"nope"_s}));
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.restoreState();
        QCOMPARE(window.referencePage()->readingList().favourites(), QStringList({u"418"_s}));
        QVERIFY(!window.referencePage()->readingList().recent().contains(u"nope"_s));
    }

    void recentKeepsTwenty()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        for (const Card &card : m_catalog.cards())
            QVERIFY(window.openCard(card.id()));
        QCOMPARE(window.referencePage()->readingList().recent().size(), ReadingList::kRecentLimit);
        QCOMPARE(window.referencePage()->readingList().recent().first(), m_catalog.cards().last().id());
    }

    void guideLeadsToTheCard_data()
    {
        QTest::addColumn<QList<int>>("answers");
        QTest::addColumn<QString>("card");
        QTest::newRow("succeeded, created") << QList<int>{0, 1} << u"201"_s;
        QTest::newRow("moved for good, keep method") << QList<int>{1, 0, 0} << u"308"_s;
        QTest::newRow("see other") << QList<int>{1, 2} << u"303"_s;
    }

    void guideLeadsToTheCard()
    {
        QFETCH(QList<int>, answers);
        QFETCH(QString, card);
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        GuideDialog dialog(m_catalog, &window);
        connect(&dialog, &GuideDialog::cardRequested, &window, [&window](const QString &id) { window.openCard(id); });
        dialog.show();
        const QString first = dialog.questionText();
        QVERIFY(!first.isEmpty());
        QVERIFY(!dialog.backButton()->isEnabled());
        for (const int answer : answers) {
            QVERIFY(answer < dialog.answers().size());
            QTest::mouseClick(dialog.answers().at(answer), Qt::LeftButton);
        }
        QCOMPARE(dialog.resultCardId(), card);
        const Card *result = m_catalog.findById(card);
        QVERIFY(dialog.resultText().contains(result->phrase.toHtmlEscaped()));
        QVERIFY(dialog.resultText().contains(u"RFC"_s));
        QVERIFY(dialog.resultText().contains(u"“"_s)); // the rule's quote

        // Back to the last question, then Start over.
        QTest::mouseClick(dialog.backButton(), Qt::LeftButton);
        QVERIFY(dialog.resultCardId().isEmpty());
        QVERIFY(!dialog.answers().isEmpty());
        dialog.startOver();
        QCOMPARE(dialog.questionText(), first);
        for (const int answer : answers)
            QTest::mouseClick(dialog.answers().at(answer), Qt::LeftButton);
        QTest::mouseClick(dialog.openCardButton(), Qt::LeftButton);
        QCOMPARE(window.currentCardId(), card);
    }

    void compareShowsBothAndBackReturns()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        ReferencePage *page = window.referencePage();
        QVERIFY(window.openCard(u"301"_s));
        QVERIFY(page->cardView()->toHtml().contains(u"compare:308"_s));
        Q_EMIT page->cardView()->anchorClicked(QUrl(u"compare:308"_s));
        QCOMPARE(page->comparedCardId(), u"308"_s);
        const QString text = page->cardView()->toPlainText();
        QVERIFY(text.contains(u"Moved Permanently"_s) && text.contains(u"Permanent Redirect"_s));
        page->goBack();
        QCOMPARE(window.currentCardId(), u"301"_s);
        QVERIFY(page->comparedCardId().isEmpty());
        page->goForward();
        QCOMPARE(page->comparedCardId(), u"308"_s);

        // Ctrl+D: the open card with its first confused-with card.
        QVERIFY(window.openCard(u"401"_s));
        window.findChild<QAction *>(u"actionCompare"_s)->trigger();
        QCOMPARE(page->comparedCardId(), m_catalog.find(m_catalog.findById(u"401"_s)->confusedWith.first().code)->id());
        page->goBack();
        QCOMPARE(window.currentCardId(), u"401"_s);
        QVERIFY(page->comparedCardId().isEmpty());
    }

    void zoomIsRemembered()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            MainWindow window(m_catalog, m_snippets, settings);
            window.restoreState();
            const qreal before = window.referencePage()->cardView()->font().pointSizeF();
            window.findChild<QAction *>(u"actionZoomIn"_s)->trigger();
            window.findChild<QAction *>(u"actionZoomIn"_s)->trigger();
            QCOMPARE(window.referencePage()->zoom(), 2);
            QVERIFY(window.referencePage()->cardView()->font().pointSizeF() > before);
            window.close();
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.restoreState();
        QCOMPARE(window.referencePage()->zoom(), 2);
        window.findChild<QAction *>(u"actionZoomReset"_s)->trigger();
        QCOMPARE(window.referencePage()->zoom(), 0);
    }

    void markdownIsTheExportersAndFailuresAreReported()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        QVERIFY(window.openCard(u"416"_s));
        window.findChild<QAction *>(u"actionCopyMarkdown"_s)->trigger();
        const QString markdown = QApplication::clipboard()->text();
        QCOMPARE(markdown, cardToMarkdown(*m_catalog.findById(u"416"_s), m_snippets));
        const QString path = m_dir.filePath(u"416.md"_s);
        QString error;
        QVERIFY(window.referencePage()->exportMarkdown(path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), markdown);
        QVERIFY(!window.referencePage()->exportMarkdown(m_dir.filePath(u"no/such/dir/x.md"_s), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestReference)
#include "tst_reference.moc"
