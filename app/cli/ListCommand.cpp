#include "ListCommand.h"

#include "BuiltInContent.h"
#include "Io.h"
#include "catalog/CardExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace statusdeck::cli {

QString ListCommand::summary() const
{
    return QCoreApplication::translate("CommandLine", "one line per card: code, phrase, registry status");
}

int ListCommand::run(const QCommandLineParser &parser, Io &io) const
{
    if (!parser.positionalArguments().isEmpty()) {
        io.err() << QCoreApplication::translate("CommandLine", "statusdeck: list takes no arguments.") << Qt::endl;
        return 2;
    }
    const BuiltInContent content = loadBuiltInContent(io.err());
    for (const Card &card : content.catalog.cards())
        io.out() << cardListLine(card) << u'\n';
    return 0;
}

} // namespace statusdeck::cli
