#include "SnippetSuite.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace snippettest {

quint16 freePort()
{
    const QList<quint16> ports = freePorts(1);
    return ports.isEmpty() ? 0 : ports.constFirst();
}

QList<quint16> freePorts(int count)
{
    // All probes stay open until the end, so the ports are distinct.
    std::vector<std::unique_ptr<QTcpServer>> probes;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto probe = std::make_unique<QTcpServer>();
        if (!probe->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(probe->serverPort());
        probes.push_back(std::move(probe));
    }
    return ports;
}

static bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

bool waitUntilListening(QProcess &process, quint16 port, int timeoutMs, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (process.state() != QProcess::Running) {
            *error = u"exited before listening (status %1): %2"_s.arg(process.exitCode())
                         .arg(QString::fromUtf8(process.readAll()));
            return false;
        }
        if (accepts(port))
            return true;
        process.waitForFinished(100);
    }
    *error = u"did not listen on port %1 within %2 ms: %3"_s.arg(port).arg(timeoutMs).arg(
        QString::fromUtf8(process.readAll()));
    return false;
}

QString findProgram(const QString &name, const QStringList &extraDirs)
{
    if (!extraDirs.isEmpty()) {
        const QString found = QStandardPaths::findExecutable(name, extraDirs);
        if (!found.isEmpty())
            return found;
    }
    return QStandardPaths::findExecutable(name);
}

bool writeFile(const QString &path, const QByteArray &bytes, bool executable)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(bytes);
    file.close();
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther |
                            QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return true;
}

QString runToEnd(const QString &program, const QStringList &arguments, const QString &workDir,
                 const QProcessEnvironment &env, int *exitCode, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workDir);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        *exitCode = -1;
        return process.errorString();
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        return u"timed out: "_s + QString::fromUtf8(process.readAll());
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int Response::count(const QByteArray &name) const
{
    int n = 0;
    for (const auto &header : headers)
        n += header.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return n;
}

namespace {

// Parses one response head from the start of data; returns the bytes it used, or -1.
qsizetype parseHead(const QByteArray &data, Response *response, QString *error)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        *error = u"no complete header section"_s;
        return -1;
    }
    const QList<QByteArray> lines = data.left(end).split('\n');
    response->statusLine = lines.constFirst().trimmed();
    static const QRegularExpression statusLine(u"^HTTP/1\\.[01] (\\d{3})( .*)?$"_s);
    const auto match = statusLine.match(QString::fromLatin1(response->statusLine));
    if (!match.hasMatch()) {
        *error = u"bad status line: "_s + QString::fromLatin1(response->statusLine);
        return -1;
    }
    response->status = match.captured(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = u"bad header line: "_s + QString::fromLatin1(line);
            return -1;
        }
        response->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return end + 4;
}

bool dechunk(const QByteArray &data, QByteArray *body, QString *error, qsizetype *end)
{
    qsizetype pos = 0;
    while (true) {
        const qsizetype lineEnd = data.indexOf("\r\n", pos);
        if (lineEnd < 0) {
            *error = u"chunked body ends without the last chunk"_s;
            return false;
        }
        bool ok = false;
        const qsizetype size = data.mid(pos, lineEnd - pos).split(';').constFirst().trimmed().toLongLong(&ok, 16);
        if (!ok) {
            *error = u"bad chunk size"_s;
            return false;
        }
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailers, if any, are not checked; the section ends with an empty line.
            const qsizetype trailerEnd = data.mid(pos).startsWith("\r\n") ? pos : data.indexOf("\r\n\r\n", pos) + 2;
            if (trailerEnd < pos) {
                *error = u"chunked body ends without the last chunk"_s;
                return false;
            }
            *end = trailerEnd + 2;
            return true;
        }
        if (pos + size + 2 > data.size()) {
            *error = u"chunk longer than the data"_s;
            return false;
        }
        body->append(data.mid(pos, size));
        pos += size + 2;
    }
}

} // namespace

