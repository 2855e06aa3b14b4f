// The binary without any display: a window request says so and exits 1 (Qt would abort with
// a core dump), a screenshot renders offscreen on its own.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Nothing of the test's environment but PATH and a private runtime and settings folder: no
// display, no platform plugin chosen, no running window to hand over to.
QProcessEnvironment noDisplay(const QTemporaryDir &dir)
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, QProcessEnvironment::systemEnvironment().value(u"PATH"_s));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, dir.path());
    return env;
}

} // namespace

class TestNoDisplay : public QObject
{
    Q_OBJECT
private slots:
    void windowSaysWhy_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no arguments") << QStringList{};
        QTest::newRow("a card") << QStringList{u"404"_s};
        QTest::newRow("a page") << QStringList{u"--page"_s, u"lab"_s};
        QTest::newRow("a new window") << QStringList{u"--new-window"_s};
    }

    void windowSaysWhy()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess process;
        process.setProcessEnvironment(noDisplay(dir));
        process.start(QStringLiteral(STATUSDECK_BINARY), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not the abort in the xcb plugin
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"no display"_s), qPrintable(err));
    }

    void screenshotNeedsNoDisplay()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(u"card.png"_s);
        QProcess process;
        process.setProcessEnvironment(noDisplay(dir));
        process.start(QStringLiteral(STATUSDECK_BINARY), {u"screenshot"_s, u"--card"_s, u"404"_s, png});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800));
    }
};

QTEST_GUILESS_MAIN(TestNoDisplay)
#include "tst_nodisplay.moc"
