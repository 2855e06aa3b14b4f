#pragma once

#include <QString>

class QTextStream;

namespace statusdeck::cli {

// `statusdeck matrix --client NAME [--real] [--format text|json]`: starts a sandbox on free
// ports, runs the client through every method x redirect code live, and prints the matrix.
// Needs a QCoreApplication. Returns 0 when the matrix ran, 1 when it could not run (the
// program is not installed, the sandbox did not start), 2 for bad arguments or an unknown client.
int runMatrix(const QString &clientName, bool real, const QString &format, QTextStream &out, QTextStream &err);

} // namespace statusdeck::cli
