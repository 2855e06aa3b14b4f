#include "TryCommand.h"

#include "BuiltInContent.h"
#include "Io.h"
#include "SandboxStart.h"
#include "sandbox/LiveDemo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

QString TryCommand::synopsis() const
{
    return u"CODE [--format text|json]"_s;
}

QString TryCommand::summary() const
{
    return QCoreApplication::translate("CommandLine", "make a card's code happen live at a sandbox and show the "
                                                      "exchanges");
}

QList<QCommandLineOption> TryCommand::options() const
{
    return {{u"format"_s, QCoreApplication::translate("CommandLine", "Output format: text or json."), u"text|json"_s,
             u"text"_s}};
}

int TryCommand::run(const QCommandLineParser &parser, Io &io) const
{
    QTextStream &out = io.out();
    QTextStream &err = io.err();
    const QStringList positional = parser.positionalArguments();
    const QString format = parser.value(u"format"_s);
    if (positional.size() != 1 || (format != "text"_L1 && format != "json"_L1)) {
        err << QCoreApplication::translate("CommandLine",
                                           "statusdeck: try needs one status code, for example: statusdeck try 304 "
                                           "(--format text or json)")
            << Qt::endl;
        return 2;
    }
    const BuiltInContent content = loadBuiltInContent(err);
    const Card *card = resolveCard(content.catalog, positional.first(), err);
    if (!card)
        return 2;

    // A sandbox of its own on a free port, so a running `serve` or window is not disturbed.
    SandboxServer server;
    if (!startSandboxBlocking(server, privateSandboxOptions(), err))
        return 1;
    const QUrl url = server.url();
    const Demo demo = liveDemoFor(*card, url.authority());
    const DemoOutcome outcome = runLiveDemo(demo, url);
    server.stop();

    if (format == "json"_L1) {
        QJsonArray steps;
        for (const DemoOutcome::Step &step : outcome.steps) {
            QJsonArray statuses;
            for (int status : step.statuses)
                statuses.append(status);
            steps.append(QJsonObject{{u"request"_s, QString::fromUtf8(step.step.request)},
                                     {u"response"_s, QString::fromUtf8(step.response.left(64 * 1024))},
                                     {u"statuses"_s, statuses},
                                     {u"expect"_s, step.step.expect},
                                     {u"ok"_s, step.ok},
                                     {u"problem"_s, step.problem}});
        }
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"id"_s, card->id()},
                                                           {u"code"_s, card->code},
                                                           {u"ok"_s, outcome.ok},
                                                           {u"notice"_s, demo.notice},
                                                           {u"sandbox"_s, url.toString()},
                                                           {u"steps"_s, steps}})
                                     .toJson(QJsonDocument::Indented));
        return outcome.ok ? 0 : 1;
    }

    out << QCoreApplication::translate("CommandLine", "%1 %2, live against a sandbox at %3")
               .arg(card->codeText(), card->phrase, url.toString())
        << u"\n"_s << demo.notice << u"\n"_s;
    for (qsizetype i = 0; i < outcome.steps.size(); ++i) {
        const DemoOutcome::Step &step = outcome.steps.at(i);
        out << u"\n--> "_s
            << QCoreApplication::translate("CommandLine", "request %1 of %2").arg(i + 1).arg(outcome.steps.size())
            << u"\n"_s << QString::fromUtf8(step.step.request.left(2000)).remove(u'\r') << u"\n<-- "_s;
        if (step.response.isEmpty())
            out << QCoreApplication::translate("CommandLine", "no response") << u"\n"_s;
        else
            out << u"\n"_s << QString::fromUtf8(step.response.left(2000)).remove(u'\r') << u"\n"_s;
        out << (step.ok ? QCoreApplication::translate("CommandLine", "as the card says")
                        : QCoreApplication::translate("CommandLine", "NOT as the card says: %1").arg(step.problem))
            << u"\n"_s;
    }
    return outcome.ok ? 0 : 1;
}

} // namespace statusdeck::cli
