#pragma once

class QAccessibleInterface;
class QObject;
class QString;

namespace statusdeck::gui {

// The QAccessible factory for CardView (installed by its constructor): a document with the
// card's headings and links as children.
QAccessibleInterface *cardViewAccessibleFactory(const QString &className, QObject *object);

} // namespace statusdeck::gui
