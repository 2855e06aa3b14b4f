// Over 400 lines on purpose: one table of redirect decisions per client profile, each next to
// the rule it follows; splitting them would scatter what REDIRECTS.md keeps side by side.

#include "lab/ClientProfile.h"

#include "lab/BrowserProfiles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace statusdeck::lab {

QByteArray LabRequest::header(const QByteArray &name) const
{
    return headers::value(headers, name);
}

void LabRequest::removeHeader(const QByteArray &name)
{
    headers::remove(headers, name);
}

QString stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::None:
        return {};
    case StopReason::FinalResponse:
        return u"final"_s;
    case StopReason::NoLocation:
        return u"no-location"_s;
    case StopReason::LimitReached:
        return u"limit"_s;
    case StopReason::Loop:
        return u"loop"_s;
    case StopReason::Refused:
        return u"refused"_s;
    }
    return {};
}

QString stopReasonText(StopReason reason)
{
    switch (reason) {
    case StopReason::None:
        return {};
    case StopReason::FinalResponse:
        return QCoreApplication::translate("ClientProfile", "final response");
    case StopReason::NoLocation:
        return QCoreApplication::translate("ClientProfile", "redirect without a usable Location");
    case StopReason::LimitReached:
        return QCoreApplication::translate("ClientProfile", "redirect limit reached");
    case StopReason::Loop:
        return QCoreApplication::translate("ClientProfile", "redirect loop detected");
    case StopReason::Refused:
        return QCoreApplication::translate("ClientProfile", "the client refused to follow");
    }
    return {};
}

namespace {

bool isGetOrHead(const QByteArray &method)
{
    return method == "GET" || method == "HEAD";
}

bool isClassicRedirect(int status)
{
    return status == 301 || status == 302 || status == 303;
}

} // namespace

bool ClientProfile::follows(int status) const
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QList<QByteArray> ClientProfile::dropOnHop(const LabRequest &, const QUrl &, int) const
{
    return {};
}

QList<QByteArray> ClientProfile::contentHeadersDroppedOnGet() const
{
    return {"Content-Type"};
}

bool ClientProfile::detectsLoops(const QUrl &, const QList<QUrl> &) const
{
    return false;
}

bool ClientProfile::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == "https"_L1 ? 443 : 80) == b.port(b.scheme() == "https"_L1 ? 443 : 80);
}

bool ClientProfile::sameHost(const QUrl &a, const QUrl &b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0;
}

RedirectDecision ClientProfile::decide(const LabRequest &sent, int status, const QByteArray &location, int followed,
                                       const QList<QUrl> &visited) const
{
    RedirectDecision decision;
    if (!follows(status)) {
        decision.stop = StopReason::FinalResponse;
        decision.explanation =
            status >= 300 && status < 400
                ? QCoreApplication::translate("ClientProfile", "%1 does not follow a %2.").arg(id()).arg(status)
                : QCoreApplication::translate("ClientProfile", "Not a redirect.");
        return decision;
    }
    const QUrl next = location.isEmpty() ? QUrl() : sent.url.resolved(QUrl::fromEncoded(location.trimmed()));
    if (!next.isValid() || next.scheme().isEmpty()) {
        decision.stop = StopReason::NoLocation;
        decision.explanation =
            QCoreApplication::translate("ClientProfile", "The %1 has no Location to follow.").arg(status);
        return decision;
    }
    if (followed >= maxRedirects()) {
        decision.stop = StopReason::LimitReached;
        decision.explanation =
            QCoreApplication::translate("ClientProfile", "%1 stops after %2 redirects.").arg(id()).arg(maxRedirects());
        return decision;
    }
    if (detectsLoops(next, visited)) {
        decision.stop = StopReason::Loop;
        decision.explanation = QCoreApplication::translate("ClientProfile", "%1 noticed that it keeps requesting %2.")
                                   .arg(id(), next.toString());
        return decision;
    }
    const Transition t = transition(sent, status);
    if (!t.follow) {
        decision.stop = StopReason::Refused;
        decision.explanation = t.why;
        decision.rule = t.rule;
        return decision;
    }

    LabRequest out = sent;
    out.url = next;
    out.method = t.method;
    const bool methodChanged = t.method != sent.method;
    if (!t.keepBody)
        out.body.clear();
    if (methodChanged && isGetOrHead(t.method)) {
        for (const QByteArray &name : contentHeadersDroppedOnGet())
            out.removeHeader(name);
    }
    for (const QByteArray &name : dropOnHop(sent, next, status))
        out.removeHeader(name);
    // Framing follows the body; Host follows the target.
    out.headers.removeIf([](const auto &entry) { return headers::isFraming(entry.first); });
    if (!out.header("Host").isEmpty())
        headers::set(out.headers, "Host", next.authority().toUtf8());
    for (const auto &entry : sent.headers) {
        const QByteArray &name = entry.first;
        if (headers::isFraming(name))
            continue;
        if (out.header(name).isNull() && !decision.headersDropped.contains(QString::fromLatin1(name)))
            decision.headersDropped.append(QString::fromLatin1(name));
    }
    decision.next = out;
    decision.explanation = t.why;
    decision.rule = t.rule;
    return decision;
}

