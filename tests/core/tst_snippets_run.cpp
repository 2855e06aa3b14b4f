// Runs snippets for real: for every card, the Node.js http-module snippet and the
// Python http.server snippet are started on a free loopback port, requested once, and
// the response is checked (status, required headers, no content where none is allowed).
// Skips a runtime that is not installed.

#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"
#include "http/HttpParser.h"

#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace statusdeck;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

QByteArray exchange(quint16 port, const QByteArray &method)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(method + " /example HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray response;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
        response += socket.readAll();
    response += socket.readAll();
    return response;
}

} // namespace

class TestSnippetsRun : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::loadBuiltIn();
    SnippetLibrary m_library = SnippetLibrary::loadBuiltIn();

    void rows(const QString &framework)
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("framework");
        for (const Card &card : m_catalog.cards()) {
            if (!card.isPseudo()) // no server sends 0 or 000: nothing to run
                QTest::newRow(qPrintable(card.id())) << card.id() << framework;
        }
    }

    void runOne(const QString &program, const QStringList &arguments, const QString &suffix)
    {
        QFETCH(QString, id);
        QFETCH(QString, framework);
        const Card &card = *m_catalog.findById(id);
        const SnippetTemplate *snippetTemplate = m_library.findTemplate(framework);
        QVERIFY2(snippetTemplate, qPrintable(framework));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"snippet"_s + suffix);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_library.generate(card, *snippetTemplate).code.toUtf8());
        file.close();

        const quint16 port = freePort();
        QVERIFY(port);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PORT"_s, QString::number(port));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments + QStringList{path});
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
        const auto stop = qScopeGuard([&process] {
            process.kill();
            process.waitForFinished();
        });
        QTRY_VERIFY2_WITH_TIMEOUT(accepts(port) || process.state() != QProcess::Running,
                                  "the snippet did not start listening", 15000);
        QVERIFY2(process.state() == QProcess::Running, process.readAll().constData());

        // A 1xx cannot be a final response; those snippets say so and answer 200.
        const int expected = card.codeClass() == 1 ? 200 : card.code;
        const QByteArray raw = exchange(port, "GET");
        QString error;
        const auto response = parseResponse(raw, &error);
        QVERIFY2(response, qPrintable(error + u"\n"_s + QString::fromUtf8(raw)));
        QCOMPARE(response->status, expected);
        if (expected == card.code) {
            for (const HeaderInfo &header : card.headers) {
                if (header.required)
                    QVERIFY2(response->hasHeader(header.name.toLatin1()), qPrintable(header.name));
            }
            if (card.forbidsContent())
                QVERIFY2(response->body.isEmpty(), response->body.constData());
        }
    }

private Q_SLOTS:
    void nodeHttp_data() { rows(u"node-http"_s); }
    void nodeHttp()
    {
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        if (node.isEmpty())
            QSKIP("node is not installed");
        runOne(node, {}, u".js"_s);
    }

    void pythonHttpServer_data() { rows(u"python-http-server"_s); }
    void pythonHttpServer()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        runOne(python, {}, u".py"_s);
    }
};

QTEST_GUILESS_MAIN(TestSnippetsRun)
#include "tst_snippets_run.moc"
