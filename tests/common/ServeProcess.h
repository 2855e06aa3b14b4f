#pragma once

// `statusdeck serve` started as a separate process, for the suites that run the binary (the
// counterpart of SandboxFixture.h, which starts the sandbox in the test itself).
// Header-only, without statusdeck_core.

#include <QDeadlineTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace statusdeck::testsupport {

// Starts binary with arguments (e.g. {"serve", "--port", "0"}) and waits up to timeoutMs
// for its first line on standard output ("StatusDeck sandbox listening on URL"), which it
// returns trimmed; empty when the process did not start, ended first, or printed no line.
inline QString startServe(QProcess &process, const QString &binary, const QStringList &arguments,
                          const QProcessEnvironment &environment, int timeoutMs = 20000)
{
    process.setProcessEnvironment(environment);
    process.start(binary, arguments);
    if (!process.waitForStarted())
        return {};
    const QDeadlineTimer deadline(timeoutMs);
    while (!process.canReadLine() && process.state() == QProcess::Running && !deadline.hasExpired())
        process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    return process.canReadLine() ? QString::fromUtf8(process.readLine()).trimmed() : QString();
}

} // namespace statusdeck::testsupport