// Parses what has arrived so far. Returns true when the final response is complete (or
// cannot become complete); closed says whether the server has closed the connection.
static bool parseExchange(const QByteArray &method, bool closed, Exchange *result, qsizetype *used)
{
    QByteArray rest = result->raw;
    qsizetype consumed = 0;
    result->interim.clear();
    result->final.reset();
    while (true) {
        Response response;
        QString error;
        const qsizetype head = parseHead(rest, &response, &error);
        if (head < 0) {
            if (closed && !rest.isEmpty())
                result->error = error;
            return closed;
        }
        rest = rest.mid(head);
        consumed += head;
        if (response.status >= 100 && response.status < 200 && response.status != 101) {
            result->interim.append(response);
            continue;
        }
        const bool noBody =
            method == "HEAD" || response.status < 200 || response.status == 204 || response.status == 304;
        if (noBody) {
            result->final = response;
            *used = consumed;
            return true;
        }
        if (response.header("Transfer-Encoding").toLower().contains("chunked")) {
            response.chunked = true;
            QString chunkError;
            qsizetype end = 0;
            if (!dechunk(rest, &response.body, &chunkError, &end)) {
                if (closed)
                    result->error = chunkError;
                return closed;
            }
            *used = consumed + end;
        } else if (response.count("Content-Length") > 0) {
            const qsizetype length = response.header("Content-Length").toLongLong();
            if (rest.size() < length && !closed)
                return false;
            response.body = rest.left(length);
            *used = consumed + response.body.size();
        } else {
            if (!closed)
                return false; // delimited by the end of the connection
            response.body = rest;
            *used = result->raw.size();
        }
        result->final = response;
        return true;
    }
}

Exchange exchange(quint16 port, const QByteArray &method, const QByteArray &path, bool expectContinue,
                  const QByteArray &extraHeaders)
{
    Exchange result;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000)) {
        result.error = u"cannot connect: "_s + socket.errorString();
        return result;
    }
    const QByteArray body = method == "PUT" ? QByteArray(R"({"id": 42, "name": "example"})") : QByteArray();
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    // A persistent connection, as browsers use: a response that sends more or less than it
    // declares shows up in the next response on the same connection.
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\n" + host +
                      "User-Agent: statusdeck-snippet-test\r\nAccept: */*\r\n" + extraHeaders;
    if (!body.isEmpty())
        head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!body.isEmpty() && expectContinue)
        head += "Expect: 100-continue\r\n";
    socket.write(head + "\r\n");
    if (!body.isEmpty() && expectContinue) {
        // As curl does: wait a moment for 100 Continue (or a final answer), then send anyway.
        socket.waitForReadyRead(1000);
        result.raw += socket.readAll();
    }
    socket.write(body);
    QElapsedTimer timer;
    timer.start();
    qsizetype used = 0;
    bool closed = false;
    while (true) {
        closed = socket.state() != QAbstractSocket::ConnectedState;
        result.raw += socket.readAll();
        if (parseExchange(method, closed, &result, &used))
            break;
        if (timer.elapsed() > 15000) {
            result.error = u"no complete response within 15 s"_s;
            return result;
        }
        socket.waitForReadyRead(500);
    }
    if (!result.error.isEmpty() || closed || !result.final)
        return result;
    // The connection is still open: the next response on it must start right after this one.
    socket.write("GET " + path + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 15000) {
        socket.waitForReadyRead(500);
        result.raw += socket.readAll();
    }
    result.raw += socket.readAll();
    const QByteArray next = result.raw.mid(used);
    if (!next.isEmpty() && !next.startsWith("HTTP/1."))
        result.error = u"bytes after the response, before the next one: "_s + QString::fromLatin1(next.left(80));
    return result;
}

QJsonObject cardSnippetData(const Card &card)
{
    QFile file(u":/cards/"_s + card.sourceFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"snippet"_s).toObject();
}

