#include "ShowCommand.h"

#include "BuiltInContent.h"
#include "Io.h"
#include "catalog/CardExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

QString ShowCommand::synopsis() const
{
    return u"CODE [--snippet FRAMEWORK]"_s;
}

QString ShowCommand::summary() const
{
    return QCoreApplication::translate("CommandLine", "print a card (CODE is 404 or a card id like 499-nginx)");
}

QString ShowCommand::description() const
{
    return QCoreApplication::translate("CommandLine",
                                       "Prints the card for CODE as readable text: a status code such as 404, or a "
                                       "card id such as 499-nginx. An unknown code names the nearest known ones.");
}

QList<QCommandLineOption> ShowCommand::options() const
{
    return {{u"snippet"_s,
             QCoreApplication::translate("CommandLine", "Print only the snippet for FRAMEWORK (express, flask, go, "
                                                        "nginx, curl, ...)."),
             u"FRAMEWORK"_s}};
}

int ShowCommand::run(const QCommandLineParser &parser, Io &io) const
{
    QTextStream &out = io.out();
    QTextStream &err = io.err();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << QCoreApplication::translate("CommandLine",
                                           "statusdeck: show needs one status code, for example: statusdeck show 404")
            << Qt::endl;
        return 2;
    }
    const BuiltInContent content = loadBuiltInContent(err);
    const Card *card = resolveCard(content.catalog, positional.first(), err);
    if (!card)
        return 2;
    const QString framework = parser.value(u"snippet"_s);
    if (!framework.isEmpty()) {
        const SnippetTemplate *snippetTemplate = content.snippets.findTemplate(framework);
        if (!snippetTemplate) {
            QStringList ids;
            for (const SnippetTemplate &t : content.snippets.templates())
                ids.append(t.id);
            err << QCoreApplication::translate("CommandLine", "statusdeck: no snippet framework '%1'. Known: %2.")
                       .arg(framework, ids.join(u", "_s))
                << Qt::endl;
            return 2;
        }
        out << content.snippets.generate(*card, *snippetTemplate).code;
        return 0;
    }
    out << cardToText(*card, content.snippets);
    for (const Card *other : content.catalog.cardsForCode(card->code)) {
        if (other != card)
            out << QCoreApplication::translate("CommandLine", "\nAlso %1 (%2): statusdeck show %3")
                       .arg(other->phrase, other->vendor, other->id())
                << u'\n';
    }
    return 0;
}

} // namespace statusdeck::cli
