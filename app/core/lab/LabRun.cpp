#include "lab/LabRun.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace statusdeck::lab {

LabRun::LabRun(QNetworkAccessManager *network, const ClientProfile &profile, LabRequest first, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_profile(profile)
    , m_first(std::move(first))
{}

LabRun::~LabRun()
{
    abort();
}

void LabRun::start()
{
    m_hops.clear();
    m_visited = {m_first.url};
    m_finished = false;
    send(m_first);
}

void LabRun::abort()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

StopReason LabRun::stopReason() const
{
    return m_hops.isEmpty() ? StopReason::None : m_hops.constLast().decision.stop;
}

void LabRun::send(const LabRequest &request)
{
    QNetworkRequest out(request.url);
    // The profile decides every hop, so Qt must not follow anything itself.
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // One connection per hop keeps the server's log attribution simple.
    out.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[name, value] : request.headers) {
        // Qt writes Host and the framing headers itself, from the URL and the body.
        if (headers::sameName(name, "Host") || headers::isFraming(name))
            continue;
        out.setRawHeader(name, value);
    }
    LabHop hop;
    hop.request = request;
    m_hops.append(hop);
    if (request.method == "HEAD")
        m_reply = m_network->head(out);
    else if (request.body.isEmpty() && request.method == "GET")
        m_reply = m_network->get(out);
    else
        m_reply = m_network->sendCustomRequest(out, request.method, request.body);
    connect(m_reply, &QNetworkReply::finished, this, &LabRun::onReplyFinished);
}

void LabRun::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    LabHop &hop = m_hops.last();
    hop.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    hop.location = reply->rawHeader("Location");
    for (const auto &pair : reply->rawHeaderPairs())
        hop.responseHeaders.append(pair);
    hop.responseBody = reply->readAll();
    if (hop.status == 0) {
        hop.error = reply->errorString();
        hop.decision.stop = StopReason::FinalResponse;
        hop.decision.explanation = hop.error;
    } else {
        hop.decision = m_profile.decide(hop.request, hop.status, hop.location, int(m_hops.size()) - 1, m_visited);
    }
    const int index = int(m_hops.size()) - 1;
    Q_EMIT hopFinished(index);
    if (hop.decision.stop == StopReason::None) {
        const LabRequest next = hop.decision.next; // send() appends to m_hops: copy first
        m_visited.append(next.url);
        send(next);
        return;
    }
    m_finished = true;
    Q_EMIT finished();
}

} // namespace statusdeck::lab
