#pragma once

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QString>

class QApplication;

namespace statusdeck::gui {

// "light" and "dark" replace the system palette with a Fusion one; anything else keeps
// the platform's style and palette, so the app follows the desktop by default.
void applyTheme(QApplication &app, const QString &theme);

bool isDark(const QPalette &palette);

// Text is drawn without OpenType shaping where its script does not need it (Latin, Greek,
// Cyrillic, CJK): QFont::PreferNoShaping on the application font. Laying out a card was
// mostly HarfBuzz running every lookup of the font over each run of text; without it the
// glyphs are the same and only optional features (kerning, ligatures) are left out.
// Scripts that need shaping (Arabic, Hebrew, the Indic scripts, ...) are still shaped.
// Call once, before the first widget.
void useFastTextShaping(QApplication &app);
// The system's fixed-pitch font, with the application font's shaping strategy (fonts made
// from QFontDatabase do not inherit it).
QFont monospaceFont();

// Icons of the actions: the desktop theme's when it has one, else the bundled SVG.
enum class ActionIcon { Back, Forward, Copy, Start, Stop, Run, Export, Compare, Favourite };
QIcon themedIcon(ActionIcon icon);

// Colours with a meaning, in a light and a dark variant: themeColor() picks the one for a
// palette, so they follow View > Theme and the system palette.
enum class ThemeColor {
    // Exchange status (the sandbox's log), as text
    StatusServerError, // 5xx and no answer
    StatusClientError, // 4xx
    StatusRedirect,    // 3xx
    // A card's registry status, as text
    RegistryStandard,
    RegistryTemporary,
    RegistryRetired, // unused and obsolete
    RegistryUnofficial,
    // A card's "warning" box (the common misreading), blended into the base colour
    Warning,

    // --- Redirect lab ---------------------------------------------------------------
    // Matrix and comparison cells, as backgrounds
    LabKept,          // method and body kept
    LabMethodChanged, // the method changed
    LabBodyDropped,   // the method kept, the body dropped
    LabNotFollowed,   // the redirect was not followed
    // Text of a cell whose client did not do what its profile predicts
    LabMismatch,
    // Text of a hop in the timeline where something changed from the hop before
    LabHopChanged,
};
QColor themeColor(ThemeColor role, const QPalette &palette);
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
