#include "reference/EmojiImage.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

QString emojiUrl(const QString &emoji)
{
    if (emoji.isEmpty())
        return {};
    QStringList points;
    for (const char32_t point : emoji.toUcs4())
        points.append(QString::number(quint32(point), 16));
    return u"emoji:"_s + points.join(u'-');
}

QString emojiFromUrl(const QString &url)
{
    if (!url.startsWith("emoji:"_L1))
        return {};
    QString emoji;
    for (const QStringView part : QStringView(url).mid(6).split(u'-')) {
        bool ok = false;
        const uint point = part.toUInt(&ok, 16);
        if (!ok || point == 0 || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff))
            return {};
        const char32_t ucs4 = point;
        emoji += QString::fromUcs4(&ucs4, 1);
    }
    return emoji;
}

QSize emojiImageSize(int size)
{
    return {int(std::ceil(size * 1.3)), size};
}

QImage emojiImage(const QString &emoji, int size, qreal devicePixelRatio)
{
    static QHash<QString, QImage> cache;
    const QString key = emoji + u'/' + QString::number(size) + u'/' + QString::number(devicePixelRatio);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;

    // The colour emoji font of Linux, macOS or Windows by name, without font merging, so
    // that Qt neither searches the fallbacks for it nor builds a merged font; without any
    // of them the usual fallback finds whatever has the emoji.
    static const QString family = [] {
        for (const QString &name :
             {u"Noto Color Emoji"_s, u"Apple Color Emoji"_s, u"Segoe UI Emoji"_s, u"Twemoji Mozilla"_s}) {
            if (QFontDatabase::hasFamily(name))
                return name;
        }
        return QString();
    }();
    QFont font;
    font.setPixelSize(std::max(1, size));
    if (!family.isEmpty()) {
        font.setFamily(family);
        font.setStyleStrategy(QFont::NoFontMerging);
        // An emoji newer than the installed font is left to the usual fallback.
        const QList<uint> points = emoji.toUcs4();
        if (!points.isEmpty() && !QFontMetricsF(font).inFontUcs4(points.first()))
            font.setStyleStrategy(QFont::PreferDefault);
    }

    const QSize logical = emojiImageSize(size);
    QImage image((QSizeF(logical) * devicePixelRatio).toSize().expandedTo(QSize(1, 1)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setFont(font);
    // Centred by the font's metrics: drawText() into a rectangle would ask for the glyph's
    // bounding box, and each such question decodes the colour glyph again.
    const QFontMetricsF metrics(font);
    const QPointF baseline((logical.width() - metrics.horizontalAdvance(emoji)) / 2,
                           (logical.height() + metrics.ascent() - metrics.descent()) / 2);
    painter.drawText(baseline, emoji);
    painter.end();
    cache.insert(key, image);
    return image;
}

} // namespace statusdeck::gui
