// What start-up does to be quick, checked for what it must not change: the card's emoji drawn
// as a picture (EmojiImage), text without optional OpenType shaping, and the screenshot taken
// from what the window painted instead of painting it a second time.

#include "CodeEditor.h"
#include "MainWindow.h"
#include "PngWriter.h"
#include "RequireProgram.h"
#include "Theme.h"
#include "reference/CardView.h"
#include "reference/EmojiImage.h"
#include "reference/ReferencePage.h"

#include <QApplication>
#include <QFontDatabase>
#include <QImage>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace Qt::StringLiterals;
using namespace statusdeck;
using namespace statusdeck::gui;

class TestStartup : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::loadBuiltIn();
    SnippetLibrary m_snippets = SnippetLibrary::loadBuiltIn();
    QTemporaryDir m_dir;

    // The image names of a document's pictures, and whether its text holds the character.
    static QStringList imageNames(const QTextDocument &doc)
    {
        QStringList names;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isImageFormat())
                    names.append(format.toImageFormat().name());
            }
        }
        return names;
    }

    // How many pixels are strongly coloured (an emoji, not grey text), and their mean x.
    struct Colour {
        int count = 0;
        double centre = -1;
    };
    static Colour coloured(const QImage &image)
    {
        Colour colour;
        double sum = 0;
        const QImage rgb = image.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < rgb.height(); ++y) {
            for (int x = 0; x < rgb.width(); ++x) {
                const QColor c = rgb.pixelColor(x, y);
                if (c.alpha() > 128 && c.hsvSaturation() > 80) {
                    sum += x;
                    ++colour.count;
                }
            }
        }
        if (colour.count)
            colour.centre = sum / colour.count;
        return colour;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // As the window's start does (runGui), before the first widget.
        useFastTextShaping(*qApp);
    }

    void emojiUrlRoundTrip_data()
    {
        QTest::addColumn<QString>("emoji");
        QTest::addColumn<QString>("url");
        QTest::newRow("one code point, outside the BMP") << u"🔍"_s << u"emoji:1f50d"_s;
        QTest::newRow("one code point, in the BMP") << u"⏳"_s << u"emoji:23f3"_s;
        QTest::newRow("with the emoji variation selector") << u"🏷️"_s << u"emoji:1f3f7-fe0f"_s;
        QTest::newRow("a joined sequence") << u"👩‍💻"_s << u"emoji:1f469-200d-1f4bb"_s;
    }
    void emojiUrlRoundTrip()
    {
        QFETCH(QString, emoji);
        QFETCH(QString, url);
        QCOMPARE(emojiUrl(emoji), url);
        QCOMPARE(emojiFromUrl(url), emoji);
    }

    void emojiFromBadUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("another scheme") << u"file:1f50d"_s;
        QTest::newRow("no code point") << u"emoji:"_s;
        QTest::newRow("not hex") << u"emoji:zz"_s;
        QTest::newRow("an empty part") << u"emoji:1f50d--fe0f"_s;
        QTest::newRow("zero") << u"emoji:0"_s;
        QTest::newRow("a surrogate") << u"emoji:d83d"_s;
        QTest::newRow("beyond Unicode") << u"emoji:110000"_s;
    }
    void emojiFromBadUrl()
    {
        QFETCH(QString, url);
        QCOMPARE(emojiFromUrl(url), QString());
        QVERIFY(emojiUrl(QString()).isEmpty());
    }

    void emojiImageIsInColour()
    {
        STATUSDECK_REQUIRE_PROGRAM(QFontDatabase::hasFamily(u"Noto Color Emoji"_s),
                                   "the colour emoji font is not installed (apt-get install fonts-noto-color-emoji)");
        const QImage one = emojiImage(u"🔍"_s, kCardEmojiSize, 1.0);
        QCOMPARE(one.size(), emojiImageSize(kCardEmojiSize));
        QVERIFY2(coloured(one).count > 20, "the magnifying glass should be drawn in colour");
        // At a pixel ratio of 2 it has twice the pixels, for the same logical size.
        const QImage two = emojiImage(u"🔍"_s, kCardEmojiSize, 2.0);
        QCOMPARE(two.size(), emojiImageSize(kCardEmojiSize) * 2);
        QCOMPARE(two.devicePixelRatio(), 2.0);
        QVERIFY(coloured(two).count > 4 * 20);
        // With the emoji variation selector (a label, 412's) it is centred too: without
        // shaping, the selector took a glyph's width and pushed the label out at the left.
        const QImage label = emojiImage(u"🏷️"_s, kCardEmojiSize, 1.0);
        QVERIFY(coloured(label).count > 20);
        const double centre = coloured(label).centre;
        QVERIFY2(qAbs(centre - label.width() / 2.0) < label.width() * 0.2,
                 qPrintable(u"centre at %1 of %2"_s.arg(centre).arg(label.width())));
        // A character the emoji font does not have is drawn by the usual fallback, not left out.
        const QImage fallback = emojiImage(u"Ж"_s, kCardEmojiSize, 1.0).convertToFormat(QImage::Format_ARGB32);
        int opaque = 0;
        for (int y = 0; y < fallback.height(); ++y) {
            for (int x = 0; x < fallback.width(); ++x)
                opaque += qAlpha(fallback.pixel(x, y)) > 128 ? 1 : 0;
        }
        QVERIFY2(opaque > 10, "nothing was drawn for a character outside the emoji font");
    }

    void cardEmojiIsAPicture()
    {
        QSettings settings(m_dir.filePath(u"picture.ini"_s), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openCard(u"412"_s));
        CardView *view = window.referencePage()->cardView();
        const QTextDocument &doc = *view->document();
        // 412's emoji is a label and the emoji variation selector: one picture, no text.
        QCOMPARE(imageNames(doc), QStringList{u"emoji:1f3f7-fe0f"_s});
        QVERIFY(!doc.toPlainText().contains(QChar(0xfe0f)));
        const QVariant image = doc.resource(QTextDocument::ImageResource, QUrl(u"emoji:1f3f7-fe0f"_s));
        QVERIFY(image.canConvert<QImage>());
        QVERIFY(!image.value<QImage>().isNull());
        // The title a screen reader reads is the code and the phrase.
        QCOMPARE(view->elements().value(0).text, u"412 Precondition Failed"_s);
    }

    void textIsNotShapedWhereItNeedNotBe()
    {
        QSettings settings(m_dir.filePath(u"shaping.ini"_s), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.show();
        QVERIFY(window.openCard(u"307"_s));
        const auto noShaping = [](const QFont &font) {
            return bool(font.styleStrategy() & QFont::PreferNoShaping);
        };
        QVERIFY(noShaping(window.referencePage()->cardView()->document()->defaultFont()));
        QVERIFY(noShaping(window.referencePage()->cardView()->font()));
        QVERIFY(noShaping(monospaceFont()));
        const auto editors = window.findChildren<CodeEditor *>();
        QVERIFY(!editors.isEmpty());
        for (const CodeEditor *editor : editors)
            QVERIFY(noShaping(editor->font()));
    }

    void screenshotIsWhatWasPainted_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("dark") << u"dark"_s;
    }
    void screenshotIsWhatWasPainted()
    {
        QFETCH(QString, theme);
        applyTheme(*qApp, theme);
        QSettings settings(m_dir.filePath(theme + u".ini"_s), QSettings::IniFormat);
        MainWindow window(m_catalog, m_snippets, settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openCard(u"404"_s));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        // paintedImage() reads the backing store; grab() paints the window once more.
        const QImage painted = paintedImage(window).convertToFormat(QImage::Format_RGB32);
        const QImage repainted = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(painted.size(), QSize(1280, 800) * window.devicePixelRatio());
        QVERIFY2(painted == repainted, "the window painted something else the second time");
        applyTheme(*qApp, QString());
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
