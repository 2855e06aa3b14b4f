#include "CommandRegistry.h"

#include "ExportCommand.h"
#include "HelpCommand.h"
#include "ListCommand.h"
#include "MatrixCommand.h"
#include "OpenCommand.h"
#include "ScreenshotCommand.h"
#include "SearchCommand.h"
#include "ServeCommand.h"
#include "ShowCommand.h"
#include "TryCommand.h"
#include "WindowCommand.h"

namespace statusdeck::cli {

namespace {

template<typename T> const Command *instance()
{
    static const T command;
    return &command;
}

// A new command: its file, its #include above and one line here.
const QList<const Command *> &all()
{
    static const QList<const Command *> commands{
        instance<ShowCommand>(),       instance<SearchCommand>(), instance<TryCommand>(),    instance<ListCommand>(),
        instance<ExportCommand>(),     instance<ServeCommand>(),  instance<MatrixCommand>(), instance<OpenCommand>(),
        instance<ScreenshotCommand>(), instance<HelpCommand>(),
    };
    return commands;
}

} // namespace

const QList<const Command *> &CommandRegistry::commands()
{
    return all();
}

const Command *CommandRegistry::find(const QString &name)
{
    for (const Command *command : all()) {
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

const GuiCommand &CommandRegistry::window()
{
    static const WindowCommand window;
    return window;
}

} // namespace statusdeck::cli