namespace {

// WHATWG Fetch, "HTTP-redirect fetch" steps 11 to 14: browsers and Node.js fetch.
class FetchProfile final : public ClientProfile
{
public:
    QString id() const override { return u"fetch"_s; }
    QString name() const override
    {
        return QCoreApplication::translate("ClientProfile", "Fetch standard (browsers, Node.js fetch)");
    }
    int maxRedirects() const override { return 20; }

protected:
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (((status == 301 || status == 302) && sent.method == "POST") || (status == 303 && !isGetOrHead(sent.method)))
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile", "Fetch turns this %1 into a GET and drops the body.")
                        .arg(QString::fromLatin1(sent.method))};
        return {true, sent.method, true,
                QCoreApplication::translate("ClientProfile", "Fetch keeps the method and the body.")};
    }
    QList<QByteArray> contentHeadersDroppedOnGet() const override
    {
        return {"Content-Encoding", "Content-Language", "Content-Location", "Content-Type"};
    }
    QList<QByteArray> dropOnHop(const LabRequest &sent, const QUrl &next, int) const override
    {
        if (!sameOrigin(sent.url, next))
            return {"Authorization"};
        return {};
    }
};

// curl -L, invoked as a user would: -d for a POST body, -T for a PUT body, -I for HEAD,
// -X METHOD for anything else (and -X wins on every hop).
class CurlProfile final : public ClientProfile
{
public:
    QString id() const override { return u"curl"_s; }
    QString name() const override { return QCoreApplication::translate("ClientProfile", "curl -L"); }
    int maxRedirects() const override { return 50; }

protected:
    bool follows(int status) const override { return status >= 300 && status < 400 && status != 304; }
    Transition transition(const LabRequest &sent, int status) const override
    {
        const bool hasBody = !sent.body.isEmpty();
        if (isGetOrHead(sent.method))
            return {true, sent.method, true,
                    QCoreApplication::translate("ClientProfile", "curl repeats the %1.")
                        .arg(QString::fromLatin1(sent.method))};
        if (sent.method == "POST" && hasBody) { // -d
            if (isClassicRedirect(status))
                return {true, "GET", false,
                        QCoreApplication::translate("ClientProfile",
                                                    "curl -d switches to GET on 301, 302 and 303 and drops the data.")};
            return {true, "POST", true,
                    QCoreApplication::translate("ClientProfile", "curl -d re-sends the POST with its data.")};
        }
        if (sent.method == "PUT" && hasBody) { // -T
            if (status == 303)
                return {true, "GET", false,
                        QCoreApplication::translate("ClientProfile", "curl -T switches to GET on 303.")};
            return {true, "PUT", true, QCoreApplication::translate("ClientProfile", "curl -T re-sends the upload.")};
        }
        // -X METHOD [-d DATA]: the method sticks, the data is only re-sent on 307 and 308.
        if (hasBody && isClassicRedirect(status))
            return {true, sent.method, false,
                    QCoreApplication::translate("ClientProfile",
                                                "curl -X keeps the method but drops the data on 301, 302 and 303.")};
        return {true, sent.method, true, QCoreApplication::translate("ClientProfile", "curl -X keeps the method.")};
    }
    // Observed with curl 7.88.1: the Content-Type that -d adds goes with the data (also when -X keeps the
    // method), while a Content-Type given with -H (as for -T) is a custom header, sent on every hop.
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {}; }
    QList<QByteArray> dropOnHop(const LabRequest &sent, const QUrl &next, int status) const override
    {
        QList<QByteArray> drop;
        const bool viaUpload = sent.method == "PUT"; // -T
        if (!viaUpload && !sent.body.isEmpty() && !transition(sent, status).keepBody)
            drop.append("Content-Type");
        // Credentials and cookies given with -H go to the first host (and port) only.
        if (!sameOrigin(sent.url, next))
            drop << "Authorization"
                 << "Cookie";
        return drop;
    }
};

