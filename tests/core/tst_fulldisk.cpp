// Issue 13, finding 1 and the audit of every file the app writes: on a full disk a write fails
// with a reason and the old file stays as it was. The disk is a real one: a 16 KiB tmpfs
// mounted in a mount namespace of this test process alone (unshare(2); a user namespace where
// the test does not run as root), so nothing outside the test sees it. Also /dev/full.

#include "sandbox/HarExport.h"
#include "util/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#ifdef Q_OS_LINUX
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace {

#ifdef Q_OS_LINUX
bool writeProcFile(const char *path, const QByteArray &text)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}
#endif

// Mounts a tmpfs of `size` on dir, visible to this process only; false with why when the
// system does not allow it.
bool mountPrivateTmpfs(const QString &dir, const char *size, QString *why)
{
#ifdef Q_OS_LINUX
    if (unshare(CLONE_NEWNS) != 0) {
        const uid_t uid = getuid();
        const gid_t gid = getgid();
        if (unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) {
            *why = u"unshare: "_s + QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        writeProcFile("/proc/self/setgroups", "deny");
        writeProcFile("/proc/self/uid_map", "0 " + QByteArray::number(uid) + " 1");
        writeProcFile("/proc/self/gid_map", "0 " + QByteArray::number(gid) + " 1");
    }
    // Private first, so the tmpfs never propagates to the rest of the system.
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
        mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, size) != 0) {
        *why = u"mount: "_s + QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
#else
    Q_UNUSED(dir)
    Q_UNUSED(size)
    *why = u"needs Linux mount namespaces"_s;
    return false;
#endif
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

// Fills what is left of the disk dir is on.
void fill(const QString &dir)
{
    QFile filler(QDir(dir).filePath(u"filler"_s));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return;
    const QByteArray block(512, 'f');
    while (filler.write(block) > 0) {
    }
    const QByteArray byte(1, 'f');
    while (filler.write(byte) > 0) {
    }
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_base;
    QString m_disk; // the 16 KiB tmpfs
    QString m_old;  // a file written before the disk filled up
    QString m_why;

private slots:
    void initTestCase()
    {
        QVERIFY(m_base.isValid());
        m_disk = m_base.filePath(u"disk"_s);
        QVERIFY(QDir().mkpath(m_disk));
        if (!mountPrivateTmpfs(m_disk, "size=16k", &m_why))
            return; // the disk tests skip; /dev/full still runs
        m_old = QDir(m_disk).filePath(u"old.har"_s);
        QVERIFY(writeFileAtomically(m_old, "the old file, whole\n"));
        fill(m_disk);
    }

    void cleanupTestCase()
    {
#ifdef Q_OS_LINUX
        // Unmounted before the temporary folder goes, so that it can go.
        if (!m_old.isEmpty())
            umount2(QFile::encodeName(m_disk).constData(), MNT_DETACH);
#endif
    }

    void devFull()
    {
        if (!QFile::exists(u"/dev/full"_s))
            QSKIP("this system has no /dev/full");
        QFile full(u"/dev/full"_s);
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QString error;
        QVERIFY(!writeAll(full, QByteArray(1000, 'x'), &error));
        QVERIFY(!error.isEmpty());
    }

    // Found by trying it (as root): `statusdeck screenshot /dev/full` renamed its temporary
    // file over the device node and said it had written it. A path that is not a regular file
    // (a device, a pipe, a folder) is refused and stays what it was. Tried on a pipe of the
    // test's own, never on /dev.
    void atomicWriteLeavesAPipeAlone()
    {
#ifdef Q_OS_UNIX
        const QString pipe = m_base.filePath(u"out.png"_s);
        QVERIFY(mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
        QString error;
        QVERIFY(!writeFileAtomically(pipe, "picture", &error));
        QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
        struct stat st {
        };
        QVERIFY(lstat(QFile::encodeName(pipe).constData(), &st) == 0);
        QVERIFY(S_ISFIFO(st.st_mode));
        QVERIFY(!writeFileAtomically(m_base.path(), "picture", &error)); // a folder
        QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
        QVERIFY(QFileInfo(m_base.path()).isDir());
#else
        QSKIP("no named pipes in the file system here");
#endif
    }

    // Small (within QSaveFile's buffer, so only the flush can fail) and large (the write fails).
    void atomicWriteOnAFullDisk_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("100 bytes") << 100;
        QTest::newRow("64 KiB") << 64 * 1024;
    }
    void atomicWriteOnAFullDisk()
    {
        if (m_old.isEmpty())
            QSKIP(qPrintable(u"no private tmpfs here ("_s + m_why + u")"_s));
        QFETCH(int, size);
        QString error;
        QVERIFY(!writeFileAtomically(m_old, QByteArray(size, 'n'), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(contents(m_old), QByteArray("the old file, whole\n"));
        // No temporary file is left behind.
        QCOMPARE(QDir(m_disk).entryList(QDir::Files | QDir::Hidden), QStringList({u"filler"_s, u"old.har"_s}));
    }

    void harOnAFullDisk()
    {
        if (m_old.isEmpty())
            QSKIP(qPrintable(u"no private tmpfs here ("_s + m_why + u")"_s));
        HttpExchange exchange;
        exchange.method = "GET";
        exchange.target = "/get";
        exchange.rawRequest = "GET /get HTTP/1.1\r\nHost: localhost\r\n\r\n";
        exchange.rawResponse = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}";
        QString error;
        QVERIFY(!writeHar(m_old, {exchange}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(contents(m_old), QByteArray("the old file, whole\n"));
    }

    // Settings, favourites and recent cards are QSettings: a sync that cannot write must say so
    // (ReadingList::save and the window report it from status()).
    void settingsOnAFullDisk()
    {
        if (m_old.isEmpty())
            QSKIP(qPrintable(u"no private tmpfs here ("_s + m_why + u")"_s));
        QSettings settings(QDir(m_disk).filePath(u"statusdeck.conf"_s), QSettings::IniFormat);
        settings.setValue(u"reference/favourites"_s, QStringList(200, u"404"_s));
        settings.sync();
        QCOMPARE(settings.status(), QSettings::AccessError);
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
