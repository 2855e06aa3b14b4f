// Over 400 lines on purpose: one table of redirect decisions per client profile, each next to
// the rule it follows; splitting them would scatter what REDIRECTS.md keeps side by side.

#include "lab/ClientProfile.h"

#include "lab/BrowserProfiles.h"
#include "lab/PythonProfiles.h"

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

QList<HeaderDrop> ClientProfile::headerDrops(const LabRequest &sent, const QUrl &next, int status, const QUrl &) const
{
    return tagged(dropOnHop(sent, next, status), {});
}

QList<QByteArray> ClientProfile::contentHeadersDroppedOnGet() const
{
    return {"Content-Type"};
}

bool ClientProfile::detectsLoops(const QUrl &, const QList<QUrl> &) const
{
    return false;
}

QString ClientProfile::observedWith() const
{
    if (observedVersion().isEmpty())
        return {};
    return observedClient() + u' ' + observedVersion();
}

bool ClientProfile::sameOrigin(const QUrl &a, const QUrl &b)
{
    return originDifference(a, b).isEmpty();
}

bool ClientProfile::sameHost(const QUrl &a, const QUrl &b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0;
}

QList<HeaderDrop> ClientProfile::tagged(const QList<QByteArray> &names, const QString &rule)
{
    QList<HeaderDrop> drops;
    for (const QByteArray &name : names)
        drops.append({name, rule});
    return drops;
}

QString RedirectDecision::dropRule(const QString &header) const
{
    for (const HeaderDrop &drop : drops) {
        if (QString::fromLatin1(drop.name).compare(header, Qt::CaseInsensitive) == 0)
            return drop.rule;
    }
    return {};
}

namespace {
int portOf(const QUrl &url)
{
    return url.port(url.scheme() == "https"_L1 ? 443 : 80);
}
} // namespace

QString originDifference(const QUrl &from, const QUrl &next)
{
    if (from.scheme() != next.scheme())
        return QCoreApplication::translate("ClientProfile", "scheme %1 ≠ %2").arg(from.scheme(), next.scheme());
    if (from.host().compare(next.host(), Qt::CaseInsensitive) != 0)
        return QCoreApplication::translate("ClientProfile", "host %1 ≠ %2").arg(from.host(), next.host());
    if (portOf(from) != portOf(next))
        return QCoreApplication::translate("ClientProfile", "port %1 ≠ %2").arg(portOf(from)).arg(portOf(next));
    return {};
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
        decision.rule = u"rfc9110.location"_s;
        return decision;
    }
    if (followed >= maxRedirects()) {
        decision.stop = StopReason::LimitReached;
        decision.explanation =
            QCoreApplication::translate("ClientProfile", "%1 stops after %2 redirects.").arg(id()).arg(maxRedirects());
        decision.rule = limitRule();
        return decision;
    }
    if (detectsLoops(next, visited)) {
        decision.stop = StopReason::Loop;
        decision.explanation = QCoreApplication::translate("ClientProfile", "%1 noticed that it keeps requesting %2.")
                                   .arg(id(), next.toString());
        decision.rule = loopRule();
        return decision;
    }
    const Transition t = transition(sent, status);
    if (!t.follow) {
        decision.stop = t.stop == StopReason::None ? StopReason::Refused : t.stop;
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
    const auto drop = [&out, &decision](const QByteArray &name, const QString &rule) {
        if (headers::isFraming(name) || !headers::contains(out.headers, name))
            return;
        out.removeHeader(name);
        decision.drops.append({name, rule});
    };
    if (methodChanged && isGetOrHead(t.method)) {
        for (const QByteArray &name : contentHeadersDroppedOnGet())
            drop(name, contentHeadersRule());
    }
    const QUrl first = visited.isEmpty() ? sent.url : visited.constFirst();
    for (const HeaderDrop &entry : headerDrops(sent, next, status, first))
        drop(entry.name, entry.rule);
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
    decision.headersRule = headersRule();
    return decision;
}

