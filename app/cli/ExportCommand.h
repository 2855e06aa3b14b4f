#pragma once

#include "Command.h"

namespace statusdeck::cli {

// `statusdeck export [--format json|markdown]`: every card, in the documented JSON or as Markdown.
class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Io &io) const override;
};

} // namespace statusdeck::cli
