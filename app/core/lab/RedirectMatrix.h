#pragma once

#include "http/HttpMessage.h"
#include "lab/ClientProfile.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QTemporaryFile;

namespace statusdeck {
class ExchangeLog;
}

namespace statusdeck::lab {

// Who runs the matrix: an emulated profile (its decisions executed by LabRun), Qt's own
// QNetworkAccessManager with its default redirect policy, or a real program run with QProcess.
struct MatrixClient {
    enum class Kind { Emulated, Qt, Program };

    Kind kind = Kind::Emulated;
    QString id;   // "fetch", "qt", "curl", "python3", "node", "wget"
    QString name; // for display
    // Every kind has one: it predicts what the server should see (for a program, its profile:
    // curl -> curl, python3 -> urllib, node -> fetch, wget -> wget).
    const ClientProfile *profile = nullptr;
    QString programPath; // Kind::Program: the executable found on PATH

    enum class Problem { None, Unknown, RealNotSupported, NotInstalled };
    struct Resolved;
    // name: a profile id, or with real a program or its profile ("python3" or "urllib").
    static Resolved resolve(const QString &name, bool real);
    static QStringList emulatedIds(); // every profile but qt
    static QStringList realIds();     // curl, python3, node, wget
};

struct MatrixClient::Resolved {
    MatrixClient client;
    Problem problem = Problem::None;
    QString error; // translated, names the client or program
};

// One request as the sandbox saw it, parsed from the exchange log.
struct MatrixHop {
    quint64 exchangeId = 0;
    quint64 connectionId = 0;
    QByteArray method;
    QByteArray target;
    int status = 0;
    HeaderList headers;
    QByteArray body;
};

// One cell: a method sent into one redirect code, and what arrived at the redirect's target.
struct MatrixCell {
    QByteArray method; // the row
    int code = 0;      // the column
    QString token;     // in the cell's URLs, so the log can attribute its requests
    QUrl url;          // where the cell starts
    bool bodySent = false;
    bool finished = false;

    // What the server saw.
    QByteArray nextMethod;      // the follow-up's method; empty when it was not followed
    bool bodyKept = false;      // the follow-up carried the first request's body
    QStringList headersDropped; // first request's headers missing from the follow-up (framing aside)
    QString error;              // empty when followed; otherwise why it stopped or failed
    QString stop;               // emulated: the stop reason's name ("refused", "limit"); else empty
    QString clientError;        // followed, but the client still reported this error
    int repeats = 0;            // times the client sent the first request again (Qt does, at times)
    QList<MatrixHop> hops;

    // What the client's profile predicts, and how the server's view differs (empty: it agrees).
    RedirectDecision prediction;
    QString mismatch;

    QString command; // Kind::Program: the exact command line
    QString output;  // Kind::Program: what it printed on stderr (trimmed)

    bool followed() const { return !nextMethod.isEmpty(); }
};

// Runs one client through methods x codes (GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS x
// 301, 302, 303, 307, 308) live against a running sandbox. Each cell starts at
// /redirect-to?url=/anything?lab=TOKEN&status_code=CODE with Authorization and
// X-StatusDeck-Probe headers (and "k=v" as a form body for POST, PUT and PATCH); its result is
// read from what the server logged for TOKEN. A few cells run at a time; the signals let a
// window fill a table as cells finish.
class RedirectMatrix : public QObject
{
    Q_OBJECT
public:
    static const QList<QByteArray> &methods();
    static const QList<int> &codes();
    static QByteArray requestBody() { return QByteArrayLiteral("k=v"); }

    explicit RedirectMatrix(MatrixClient client, QObject *parent = nullptr);
    ~RedirectMatrix() override;

    void setConcurrency(int cells); // default 4
    void setCellTimeout(int ms);    // default 30 s; a cell that takes longer fails
    // sandboxUrl: the sandbox's main origin ("http://127.0.0.1:8088/"); log: its exchange log.
    void start(const QUrl &sandboxUrl, ExchangeLog *log);
    void cancel(); // stops what runs; finished() follows

    const MatrixClient &client() const { return m_client; }
    bool isRunning() const { return m_running; }
    // Row-major: methods() x codes(); a cell's results are valid once cellFinished(index) came.
    const QList<MatrixCell> &cells() const { return m_cells; }
    int finishedCount() const { return m_done; }
    static int indexOf(const QByteArray &method, int code);

Q_SIGNALS:
    void cellStarted(int index);
    void cellFinished(int index);
    void progress(int finished, int total);
    void finished();

private:
    struct Job;
    void launchMore();
    void launch(int index);
    void runEmulated(int index, const LabRequest &first);
    void runQt(int index, const LabRequest &first);
    void runProgram(int index, const LabRequest &first);
    void complete(int index, const QString &error, const QString &stop, const QString &output);
    void observe(MatrixCell &cell) const;

    MatrixClient m_client;
    QList<MatrixCell> m_cells;
    QList<int> m_queue;
    QHash<int, std::shared_ptr<Job>> m_jobs;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<QTemporaryFile> m_bodyFile;
    ExchangeLog *m_log = nullptr;
    QUrl m_base;
    int m_concurrency = 4;
    int m_timeoutMs = 30000;
    int m_done = 0;
    bool m_running = false;
};

// Output of `statusdeck matrix`: the JSON array (keys code, method, next_method, body_kept,
// headers_dropped, error, and more), and a readable table with notes.
QJsonArray matrixToJson(const QList<MatrixCell> &cells);
QString matrixToText(const MatrixClient &client, const QList<MatrixCell> &cells);
// "GET, body dropped", "POST, kept", "HEAD", "not followed: ..."
QString cellSummary(const MatrixCell &cell);

// What changed from one request of a chain to the next, in words: "method POST → GET",
// "body dropped", "−Authorization", "+Cookie" (framing headers and Host aside).
QStringList hopChanges(const MatrixHop &before, const MatrixHop &after);

} // namespace statusdeck::lab