namespace {

// WHATWG Fetch, "HTTP-redirect fetch": browsers and Node.js fetch (undici).
class FetchProfile final : public ClientProfile
{
public:
    QString id() const override { return u"fetch"_s; }
    QString name() const override
    {
        return QCoreApplication::translate("ClientProfile", "Fetch standard (browsers, Node.js fetch)");
    }
    int maxRedirects() const override { return 20; }
    QString observedClient() const override { return u"Node.js"_s; }
    QString observedVersion() const override { return u"20"_s; }

protected:
    QString headersRule() const override { return u"fetch.cross-origin-authorization"_s; }
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (((status == 301 || status == 302) && sent.method == "POST") || (status == 303 && !isGetOrHead(sent.method)))
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile", "Fetch turns this %1 into a GET and drops the body.")
                        .arg(QString::fromLatin1(sent.method)),
                    status == 303 ? u"fetch.303-to-get"_s : u"fetch.post-to-get"_s};
        return {true, sent.method, true,
                QCoreApplication::translate("ClientProfile", "Fetch keeps the method and the body."),
                u"fetch.keep-method"_s};
    }
    QList<QByteArray> contentHeadersDroppedOnGet() const override
    {
        return {"Content-Encoding", "Content-Language", "Content-Location", "Content-Type"};
    }
    QList<HeaderDrop> headerDrops(const LabRequest &sent, const QUrl &next, int, const QUrl &) const override
    {
        if (sameOrigin(sent.url, next))
            return {};
        // The standard removes Authorization; Node's undici also removes Cookie (a browser's
        // scripts cannot set one at all).
        return {{"Authorization", u"fetch.cross-origin-authorization"_s}, {"Cookie", u"undici.cross-origin-cookie"_s}};
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
    QString observedClient() const override { return u"curl"_s; }
    QString observedVersion() const override { return u"7.88.1"_s; }

protected:
    QString headersRule() const override { return u"curl.location-trusted"_s; }
    bool follows(int status) const override { return status >= 300 && status < 400 && status != 304; }
    Transition transition(const LabRequest &sent, int status) const override
    {
        const bool hasBody = !sent.body.isEmpty();
        if (isGetOrHead(sent.method))
            return {true, sent.method, true,
                    QCoreApplication::translate("ClientProfile", "curl repeats the %1.")
                        .arg(QString::fromLatin1(sent.method)),
                    u"curl.repeat-get"_s};
        if (sent.method == "POST" && hasBody) { // -d
            if (isClassicRedirect(status))
                return {true, "GET", false,
                        QCoreApplication::translate("ClientProfile",
                                                    "curl -d switches to GET on 301, 302 and 303 and drops the data."),
                        u"curl.post%1"_s.arg(status)};
            return {true, "POST", true,
                    QCoreApplication::translate("ClientProfile", "curl -d re-sends the POST with its data."),
                    u"curl.307-308-resend"_s};
        }
        if (sent.method == "PUT" && hasBody) { // -T
            if (status == 303)
                return {true, "GET", false,
                        QCoreApplication::translate("ClientProfile", "curl -T switches to GET on 303."),
                        u"curl.post303"_s};
            return {true, "PUT", true, QCoreApplication::translate("ClientProfile", "curl -T re-sends the upload."),
                    u"curl.upload-resend"_s};
        }
        // -X METHOD [-d DATA]: the method sticks, the data is only re-sent on 307 and 308.
        if (hasBody && isClassicRedirect(status))
            return {true, sent.method, false,
                    QCoreApplication::translate("ClientProfile",
                                                "curl -X keeps the method but drops the data on 301, 302 and 303."),
                    u"curl.request-sticks"_s};
        return {true, sent.method, true, QCoreApplication::translate("ClientProfile", "curl -X keeps the method."),
                u"curl.request-sticks"_s};
    }
    // Observed with curl 7.88.1: the Content-Type that -d adds goes with the data (also when -X keeps the
    // method), while a Content-Type given with -H (as for -T) is a custom header, sent on every hop.
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {}; }
    QList<HeaderDrop> headerDrops(const LabRequest &sent, const QUrl &next, int status,
                                  const QUrl &first) const override
    {
        QList<HeaderDrop> drop;
        const bool viaUpload = sent.method == "PUT"; // -T
        if (!viaUpload && !sent.body.isEmpty() && !transition(sent, status).keepBody)
            drop.append({"Content-Type", u"curl.data-content-type"_s});
        // Credentials and cookies given with -H go to the first origin (host and port) only.
        if (!sameOrigin(first, next))
            drop << HeaderDrop{"Authorization", u"curl.location-trusted"_s}
                 << HeaderDrop{"Cookie", u"curl.location-trusted"_s};
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
    QString observedClient() const override { return u"requests"_s; }
    QString observedVersion() const override { return u"2.28.1"_s; }

protected:
    QString headersRule() const override { return u"requests.should-strip-auth"_s; }
    Transition transition(const LabRequest &sent, int status) const override
    {
        if ((status == 302 || status == 303) && !isGetOrHead(sent.method))
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile",
                                                "requests turns every method but HEAD into a GET on 302 and 303."),
                    u"requests.rebuild-method"_s};
        if (status == 301 && sent.method == "POST")
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile", "requests turns a POST into a GET on 301."),
                    u"requests.rebuild-method-301"_s};
        if (isClassicRedirect(status))
            return {true, sent.method, false,
                    QCoreApplication::translate("ClientProfile",
                                                "requests keeps the method but drops the body on 301, 302 and 303."),
                    u"requests.purge-body"_s};
        return {true, sent.method, true,
                QCoreApplication::translate("ClientProfile", "requests keeps the method and the body on 307 and 308."),
                u"requests.keep-307-308"_s};
    }
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {}; }
    QList<HeaderDrop> headerDrops(const LabRequest &sent, const QUrl &next, int status, const QUrl &) const override
    {
        QList<HeaderDrop> drop{{"Cookie", u"requests.cookie-header"_s}}; // rebuilt from the cookie jar on every hop
        if (isClassicRedirect(status))
            drop.append({"Content-Type", u"requests.purge-body"_s}); // purged with the body, even when the method stays
        if (sent.url.host() != next.host() || sent.url.port() != next.port() || sent.url.scheme() != next.scheme())
            drop.append({"Authorization", u"requests.should-strip-auth"_s}); // host, port or scheme changed
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
    QString observedClient() const override { return u"Python"_s; }
    QString observedVersion() const override { return u"3.11"_s; }

protected:
    QString headersRule() const override { return u"urllib.content-headers"_s; }
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (isGetOrHead(sent.method))
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile", "urllib follows with a new GET request."),
                    u"urllib.new-request"_s};
        if (sent.method == "POST" && isClassicRedirect(status))
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile", "urllib turns a POST into a GET on 301, 302 and 303."),
                    u"urllib.post-to-get"_s};
        return {
            false, sent.method, false,
            QCoreApplication::translate("ClientProfile", "urllib raises HTTPError: it does not redirect a %1 on %2.")
                .arg(QString::fromLatin1(sent.method))
                .arg(status),
            u"urllib.refuse"_s};
    }
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {}; }
    QList<HeaderDrop> headerDrops(const LabRequest &, const QUrl &, int, const QUrl &) const override
    {
        // CONTENT_HEADERS are dropped from every redirected request; everything else goes anywhere.
        return {{"Content-Type", u"urllib.content-headers"_s}};
    }
    bool detectsLoops(const QUrl &next, const QList<QUrl> &visited) const override
    {
        // max_repeats = 4 visits of one redirect target.
        return visited.mid(1).count(next) >= 4;
    }
};