// Python requests: SessionRedirectMixin.rebuild_method, resolve_redirects, rebuild_auth.
class RequestsProfile final : public ClientProfile
{
public:
    QString id() const override { return u"requests"_s; }
    QString name() const override { return QCoreApplication::translate("ClientProfile", "Python requests"); }
    int maxRedirects() const override { return 30; }

protected:
    Transition transition(const LabRequest &sent, int status) const override
    {
        if ((status == 302 || status == 303) && !isGetOrHead(sent.method))
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile",
                                                "requests turns every method but HEAD into a GET on 302 and 303.")};
        if (status == 301 && sent.method == "POST")
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile", "requests turns a POST into a GET on 301.")};
        if (isClassicRedirect(status))
            return {true, sent.method, false,
                    QCoreApplication::translate("ClientProfile",
                                                "requests keeps the method but drops the body on 301, 302 and 303.")};
        return {true, sent.method, true,
                QCoreApplication::translate("ClientProfile", "requests keeps the method and the body on 307 and 308.")};
    }
    QList<QByteArray> dropOnHop(const LabRequest &sent, const QUrl &next, int status) const override
    {
        QList<QByteArray> drop{"Cookie"}; // rebuilt from the cookie jar on every hop
        if (isClassicRedirect(status))
            drop.append("Content-Type"); // purged with the body, even when the method stays
        if (sent.url.host() != next.host() || sent.url.port() != next.port() || sent.url.scheme() != next.scheme())
            drop.append("Authorization"); // rebuild_auth: host, port or scheme changed
        return drop;
    }
};

// Python urllib.request (3.11): HTTPRedirectHandler.redirect_request.
class UrllibProfile final : public ClientProfile
{
public:
    QString id() const override { return u"urllib"_s; }
    QString name() const override { return QCoreApplication::translate("ClientProfile", "Python urllib"); }
    int maxRedirects() const override { return 10; }

protected:
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (isGetOrHead(sent.method))
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile", "urllib follows with a new GET request.")};
        if (sent.method == "POST" && isClassicRedirect(status))
            return {
                true, "GET", false,
                QCoreApplication::translate("ClientProfile", "urllib turns a POST into a GET on 301, 302 and 303.")};
        return {
            false, sent.method, false,
            QCoreApplication::translate("ClientProfile", "urllib raises HTTPError: it does not redirect a %1 on %2.")
                .arg(QString::fromLatin1(sent.method))
                .arg(status)};
    }
    QList<QByteArray> dropOnHop(const LabRequest &, const QUrl &, int) const override
    {
        return {"Content-Type"}; // CONTENT_HEADERS are dropped from every redirected request
    }
    bool detectsLoops(const QUrl &next, const QList<QUrl> &visited) const override
    {
        // max_repeats = 4 visits of one redirect target.
        return visited.mid(1).count(next) >= 4;
    }
};

// Go net/http: redirectBehavior and makeHeadersCopier.
class GoProfile final : public ClientProfile
{
public:
    QString id() const override { return u"go"_s; }
    QString name() const override { return QCoreApplication::translate("ClientProfile", "Go net/http"); }
    int maxRedirects() const override { return 10; }

protected:
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (isClassicRedirect(status)) {
            if (isGetOrHead(sent.method))
                return {true, sent.method, false,
                        QCoreApplication::translate("ClientProfile", "Go repeats the %1.")
                            .arg(QString::fromLatin1(sent.method))};
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile",
                                                "Go turns every other method into a GET on 301, 302 and 303.")};
        }
        return {true, sent.method, true,
                QCoreApplication::translate("ClientProfile", "Go re-sends the method and the body on 307 and 308.")};
    }
    // Go copies the original headers to every hop, Content-Type included.
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {}; }
    QList<QByteArray> dropOnHop(const LabRequest &sent, const QUrl &next, int) const override
    {
        const QString from = sent.url.host();
        const QString to = next.host();
        if (to == from || to.endsWith(u'.' + from))
            return {};
        return {"Authorization", "Www-Authenticate", "Cookie", "Cookie2"};
    }
};

// Postman with its default settings (postman-request).
class PostmanProfile final : public ClientProfile
{
public:
    QString id() const override { return u"postman"_s; }
    QString name() const override { return QCoreApplication::translate("ClientProfile", "Postman (defaults)"); }
    int maxRedirects() const override { return 10; }

protected:
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (isClassicRedirect(status) && !isGetOrHead(sent.method))
            return {true, "GET", false,
                    QCoreApplication::translate(
                        "ClientProfile",
                        "Postman follows 301, 302 and 303 with a GET unless \"Follow original HTTP method\" is on.")};
        return {true, sent.method, true,
                QCoreApplication::translate("ClientProfile", "Postman keeps the method and the body.")};
    }
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {"Content-Type"}; }
    QList<QByteArray> dropOnHop(const LabRequest &sent, const QUrl &next, int) const override
    {
        if (!sameHost(sent.url, next))
            return {"Authorization"};
        return {};
    }
};

