#include "SearchCommand.h"

#include "BuiltInContent.h"
#include "Io.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

QString SearchCommand::synopsis() const
{
    return u"QUERY... [--limit N] [--format text|json]"_s;
}

QString SearchCommand::summary() const
{
    return QCoreApplication::translate("CommandLine", "find the right card: cards ranked by how well they match");
}

QString SearchCommand::description() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Ranks the cards as the window's search does: a code or card id first, then the phrase, former phrases "
        "and keywords, then the summary and definition, then the rest of the text; ties go to the more common "
        "code. Words may come in any order, in any case, with simple plurals and, in words of five letters or "
        "more, one typo. The JSON is an array in rank order with id, code, phrase, score, matched (the field "
        "that decided the rank), matched_text (the keyword or former phrase) and typo. Exit status: 0 with results, 1 "
        "with none, 2 on bad usage.");
}

QList<QCommandLineOption> SearchCommand::options() const
{
    return {{u"limit"_s, QCoreApplication::translate("CommandLine", "Print at most N results (default 10, 0: all)."),
             u"N"_s, u"10"_s},
            {u"format"_s, QCoreApplication::translate("CommandLine", "Output format: text or json."), u"text|json"_s,
             u"text"_s}};
}

int SearchCommand::run(const QCommandLineParser &parser, Io &io) const
{
    const QString query = parser.positionalArguments().join(u' ').trimmed();
    if (query.isEmpty()) {
        io.err() << QCoreApplication::translate("CommandLine", "statusdeck: search needs a query, e.g. 'rate limit'.")
                 << Qt::endl;
        return 2;
    }
    bool ok = false;
    const int limit = parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 0) {
        io.err() << QCoreApplication::translate("CommandLine",
                                                "statusdeck: --limit takes a number from 0 up, not '%1'.")
                        .arg(parser.value(u"limit"_s))
                 << Qt::endl;
        return 2;
    }
    const QString format = parser.value(u"format"_s);
    if (format != "text"_L1 && format != "json"_L1) {
        io.err() << QCoreApplication::translate("CommandLine",
                                                "statusdeck: unknown search format '%1'; use text or json.")
                        .arg(format)
                 << Qt::endl;
        return 2;
    }

    const BuiltInContent content = loadBuiltInContent(io.err());
    QList<SearchHit> hits = content.catalog.rankedSearch(query);
    if (limit > 0 && hits.size() > limit)
        hits.resize(limit);

    if (format == "json"_L1) {
        QJsonArray array;
        for (const SearchHit &hit : hits) {
            QJsonObject object{{u"id"_s, hit.card->id()},
                               {u"code"_s, hit.card->code},
                               {u"phrase"_s, hit.card->phrase},
                               {u"score"_s, hit.score},
                               {u"matched"_s, SearchHit::fieldName(hit.field)},
                               {u"typo"_s, hit.typo}};
            if (!hit.fieldText.isEmpty())
                object.insert(u"matched_text"_s, hit.fieldText);
            array.append(object);
        }
        io.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (hits.isEmpty()) {
        io.err() << QCoreApplication::translate("CommandLine",
                                                "statusdeck: no card matches '%1'. Try a class: 1xx, 2xx, 3xx, 4xx "
                                                "or 5xx.")
                        .arg(query)
                 << Qt::endl;
    } else {
        for (const SearchHit &hit : hits) {
            io.out() << hit.card->id().leftJustified(16) << hit.card->phrase;
            const QString reason = hit.reason();
            if (!reason.isEmpty())
                io.out() << u"  ("_s << reason << u')';
            io.out() << u'\n';
        }
    }
    return hits.isEmpty() ? 1 : 0;
}

} // namespace statusdeck::cli
