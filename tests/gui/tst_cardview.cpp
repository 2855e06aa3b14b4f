// The card view in the window: Back and Forward bring back where the card was scrolled to,
// Copy as curl targets the running sandbox, and "Try it live" runs a card's demo against the
// window's sandbox (started when stopped, on a free port when its port is taken).

#include "MainWindow.h"
#include "SnippetPane.h"
#include "reference/LiveDemoDialog.h"
#include "reference/ReferencePage.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::gui;

class TestCardView : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::loadBuiltIn();
    SnippetLibrary m_snippets = SnippetLibrary::loadBuiltIn();
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<QSettings> freshSettings()
    {
        return std::make_unique<QSettings>(m_dir.filePath(u"s%1.ini"_s.arg(++m_files)), QSettings::IniFormat);
    }

    static void startSandbox(MainWindow &window)
    {
        SandboxServer::Options options;
        options.port = 0;
        window.sandbox().start(options);
        QTRY_VERIFY_WITH_TIMEOUT(window.sandbox().isListening(), 10000);
    }

private Q_SLOTS:
    // The window's Back (and Forward) show the card where it was scrolled to; a card
    // chosen anew starts at the top.
    void backRestoresScroll_data()
    {
        QTest::addColumn<bool>("window"); // the window's Back, or the reference page's own
        QTest::newRow("window") << true;
        QTest::newRow("reference page") << false;
    }

    void backRestoresScroll()
    {
        QFETCH(bool, window);
        auto settings = freshSettings();
        MainWindow main(m_catalog, m_snippets, *settings);
        main.resize(1000, 600);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        ReferencePage *page = main.referencePage();
        QScrollBar *scroll = page->cardView()->verticalScrollBar();
        QVERIFY(main.openCard(u"404"_s));
        QVERIFY2(scroll->maximum() > 200, "the card must be taller than its view");
        scroll->setValue(scroll->maximum() / 2);
        const int at404 = scroll->value();
        QVERIFY(at404 > 0);

        QVERIFY(main.openCard(u"410"_s));
        QCOMPARE(scroll->value(), 0);
        scroll->setValue(scroll->maximum() / 3);
        const int at410 = scroll->value();
        QVERIFY(at410 > 0 && at410 != at404);

        if (window)
            main.goBack();
        else
            page->goBack();
        QCOMPARE(main.currentCardId(), u"404"_s);
        QCOMPARE(scroll->value(), at404);

        if (window)
            main.goForward();
        else
            page->goForward();
        QCOMPARE(main.currentCardId(), u"410"_s);
        QCOMPARE(scroll->value(), at410);

        // Chosen again (not through history): from the top.
        QVERIFY(main.openCard(u"404"_s));
        QCOMPARE(scroll->value(), 0);
    }

    // Compare is a place in the window's history: Back returns to the card, Forward to the
    // comparison (issue 11).
    void backFromCompare()
    {
        auto settings = freshSettings();
        MainWindow window(m_catalog, m_snippets, *settings);
        QVERIFY(window.openCard(u"301"_s));
        ReferencePage *page = window.referencePage();
        QVERIFY(page->compareWith(u"308"_s));
        QCOMPARE(page->comparedCardId(), u"308"_s);
        auto *back = window.findChild<QAction *>(u"actionBack"_s);
        QVERIFY(back && back->isEnabled());
        QVERIFY2(back->toolTip().contains(u"301 Moved Permanently"_s), qPrintable(back->toolTip()));
        window.goBack();
        QCOMPARE(window.currentCardId(), u"301"_s);
        QVERIFY(page->comparedCardId().isEmpty());
        auto *forward = window.findChild<QAction *>(u"actionForward"_s);
        QVERIFY2(forward->toolTip().contains(u"301 compared with 308"_s), qPrintable(forward->toolTip()));
        window.goForward();
        QCOMPARE(page->comparedCardId(), u"308"_s);
        QCOMPARE(window.currentCardId(), u"301"_s);
    }

    // Copy as curl: the running sandbox's /status/CODE, else the card's example.
    void copyAsCurlTargetsTheSandbox()
    {
        auto settings = freshSettings();
        MainWindow window(m_catalog, m_snippets, *settings);
        QVERIFY(window.openCard(u"429"_s));
        SnippetPane *pane = window.referencePage()->snippetPane();
        QVERIFY2(pane->curlCommand().contains(u"http://localhost:${PORT:-8080}/example"_s),
                 qPrintable(pane->curlCommand()));

        startSandbox(window);
        const int port = window.sandbox().url().port();
        const QString expected = u"curl -i http://127.0.0.1:%1/status/429"_s.arg(port);
        QVERIFY2(pane->curlCommand().contains(expected), qPrintable(pane->curlCommand()));
        QVERIFY(pane->curlCommand().contains(u"port %1"_s.arg(port)));
        pane->copyCurlToClipboard();
        QCOMPARE(QApplication::clipboard()->text(), pane->curlCommand());
        // It says so: in the note beside the button and in the button's tooltip.
        auto *note = pane->findChild<QWidget *>(u"copyCurl"_s);
        QVERIFY(note && note->toolTip().contains(expected.mid(8)));

        window.sandbox().stop();
        QTRY_VERIFY(!window.sandbox().isRunning());
        QVERIFY(pane->curlCommand().contains(u"http://localhost:${PORT:-8080}/example"_s));
    }

    // Try it live, for a card with a demo of its own and for a code only a vendor sends:
    // the sandbox is started when stopped (here on a free port, as the chosen one is taken),
    // the exchanges arrive without blocking the GUI thread, and the verdict is shown.
    void tryItLive_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("inExchanges");
        QTest::addColumn<QString>("inNotice");
        QTest::newRow("304, its own demo") << u"304"_s << u"HTTP/1.1 304"_s << u"If-None-Match"_s;
        QTest::newRow("520, Cloudflare only") << u"520-cloudflare"_s << u"HTTP/1.1 520"_s << u"Cloudflare"_s;
    }

    void tryItLive()
    {
        QFETCH(QString, card);
        QFETCH(QString, inExchanges);
        QFETCH(QString, inNotice);
        // The user's port is taken by someone else.
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        auto settings = freshSettings();
        SandboxServer::setConfiguredPort(*settings, squatter.serverPort());
        MainWindow window(m_catalog, m_snippets, *settings);
        QVERIFY(window.openCard(card));
        QVERIFY(!window.sandbox().isRunning());

        // As the card's link does.
        QSignalSpy requested(window.referencePage(), &ReferencePage::liveDemoRequested);
        QMetaObject::invokeMethod(window.referencePage()->cardView(), "anchorClicked",
                                  Q_ARG(QUrl, QUrl(u"try:"_s + card)));
        QCOMPARE(requested.count(), 1);
        auto *dialog = window.findChild<LiveDemoDialog *>();
        QVERIFY(dialog);
        // Nothing has been sent yet: the GUI thread went on while the sandbox starts.
        QVERIFY(!dialog->isDone());
        QSignalSpy finished(dialog, &LiveDemoDialog::demoFinished);
        QVERIFY(finished.wait(20000));
        QVERIFY2(dialog->succeeded(), qPrintable(dialog->exchanges()));
        QVERIFY(window.sandbox().isListening());
        QVERIFY(window.sandbox().url().port() != squatter.serverPort());
        QVERIFY2(dialog->sandboxNote().contains(QString::number(squatter.serverPort())) &&
                     dialog->sandboxNote().contains(QString::number(window.sandbox().url().port())),
                 qPrintable(dialog->sandboxNote()));
        QVERIFY2(dialog->exchanges().contains(inExchanges), qPrintable(dialog->exchanges()));
        QVERIFY(dialog->exchanges().contains(u"as the card says"_s));
        QVERIFY(dialog->verdict().contains(u"is what the card says"_s));
        auto *notice = dialog->findChild<QWidget *>(u"liveDemoNotice"_s);
        QVERIFY(notice);
        QVERIFY2(notice->property("text").toString().contains(inNotice),
                 qPrintable(notice->property("text").toString()));

        // Again, now that the sandbox runs: sent at once to it.
        QSignalSpy again(dialog, &LiveDemoDialog::demoFinished);
        dialog->run();
        QVERIFY(again.wait(20000));
        QVERIFY(dialog->succeeded());
        QVERIFY(dialog->sandboxNote().contains(window.sandbox().url().toString()));
    }
};

QTEST_MAIN(TestCardView)
#include "tst_cardview.moc"
