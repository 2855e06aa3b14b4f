#include "util/AtomicFile.h"

#include <QSaveFile>

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
