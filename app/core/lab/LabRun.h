#pragma once

#include "lab/ClientProfile.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace statusdeck::lab {

// One hop of a run: what went out, what came back, and what the profile decided.
struct LabHop {
    LabRequest request;
    int status = 0;
    QByteArray location;
    HeaderList responseHeaders;
    QByteArray responseBody;
    RedirectDecision decision; // stop == None: the next hop follows
    QString error;             // a network error instead of a response
};

// Executes an emulated client's decisions over the wire: every hop is a real request
// sent with QNetworkAccessManager in manual redirect mode, so the sandbox sees (and
// logs) exactly what the profile says the client would send.
class LabRun : public QObject
{
    Q_OBJECT
public:
    LabRun(QNetworkAccessManager *network, const ClientProfile &profile, LabRequest first, QObject *parent = nullptr);
    ~LabRun() override;

    void start();
    void abort();

    const ClientProfile &profile() const { return m_profile; }
    const QList<LabHop> &hops() const { return m_hops; }
    bool isFinished() const { return m_finished; }
    StopReason stopReason() const;

Q_SIGNALS:
    void hopFinished(int index);
    void finished();

private:
    void send(const LabRequest &request);
    void onReplyFinished();

    QNetworkAccessManager *m_network;
    const ClientProfile &m_profile;
    LabRequest m_first;
    QList<LabHop> m_hops;
    QList<QUrl> m_visited;
    QPointer<QNetworkReply> m_reply;
    bool m_finished = false;
};

} // namespace statusdeck::lab
