#pragma once

#include "Command.h"

namespace statusdeck::cli {

// `statusdeck serve [--port N] [--bind ADDR]`: runs the sandbox until Ctrl+C or SIGTERM,
// printing the URL, then one line per exchange. Exit status 0 after a clean stop, 1 when it
// cannot listen, 2 for bad arguments.
class ServeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("serve"); }
    QString synopsis() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Io &io) const override;
};

} // namespace statusdeck::cli
