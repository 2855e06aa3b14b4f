// The baseline for tests/benchmarks/startup_bench.sh: a QLabel rendered to a PNG at the
// size `statusdeck screenshot` uses, the same way (show, let layout settle, take what was
// painted with paintedImage(), write with the same PNG encoder, app/gui/PngWriter.cpp, so
// that both pay the same for the picture and the file).
//   bare_window OUT.png

#include "PngWriter.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QLabel label(QStringLiteral("307 Temporary Redirect"));
    label.setAlignment(Qt::AlignCenter);
    label.resize(1280, 800);
    label.show();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    return statusdeck::gui::writeScreenshotPng(statusdeck::gui::paintedImage(label), QString::fromLocal8Bit(argv[1]))
                   .isEmpty()
               ? 0
               : 1;
}
