#include "BuiltInContent.h"

#include <QCoreApplication>
#include <QTextStream>

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

} // namespace statusdeck::cli
