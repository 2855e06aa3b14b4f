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

// RFC 6455, section 5.2: a client's frame is masked; the key is the one of section 5.7's example.
QByteArray maskedFrame(quint8 opcode, const QByteArray &payload)
{
    static const char key[4] = {'\x37', '\xfa', '\x21', '\x3d'};
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char((payload.size() >> 8) & 0xff));
        frame.append(char(payload.size() & 0xff));
    }
    frame.append(key, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ key[i % 4]));
    return frame;
}

struct Frame {
    int opcode = 0;
    QByteArray payload;
};

// The server's (unmasked) frames in bytes; stops at the first incomplete one.
QList<Frame> readFrames(const QByteArray &bytes)
{
    QList<Frame> frames;
    qsizetype at = 0;
    while (at + 2 <= bytes.size()) {
        const auto byte = [&](qsizetype i) {
            return quint8(bytes.at(i));
        };
        qint64 length = byte(at + 1) & 0x7f;
        qsizetype head = 2;
        if (length == 126) {
            if (at + 4 > bytes.size())
                break;
            length = (qint64(byte(at + 2)) << 8) | byte(at + 3);
            head = 4;
        } else if (length == 127) {
            break; // the demo's messages are small
        }
        if (at + head + length > bytes.size())
            break;
        frames.append({byte(at) & 0x0f, bytes.mid(at + head, qsizetype(length))});
        at += head + qsizetype(length);
    }
    return frames;
}

QString describeFrames(const QList<Frame> &frames)
{
    QStringList lines;
    for (const Frame &frame : frames) {
        if (frame.opcode == 0x1)
            lines.append(u"[WebSocket text frame: \"%1\"]"_s.arg(QString::fromUtf8(frame.payload)));
        else if (frame.opcode == 0x2)
            lines.append(u"[WebSocket binary frame: %1 bytes]"_s.arg(frame.payload.size()));
        else if (frame.opcode == 0x8 && frame.payload.size() >= 2)
            lines.append(
                u"[WebSocket close frame: %1]"_s.arg((quint8(frame.payload.at(0)) << 8) | quint8(frame.payload.at(1))));
        else
            lines.append(u"[WebSocket frame, opcode %1: %2 bytes]"_s.arg(frame.opcode).arg(frame.payload.size()));
    }
    return lines.join(u'\n');
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
        step.webSocketMessage = object.value(u"websocket_message"_s).toString();
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
        bool framesSent = false;
        if (socket.waitForConnected(kStepTimeoutMs)) {
            socket.write(step.request);
            while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(kStepTimeoutMs)) {
                result.response += socket.readAll();
                // A client sends frames only once the 101 is in (RFC 6455, section 4.1).
                if (!step.webSocketMessage.isEmpty() && !framesSent && result.response.startsWith("HTTP/1.1 101") &&
                    result.response.contains("\r\n\r\n")) {
                    framesSent = true;
                    socket.write(maskedFrame(0x1, step.webSocketMessage.toUtf8()) +
                                 maskedFrame(0x8, QByteArray::fromHex("03e8")));
                }
            }
            result.response += socket.readAll();
        }
        QList<Frame> frames;
        if (framesSent) {
            const qsizetype headEnd = result.response.indexOf("\r\n\r\n") + 4;
            frames = readFrames(result.response.mid(headEnd));
            result.response = result.response.left(headEnd) + describeFrames(frames).toUtf8() + '\n';
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
        } else if (!step.webSocketMessage.isEmpty() &&
                   std::none_of(frames.begin(), frames.end(), [&](const Frame &frame) {
                       return frame.opcode == 0x1 && frame.payload == step.webSocketMessage.toUtf8();
                   })) {
            result.problem = u"the WebSocket message did not come back"_s;
        } else {
            result.ok = true;
        }
        outcome.ok = outcome.ok && result.ok;
        outcome.steps.append(result);
    }
    return outcome;
}

} // namespace statusdeck
