#include "sandbox/LiveDemo.h"

#include "http/HttpParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

constexpr int kStepTimeoutMs = 10000;

const QJsonObject &demoData()
{
    static const QJsonObject data = [] {
        QFile file(u":/try/demos.json"_s);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }();
    return data;
}

QString fill(QString text, const Card &card, const QString &authority)
{
    text.replace(u"{{code}}"_s, QString::number(card.code));
    text.replace(u"{{host}}"_s, authority);
    text.replace(u"{{vendor}}"_s, card.vendor);
    if (text.contains(u"{{long_target}}"_s))
        text.replace(u"{{long_target}}"_s, u"/anything/"_s + QString(9000, u'x'));
    if (text.contains(u"{{many_headers}}"_s)) {
        QStringList fields;
        for (int i = 0; i < 101; ++i)
            fields.append(u"X-Field-%1: %1"_s.arg(i));
        text.replace(u"{{many_headers}}"_s, fields.join(u"\r\n"_s));
    }
    return text;
}

} // namespace

Demo liveDemoFor(const Card &card, const QString &authority)
{
    const QJsonObject &data = demoData();
    QJsonObject entry = data.value(u"cards"_s).toObject().value(card.id()).toObject();
    const bool own = !entry.isEmpty();
    if (!own)
        entry = data.value(u"default"_s).toObject();
    Demo demo;
    demo.notice = fill(entry.value(u"notice"_s).toString(), card, authority);
    if (!own && !card.vendor.isEmpty())
        demo.notice = fill(data.value(u"vendor_notice"_s).toString(), card, authority);
    for (const QJsonValue &value : entry.value(u"steps"_s).toArray()) {
        const QJsonObject object = value.toObject();
        QStringList lines;
        for (const QJsonValue &line : object.value(u"request"_s).toArray())
            lines.append(fill(line.toString(), card, authority));
        DemoStep step;
        step.request = lines.join(u"\r\n"_s).toUtf8();
        const QJsonValue expect = object.value(u"expect"_s);
        step.expect = expect.isString() ? fill(expect.toString(), card, authority).toInt() : expect.toInt();
        step.finalStatus = object.value(u"final"_s).toInt();
        step.closedPort = object.value(u"closed_port"_s).toBool();
        demo.steps.append(step);
    }
    return demo;
}

DemoOutcome runLiveDemo(const Demo &demo, const QUrl &sandbox)
{
    DemoOutcome outcome;
    outcome.ok = !demo.steps.isEmpty();
    for (const DemoStep &step : demo.steps) {
        DemoOutcome::Step result;
        result.step = step;
        quint16 port = quint16(sandbox.port());
        if (step.closedPort) {
            // A port that was free a moment ago: nothing listens there.
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(kStepTimeoutMs)) {
            socket.write(step.request);
            while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(kStepTimeoutMs))
                result.response += socket.readAll();
            result.response += socket.readAll();
        }
        HttpParser parser(HttpParser::Type::Response);
        parser.setRequestMethod(step.request.left(step.request.indexOf(' ')));
        parser.feed(result.response);
        parser.finish();
        for (const HttpMessage &message : parser.takeMessages())
            result.statuses.append(message.status);
        if (step.expect == 0) {
            result.ok = result.response.isEmpty();
            if (!result.ok)
                result.problem = u"a response came, none was expected"_s;
        } else if (result.statuses.isEmpty()) {
            result.problem = u"no response"_s;
        } else if (result.statuses.first() != step.expect) {
            result.problem = u"%1 arrived, %2 was expected"_s.arg(result.statuses.first()).arg(step.expect);
        } else if (step.finalStatus && result.statuses.last() != step.finalStatus) {
            result.problem =
                u"the final answer was %1, %2 was expected"_s.arg(result.statuses.last()).arg(step.finalStatus);
        } else {
            result.ok = true;
        }
        outcome.ok = outcome.ok && result.ok;
        outcome.steps.append(result);
    }
    return outcome;
}

} // namespace statusdeck
