#include "PageShortcuts.h"

#include <QCoreApplication>

namespace statusdeck::gui {

namespace {
// The action's own text, translated in its class's context, so the list reads as the menu does.
constexpr const char *kExchangeActions = "statusdeck::gui::ExchangeActions";

struct Entry {
    const char *text;
    QList<QKeySequence> keys;
};
} // namespace

QList<PageShortcut> pageShortcuts()
{
    const QList<Entry> exchangeLog{
        {QT_TRANSLATE_NOOP("statusdeck::gui::ExchangeActions", "Copy as curl"),
         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C)}},
        {QT_TRANSLATE_NOOP("statusdeck::gui::ExchangeActions", "Copy as fetch"),
         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F)}},
        {QT_TRANSLATE_NOOP("statusdeck::gui::ExchangeActions", "Copy URL"),
         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U)}},
        {QT_TRANSLATE_NOOP("statusdeck::gui::ExchangeActions", "Replay"), {QKeySequence(Qt::CTRL | Qt::Key_R)}},
        {QT_TRANSLATE_NOOP("statusdeck::gui::ExchangeActions", "Edit and Resend…"),
         {QKeySequence(Qt::CTRL | Qt::Key_E)}},
        {QT_TRANSLATE_NOOP("statusdeck::gui::ExchangeActions", "Open the Status Card"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}},
        {QT_TRANSLATE_NOOP("statusdeck::gui::ExchangeActions", "Expand or Collapse the Redirect Chain"),
         {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Minus)}},
    };
    const QString where = QCoreApplication::translate("PageShortcuts", "Exchange log");
    QList<PageShortcut> list;
    for (const Entry &entry : exchangeLog)
        list.append({where, QCoreApplication::translate(kExchangeActions, entry.text), entry.keys});
    return list;
}

} // namespace statusdeck::gui
