#include "Io.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

Io::Io(FILE *out, FILE *err)
{
    // Unbuffered: QTextStream keeps its own buffer, and a failed write shows in the file's
    // error at once instead of vanishing in a stdio buffer.
    m_outFile.open(out, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    m_errFile.open(err, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    m_out.setDevice(&m_outFile);
    m_err.setDevice(&m_errFile);
}

bool Io::finish()
{
    m_out.flush();
    m_outFile.flush();
    const bool written = m_out.status() == QTextStream::Ok && m_outFile.error() == QFileDevice::NoError;
    if (!written) {
        const QString reason = m_outFile.error() == QFileDevice::NoError
                                   ? QCoreApplication::translate("CommandLine", "write error")
                                   : m_outFile.errorString();
        m_err << QCoreApplication::translate("CommandLine", "statusdeck: could not write the output: %1").arg(reason)
              << Qt::endl;
    }
    m_err.flush();
    return written;
}

void attachParentConsole()
{
#ifdef Q_OS_WIN
    // Written for Windows but not run here (see README, "Platforms"). A stream that is
    // already redirected to a file or a pipe has a valid handle and is left alone.
    const auto isOpen = [](DWORD which) {
        const HANDLE handle = ::GetStdHandle(which);
        return handle != nullptr && handle != INVALID_HANDLE_VALUE && ::GetFileType(handle) != FILE_TYPE_UNKNOWN;
    };
    const bool outOpen = isOpen(STD_OUTPUT_HANDLE);
    const bool errOpen = isOpen(STD_ERROR_HANDLE);
    if ((outOpen && errOpen) || !::AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *ignored = nullptr;
    if (!outOpen)
        freopen_s(&ignored, "CONOUT$", "w", stdout);
    if (!errOpen)
        freopen_s(&ignored, "CONOUT$", "w", stderr);
#endif
}

} // namespace statusdeck::cli
