#pragma once

#include <QList>
#include <QString>

namespace statusdeck::cli {

class Command;
class GuiCommand;

// Every command of `statusdeck`, in the order of `statusdeck --help`.
namespace CommandRegistry {

const QList<const Command *> &commands();
const Command *find(const QString &name); // null when there is no such command
// The options of the window itself, used when the command line names no command.
const GuiCommand &window();

} // namespace CommandRegistry

} // namespace statusdeck::cli
