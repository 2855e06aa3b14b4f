#pragma once

#include "catalog/Card.h"
#include "catalog/Catalog.h"

#include <QPalette>
#include <QString>

namespace statusdeck::gui {

// Renders a card as rich text for QTextBrowser, in the colours of a palette.
// Links to other cards use the scheme "card:" followed by the card id; "compare:ID" next to
// each confused-with entry; the star in the header is "favourite:ID" (filled when favourite).
QString cardToHtml(const Card &card, const Catalog &catalog, const QPalette &palette, bool favourite = false);

} // namespace statusdeck::gui
