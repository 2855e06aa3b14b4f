#pragma once

#include <QString>

class QImage;

namespace statusdeck::gui {

// Writes an image as an 8-bit RGB PNG (alpha dropped), atomically: a failed write leaves
// an existing file as it was. Built for screenshots: rows are not filtered and zlib runs at
// level 1, which for flat UI pixels is about three times as fast as QImageWriter's PNG
// (libpng's adaptive filters, level 6) and gives a smaller file.
// Returns an empty string on success, else what went wrong.
QString writeScreenshotPng(const QImage &image, const QString &fileName);

} // namespace statusdeck::gui