QJsonObject templateData(const QString &frameworkId)
{
    QFile file(u":/snippets/"_s + frameworkId + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

int expectedStatus(const Card &card, const QString &frameworkId)
{
    const QJsonObject wire = cardSnippetData(card).value(u"wire_status"_s).toObject();
    if (wire.contains(frameworkId))
        return wire.value(frameworkId).toInt();
    if (card.codeClass() == 1)
        return 200;
    if (card.vendor.isEmpty())
        return card.exampleStatus;
    return card.code;
}

SnippetSuite::SnippetSuite(const QString &frameworkId, QObject *parent)
    : QObject(parent)
    , m_frameworkId(frameworkId)
    , m_catalog(Catalog::loadBuiltIn())
    , m_library(SnippetLibrary::loadBuiltIn())
{}

SnippetSuite::~SnippetSuite() = default;

void SnippetSuite::initTestCase()
{
    const SnippetTemplate *snippetTemplate = m_library.findTemplate(m_frameworkId);
    QVERIFY2(snippetTemplate, qPrintable(m_frameworkId));
    for (const QJsonValue &code : templateData(m_frameworkId).value(u"interim"_s).toArray())
        m_interim.append(code.toInt());
    for (const Card &card : m_catalog.cards()) {
        if (card.isPseudo()) // 0 and 000 are what tools print when no response came: nothing to send
            continue;
        QString name = u"c"_s + card.id();
        name.replace(u'-', u'_');
        m_snippets.append({&card, name, m_library.generate(card, *snippetTemplate).code});
    }
    m_runner = makeRunner(m_frameworkId);
    QVERIFY2(m_runner, qPrintable(u"no runner for "_s + m_frameworkId));
    if (const QString missing = m_runner->missingPackage(); !missing.isEmpty()) {
        const QString message =
            m_frameworkId + u": not installed, install "_s + missing + u" (tests/install-test-packages.sh)"_s;
        if (qEnvironmentVariable("CI") == "true"_L1)
            QFAIL(qPrintable(message));
        QSKIP(qPrintable(message));
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir(m_dir->path()).mkpath(u"."_s);
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                             QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::ExeOther);
    QString error;
    QVERIFY2(m_runner->start(m_dir->path(), m_snippets, &error), qPrintable(error + u"\n"_s + m_runner->log()));
}

void SnippetSuite::cleanupTestCase()
{
    if (m_runner)
        m_runner->stop();
    if (m_dir && QTest::currentTestFailed())
        m_dir->setAutoRemove(false);
}

void SnippetSuite::request_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("conditional");
    for (qsizetype i = 0; i < m_snippets.size(); ++i) {
        if (m_runner && m_runner->checksItself()) {
            QTest::addRow("%s", qPrintable(m_snippets.at(i).card->id())) << int(i) << QByteArray() << false;
            continue;
        }
        for (const QByteArray method : {"GET", "HEAD", "PUT"})
            QTest::addRow("%s %s", qPrintable(m_snippets.at(i).card->id()), method.constData())
                << int(i) << method << false;
        // A 304 answers only a conditional GET or HEAD whose validator matched.
        if (m_snippets.at(i).card->code == 304 && m_frameworkId != "curl"_L1) {
            for (const QByteArray method : {"GET", "HEAD", "PUT"})
                QTest::addRow("%s %s If-None-Match", qPrintable(m_snippets.at(i).card->id()), method.constData())
                    << int(i) << method << true;
        }
    }
}

void SnippetSuite::request()
{
    QFETCH(int, index);
    QFETCH(QByteArray, method);
    QFETCH(bool, conditional);
    const CardSnippet &snippet = m_snippets.at(index);
    const Card &card = *snippet.card;
    if (m_runner->checksItself()) {
        m_runner->check(snippet);
        return;
    }
    const Endpoint endpoint = m_runner->endpoint(snippet);
    QVERIFY2(endpoint.error.isEmpty(), qPrintable(endpoint.error + u"\n--- snippet:\n"_s + snippet.code));
    int expected = expectedStatus(card, m_frameworkId);
    QByteArray extraHeaders;
    if (card.code == 304) {
        // The card's when_to_use: 304 for a matching If-None-Match on GET or HEAD, 412 for it on
        // other methods, and the full 200 (with the same validators) without a condition.
        QByteArray etag;
        for (const HeaderInfo &header : card.headers) {
            if (header.name.compare("ETag"_L1, Qt::CaseInsensitive) == 0)
                etag = header.value.toLatin1();
        }
        if (conditional)
            extraHeaders = "If-None-Match: " + etag + "\r\n";
        expected = !conditional ? 200 : method == "PUT" ? 412 : 304;
    }
    const Exchange ex = exchange(endpoint.port, method, endpoint.path, card.code == 100, extraHeaders);
    const QString context = u"\n--- received:\n"_s + QString::fromUtf8(ex.raw.left(2000)) + u"\n--- snippet:\n"_s +
                            snippet.code + u"\n--- log:\n"_s + m_runner->log().right(2000);
    QVERIFY2(ex.error.isEmpty(), qPrintable(ex.error + context));
    if (expected == 0) {
        // The snippet closes the connection without a response (nginx's 444).
        QVERIFY2(ex.raw.isEmpty(), qPrintable(u"expected no response"_s + context));
        return;
    }
    QVERIFY2(ex.final, qPrintable(u"no final response"_s + context));
    const Response &response = *ex.final;
    QVERIFY2(response.status == expected,
             qPrintable(u"status %1, expected %2"_s.arg(response.status).arg(expected) + context));
    for (const Response &interim : ex.interim)
        QVERIFY2(interim.count("Content-Length") == 0 || interim.header("Content-Length") == "0",
                 qPrintable(u"interim response with content"_s + context));
    if (card.codeClass() == 1 && m_interim.contains(card.code) && card.code != 100) {
        const bool sent = std::any_of(ex.interim.cbegin(), ex.interim.cend(),
                                      [&card](const Response &r) { return r.status == card.code; });
        QVERIFY2(sent, qPrintable(u"the interim %1 was not sent"_s.arg(card.code) + context));
    }
    if (card.code == 100 && method == "PUT" && m_interim.contains(100)) {
        QVERIFY2(!ex.interim.isEmpty() && ex.interim.constFirst().status == 100,
                 qPrintable(u"no 100 Continue for Expect: 100-continue"_s + context));
    }
    // Required headers belong to the card's own status (or the one it travels in).
    // A header the framework cannot send is listed in the card's snippet "not_sent" (the
    // snippet says why).
    QStringList notSent;
    for (const QJsonValue &name : cardSnippetData(card).value(u"not_sent"_s).toObject().value(m_frameworkId).toArray())
        notSent.append(name.toString());
    if (expected == card.code || expected == card.exampleStatus || (card.code == 304 && expected == 200)) {
        for (const HeaderInfo &header : card.headers) {
            if (!header.required || notSent.contains(header.name))
                continue;
            // 401's WWW-Authenticate is required; Content-Length is the framing's.
            if (header.name.compare("Content-Length"_L1, Qt::CaseInsensitive) == 0)
                continue;
            QVERIFY2(response.count(header.name.toLatin1()) > 0,
                     qPrintable(u"required header %1 missing"_s.arg(header.name) + context));
        }
    }
    for (const QByteArray single : {"Content-Length", "Content-Type", "Location", "Date", "ETag"})
        QVERIFY2(response.count(single) <= 1,
                 qPrintable(u"%1 sent twice"_s.arg(QString::fromLatin1(single)) + context));
    // Connection is a list: two fields are one list, but it must not say both close and keep-alive.
    QByteArray connection;
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Connection", Qt::CaseInsensitive) == 0)
            connection += value.toLower() + ',';
    }
    QVERIFY2(!(connection.contains("close") && connection.contains("keep-alive")),
             qPrintable(u"Connection says both close and keep-alive"_s + context));
    if (response.status / 100 == 3 && !card.location().isEmpty() && response.status != 304)
        QVERIFY2(response.count("Location") == 1, qPrintable(u"redirect without Location"_s + context));
    const bool noBody = method == "HEAD" || response.status == 204 || response.status == 304;
    if (noBody)
        QVERIFY2(response.body.isEmpty(), qPrintable(u"content where none is allowed"_s + context));
    if (response.count("Content-Length") == 1 && !noBody) {
        const qsizetype declared = response.header("Content-Length").toLongLong();
        QVERIFY2(declared == response.body.size(),
                 qPrintable(u"Content-Length %1 but %2 bytes of content"_s.arg(declared).arg(response.body.size()) +
                            context));
    }
    if (response.count("Content-Length") == 1 && response.count("Transfer-Encoding") == 1)
        QFAIL(qPrintable(u"both Content-Length and Transfer-Encoding"_s + context));
    if (response.status == 204 || response.status == 304)
        QVERIFY2(response.count("Transfer-Encoding") == 0, qPrintable(u"Transfer-Encoding on a 204/304"_s + context));
}

} // namespace snippettest
