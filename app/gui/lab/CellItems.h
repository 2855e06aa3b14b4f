#pragma once

#include <QPalette>

class QTableWidget;
class QTableWidgetItem;

namespace statusdeck::lab {
struct MatrixCell;
}

namespace statusdeck::gui {

// A finished cell as a table item: core's label and tool tip, the lab colour of its kind.
QTableWidgetItem *cellItem(const lab::MatrixCell &cell, const QPalette &palette);
// Gives every cell item of table the colour of its kind in palette (after a theme change).
void recolourItems(QTableWidget *table, const QPalette &palette);

} // namespace statusdeck::gui
