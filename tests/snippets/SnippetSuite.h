#pragma once

// Runs one framework's snippet for every card in the real framework: each card's snippet is
// written into a fresh app the runner generates, the app is started on a free port given in
// PORT, and GET, HEAD and a PUT with a JSON body are sent with a raw socket, so interim 1xx
// responses are seen too. The checks are the same for every framework (see checkExchange).

#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace snippettest {

struct CardSnippet {
    const statusdeck::Card *card = nullptr;
    QString name; // a name safe as a module, package or path segment: "c499_nginx"
    QString code; // the generated snippet
};

struct Endpoint {
    quint16 port = 0;
    QByteArray path = "/example";
    QString error; // set when the card's app could not be set up
};

// One framework: generates the app, starts it, says where a card's snippet answers.
class Runner
{
public:
    virtual ~Runner() = default;
    // Empty when everything the runner needs is installed, else the package(s) to install.
    virtual QString missingPackage() = 0;
    virtual bool start(const QString &dir, const QList<CardSnippet> &snippets, QString *error) = 0;
    virtual Endpoint endpoint(const CardSnippet &snippet) = 0;
    virtual QString log() { return {}; }
    virtual void stop() {}
    // A runner that checks a card itself (curl runs the snippet's own commands) returns true.
    virtual bool checksItself() const { return false; }
    virtual void check(const CardSnippet &) {}
};

std::unique_ptr<Runner> makeRunner(const QString &frameworkId);
std::unique_ptr<Runner> makeWebServerRunner(const QString &frameworkId); // nginx, apache, curl
std::unique_ptr<Runner> makeRailsRunner();

// Helpers the runners share.
quint16 freePort();
QList<quint16> freePorts(int count);
bool waitUntilListening(QProcess &process, quint16 port, int timeoutMs, QString *error);
QString findProgram(const QString &name, const QStringList &extraDirs = {});
bool writeFile(const QString &path, const QByteArray &bytes, bool executable = false);
QString runToEnd(const QString &program, const QStringList &arguments, const QString &workDir,
                 const QProcessEnvironment &env, int *exitCode, int timeoutMs = 120000);

struct Response {
    int status = 0;
    QByteArray statusLine;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // decoded (dechunked) body
    bool chunked = false;
    QByteArray header(const QByteArray &name) const;
    int count(const QByteArray &name) const;
};

struct Exchange {
    QList<Response> interim; // 1xx before the final response
    std::optional<Response> final;
    QByteArray raw;
    QString error; // unparsable bytes, a timeout
};

Exchange exchange(quint16 port, const QByteArray &method, const QByteArray &path, bool expectContinue,
                  const QByteArray &extraHeaders = {});

// What status reaches the wire for a card from a framework: the card's code, 200 for a 1xx
// (the final answer after it), the enclosing response's status for a registered code that
// only occurs inside another response (208 in a 207), or what the card's "snippet" object
// says in "wire_status" for that framework (0: the connection closes without a response).
int expectedStatus(const statusdeck::Card &card, const QString &frameworkId);
QJsonObject cardSnippetData(const statusdeck::Card &card);
QJsonObject templateData(const QString &frameworkId);

class SnippetSuite : public QObject
{
    Q_OBJECT
public:
    explicit SnippetSuite(const QString &frameworkId, QObject *parent = nullptr);
    ~SnippetSuite() override;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void request_data();
    void request();

private:
    QString m_frameworkId;
    statusdeck::Catalog m_catalog;
    statusdeck::SnippetLibrary m_library;
    QList<CardSnippet> m_snippets;
    std::unique_ptr<Runner> m_runner;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<int> m_interim; // the 1xx codes this framework's snippets send before the final one
};

} // namespace snippettest
