#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace statusdeck::lab::goclient {

// The lab's Go client is a small program (resources/lab/clients/redirect-client.go) compiled once
// with the installed `go` into the user's cache folder, keyed by the Go version and the source, so
// a new Go or a changed source builds it again. These are the pure parts: ProgramSetup runs them.

QByteArray source(); // the program's source, from the resources

// 16 hex digits of SHA-256 over the Go version and the source.
QString buildKey(const QString &goVersion, const QByteArray &source);
// cacheRoot/go-client/KEY/statusdeck-go-client (".exe" on Windows).
QString binaryPath(const QString &cacheRoot, const QString &key);
// cacheRoot/go-client: where the builds of every key live (older keys are removed after a build).
QString buildsFolder(const QString &cacheRoot);
// The user's cache folder (QStandardPaths::CacheLocation).
QString defaultCacheRoot();

// `go build` into output from sourceFile: -trimpath, no VCS stamping.
QStringList buildArguments(const QString &output, const QString &sourceFile);
// base with what a build needs to work as root in CI and offline: GOCACHE in the cache folder,
// GOPATH in a temporary folder, no module proxy, no toolchain download, no cgo.
QProcessEnvironment buildEnvironment(QProcessEnvironment base, const QString &goCache, const QString &goPath);

} // namespace statusdeck::lab::goclient