// The strict reading of RFC 9110 section 15.4: only 303 changes the method.
class RfcProfile final : public ClientProfile
{
public:
    QString id() const override { return u"rfc"_s; }
    QString name() const override { return QCoreApplication::translate("ClientProfile", "RFC 9110, strict reading"); }
    int maxRedirects() const override { return 20; }

protected:
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (status == 303 && !isGetOrHead(sent.method))
            return {true, "GET", false,
                    QCoreApplication::translate(
                        "ClientProfile", "RFC 9110 section 15.4.4: the follow-up to a 303 is a retrieval, a GET."),
                    u"rfc9110.303-retrieval"_s};
        if (status == 301 || status == 302)
            return {true, sent.method, true,
                    QCoreApplication::translate(
                        "ClientProfile",
                        "RFC 9110 allows, but does not require, POST to become GET on %1; the strict reading keeps it.")
                        .arg(status),
                    status == 301 ? u"rfc9110.301-post-may-become-get"_s : u"rfc9110.302-post-may-become-get"_s};
        return {true, sent.method, true, QCoreApplication::translate("ClientProfile", "RFC 9110: the method is kept."),
                status == 307 ? u"rfc9110.307-keep-method"_s : u"rfc9110.redirect-resend"_s};
    }
    QList<QByteArray> contentHeadersDroppedOnGet() const override
    {
        return {"Content-Encoding", "Content-Language", "Content-Location", "Content-Type", "Digest", "Last-Modified"};
    }
    QList<QByteArray> dropOnHop(const LabRequest &sent, const QUrl &next, int) const override
    {
        if (!sameOrigin(sent.url, next))
            return {"Authorization", "Cookie"};
        return {};
    }
    bool detectsLoops(const QUrl &next, const QList<QUrl> &visited) const override
    {
        return visited.contains(next); // "SHOULD detect and intervene in cyclical redirections"
    }
};

// GNU Wget 1.21 with --method and --body-data (observed on Debian 12, not in REDIRECTS.md):
// POST becomes GET on 301, 302 and 303, every other method only on 303, like Fetch; headers
// given with --header (Content-Type, Authorization, Cookie) go to every hop, on any host.
class WgetProfile final : public ClientProfile
{
public:
    QString id() const override { return u"wget"_s; }
    QString name() const override { return QCoreApplication::translate("ClientProfile", "GNU Wget"); }
    int maxRedirects() const override { return 20; }

protected:
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (((status == 301 || status == 302) && sent.method == "POST") || (status == 303 && !isGetOrHead(sent.method)))
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile", "wget turns this %1 into a GET and drops the body.")
                        .arg(QString::fromLatin1(sent.method))};
        return {true, sent.method, true,
                QCoreApplication::translate("ClientProfile", "wget keeps the method and the body.")};
    }
    bool follows(int status) const override
    {
        return status == 300 || status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {}; }
};

// Qt's QNetworkAccessManager with its default redirect policy (a prediction; the lab also
// runs it for real).
class QtProfile final : public ClientProfile
{
public:
    QString id() const override { return u"qt"_s; }
    QString name() const override { return QCoreApplication::translate("ClientProfile", "Qt QNetworkAccessManager"); }
    int maxRedirects() const override { return 50; }

protected:
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (isClassicRedirect(status) && !isGetOrHead(sent.method))
            return {
                true, "GET", false,
                QCoreApplication::translate("ClientProfile", "Qt turns the request into a GET on 301, 302 and 303.")};
        return {true, sent.method, true,
                QCoreApplication::translate("ClientProfile", "Qt keeps the method and the body.")};
    }
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {"Content-Type"}; }
};

} // namespace

const QList<const ClientProfile *> &ClientProfile::all()
{
    static const FetchProfile fetch;
    static const CurlProfile curl;
    static const RequestsProfile requests;
    static const UrllibProfile urllib;
    static const GoProfile go;
    static const PostmanProfile postman;
    static const RfcProfile rfc;
    static const WgetProfile wget;
    static const QtProfile qt;
    static const QList<const ClientProfile *> profiles{
        &fetch, &curl, &requests, &urllib, &go, &postman, &rfc, &wget, &qt, &formProfile(), &navigateProfile()};
    return profiles;
}

const ClientProfile *ClientProfile::find(const QString &id)
{
    for (const ClientProfile *profile : all()) {
        if (profile->id() == id)
            return profile;
    }
    return nullptr;
}

} // namespace statusdeck::lab
