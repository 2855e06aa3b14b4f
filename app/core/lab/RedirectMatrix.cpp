#include "lab/RedirectMatrix.h"

#include "http/HttpParser.h"
#include "lab/LabRun.h"
#include "lab/RealClient.h"
#include "sandbox/ExchangeLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace statusdeck::lab {

namespace {

QStringList lowerSorted(const QStringList &names)
{
    QStringList lower;
    for (const QString &name : names)
        lower.append(name.toLower());
    lower.sort();
    return lower;
}

QString methodText(const QByteArray &method)
{
    return QString::fromLatin1(method);
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

// One running cell: whichever of these the client kind uses, and its deadline.
struct RedirectMatrix::Job {
    QPointer<LabRun> run;
    QPointer<QNetworkReply> reply;
    QPointer<QProcess> process;
    QPointer<QTimer> timer;

    void dispose()
    {
        if (timer)
            timer->deleteLater();
        if (run) {
            run->disconnect();
            run->abort();
            run->deleteLater();
        }
        if (reply) {
            reply->disconnect();
            reply->abort();
            reply->deleteLater();
        }
        if (process) {
            process->disconnect();
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(2000);
            }
            process->deleteLater();
        }
    }
};

MatrixClient::Resolved MatrixClient::resolve(const QString &name, bool real)
{
    Resolved resolved;
    MatrixClient &client = resolved.client;
    if (real) {
        const RealProgram *program = findRealProgram(name);
        if (!program) {
            resolved.problem =
                ClientProfile::find(name) || name == "qt"_L1 ? Problem::RealNotSupported : Problem::Unknown;
            resolved.error =
                name == "qt"_L1
                    ? RedirectMatrix::tr(
                          "the qt client always runs Qt's own QNetworkAccessManager for real; leave out --real.")
                : resolved.problem == Problem::RealNotSupported
                    ? RedirectMatrix::tr("'%1' cannot run for real; --real works with %2.")
                          .arg(name, realIds().join(u", "_s))
                    : RedirectMatrix::tr("unknown client '%1'; with --real use one of %2.")
                          .arg(name, realIds().join(u", "_s));
            return resolved;
        }
        client.kind = Kind::Program;
        client.id = program->id;
        client.profile = ClientProfile::find(program->profileId);
        client.programPath = QStandardPaths::findExecutable(program->id);
        client.name =
            RedirectMatrix::tr("%1 (real program, compared with the %2 profile)").arg(program->id, program->profileId);
        if (client.programPath.isEmpty()) {
            resolved.problem = Problem::NotInstalled;
            resolved.error =
                RedirectMatrix::tr(
                    "%1 is not installed (not found on PATH); install it to run the matrix with the real %1.")
                    .arg(program->id);
        }
        return resolved;
    }
    QString id = name;
    if (const RealProgram *program = findRealProgram(name))
        id = program->profileId; // "python3" means its profile, "urllib"
    const ClientProfile *profile = ClientProfile::find(id);
    if (!profile) {
        resolved.problem = Problem::Unknown;
        resolved.error = RedirectMatrix::tr("unknown client '%1'; use one of %2, qt, or with --real %3.")
                             .arg(name, emulatedIds().join(u", "_s), realIds().join(u", "_s));
        return resolved;
    }
    client.kind = id == "qt"_L1 ? Kind::Qt : Kind::Emulated;
    client.id = id;
    client.profile = profile;
    client.name = client.kind == Kind::Qt
                      ? RedirectMatrix::tr("Qt QNetworkAccessManager, default redirect policy (run for real)")
                      : RedirectMatrix::tr("%1 (emulated profile)").arg(profile->name());
    return resolved;
}

QStringList MatrixClient::emulatedIds()
{
    QStringList ids;
    for (const ClientProfile *profile : ClientProfile::all()) {
        if (profile->id() != "qt"_L1)
            ids.append(profile->id());
    }
    return ids;
}

QStringList MatrixClient::realIds()
{
    QStringList ids;
    for (const RealProgram &program : realPrograms())
        ids.append(program.id);
    return ids;
}

const QList<QByteArray> &RedirectMatrix::methods()
{
    static const QList<QByteArray> list{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    return list;
}

const QList<int> &RedirectMatrix::codes()
{
    static const QList<int> list{301, 302, 303, 307, 308};
    return list;
}

int RedirectMatrix::indexOf(const QByteArray &method, int code)
{
    const qsizetype row = methods().indexOf(method);
    const qsizetype column = codes().indexOf(code);
    if (row < 0 || column < 0)
        return -1;
    return int(row * codes().size() + column);
}

RedirectMatrix::RedirectMatrix(MatrixClient client, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_network(new QNetworkAccessManager(this))
{}

RedirectMatrix::~RedirectMatrix()
{
    for (const auto &job : std::as_const(m_jobs))
        job->dispose();
}

void RedirectMatrix::setConcurrency(int cells)
{
    m_concurrency = qMax(1, cells);
}

void RedirectMatrix::setCellTimeout(int ms)
{
    m_timeoutMs = qMax(1, ms);
}

void RedirectMatrix::start(const QUrl &sandboxUrl, ExchangeLog *log)
{
    cancel();
    m_base = sandboxUrl;
    m_log = log;
    m_cells.clear();
    m_queue.clear();
    m_done = 0;
    // Same length for every token, so one can never be found inside another.
    const QString run = u"%1"_s.arg(quint64(QRandomGenerator::global()->generate()), 8, 16, QChar(u'0'));
    const QByteArray base =
        sandboxUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
    for (qsizetype row = 0; row < methods().size(); ++row) {
        for (int code : codes()) {
            MatrixCell cell;
            cell.method = methods().at(row);
            cell.code = code;
            cell.token = u"sdlab%1r%2c%3"_s.arg(run).arg(row).arg(code);
            cell.bodySent = cell.method == "POST" || cell.method == "PUT" || cell.method == "PATCH";
            cell.url = QUrl::fromEncoded(base + "/redirect-to?url=%2Fanything%3Flab%3D" + cell.token.toLatin1() +
                                         "&status_code=" + QByteArray::number(code));
            m_queue.append(int(m_cells.size()));
            m_cells.append(cell);
        }
    }
    if (m_client.kind == MatrixClient::Kind::Program && m_client.id == "curl"_L1) {
        m_bodyFile = std::make_unique<QTemporaryFile>();
        if (m_bodyFile->open()) {
            m_bodyFile->write(requestBody());
            m_bodyFile->flush();
        }
    }
    m_running = true;
    Q_EMIT progress(0, int(m_cells.size()));
    launchMore();
}

void RedirectMatrix::cancel()
{
    if (!m_running)
        return;
    for (const auto &job : std::as_const(m_jobs))
        job->dispose();
    m_jobs.clear();
    m_queue.clear();
    m_running = false;
    Q_EMIT finished();
}

void RedirectMatrix::launchMore()
{
    while (m_running && !m_queue.isEmpty() && m_jobs.size() < m_concurrency)
        launch(m_queue.takeFirst());
}

void RedirectMatrix::launch(int index)
{
    MatrixCell &cell = m_cells[index];
    LabRequest first;
    first.method = cell.method;
    first.url = cell.url;
    first.headers = {{"Authorization", "Bearer statusdeck-lab"}, {"X-StatusDeck-Probe", "1"}};
    if (cell.bodySent) {
        first.body = requestBody();
        first.headers.append(
            qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")));
    }
    if (m_client.profile) {
        const QByteArray location = "/anything?lab=" + cell.token.toLatin1();
        cell.prediction = m_client.profile->decide(first, cell.code, location, 0, {first.url});
    }

    auto job = std::make_shared<Job>();
    m_jobs.insert(index, job);
    job->timer = new QTimer(this);
    job->timer->setSingleShot(true);
    connect(job->timer, &QTimer::timeout, this,
            [this, index] { complete(index, tr("timed out after %1 s").arg(m_timeoutMs / 1000.0), {}, {}); });
    job->timer->start(m_timeoutMs);
    Q_EMIT cellStarted(index);

    switch (m_client.kind) {
    case MatrixClient::Kind::Emulated:
        runEmulated(index, first);
        break;
    case MatrixClient::Kind::Qt:
        runQt(index, first);
        break;
    case MatrixClient::Kind::Program:
        runProgram(index, first);
        break;
    }
}

void RedirectMatrix::runEmulated(int index, const LabRequest &first)
{
    auto *run = new LabRun(m_network, *m_client.profile, first, this);
    m_jobs.value(index)->run = run;
    connect(run, &LabRun::finished, this, [this, index, run] {
        QString error;
        QString stop;
        const QList<LabHop> &hops = run->hops();
        if (!hops.isEmpty() && hops.constFirst().decision.stop != StopReason::None) {
            error = hops.constFirst().decision.explanation;
            stop = stopReasonName(hops.constFirst().decision.stop);
        }
        for (const LabHop &hop : hops) {
            if (!hop.error.isEmpty())
                error = hop.error;
        }
        complete(index, error, stop, {});
    });
    run->start();
}

void RedirectMatrix::runQt(int index, const LabRequest &first)
{
    // No redirect attribute: whatever QNetworkAccessManager does by default is what is measured.
    QNetworkRequest request(first.url);
    for (const auto &[name, value] : first.headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nullptr;
    if (first.method == "GET")
        reply = m_network->get(request);
    else if (first.method == "HEAD")
        reply = m_network->head(request);
    else if (first.method == "POST")
        reply = m_network->post(request, first.body);
    else if (first.method == "PUT")
        reply = m_network->put(request, first.body);
    else if (first.method == "DELETE" && first.body.isEmpty())
        reply = m_network->deleteResource(request);
    else
        reply = m_network->sendCustomRequest(request, first.method, first.body);
    m_jobs.value(index)->reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, index, reply] {
        const QString error = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
        complete(index, error, {}, {});
    });
}

void RedirectMatrix::runProgram(int index, const LabRequest &first)
{
    MatrixCell &cell = m_cells[index];
    const ProgramCommand command =
        realCommand(m_client.id, first, m_client.profile ? m_client.profile->maxRedirects() : 20,
                    m_bodyFile ? m_bodyFile->fileName() : QString());
    cell.command = command.display;
    auto *process = new QProcess(this);
    m_jobs.value(index)->process = process;
    // The sandbox is on loopback: a proxy from the environment must not stand in between.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {u"http_proxy"_s, u"HTTP_PROXY"_s, u"https_proxy"_s, u"HTTPS_PROXY"_s, u"all_proxy"_s, u"ALL_PROXY"_s})
        environment.remove(name);
    environment.insert(u"NO_PROXY"_s, u"127.0.0.1,localhost,::1"_s);
    environment.insert(u"no_proxy"_s, u"127.0.0.1,localhost,::1"_s);
    process->setProcessEnvironment(environment);
    process->setProgram(m_client.programPath);
    process->setArguments(command.arguments);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardOutputFile(QProcess::nullDevice());
    connect(process, &QProcess::finished, this, [this, index, process](int exitCode, QProcess::ExitStatus status) {
        const QString output = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        QString error;
        if (status != QProcess::NormalExit)
            error = tr("%1 crashed").arg(m_client.id);
        else if (exitCode != 0)
            error = output.isEmpty() ? tr("%1 exited with status %2").arg(m_client.id).arg(exitCode)
                                     : output.split(u'\n').constLast();
        complete(index, error, {}, output);
    });
    connect(process, &QProcess::errorOccurred, this, [this, index, process](QProcess::ProcessError processError) {
        if (processError == QProcess::FailedToStart)
            complete(index, tr("%1 could not be started: %2").arg(m_client.programPath, process->errorString()), {},
                     {});
    });
    process->start();
}

void RedirectMatrix::complete(int index, const QString &error, const QString &stop, const QString &output)
{
    const std::shared_ptr<Job> job = m_jobs.take(index);
    if (!job)
        return; // already completed (a timeout racing the answer)
    job->dispose();
    MatrixCell &cell = m_cells[index];
    cell.error = error;
    cell.stop = stop;
    cell.output = output;
    cell.clientError.clear();
    observe(cell);
    if (cell.followed() && !cell.error.isEmpty()) {
        // Not a reason for not following: what the client said after it followed.
        cell.clientError = cell.error;
        cell.error.clear();
    }
    cell.finished = true;
    ++m_done;
    Q_EMIT cellFinished(index);
    Q_EMIT progress(m_done, int(m_cells.size()));
    if (m_done == m_cells.size()) {
        m_running = false;
        m_bodyFile.reset();
        Q_EMIT finished();
        return;
    }
    launchMore();
}

void RedirectMatrix::observe(MatrixCell &cell) const
{
    cell.hops.clear();
    const QByteArray token = cell.token.toLatin1();
    const QList<HttpExchange> entries = m_log ? m_log->entries() : QList<HttpExchange>();
    for (const HttpExchange &exchange : entries) {
        if (!exchange.target.contains(token))
            continue;
        MatrixHop hop;
        hop.exchangeId = exchange.id;
        hop.connectionId = exchange.connectionId;
        hop.method = exchange.method;
        hop.target = exchange.target;
        hop.status = exchange.status;
        if (const auto request = parseRequest(exchange.rawRequest)) {
            hop.headers = request->headers;
            hop.body = request->body;
        }
        cell.hops.append(hop);
    }

    const MatrixHop *first = nullptr;
    const MatrixHop *arrived = nullptr;
    cell.repeats = 0;
    for (const MatrixHop &hop : std::as_const(cell.hops)) {
        if (hop.target.startsWith("/redirect-to")) {
            if (first)
                ++cell.repeats;
            else
                first = &hop;
        }
        if (!arrived && hop.target.startsWith("/anything"))
            arrived = &hop;
    }
    cell.nextMethod.clear();
    cell.bodyKept = false;
    cell.headersDropped.clear();
    if (!first) {
        if (cell.error.isEmpty())
            cell.error = tr("the sandbox saw no request from the client");
        return;
    }
    if (!arrived) {
        if (cell.error.isEmpty())
            cell.error = tr("stopped at the %1 without following it").arg(cell.code);
    } else {
        cell.nextMethod = arrived->method;
        cell.bodyKept = cell.bodySent && arrived->body == requestBody();
        for (const auto &[name, value] : first->headers) {
            // A follow-up without a body has no Content-Length: that is not a header
            // the client "dropped".
            if (headers::isTransport(name) || headers::contains(arrived->headers, name))
                continue;
            const QString text = QString::fromLatin1(name);
            if (!cell.headersDropped.contains(text, Qt::CaseInsensitive))
                cell.headersDropped.append(text);
        }
    }

    // The prediction, on the headers the lab itself sends (a client's own ones are its business).
    cell.mismatch.clear();
    if (cell.prediction.stop == StopReason::None && cell.prediction.next.method.isEmpty())
        return; // no profile
    const bool predictedFollow = cell.prediction.stop == StopReason::None;
    if (predictedFollow != cell.followed()) {
        cell.mismatch = predictedFollow ? tr("the profile predicts a %1 follow-up; the client did not follow")
                                              .arg(methodText(cell.prediction.next.method))
                                        : tr("the profile predicts no follow-up (%1); the client sent a %2")
                                              .arg(stopReasonName(cell.prediction.stop), methodText(cell.nextMethod));
        return;
    }
    if (!predictedFollow)
        return;
    QStringList differences;
    if (cell.prediction.next.method != cell.nextMethod)
        differences.append(tr("method: predicted %1, saw %2")
                               .arg(methodText(cell.prediction.next.method), methodText(cell.nextMethod)));
    const bool predictedBody = cell.bodySent && cell.prediction.next.body == requestBody();
    if (predictedBody != cell.bodyKept)
        differences.append(predictedBody ? tr("body: predicted kept, saw dropped")
                                         : tr("body: predicted dropped, saw kept"));
    static const QStringList labHeaders{u"authorization"_s, u"x-statusdeck-probe"_s, u"content-type"_s};
    QStringList predicted;
    QStringList seen;
    for (const QString &name : lowerSorted(cell.prediction.headersDropped)) {
        if (labHeaders.contains(name))
            predicted.append(name);
    }
    for (const QString &name : lowerSorted(cell.headersDropped)) {
        if (labHeaders.contains(name))
            seen.append(name);
    }
    if (predicted != seen)
        differences.append(
            tr("headers dropped: predicted [%1], saw [%2]").arg(predicted.join(u", "_s), seen.join(u", "_s)));
    cell.mismatch = differences.join(u"; "_s);
}

QString cellSummary(const MatrixCell &cell)
{
    if (!cell.finished)
        return RedirectMatrix::tr("...");
    if (!cell.followed())
        return RedirectMatrix::tr("not followed: %1").arg(cell.stop.isEmpty() ? cell.error : cell.stop);
    QString text = methodText(cell.nextMethod);
    if (cell.bodySent)
        text += cell.bodyKept ? RedirectMatrix::tr(", kept") : RedirectMatrix::tr(", body dropped");
    return text;
}

QJsonArray matrixToJson(const QList<MatrixCell> &cells)
{
    QJsonArray array;
    for (const MatrixCell &cell : cells) {
        QJsonArray hops;
        for (const MatrixHop &hop : cell.hops)
            hops.append(QJsonObject{{u"method"_s, methodText(hop.method)},
                                    {u"target"_s, QString::fromLatin1(hop.target)},
                                    {u"status"_s, hop.status},
                                    {u"connection_id"_s, qint64(hop.connectionId)},
                                    {u"body_length"_s, qint64(hop.body.size())}});
        QJsonObject prediction;
        if (cell.prediction.stop == StopReason::None && !cell.prediction.next.method.isEmpty()) {
            prediction = {{u"next_method"_s, methodText(cell.prediction.next.method)},
                          {u"body_kept"_s, cell.bodySent && cell.prediction.next.body == RedirectMatrix::requestBody()},
                          {u"headers_dropped"_s, QJsonArray::fromStringList(cell.prediction.headersDropped)},
                          {u"error"_s, QJsonValue::Null}};
        } else if (cell.prediction.stop != StopReason::None) {
            prediction = {{u"next_method"_s, QJsonValue::Null},
                          {u"body_kept"_s, false},
                          {u"headers_dropped"_s, QJsonArray()},
                          {u"error"_s, cell.prediction.explanation}};
        }
        QJsonObject object{
            {u"code"_s, cell.code},
            {u"method"_s, methodText(cell.method)},
            {u"next_method"_s, cell.followed() ? QJsonValue(methodText(cell.nextMethod)) : QJsonValue::Null},
            {u"body_kept"_s, cell.bodyKept},
            {u"headers_dropped"_s, QJsonArray::fromStringList(cell.headersDropped)},
            {u"error"_s, nullable(cell.error)},
            {u"body_sent"_s, cell.bodySent},
            {u"stop"_s, nullable(cell.stop)},
            {u"client_error"_s, nullable(cell.clientError)},
            {u"first_request_repeats"_s, cell.repeats},
            {u"token"_s, cell.token},
            {u"hops"_s, hops},
            {u"prediction"_s, prediction.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(prediction)},
            {u"mismatch"_s, nullable(cell.mismatch)},
            {u"command"_s, nullable(cell.command)},
        };
        array.append(object);
    }
    return array;
}

QString matrixToText(const MatrixClient &client, const QList<MatrixCell> &cells)
{
    constexpr qsizetype kRowHeader = 9;
    constexpr qsizetype kMaxCell = 30;
    QStringList notes;
    QStringList headerNotes;
    QHash<int, QString> texts;
    qsizetype width = 8;
    for (int i = 0; i < cells.size(); ++i) {
        const MatrixCell &cell = cells.at(i);
        const QString where = u"%1 %2"_s.arg(methodText(cell.method)).arg(cell.code);
        QString text = cellSummary(cell);
        if (text.size() > kMaxCell)
            text = text.left(kMaxCell - 1) + u"\u2026"_s;
        if (!cell.followed())
            notes.append(u"  %1: %2"_s.arg(where, cell.error));
        if (!cell.mismatch.isEmpty()) {
            text += u" !"_s;
            notes.append(RedirectMatrix::tr("  %1: differs from the %2 profile: %3")
                             .arg(where, client.profile ? client.profile->id() : QString(), cell.mismatch));
        }
        if (!cell.clientError.isEmpty())
            notes.append(
                RedirectMatrix::tr("  %1: followed, then the client reported: %2").arg(where, cell.clientError));
        if (cell.repeats > 0)
            notes.append(RedirectMatrix::tr("  %1: the client sent the first request %2 times")
                             .arg(where)
                             .arg(cell.repeats + 1));
        if (!cell.headersDropped.isEmpty())
            headerNotes.append(u"  %1: %2"_s.arg(where, cell.headersDropped.join(u", "_s)));
        width = qMax(width, text.size());
        texts.insert(i, text);
    }
    width += 2;

    QString out = RedirectMatrix::tr("Redirect matrix: %1").arg(client.name) + u'\n';
    if (client.kind == MatrixClient::Kind::Program)
        out += RedirectMatrix::tr("Program: %1").arg(client.programPath) + u'\n';
    out += RedirectMatrix::tr(
               "Each cell: the method that arrived after the redirect; for a request with a body, whether the body "
               "came along.") +
           u"\n\n"_s;
    out += RedirectMatrix::tr("method").leftJustified(kRowHeader);
    for (int code : RedirectMatrix::codes())
        out += QString::number(code).leftJustified(width);
    out = out.trimmed() + u'\n';
    for (const QByteArray &method : RedirectMatrix::methods()) {
        QString line = methodText(method).leftJustified(kRowHeader);
        for (int code : RedirectMatrix::codes())
            line += texts.value(RedirectMatrix::indexOf(method, code)).leftJustified(width);
        out += line.trimmed() + u'\n';
    }
    if (!headerNotes.isEmpty())
        out += u'\n' + RedirectMatrix::tr("Headers of the first request that did not arrive after the redirect:") +
               u'\n' + headerNotes.join(u'\n') + u'\n';
    if (!notes.isEmpty())
        out += u'\n' + RedirectMatrix::tr("Notes (! marks a cell that differs from the profile's prediction):") +
               u'\n' + notes.join(u'\n') + u'\n';
    return out;
}

static QStringList headerNames(const HeaderList &headers)
{
    QStringList names;
    for (const auto &entry : headers)
        names.append(QString::fromLatin1(entry.first).toLower());
    return names;
}

QStringList hopChanges(const lab::MatrixHop &before, const lab::MatrixHop &after)
{
    QStringList out;
    if (before.method != after.method)
        out.append(RedirectMatrix::tr("method %1 → %2")
                       .arg(QString::fromLatin1(before.method), QString::fromLatin1(after.method)));
    if (!before.body.isEmpty() && after.body.isEmpty())
        out.append(RedirectMatrix::tr("body dropped"));
    else if (!before.body.isEmpty() && after.body != before.body)
        out.append(RedirectMatrix::tr("body changed"));
    const QStringList was = headerNames(before.headers);
    const QStringList now = headerNames(after.headers);
    for (const auto &entry : before.headers) {
        const QString name = QString::fromLatin1(entry.first);
        if (!now.contains(name.toLower()) && !headers::isTransport(entry.first))
            out.append(u"−"_s + name);
    }
    for (const auto &entry : after.headers) {
        const QString name = QString::fromLatin1(entry.first);
        if (!was.contains(name.toLower()) && !headers::isTransport(entry.first))
            out.append(u"+"_s + name);
    }
    return out;
}

} // namespace statusdeck::lab
