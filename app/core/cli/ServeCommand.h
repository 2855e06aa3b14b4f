#pragma once

#include <QString>

class QTextStream;

namespace statusdeck::cli {

// `statusdeck serve [--port N] [--bind ADDR]`: runs the sandbox until SIGINT or SIGTERM,
// printing the URL, then one line per exchange. Needs a QCoreApplication.
// Returns 0 after a clean stop, 1 when it cannot listen, 2 for bad arguments.
int runServe(const QString &portText, const QString &bindText, QTextStream &out, QTextStream &err);

} // namespace statusdeck::cli
