#include "PngWriter.h"

#include "util/AtomicFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QWidget>
#include <QWindow>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>

namespace statusdeck::gui {

namespace {

// CRC-32 as PNG defines it (ISO 3309, polynomial 0xedb88320).
const std::array<quint32, 256> kCrcTable = [] {
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}();

void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

// length, type, data, CRC of type and data
void appendChunk(QByteArray &out, const char *type, const char *data, qsizetype size)
{
    appendBigEndian(out, quint32(size));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data, size);
    quint32 crc = 0xffffffffu;
    for (qsizetype i = start; i < out.size(); ++i)
        crc = kCrcTable[(crc ^ quint8(out.at(i))) & 0xff] ^ (crc >> 8);
    appendBigEndian(out, crc ^ 0xffffffffu);
}

} // namespace

QImage paintedImage(QWidget &window)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
    if (QGuiApplication::platformName() == QLatin1String("offscreen") && window.isWindow() && window.windowHandle()) {
        const QWindow *handle = window.windowHandle();
        const QSize expected = handle->size() * handle->devicePixelRatio();
        if (QScreen *screen = handle->screen()) {
            const QPixmap shown = screen->grabWindow(handle->winId());
            if (!shown.isNull() && shown.size() == expected)
                return shown.toImage();
        }
    }
    return window.grab().toImage();
}

QString writeScreenshotPng(const QImage &image, const QString &fileName)
{
    if (image.isNull())
        return QCoreApplication::translate("PngWriter", "There is no image to write.");
    const int width = image.width();
    const int height = image.height();
    const qsizetype rowBytes = 3 * qsizetype(width);
    // Each row is prefixed with its filter type, 0 (none). Converted in bands, so that no
    // second full copy of the image is held.
    QByteArray rows(qsizetype(height) * (rowBytes + 1), Qt::Uninitialized);
    char *out = rows.data();
    constexpr int kBand = 64;
    for (int top = 0; top < height; top += kBand) {
        const QImage band =
            image.copy(0, top, width, std::min(kBand, height - top)).convertToFormat(QImage::Format_RGB888);
        for (int y = 0; y < band.height(); ++y) {
            *out++ = 0;
            std::memcpy(out, band.constScanLine(y), size_t(rowBytes));
            out += rowBytes;
        }
    }
    // qCompress gives a zlib stream after a 4-byte length: the stream is what IDAT holds.
    const QByteArray compressed = qCompress(rows, 1);

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append("\x08\x02\x00\x00\x00", 5); // 8 bits, RGB, deflate, no filter method, no interlace
    appendChunk(png, "IHDR", header.constData(), header.size());
    appendChunk(png, "IDAT", compressed.constData() + 4, compressed.size() - 4);
    appendChunk(png, "IEND", nullptr, 0);

    QString error;
    if (!writeFileAtomically(fileName, png, &error)) // checked write, flush and commit
        return error.isEmpty() ? QStringLiteral("could not write the file") : error;
    return {};
}

} // namespace statusdeck::gui
