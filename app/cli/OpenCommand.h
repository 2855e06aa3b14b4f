#pragma once

#include "GuiCommand.h"

namespace statusdeck::cli {

// `statusdeck open FILE.har [--theme light|dark] [--new-window]`: the HAR file in the
// exchange log of the Sandbox page, in the running window when there is one. The path is
// checked here, before any window exists, so a bad one exits 2 with or without a display.
class OpenCommand final : public GuiCommand
{
public:
    QString name() const override { return QStringLiteral("open"); }
    QString synopsis() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    WindowRequest request(const QCommandLineParser &parser, QString *error) const override;
};

} // namespace statusdeck::cli
