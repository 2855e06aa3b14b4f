#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace statusdeck::gui {

// Renders a window to a PNG at a fixed size after its layout has settled.
// Returns an empty string on success, else what went wrong.
QString saveScreenshot(QWidget &window, const QString &fileName, QSize size = {1280, 800});

} // namespace statusdeck::gui
