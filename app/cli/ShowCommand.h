#pragma once

#include "Command.h"

namespace statusdeck::cli {

// `statusdeck show CODE [--snippet FRAMEWORK]`: a card as readable text, or one snippet.
class ShowCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("show"); }
    QString synopsis() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Io &io) const override;
};

} // namespace statusdeck::cli
