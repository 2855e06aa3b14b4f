#pragma once

#include "catalog/Card.h"
#include "catalog/Catalog.h"

#include <QPalette>
#include <QString>

namespace statusdeck::gui {

// Two cards side by side as rich text for QTextBrowser: what each card says about the
// other at the top (its confused-with difference), then their facts in aligned rows
// (class, registry, cacheable, redirect semantics, content, required headers, when to
// use) and their RFC quotes. Links use the card viewer's schemes ("card:ID").
QString compareToHtml(const Card &left, const Card &right, const Catalog &catalog, const QPalette &palette);

} // namespace statusdeck::gui
