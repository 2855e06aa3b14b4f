#pragma once

#include "Command.h"

namespace statusdeck::cli {

// `statusdeck help [COMMAND]`: the same text as `statusdeck COMMAND --help` (or `--help`).
class HelpCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("help"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(const QCommandLineParser &parser, Io &io) const override;
};

} // namespace statusdeck::cli
