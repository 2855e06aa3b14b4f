#pragma once

#include "lab/ClientProfile.h"
#include "lab/MatrixClient.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QProcess;

namespace statusdeck::lab {

class LabRun;

// What a runner reports for one cell: why it stopped or failed (empty when the client was
// content), the emulated stop reason's name, and a program's stderr.
struct RunOutcome {
    QString error;
    QString stop;
    QString output;
};

// Sends a cell's first request the way one kind of client does and follows its redirects.
// What the server saw is read from the sandbox's log afterwards (observe()); a runner only says
// when the client is done and what it reported.
class CellRunner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // finished() follows exactly once, unless abort() comes first.
    virtual void start(const LabRequest &first) = 0;
    virtual void abort() = 0;
    // The exact command line, for a program; empty for the others.
    virtual QString command() const { return {}; }

    // A runner for the client's kind. network: shared by the emulated and Qt runners;
    // bodyFile: holds the request body, for the programs that read it from a file (curl -T).
    static std::unique_ptr<CellRunner> create(const MatrixClient &client, QNetworkAccessManager *network,
                                              const QString &bodyFile);

Q_SIGNALS:
    void finished(const statusdeck::lab::RunOutcome &outcome);
};

// An emulated profile: its decisions executed hop by hop by LabRun.
class EmulatedRunner final : public CellRunner
{
    Q_OBJECT
public:
    EmulatedRunner(QNetworkAccessManager *network, const ClientProfile &profile, QObject *parent = nullptr);
    ~EmulatedRunner() override;
    void start(const LabRequest &first) override;
    void abort() override;

private:
    QNetworkAccessManager *m_network;
    const ClientProfile &m_profile;
    QPointer<LabRun> m_run;
};

// Qt's own QNetworkAccessManager with its default redirect policy: what it does is measured.
class QtRunner final : public CellRunner
{
    Q_OBJECT
public:
    explicit QtRunner(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~QtRunner() override;
    void start(const LabRequest &first) override;
    void abort() override;

private:
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
};

// A real program (curl, python3, node, wget) run with QProcess, without any proxy.
class ProgramRunner final : public CellRunner
{
    Q_OBJECT
public:
    ProgramRunner(MatrixClient client, QString bodyFile, QObject *parent = nullptr);
    ~ProgramRunner() override;
    void start(const LabRequest &first) override;
    void abort() override;
    QString command() const override { return m_command; }

private:
    MatrixClient m_client;
    QString m_bodyFile;
    QString m_command;
    QPointer<QProcess> m_process;
};

} // namespace statusdeck::lab
