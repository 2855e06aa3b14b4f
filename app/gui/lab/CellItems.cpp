#include "lab/CellItems.h"

#include "Theme.h"
#include "lab/MatrixFormat.h"

#include <QTableWidget>

namespace statusdeck::gui {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
}

QTableWidgetItem *cellItem(const lab::MatrixCell &cell, const QPalette &palette)
{
    const lab::CellKind kind = lab::cellKind(cell);
    auto *item = new QTableWidgetItem(lab::cellLabel(cell));
    item->setData(kKindRole, int(kind));
    item->setBackground(labCellColor(kind, palette));
    item->setForeground(palette.color(QPalette::Text));
    item->setToolTip(lab::cellToolTip(cell));
    item->setTextAlignment(Qt::AlignCenter);
    return item;
}

void recolourItems(QTableWidget *table, const QPalette &palette)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            QTableWidgetItem *item = table->item(row, column);
            if (!item)
                continue;
            item->setBackground(labCellColor(lab::CellKind(item->data(kKindRole).toInt()), palette));
            item->setForeground(palette.color(QPalette::Text));
        }
    }
}

} // namespace statusdeck::gui
