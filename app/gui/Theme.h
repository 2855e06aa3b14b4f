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
