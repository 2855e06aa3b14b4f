// displayMissing(): when main.cpp may not make a QApplication (Qt would abort), by table.
#include "Display.h"

#include <QTest>

using namespace Qt::StringLiterals;
using statusdeck::gui::DisplayEnvironment;

class TestDisplay : public QObject
{
    Q_OBJECT
private slots:
    void missing_data()
    {
        QTest::addColumn<bool>("unixSystem");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("wayland");
        QTest::addColumn<bool>("socket");
        QTest::addColumn<bool>("missing");
        QTest::newRow("nothing at all") << true << QString() << QString() << QString() << false << true;
        QTest::newRow("X11") << true << QString() << u":0"_s << QString() << false << false;
        QTest::newRow("Wayland") << true << QString() << QString() << u"wayland-1"_s << false << false;
        QTest::newRow("Wayland's default socket") << true << QString() << QString() << QString() << true << false;
        QTest::newRow("xcb without DISPLAY") << true << u"xcb"_s << QString() << u"wayland-0"_s << false << true;
        QTest::newRow("xcb with options") << true << u"xcb:nograb"_s << u":1"_s << QString() << false << false;
        QTest::newRow("wayland without one") << true << u"wayland"_s << u":0"_s << QString() << false << true;
        QTest::newRow("wayland-egl") << true << u"wayland-egl"_s << QString() << u"w"_s << false << false;
        QTest::newRow("a list, the second there") << true << u"wayland;xcb"_s << u":0"_s << QString() << false << false;
        QTest::newRow("a list, none there") << true << u"wayland;xcb"_s << QString() << QString() << false << true;
        QTest::newRow("offscreen") << true << u"offscreen"_s << QString() << QString() << false << false;
        QTest::newRow("vnc") << true << u"vnc:size=800x600"_s << QString() << QString() << false << false;
        QTest::newRow("Windows or macOS") << false << QString() << QString() << QString() << false << false;
    }

    void missing()
    {
        QFETCH(bool, unixSystem);
        QFETCH(QString, platform);
        QFETCH(QString, display);
        QFETCH(QString, wayland);
        QFETCH(bool, socket);
        QFETCH(bool, missing);
        DisplayEnvironment environment;
        environment.unixWindowSystem = unixSystem;
        environment.platform = platform;
        environment.display = display;
        environment.waylandDisplay = wayland;
        environment.waylandSocket = socket;
        QCOMPARE(statusdeck::gui::displayMissing(environment), missing);
    }

    void platformArgumentWins()
    {
        qputenv("QT_QPA_PLATFORM", "xcb");
        char name[] = "statusdeck";
        char option[] = "-platform";
        char value[] = "offscreen";
        char *argv[] = {name, option, value, nullptr};
        QCOMPARE(statusdeck::gui::currentDisplayEnvironment(3, argv).platform, u"offscreen"_s);
        QCOMPARE(statusdeck::gui::currentDisplayEnvironment(1, argv).platform, u"xcb"_s);
        qunsetenv("QT_QPA_PLATFORM");
    }
};

QTEST_GUILESS_MAIN(TestDisplay)
#include "tst_display.moc"
