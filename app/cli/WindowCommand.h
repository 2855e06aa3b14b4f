#pragma once

#include "GuiCommand.h"

namespace statusdeck::cli {

// `statusdeck [--card CODE | CODE] [--theme ...] [--page ...]`: no command, the window.
// Not in the registry's list; its options are the top level's.
class WindowCommand final : public GuiCommand
{
public:
    QString name() const override { return {}; }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    WindowRequest request(const QCommandLineParser &parser, QString *error) const override;
};

} // namespace statusdeck::cli
