#pragma once

#include "Command.h"

namespace statusdeck::cli {

// `statusdeck matrix --client NAME [--real] [--format text|json]`: starts a sandbox on free
// ports, runs the client through every method x redirect code live, and prints the matrix.
// Exit status 0 when it ran, 1 when it could not run (the program is not installed, the
// sandbox did not start), 2 for bad arguments or an unknown client.
class MatrixCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("matrix"); }
    QString synopsis() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Io &io) const override;
};

} // namespace statusdeck::cli
