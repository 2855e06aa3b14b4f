#include "util/AtomicFile.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace statusdeck {

bool writeAll(QIODevice &device, const QByteArray &bytes, QString *error)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 written = device.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0) {
            if (error)
                *error = device.errorString();
            return false;
        }
        done += written;
    }
    return true;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    // QSaveFile renames its temporary file over the path: over a device node or a named pipe
    // (which root may do) that would replace it and report success. Only a regular file, or a
    // link to one, is replaced; anything else is refused and stays as it was.
    if (const QFileInfo target(path); target.exists() && !target.isFile()) {
        if (error)
            *error = u"%1 is not a regular file (a folder, a device or a pipe)"_s.arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QString why;
    if (!writeAll(file, bytes, &why) || !file.flush() || file.error() != QFileDevice::NoError) {
        if (why.isEmpty())
            why = file.errorString();
        file.cancelWriting(); // the temporary file is discarded; the old one stays as it was
        if (error)
            *error = why;
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace statusdeck
