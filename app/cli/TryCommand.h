#pragma once

#include "Command.h"

namespace statusdeck::cli {

// `statusdeck try CODE [--format text|json]`: makes the card's code happen live at a sandbox
// on a free port and shows the exchanges, raw, with what to notice. Exit status 0 when what
// arrived is what the card says, 1 otherwise, 2 for an unknown code or bad usage.
class TryCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("try"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Io &io) const override;
};

} // namespace statusdeck::cli
