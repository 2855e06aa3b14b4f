#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace statusdeck {

// Writes all of bytes or fails with the device's error text (a short write is a failure).
bool writeAll(QIODevice &device, const QByteArray &bytes, QString *error = nullptr);

// Every file the app writes goes through here (HAR, screenshots, Markdown exports): atomically,
// with QSaveFile, so the file is either the old one or the whole new one. Each write, the
// flush and the commit are checked: Qt 6.4 lets commit() succeed after a failed write or flush
// (a full disk), which would replace a good file with a cut one. On any failure the temporary
// file is discarded, the old file stays as it was, and *error says why. A path that exists
// and is not a regular file (a folder, a device, a pipe) is refused and left as it is.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace statusdeck