// Go net/http: redirectBehavior and makeHeadersCopier.
class GoProfile : public ClientProfile
{
public:
    QString id() const override { return u"go"_s; }
    QString name() const override { return QCoreApplication::translate("ClientProfile", "Go net/http"); }
    int maxRedirects() const override { return 10; }
    QString observedClient() const override { return u"Go"_s; }
    QString observedVersion() const override { return u"1.19.8"_s; }

protected:
    QString headersRule() const override { return u"go.sensitive-headers"_s; }
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (isClassicRedirect(status)) {
            if (isGetOrHead(sent.method))
                return {true, sent.method, false,
                        QCoreApplication::translate("ClientProfile", "Go repeats the %1.")
                            .arg(QString::fromLatin1(sent.method)),
                        u"go.redirect-behavior-get"_s};
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile",
                                                "Go turns every other method into a GET on 301, 302 and 303."),
                    u"go.redirect-behavior-get"_s};
        }
        return {true, sent.method, true,
                QCoreApplication::translate("ClientProfile", "Go re-sends the method and the body on 307 and 308."),
                u"go.redirect-behavior-307"_s};
    }
    // Go copies the original headers to every hop, Content-Type included.
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {}; }
    QList<HeaderDrop> headerDrops(const LabRequest &sent, const QUrl &next, int, const QUrl &) const override
    {
        // Go 1.19 compares host and port (canonicalAddr): another port on the same host loses them too.
        const QString from = sent.url.authority().toLower();
        const QString to = next.authority().toLower();
        if (sameOrigin(sent.url, next) || to.endsWith(u'.' + from))
            return {};
        return tagged({"Authorization", "Www-Authenticate", "Cookie", "Cookie2"}, u"go.sensitive-headers"_s);
    }
};

