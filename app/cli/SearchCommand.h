#pragma once

#include "Command.h"

namespace statusdeck::cli {

// `statusdeck search QUERY [--limit N] [--format text|json]`: the window's ranked search
// without a display. Exit status 0 with results, 1 with none, 2 on bad usage.
class SearchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString synopsis() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Io &io) const override;
};

} // namespace statusdeck::cli
