#include "lab/GoClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace statusdeck::lab::goclient {

QByteArray source()
{
    QFile file(u":/lab/clients/redirect-client.go"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString buildKey(const QString &goVersion, const QByteArray &source)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(goVersion.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(source);
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QString buildsFolder(const QString &cacheRoot)
{
    return QDir(cacheRoot).filePath(u"go-client"_s);
}

QString binaryPath(const QString &cacheRoot, const QString &key)
{
#ifdef Q_OS_WIN
    const QString name = u"statusdeck-go-client.exe"_s;
#else
    const QString name = u"statusdeck-go-client"_s;
#endif
    return QDir(buildsFolder(cacheRoot)).filePath(key + u'/' + name);
}

QString defaultCacheRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

QStringList buildArguments(const QString &output, const QString &sourceFile)
{
    return {u"build"_s, u"-trimpath"_s, u"-buildvcs=false"_s, u"-o"_s, output, sourceFile};
}

QProcessEnvironment buildEnvironment(QProcessEnvironment base, const QString &goCache, const QString &goPath)
{
    base.insert(u"GOCACHE"_s, goCache);
    base.insert(u"GOPATH"_s, goPath);
    base.insert(u"GOMODCACHE"_s, goPath + u"/pkg/mod"_s);
    base.insert(u"GOPROXY"_s, u"off"_s);
    base.insert(u"GOTOOLCHAIN"_s, u"local"_s);
    base.insert(u"GO111MODULE"_s, u"auto"_s);
    base.insert(u"CGO_ENABLED"_s, u"0"_s);
    return base;
}

} // namespace statusdeck::lab::goclient
