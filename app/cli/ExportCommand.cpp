#include "ExportCommand.h"

#include "BuiltInContent.h"
#include "Io.h"
#include "catalog/CardExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

QString ExportCommand::synopsis() const
{
    return u"[--format json|markdown]"_s;
}

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("CommandLine", "print every card");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {{u"format"_s, QCoreApplication::translate("CommandLine", "Export format: json or markdown."),
             u"json|markdown"_s, u"json"_s}};
}

int ExportCommand::run(const QCommandLineParser &parser, Io &io) const
{
    if (!parser.positionalArguments().isEmpty()) {
        io.err() << QCoreApplication::translate("CommandLine",
                                                "statusdeck: export takes no arguments besides --format.")
                 << Qt::endl;
        return 2;
    }
    const QString format = parser.value(u"format"_s);
    if (format != "json"_L1 && format != "markdown"_L1 && format != "md"_L1) {
        io.err() << QCoreApplication::translate("CommandLine",
                                                "statusdeck: unknown export format '%1'; use json or markdown.")
                        .arg(format)
                 << Qt::endl;
        return 2;
    }
    const BuiltInContent content = loadBuiltInContent(io.err());
    if (format == "json"_L1)
        io.out() << QString::fromUtf8(catalogToJson(content.catalog, content.snippets));
    else
        io.out() << catalogToMarkdown(content.catalog, content.snippets);
    return 0;
}

} // namespace statusdeck::cli
