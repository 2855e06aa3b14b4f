#pragma once

#include <QString>

class QImage;
class QWidget;

namespace statusdeck::gui {

// Writes an image as an 8-bit RGB PNG (alpha dropped), atomically: a failed write leaves
// an existing file as it was. Built for screenshots: rows are not filtered and zlib runs at
// level 1, which for flat UI pixels is about three times as fast as QImageWriter's PNG
// (libpng's adaptive filters, level 6) and gives a smaller file.
// Returns an empty string on success, else what went wrong.
QString writeScreenshotPng(const QImage &image, const QString &fileName);

// What a shown top-level widget has painted, after its pending updates are painted too.
// On the offscreen platform (what `statusdeck screenshot` runs on without a display) that
// is the window's backing store, read back as a screen shows it, so the window is painted
// once, as at a real start, and not a second time for the picture. Elsewhere the screen
// may show other windows over it, so the widget is rendered again (QWidget::grab).
QImage paintedImage(QWidget &window);

} // namespace statusdeck::gui
