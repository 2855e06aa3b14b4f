// HAR import speed: builds a HAR of N entries like a devtools export (HTTP/2 pseudo-headers,
// a dozen headers, bodies of a few KiB, every fourth base64) and times readHarFile() on it,
// the work the window does on its GUI thread when a HAR is opened.
// Usage: har_import_bench ENTRIES BODY_BYTES ROUNDS

#include "sandbox/HarImport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int entries = args.value(1, u"10000"_s).toInt();
    const int bodyBytes = args.value(2, u"4000"_s).toInt();
    const int rounds = args.value(3, u"3"_s).toInt();

    QJsonArray list;
    const QString body(bodyBytes, u'x');
    for (int i = 0; i < entries; ++i) {
        QJsonArray headers{QJsonObject{{u"name"_s, u":authority"_s}, {u"value"_s, u"example.test"_s}},
                           QJsonObject{{u"name"_s, u":path"_s}, {u"value"_s, u"/item/%1"_s.arg(i)}}};
        for (int h = 0; h < 12; ++h)
            headers.append(QJsonObject{{u"name"_s, u"x-header-%1"_s.arg(h)}, {u"value"_s, u"value %1"_s.arg(h)}});
        QJsonObject content{{u"size"_s, bodyBytes}, {u"mimeType"_s, u"text/plain"_s}};
        if (i % 4 == 0) {
            content.insert(u"text"_s, QString::fromLatin1(body.toLatin1().toBase64()));
            content.insert(u"encoding"_s, u"base64"_s);
        } else {
            content.insert(u"text"_s, body);
        }
        list.append(QJsonObject{{u"startedDateTime"_s, u"2026-12-01T10:00:00.000Z"_s},
                                {u"time"_s, 12.5},
                                {u"_resourceType"_s, u"fetch"_s},
                                {u"request"_s, QJsonObject{{u"method"_s, u"GET"_s},
                                                           {u"url"_s, u"https://example.test/item/%1"_s.arg(i)},
                                                           {u"httpVersion"_s, u"http/2.0"_s},
                                                           {u"headers"_s, headers}}},
                                {u"response"_s, QJsonObject{{u"status"_s, 200},
                                                            {u"statusText"_s, u""_s},
                                                            {u"httpVersion"_s, u"http/2.0"_s},
                                                            {u"headers"_s, headers},
                                                            {u"content"_s, content}}}});
    }
    const QByteArray json =
        QJsonDocument(QJsonObject{{u"log"_s, QJsonObject{{u"version"_s, u"1.2"_s}, {u"entries"_s, list}}}}).toJson();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.har"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return 1;
    file.close();

    QTextStream out(stdout);
    out << "HAR of " << entries << " entries, " << json.size() / (1024 * 1024) << " MiB\n";
    QList<qint64> times;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const statusdeck::HarImport har = statusdeck::readHarFile(path);
        times.append(timer.elapsed());
        if (!har.ok() || har.exchanges.size() != std::min(entries, 10000)) {
            out << "failed: " << har.error << "\n";
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    out << "readHarFile: median " << times.at(times.size() / 2) << " ms, best " << times.first() << " ms of " << rounds
        << "\n";
    return 0;
}
