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

QList<QCommandLineOption> ListCommand::options() const
{
    return {{QStringLiteral("ids"),
             QCoreApplication::translate("CommandLine", "Print only the card ids, one a line (for scripts and shell "
                                                        "completion).")}};
}

int ListCommand::run(const QCommandLineParser &parser, Io &io) const
{
    if (!parser.positionalArguments().isEmpty()) {
        io.err() << QCoreApplication::translate("CommandLine", "statusdeck: list takes no arguments.") << Qt::endl;
        return 2;
    }
    const BuiltInContent content = loadBuiltInContent(io.err());
    const bool ids = parser.isSet(QStringLiteral("ids"));
    for (const Card &card : content.catalog.cards())
        io.out() << (ids ? card.id() : cardListLine(card)) << u'\n';
    return 0;
}

} // namespace statusdeck::cli