// Go net/http with a request body it cannot read again (an io.Reader other than *bytes.Buffer,
// *bytes.Reader and *strings.Reader, so http.NewRequest leaves GetBody nil): redirectBehavior
// hands a 307 or 308 to the caller instead of following it. Everything else as GoProfile.
class GoStreamProfile final : public GoProfile
{
public:
    QString id() const override { return u"go-stream"_s; }
    QString name() const override
    {
        return QCoreApplication::translate("ClientProfile", "Go net/http, body from a stream (no GetBody)");
    }

protected:
    // The same client as GoProfile: its limit and loop rules are Go's.
    QString limitRule() const override { return u"go.limit"_s; }
    QString loopRule() const override { return u"go.loop"_s; }
    QString contentHeadersRule() const override { return u"go.content-headers"_s; }
    Transition transition(const LabRequest &sent, int status) const override
    {
        if ((status == 307 || status == 308) && !sent.body.isEmpty()) {
            Transition t{false, sent.method, false,
                         QCoreApplication::translate("ClientProfile",
                                                     "Go cannot send this body again (GetBody is nil), so it returns "
                                                     "the %1 to the caller without following it.")
                             .arg(status),
                         u"go.no-getbody-returns-redirect"_s};
            t.stop = StopReason::FinalResponse;
            return t;
        }
        return GoProfile::transition(sent, status);
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
    QString headersRule() const override { return u"postman.follow-authorization-header"_s; }
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (isClassicRedirect(status) && !isGetOrHead(sent.method))
            return {true, "GET", false,
                    QCoreApplication::translate(
                        "ClientProfile",
                        "Postman follows 301, 302 and 303 with a GET unless \"Follow original HTTP method\" is on."),
                    u"postman.follow-original-method"_s};
        return {true, sent.method, true,
                QCoreApplication::translate("ClientProfile", "Postman keeps the method and the body."),
                u"postman.keep-method"_s};
    }
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {"Content-Type"}; }
    QList<HeaderDrop> headerDrops(const LabRequest &sent, const QUrl &next, int, const QUrl &) const override
    {
        if (!sameHost(sent.url, next))
            return {{"Authorization", u"postman.follow-authorization-header"_s}};
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
    QString headersRule() const override { return u"rfc9110.remove-credentials"_s; }
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (status == 303 && !isGetOrHead(sent.method))
            return {true, "GET", false,
                    QCoreApplication::translate(
                        "ClientProfile", "RFC 9110 section 15.4.4: the follow-up to a 303 is a retrieval, a GET."),
                    u"rfc9110.303-retrieval"_s};
        if ((status == 301 || status == 302) && sent.method == "POST")
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
    QString contentHeadersRule() const override { return u"rfc9110.content-headers"_s; }
    QString limitRule() const override { return u"rfc9110.cyclical"_s; }
    QString loopRule() const override { return u"rfc9110.cyclical"_s; }
    QList<HeaderDrop> headerDrops(const LabRequest &sent, const QUrl &next, int, const QUrl &) const override
    {
        if (!sameOrigin(sent.url, next))
            return tagged({"Authorization", "Cookie"}, u"rfc9110.remove-credentials"_s);
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
    QString observedClient() const override { return u"wget"_s; }
    QString observedVersion() const override { return u"1.21.3"_s; }

protected:
    QString headersRule() const override { return u"wget.headers-everywhere"_s; }
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (((status == 301 || status == 302) && sent.method == "POST") || (status == 303 && !isGetOrHead(sent.method)))
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile", "wget turns this %1 into a GET and drops the body.")
                        .arg(QString::fromLatin1(sent.method)),
                    u"wget.post-to-get"_s};
        return {true, sent.method, true,
                QCoreApplication::translate("ClientProfile", "wget keeps the method and the body."),
                u"wget.keep-method"_s};
    }
    bool follows(int status) const override
    {
        return status == 300 || status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {}; }
    QList<HeaderDrop> headerDrops(const LabRequest &, const QUrl &, int, const QUrl &) const override { return {}; }
};

// Qt's QNetworkAccessManager with its default redirect policy (a prediction; the lab also
// runs it for real).
class QtProfile final : public ClientProfile
{
public:
    QString id() const override { return u"qt"_s; }
    QString name() const override { return QCoreApplication::translate("ClientProfile", "Qt QNetworkAccessManager"); }
    int maxRedirects() const override { return 50; }
    QString observedClient() const override { return u"Qt"_s; }
    QString observedVersion() const override { return u"6.4.2"_s; }

protected:
    QString headersRule() const override { return u"qt.headers-everywhere"_s; }
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (isClassicRedirect(status) && !isGetOrHead(sent.method))
            return {
                true, "GET", false,
                QCoreApplication::translate("ClientProfile", "Qt turns the request into a GET on 301, 302 and 303."),
                u"qt.redirect-get"_s};
        return {true, sent.method, true,
                QCoreApplication::translate("ClientProfile", "Qt keeps the method and the body."), u"qt.keep-method"_s};
    }
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {"Content-Type"}; }
    QList<HeaderDrop> headerDrops(const LabRequest &, const QUrl &, int, const QUrl &) const override { return {}; }
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
    static const GoStreamProfile goStream;
    static const QList<const ClientProfile *> profiles{&fetch, &curl, &requests, &urllib, &go, &postman, &rfc, &wget,
                                                       // PythonProfiles.cpp
                                                       &profiles::httpx(), &profiles::aiohttp(), &profiles::httpie(),
                                                       &goStream, &qt,
                                                       // BrowserProfiles.cpp
                                                       &formProfile(), &navigateProfile()};
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
