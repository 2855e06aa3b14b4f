#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace statusdeck::gui {

// A card's emoji as a picture in its rich text (<img src="emoji:...">) instead of text.
// As text, laying out and painting the card loaded the colour emoji's glyph a dozen times
// (each load decodes the font's PNG of it) and searched the font fallbacks for it; as a
// picture it is drawn once per emoji, size and pixel ratio, and kept.

// The size of a card's emoji, in logical pixels: the pixel size of its font, about the
// height of the 20 pt title's letters.
inline constexpr int kCardEmojiSize = 22;
// The picture of an emoji drawn at that pixel size: as high, and wide enough for the widest
// colour emoji glyph (Noto's advance is 1.245 em), so that none is cut at its sides.
QSize emojiImageSize(int size);

// The image URL for an emoji: "emoji:" and its code points in hex joined by '-'
// ("emoji:1f3f7-fe0f"); an empty string for an empty emoji.
QString emojiUrl(const QString &emoji);
// The emoji a URL of emojiUrl() names, or an empty string.
QString emojiFromUrl(const QString &url);
// The emoji drawn in a colour emoji font at pixel size size, centred in emojiImageSize(size)
// logical pixels at the given device pixel ratio (transparent around it). The emoji is
// shaped (not PreferNoShaping): a variation selector or a joined sequence needs it. Cached.
QImage emojiImage(const QString &emoji, int size, qreal devicePixelRatio);

} // namespace statusdeck::gui
