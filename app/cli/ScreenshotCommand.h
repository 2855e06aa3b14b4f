#pragma once

#include "GuiCommand.h"

namespace statusdeck::cli {

// `statusdeck screenshot [--card CODE] [--page PAGE] [--theme light|dark]
// [--show guide|compare|favourites] FILE.png`: the window rendered to a PNG by main.cpp once
// these options have been checked.
class ScreenshotCommand final : public GuiCommand
{
public:
    QString name() const override { return QStringLiteral("screenshot"); }
    QString synopsis() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    WindowRequest request(const QCommandLineParser &parser, QString *error) const override;
};

} // namespace statusdeck::cli
