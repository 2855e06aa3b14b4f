#include "BuiltInContent.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

BuiltInContent loadBuiltInContent(QTextStream &err)
{
    BuiltInContent content{Catalog::loadBuiltIn(), SnippetLibrary::loadBuiltIn()};
    for (const LoadIssue &issue : content.catalog.issues())
        err << QCoreApplication::translate("CommandLine", "statusdeck: skipped a broken card: %1").arg(issue.toString())
            << Qt::endl;
    for (const LoadIssue &issue : content.snippets.issues())
        err << QCoreApplication::translate("CommandLine", "statusdeck: skipped a broken snippet template: %1")
                   .arg(issue.toString())
            << Qt::endl;
    return content;
}

// Resolves a code or card id; prints a "did you mean" message and returns null when unknown.
const Card *resolveCard(const Catalog &catalog, const QString &argument, QTextStream &err)
{
    if (const Card *card = catalog.findById(argument))
        return card;
    bool isNumber = false;
    const int code = argument.toInt(&isNumber);
    if (isNumber) {
        if (const Card *card = catalog.find(code))
            return card;
        QStringList nearest;
        for (int near : catalog.nearestCodes(code))
            nearest.append(QString::number(near));
        err << QCoreApplication::translate("CommandLine",
                                           "statusdeck: no card for status code %1. Nearest known codes: %2.")
                   .arg(argument, nearest.join(u", "_s))
            << Qt::endl;
    } else {
        err << QCoreApplication::translate(
                   "CommandLine", "statusdeck: '%1' is not a status code; give a number such as 404, or a card id such "
                                  "as 499-nginx.")
                   .arg(argument)
            << Qt::endl;
    }
    return nullptr;
}

} // namespace statusdeck::cli
