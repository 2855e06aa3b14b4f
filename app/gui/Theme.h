#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;

namespace statusdeck::gui {

// "light" and "dark" replace the system palette with a Fusion one; anything else keeps
// the platform's style and palette, so the app follows the desktop by default.
void applyTheme(QApplication &app, const QString &theme);

bool isDark(const QPalette &palette);
// a blended with b; amount 0 is a, 1 is b.
QColor mix(const QColor &a, const QColor &b, qreal amount);

} // namespace statusdeck::gui

// Lab colours -------------------------------------------------------------------------------
// Derived from the palette (a hue blended into Base), so light and dark themes both read well
// with the palette's own Text colour on top. The lab widgets take every colour from here.
namespace statusdeck::lab {
enum class CellKind;
}

namespace statusdeck::gui {

// A matrix cell's background for what happened in it (Pending: the plain Base colour).
QColor labCellColor(lab::CellKind kind, const QPalette &palette);
// The text colour of a hop that changed something on its way (method, body, headers).
QColor labChangeColor(const QPalette &palette);

} // namespace statusdeck::gui
