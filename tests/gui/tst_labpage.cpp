// The redirect lab in the window: run a client's matrix live against the sandbox, read a
// cell, open its hop timeline and the raw bytes of a hop.

#include "CodeEditor.h"
#include "LabPage.h"
#include "lab/ClientProfile.h"
#include "lab/RedirectMatrix.h"
#include "sandbox/SandboxServer.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::gui;

class TestLabPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void runMatrixAndOpenATimeline()
    {
        QSettings settings(m_dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        page.resize(1200, 800);
        page.show();
        page.setClientId(u"fetch"_s);
        QCOMPARE(page.clientId(), u"fetch"_s);

        QSignalSpy finished(&page, &LabPage::matrixFinished);
        page.runMatrix(); // starts the sandbox first
        QVERIFY(finished.wait(120000));
        QVERIFY(server.isRunning());

        const int post = int(lab::RedirectMatrix::methods().indexOf("POST"));
        const int put = int(lab::RedirectMatrix::methods().indexOf("PUT"));
        const int c302 = int(lab::RedirectMatrix::codes().indexOf(302));
        const int c307 = int(lab::RedirectMatrix::codes().indexOf(307));
        QTableWidget *table = page.matrixTable();
        QVERIFY(table->item(post, c302));
        QVERIFY2(table->item(post, c302)->text().startsWith(u"GET, body dropped"_s),
                 qPrintable(table->item(post, c302)->text()));
        QVERIFY(table->item(post, c307)->text().startsWith(u"POST, body kept"_s));
        QVERIFY(table->item(put, c302)->text().startsWith(u"PUT, body kept"_s));
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column)
                QVERIFY2(!table->item(row, column)->text().contains(u"⚠"_s), "the live run disagrees with fetch");
        }

        // A cell's timeline: the redirect, then the request at its target.
        table->setCurrentCell(post, c302);
        QCOMPARE(page.timeline()->count(), 2);
        QVERIFY(page.timeline()->item(0)->text().contains(u"POST"_s));
        QVERIFY(page.timeline()->item(1)->text().contains(u"method POST → GET"_s));
        QVERIFY(page.timeline()->item(1)->text().contains(u"body dropped"_s));
        page.timeline()->setCurrentRow(1);
        QVERIFY(page.findChild<CodeEditor *>()->text().startsWith(u"GET /anything"_s));
        server.stop();
    }

    void presetAcrossOriginsDropsAuthorization()
    {
        QSettings settings(m_dir.filePath(u"s3.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        page.setClientId(u"fetch"_s);
        const int preset = int(page.presetNames().indexOf(u"Authorization across origins"_s));
        QVERIFY(preset >= 0);
        page.applyPreset(preset); // starts the sandbox for its second origin
        QTRY_VERIFY(server.isRunning() && !page.findChild<QLineEdit *>(u"requestUrl"_s)->text().isEmpty());
        QSignalSpy done(&page, &LabPage::requestFinished);
        page.sendRequest();
        QVERIFY(done.wait(30000));
        QCOMPARE(page.timeline()->count(), 2);
        const QString second = page.timeline()->item(1)->text();
        QVERIFY2(second.contains(u"−Authorization"_s), qPrintable(second));
        QVERIFY2(second.contains(QString::number(server.secondUrl().port())), qPrintable(second));
        server.stop();
    }

    void compareClientsOnOneCode()
    {
        QSettings settings(m_dir.filePath(u"s4.ini"_s), QSettings::IniFormat);
        settings.setValue(u"sandbox/port"_s, 0);
        SandboxServer server;
        LabPage page(server, settings);
        QSignalSpy done(&page, &LabPage::compareFinished);
        page.runCompare(302);
        QVERIFY(done.wait(120000));
        QTableWidget *table = page.compareTable();
        QCOMPARE(table->columnCount(), int(lab::ClientProfile::all().size()));
        const int post = int(lab::RedirectMatrix::methods().indexOf("POST"));
        const auto column = [table](const QString &id) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (table->horizontalHeaderItem(c)->text() == id)
                    return c;
            }
            return -1;
        };
        QVERIFY(table->item(post, column(u"fetch"_s))->text().startsWith(u"GET, body dropped"_s));
        QVERIFY(table->item(post, column(u"rfc"_s))->text().startsWith(u"POST, body kept"_s));
        QVERIFY(table->item(int(lab::RedirectMatrix::methods().indexOf("PUT")), column(u"urllib"_s))
                    ->text()
                    .startsWith(u"not followed"_s));
        server.stop();
    }

    void focusCodeSelectsItsColumn()
    {
        QSettings settings(m_dir.filePath(u"s2.ini"_s), QSettings::IniFormat);
        SandboxServer server;
        LabPage page(server, settings);
        page.focusCode(303);
        QCOMPARE(page.matrixTable()->currentColumn(), int(lab::RedirectMatrix::codes().indexOf(303)));
    }
};

QTEST_MAIN(TestLabPage)
#include "tst_labpage.moc"
