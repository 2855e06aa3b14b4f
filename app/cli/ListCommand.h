#pragma once

#include "Command.h"

namespace statusdeck::cli {

// `statusdeck list`: one line per card.
class ListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override { return QStringLiteral("[--ids]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Io &io) const override;
};

} // namespace statusdeck::cli
