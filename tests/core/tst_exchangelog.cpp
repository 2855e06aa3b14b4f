// The exchange log's bounds and thread-safety, and the HAR 1.2 export.

#include "JsonKeys.h"
#include "sandbox/ExchangeLog.h"
#include "sandbox/HarExport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace {

HttpExchange exchange(const QByteArray &request, const QByteArray &response, int status = 200)
{
    HttpExchange e;
    e.connectionId = 3;
    e.origin = u"http://127.0.0.1:8088"_s;
    e.clientAddress = u"127.0.0.1"_s;
    e.clientPort = 50000;
    e.started = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0), Qt::UTC);
    e.finished = e.started.addMSecs(12);
    e.method = request.left(request.indexOf(' '));
    e.status = status;
    e.rawRequest = request;
    e.rawResponse = response;
    return e;
}

const QByteArray kRequest = "POST /anything?a=1&b=two HTTP/1.1\r\nHost: localhost:8088\r\nContent-Type: text/plain\r\n"
                            "Content-Length: 5\r\n\r\nhello";
const QByteArray kResponse = "HTTP/1.1 307 Temporary Redirect\r\nLocation: /anything?hop=1\r\n"
                             "Content-Type: text/plain\r\nContent-Length: 2\r\n\r\nok";

// A device that takes `room` bytes, then fails, like a disk that fills up.
class FullDevice final : public QIODevice
{
public:
    explicit FullDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray written;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 take = qMin(size, m_room - written.size());
        if (take <= 0) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        written.append(data, take); // a short write, as write(2) makes on a nearly full disk
        return take;
    }

private:
    qint64 m_room;
};

} // namespace

class TestExchangeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndSignals()
    {
        ExchangeLog log;
        QSignalSpy available(&log, &ExchangeLog::entriesAvailable);
        QCOMPARE(log.record(exchange(kRequest, kResponse)), 1u);
        QCOMPARE(available.size(), 1);
        QCOMPARE(log.size(), 1);
        const HttpExchange entry = log.entries().first();
        QCOMPARE(entry.id, 1u);
        QCOMPARE(entry.rawRequest, kRequest);
        QCOMPARE(entry.requestBytes, kRequest.size());
        QVERIFY(!entry.requestTruncated);
        QCOMPARE(log.entry(1)->rawResponse, kResponse);
    }

    void boundByCount()
    {
        ExchangeLog log;
        log.setBounds(3, ExchangeLog::kMaxBytes);
        for (int i = 0; i < 10; ++i)
            log.record(exchange(kRequest, kResponse));
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.droppedCount(), 7u);
        QCOMPARE(log.entries().first().id, 8u); // the newest are kept
    }

    void boundByBytes()
    {
        ExchangeLog probe; // what one entry really costs: buffers' capacity and the entry itself
        probe.record(exchange(kRequest, kResponse));
        const qsizetype one = probe.bytes();
        ExchangeLog log;
        log.setBounds(100, one * 2);
        for (int i = 0; i < 5; ++i)
            log.record(exchange(kRequest, kResponse));
        QCOMPARE(log.size(), 2);
        QVERIFY(log.bytes() <= one * 2);
        QCOMPARE(log.droppedCount(), 3u);
    }

    void defaultBoundsAreDocumented()
    {
        QCOMPARE(ExchangeLog::kMaxEntries, 1000);
        QCOMPARE(ExchangeLog::kMaxBytes, 32 * 1024 * 1024);
        QCOMPARE(ExchangeLog::kMaxRawBytes, 64 * 1024);
    }

    void capsEachSideWithAVisibleMark()
    {
        ExchangeLog log;
        const QByteArray big =
            "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n" + QByteArray(100000, 'x');
        log.record(exchange(big, kResponse));
        const HttpExchange entry = log.entries().first();
        QVERIFY(entry.requestTruncated);
        QVERIFY(!entry.responseTruncated);
        QCOMPARE(entry.requestBytes, big.size());
        QVERIFY(entry.rawRequest.startsWith(big.left(ExchangeLog::kMaxRawBytes)));
        QVERIFY(entry.rawRequest.contains("more bytes not kept"));
        QVERIFY(entry.rawRequest.contains(QByteArray::number(big.size() - ExchangeLog::kMaxRawBytes)));
    }

    void threadSafe()
    {
        ExchangeLog log;
        log.setBounds(50, ExchangeLog::kMaxBytes);
        // Counted directly on the writers' threads (a QSignalSpy is not thread-safe).
        std::atomic<int> added{0};
        QList<QThread *> writers;
        for (int t = 0; t < 4; ++t) {
            writers.append(QThread::create([&log, &added] {
                for (int i = 0; i < 200; ++i)
                    added += log.record(exchange(kRequest, kResponse)) > 0 ? 1 : 0;
            }));
            writers.last()->start();
        }
        for (int i = 0; i < 100; ++i)
            QVERIFY(log.entries().size() <= 50); // reading while they write
        for (QThread *writer : writers) {
            QVERIFY(writer->wait(30000));
            delete writer;
        }
        QCOMPARE(log.size(), 50);
        QCOMPARE(log.droppedCount(), 750u);
        QCOMPARE(added.load(), 800);
    }

    void harDocumentIsHar12()
    {
        QList<HttpExchange> entries{exchange(kRequest, kResponse, 307)};
        HttpExchange refused =
            exchange("BR@KEN / HTTP/1.1\r\n\r\n",
                     "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", 400);
        refused.parseError = u"HPE_INVALID_METHOD: Invalid method encountered"_s;
        entries.append(refused);
        HttpExchange binary = exchange("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n",
                                       QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n\xff\xfe", 41));
        entries.append(binary);

        const QJsonObject har = harDocument(entries);
        const QJsonObject log = har.value(u"log"_s).toObject();
        QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
        QCOMPARE(log.value(u"creator"_s).toObject().value(u"name"_s).toString(), u"StatusDeck"_s);
        const QJsonArray list = log.value(u"entries"_s).toArray();
        QCOMPARE(list.size(), 3);
        for (const QJsonValue &value : list) {
            const QJsonObject entry = value.toObject();
            using testsupport::missingKeys;
            const QStringList none;
            QCOMPARE(missingKeys(entry, {u"startedDateTime"_s, u"time"_s, u"request"_s, u"response"_s, u"cache"_s,
                                         u"timings"_s}),
                     none);
            QCOMPARE(missingKeys(entry.value(u"request"_s).toObject(),
                                 {u"method"_s, u"url"_s, u"httpVersion"_s, u"cookies"_s, u"headers"_s, u"queryString"_s,
                                  u"headersSize"_s, u"bodySize"_s}),
                     none);
            QCOMPARE(missingKeys(entry.value(u"response"_s).toObject(),
                                 {u"status"_s, u"statusText"_s, u"httpVersion"_s, u"cookies"_s, u"headers"_s,
                                  u"content"_s, u"redirectURL"_s, u"headersSize"_s, u"bodySize"_s}),
                     none);
            const QJsonObject timings = entry.value(u"timings"_s).toObject();
            QVERIFY(timings.contains(u"send"_s) && timings.contains(u"wait"_s) && timings.contains(u"receive"_s));
        }
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(u"startedDateTime"_s).toString(), u"2024-05-01T10:00:00.000Z"_s);
        QCOMPARE(first.value(u"time"_s).toInt(), 12);
        const QJsonObject request = first.value(u"request"_s).toObject();
        QCOMPARE(request.value(u"url"_s).toString(), u"http://localhost:8088/anything?a=1&b=two"_s);
        QCOMPARE(request.value(u"queryString"_s).toArray().size(), 2);
        QCOMPARE(request.value(u"postData"_s).toObject().value(u"text"_s).toString(), u"hello"_s);
        QCOMPARE(request.value(u"headers"_s).toArray().size(), 3);
        const QJsonObject response = first.value(u"response"_s).toObject();
        QCOMPARE(response.value(u"status"_s).toInt(), 307);
        QCOMPARE(response.value(u"redirectURL"_s).toString(), u"/anything?hop=1"_s);
        QCOMPARE(response.value(u"content"_s).toObject().value(u"text"_s).toString(), u"ok"_s);
        QVERIFY(list.at(1).toObject().value(u"comment"_s).toString().contains(u"HPE_INVALID_METHOD"_s));
        const QJsonObject content =
            list.at(2).toObject().value(u"response"_s).toObject().value(u"content"_s).toObject();
        QCOMPARE(content.value(u"encoding"_s).toString(), u"base64"_s);
    }

    void harWrittenAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"sandbox.har"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content");
        }
        QString error;
        QVERIFY2(writeHar(path, {exchange(kRequest, kResponse)}, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(u"log"_s).toObject().value(u"version"_s).toString(), u"1.2"_s);
        // No temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"sandbox.har"_s});

        // A failed write leaves nothing half-written behind.
        const QString missing = dir.filePath(u"no/such/dir/x.har"_s);
        QVERIFY(!writeHar(missing, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(missing));
    }

    void entriesAvailableIsCoalesced()
    {
        ExchangeLog log;
        QSignalSpy available(&log, &ExchangeLog::entriesAvailable);
        for (int i = 0; i < 5; ++i) {
            HttpExchange exchange;
            exchange.rawRequest = "GET / HTTP/1.1\r\n\r\n";
            log.record(exchange);
        }
        QCOMPARE(available.count(), 1); // one notification for five entries
        const QList<HttpExchange> first = log.entriesAfter(0);
        QCOMPARE(first.size(), 5);
        QVERIFY(first.first().id < first.last().id);
        HttpExchange more;
        log.record(more);
        QCOMPARE(available.count(), 2); // re-armed by entriesAfter()
        const QList<HttpExchange> next = log.entriesAfter(first.last().id);
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().id, first.last().id + 1);
    }
    // Finding 7 (issue 13): a reader that falls behind learns how many it missed, so `serve`
    // can say how many exchanges got no line instead of skipping them silently.
    void entriesAfterCountsWhatWasDropped()
    {
        ExchangeLog log;
        log.setBounds(3, ExchangeLog::kMaxBytes);
        for (int i = 0; i < 10; ++i)
            log.record(HttpExchange());
        quint64 missed = 99;
        const QList<HttpExchange> kept = log.entriesAfter(0, &missed);
        QCOMPARE(kept.size(), 3);
        QCOMPARE(missed, quint64(7));
        QCOMPARE(kept.first().id, quint64(8));
        log.record(HttpExchange());
        QCOMPARE(log.entriesAfter(kept.last().id, &missed).size(), 1);
        QCOMPARE(missed, quint64(0));
        QCOMPARE(log.entriesAfter(log.entries().last().id, &missed).size(), 0);
        QCOMPARE(missed, quint64(0));
    }
    // A reader that takes the log in bounded slices (the window's table): the oldest first, at
    // most maxCount, what is left counted, what was dropped before it counted as missed.
    void entriesAfterInSlices()
    {
        ExchangeLog log;
        log.setBounds(8, ExchangeLog::kMaxBytes);
        for (int i = 0; i < 5; ++i)
            log.record(HttpExchange());
        quint64 missed = 99;
        qsizetype remaining = -1;
        QList<HttpExchange> slice = log.entriesAfter(0, 2, &missed, &remaining);
        QCOMPARE(slice.size(), 2);
        QCOMPARE(slice.first().id, quint64(1));
        QCOMPARE(remaining, qsizetype(3));
        QCOMPARE(missed, quint64(0));
        slice = log.entriesAfter(slice.last().id, 10, &missed, &remaining);
        QCOMPARE(slice.size(), 3);
        QCOMPARE(slice.first().id, quint64(3));
        QCOMPARE(remaining, qsizetype(0));
        // The log moves on past a slow reader: 12 more, of which the log keeps 8.
        for (int i = 0; i < 12; ++i)
            log.record(HttpExchange());
        slice = log.entriesAfter(5, 3, &missed, &remaining);
        QCOMPARE(slice.size(), 3);
        QCOMPARE(slice.first().id, quint64(10));
        QCOMPARE(missed, quint64(4));
        QCOMPARE(remaining, qsizetype(5));
        QCOMPARE(log.entriesAfter(17, 3, &missed, &remaining).size(), 0);
        QCOMPARE(remaining, qsizetype(0));
        QCOMPARE(missed, quint64(0));
    }
    // Finding 2: what is counted is what is held, and a cut buffer keeps no extra capacity.
    void cappingReleasesCapacity()
    {
        ExchangeLog log;
        QByteArray big(4 * 1024 * 1024, 'x');
        log.record(exchange(std::move(big), kResponse)); // the log holds the only reference
        const HttpExchange entry = log.entries().constFirst();
        QVERIFY(entry.requestTruncated);
        QVERIFY2(entry.rawRequest.capacity() < 2 * ExchangeLog::kMaxRawBytes,
                 qPrintable(QString::number(entry.rawRequest.capacity())));
        QVERIFY(log.bytes() < 3 * ExchangeLog::kMaxRawBytes);
    }
    void accountedBytesIncludeCapacity()
    {
        ExchangeLog log;
        QByteArray roomy;
        roomy.reserve(1024 * 1024); // small content in a large buffer, as appends leave it
        roomy.append(kRequest);
        log.record(exchange(roomy, kResponse));
        roomy = {};
        const HttpExchange entry = log.entries().constFirst();
        QVERIFY(log.bytes() >= entry.rawRequest.capacity() + entry.rawResponse.capacity());
        QVERIFY2(log.bytes() < 64 * 1024, qPrintable(QString::number(log.bytes())));
    }

    // Finding 4: an answer the client did not get whole says so, in the log and the HAR.
    void incompleteAnswerIsMarked()
    {
        ExchangeLog log;
        const quint64 id = log.record(exchange(kRequest, kResponse));
        QCOMPARE(log.entry(id)->responseBytesSent, kResponse.size());
        log.markIncomplete(id, 10);
        const HttpExchange entry = *log.entry(id);
        QVERIFY(entry.responseIncomplete);
        QCOMPARE(entry.responseBytesSent, 10);
        const QJsonObject har = harDocument({entry});
        const QString comment = har.value(u"log"_s)
                                    .toObject()
                                    .value(u"entries"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"comment"_s)
                                    .toString();
        QVERIFY2(comment.contains(u"not fully sent"_s), qPrintable(comment));
    }

    // Finding 1: a short write is a failure with the device's words.
    void writeAllFailsOnAFullDevice()
    {
        FullDevice device(100);
        QString error;
        QVERIFY(!writeAll(device, QByteArray(1000, 'h'), &error));
        QCOMPARE(error, u"No space left on device"_s);
        FullDevice roomy(2000);
        QVERIFY(writeAll(roomy, QByteArray(1000, 'h'), &error));
        QCOMPARE(roomy.written.size(), 1000);
    }

    // Finding 1: the disk fills up while the HAR is written: the old file stays, the error is reported.
    void harOnAFullDiskKeepsTheOldFile()
    {
#ifndef Q_OS_LINUX
        QSKIP("RLIMIT_FSIZE stands in for a full disk on Linux only");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sandbox.har"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content");
        }
        QList<HttpExchange> many;
        for (int i = 0; i < 50; ++i)
            many.append(exchange(kRequest, kResponse));
        // Files of this process may not grow past 4 KiB: write(2) writes up to the limit, then
        // fails with EFBIG, as on a full disk (the signal it also raises is ignored here).
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit previous{};
        getrlimit(RLIMIT_FSIZE, &previous);
        rlimit small = previous;
        small.rlim_cur = 4096;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
        QString error;
        const bool written = writeHar(path, many, &error);
        setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!written);
        QVERIFY(!error.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old content"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"sandbox.har"_s});
#endif
    }
};

QTEST_GUILESS_MAIN(TestExchangeLog)
#include "tst_exchangelog.moc"
