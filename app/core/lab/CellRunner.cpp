#include "lab/CellRunner.h"

#include "lab/LabRun.h"
#include "lab/RealClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>

using namespace Qt::StringLiterals;

// The three runners are small; they share this file so the interface and its kinds read as one.
namespace statusdeck::lab {

std::unique_ptr<CellRunner> CellRunner::create(const MatrixClient &client, QNetworkAccessManager *network,
                                               const QString &bodyFile)
{
    switch (client.kind) {
    case MatrixClient::Kind::Emulated:
        return std::make_unique<EmulatedRunner>(network, *client.profile);
    case MatrixClient::Kind::Qt:
        return std::make_unique<QtRunner>(network);
    case MatrixClient::Kind::Program:
        return std::make_unique<ProgramRunner>(client, bodyFile);
    case MatrixClient::Kind::Browser:
        break; // one browser runs every cell at once: RedirectMatrix starts a BrowserRun
    }
    return nullptr;
}

// --- emulated ---

EmulatedRunner::EmulatedRunner(QNetworkAccessManager *network, const ClientProfile &profile, QObject *parent)
    : CellRunner(parent)
    , m_network(network)
    , m_profile(profile)
{}

EmulatedRunner::~EmulatedRunner()
{
    abort();
}

void EmulatedRunner::start(const LabRequest &first)
{
    auto *run = new LabRun(m_network, m_profile, first, this);
    m_run = run;
    connect(run, &LabRun::finished, this, [this, run] {
        RunOutcome outcome;
        const QList<LabHop> &hops = run->hops();
        if (!hops.isEmpty() && hops.constFirst().decision.stop != StopReason::None) {
            outcome.error = hops.constFirst().decision.explanation;
            outcome.stop = stopReasonName(hops.constFirst().decision.stop);
        }
        for (const LabHop &hop : hops) {
            if (!hop.error.isEmpty())
                outcome.error = hop.error;
        }
        Q_EMIT finished(outcome);
    });
    run->start();
}

void EmulatedRunner::abort()
{
    if (!m_run)
        return;
    m_run->disconnect(this);
    m_run->abort();
    m_run->deleteLater();
    m_run.clear();
}

// --- Qt ---

QtRunner::QtRunner(QNetworkAccessManager *network, QObject *parent)
    : CellRunner(parent)
    , m_network(network)
{}

QtRunner::~QtRunner()
{
    abort();
}

void QtRunner::start(const LabRequest &first)
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
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        RunOutcome outcome;
        if (reply->error() != QNetworkReply::NoError)
            outcome.error = reply->errorString();
        Q_EMIT finished(outcome);
    });
}

void QtRunner::abort()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply.clear();
}

// --- program ---

ProgramRunner::ProgramRunner(MatrixClient client, QString bodyFile, QObject *parent)
    : CellRunner(parent)
    , m_client(std::move(client))
    , m_bodyFile(std::move(bodyFile))
{}

ProgramRunner::~ProgramRunner()
{
    abort();
}

void ProgramRunner::start(const LabRequest &first)
{
    const ProgramCommand program = realCommand(
        m_client.id, first, m_client.profile ? m_client.profile->maxRedirects() : 20, m_bodyFile, m_client.invokedAs);
    m_command = program.display;
    auto *process = new QProcess(this);
    m_process = process;
    process->setProcessEnvironment(loopbackEnvironment());
    process->setProgram(m_client.programPath);
    process->setArguments(program.arguments);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardOutputFile(QProcess::nullDevice());
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        RunOutcome outcome;
        outcome.output = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        if (status != QProcess::NormalExit)
            outcome.error =
                QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "%1 crashed").arg(m_client.id);
        else if (exitCode != 0)
            outcome.error = outcome.output.isEmpty() ? QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                                                   "%1 exited with status %2")
                                                           .arg(m_client.id)
                                                           .arg(exitCode)
                                                     : outcome.output.split(u'\n').constLast();
        Q_EMIT finished(outcome);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError processError) {
        if (processError != QProcess::FailedToStart)
            return;
        RunOutcome outcome;
        outcome.error = QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "%1 could not be started: %2")
                            .arg(m_client.programPath, process->errorString());
        Q_EMIT finished(outcome);
    });
    process->start();
}

void ProgramRunner::abort()
{
    discardProcess(m_process, this);
}

} // namespace statusdeck::lab
