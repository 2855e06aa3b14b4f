#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace statusdeck::gui {

// A shortcut that works on one part of a page, as Help > Keyboard Shortcuts lists it.
struct PageShortcut {
    QString where; // the part of the page it works in, translated: "Exchange log"
    QString text;  // the action's text, translated, without its mnemonic
    QList<QKeySequence> keys;
};

// The shortcuts of the pages that are built on first use, as data: Help lists them from
// start-up without building a page, while each page still installs its own actions when it is
// built (the Sandbox's exchange log: sandbox/ExchangeActions; the lab has none). tst_shortcuts
// checks that the built pages install exactly these.
QList<PageShortcut> pageShortcuts();

} // namespace statusdeck::gui
