#include "lab/PythonProfiles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// Each decision names its rule in resources/lab/rules/python-clients.json.
namespace statusdeck::lab::profiles {

namespace {

QString methodText(const LabRequest &request)
{
    return QString::fromLatin1(request.method);
}

bool isGetOrHead(const QByteArray &method)
{
    return method == "GET" || method == "HEAD";
}

// httpx: BaseClient._redirect_method, _redirect_headers and _redirect_stream (httpx/_client.py).
class HttpxProfile final : public ClientProfile
{
public:
    QString id() const override { return u"httpx"_s; }
    QString name() const override { return QCoreApplication::translate("ClientProfile", "Python httpx"); }
    int maxRedirects() const override { return 20; } // DEFAULT_MAX_REDIRECTS
    QString observedClient() const override { return u"httpx"_s; }
    QString observedVersion() const override { return u"0.23.3"_s; }

protected:
    Transition transition(const LabRequest &sent, int status) const override
    {
        if ((status == 302 || status == 303) && sent.method != "HEAD")
            return {true, "GET", false,
                    QCoreApplication::translate(
                        "ClientProfile",
                        "httpx turns every method but HEAD into a GET on 302 and 303, and drops the body."),
                    status == 303 ? u"httpx.303-get"_s : u"httpx.302-get"_s};
        if (status == 301 && sent.method == "POST")
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile",
                                                "httpx turns a POST into a GET on 301 and drops the body."),
                    u"httpx.301-post-get"_s};
        return {true, sent.method, true,
                QCoreApplication::translate(
                    "ClientProfile", "httpx keeps the %1 and sends the body again: only a change to GET drops it.")
                    .arg(methodText(sent)),
                u"httpx.keep-method"_s};
    }
    // _redirect_headers removes only Content-Length and Transfer-Encoding on the way to GET: the
    // Content-Type stays on the GET.
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {}; }
    QList<HeaderDrop> headerDrops(const LabRequest &sent, const QUrl &next, int, const QUrl &) const override
    {
        // The Cookie header comes from the client's cookie store, not from the request.
        QList<HeaderDrop> drop{{"Cookie", u"httpx.cookie-header"_s}};
        if (!sameOrigin(sent.url, next) &&
            !(sent.url.scheme() == "http"_L1 && next.scheme() == "https"_L1 && sameHost(sent.url, next)))
            drop.append({"Authorization", u"httpx.credentials"_s});
        return drop;
    }
};

// aiohttp: ClientSession._request's redirect loop (aiohttp/client.py).
class AiohttpProfile final : public ClientProfile
{
public:
    QString id() const override { return u"aiohttp"_s; }
    QString name() const override { return QCoreApplication::translate("ClientProfile", "Python aiohttp"); }
    int maxRedirects() const override { return 10; } // ClientSession.request(max_redirects=10)
    QString observedClient() const override { return u"aiohttp"_s; }
    QString observedVersion() const override { return u"3.8.4"_s; }

protected:
    Transition transition(const LabRequest &sent, int status) const override
    {
        if ((status == 303 && sent.method != "HEAD") || ((status == 301 || status == 302) && sent.method == "POST"))
            return {true, "GET", false,
                    QCoreApplication::translate(
                        "ClientProfile",
                        "aiohttp turns this %1 into a GET and drops the data (a 303 for every method but HEAD, a 301 "
                        "or 302 for POST).")
                        .arg(methodText(sent)),
                    u"aiohttp.get-after-redirect"_s};
        return {
            true, sent.method, true,
            QCoreApplication::translate("ClientProfile", "aiohttp keeps the %1 and its data.").arg(methodText(sent)),
            u"aiohttp.keep-method"_s};
    }
    // Only Content-Length goes with the data: the Content-Type stays on the GET.
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {}; }
    QList<HeaderDrop> headerDrops(const LabRequest &sent, const QUrl &next, int, const QUrl &) const override
    {
        if (!sameOrigin(sent.url, next))
            return tagged({"Authorization", "Cookie", "Proxy-Authorization"}, u"aiohttp.credentials"_s);
        return {};
    }
};

// HTTPie --follow: requests builds each follow-up (Session.send sets response.next with
// resolve_redirects), so requests' rebuild_method and its header purge decide.
class HttpieProfile final : public ClientProfile
{
public:
    QString id() const override { return u"httpie"_s; }
    QString name() const override { return QCoreApplication::translate("ClientProfile", "HTTPie (http --follow)"); }
    int maxRedirects() const override { return 30; } // --max-redirects
    QString observedClient() const override { return u"HTTPie"_s; }
    QString observedVersion() const override { return u"3.2.1"_s; }

protected:
    Transition transition(const LabRequest &sent, int status) const override
    {
        if ((status == 302 || status == 303) && !isGetOrHead(sent.method))
            return {true, "GET", false,
                    QCoreApplication::translate(
                        "ClientProfile",
                        "HTTPie (through requests) turns every method but HEAD into a GET on 302 and 303."),
                    u"httpie.302-303-get"_s};
        if (status == 301 && sent.method == "POST")
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile",
                                                "HTTPie (through requests) turns a POST into a GET on 301."),
                    u"httpie.301-post-get"_s};
        if (status == 301 || status == 302 || status == 303)
            return {
                true, sent.method, false,
                QCoreApplication::translate(
                    "ClientProfile", "HTTPie (through requests) keeps the %1 but drops the body on 301, 302 and 303.")
                    .arg(methodText(sent)),
                u"httpie.purge-body"_s};
        return {true, sent.method, true,
                QCoreApplication::translate("ClientProfile",
                                            "HTTPie (through requests) keeps the method and the body on 307 and 308."),
                u"httpie.307-308-resend"_s};
    }
    QList<QByteArray> contentHeadersDroppedOnGet() const override { return {}; }
    QList<HeaderDrop> headerDrops(const LabRequest &sent, const QUrl &next, int status, const QUrl &) const override
    {
        QList<HeaderDrop> drop{{"Cookie", u"httpie.cookie-header"_s}}; // rebuilt from the session's cookie jar
        if (status == 301 || status == 302 || status == 303)
            drop.append({"Content-Type", u"httpie.purge-body"_s}); // purged with the body, even when the method stays
        if (sent.url.host() != next.host() || sent.url.port() != next.port() || sent.url.scheme() != next.scheme())
            drop.append({"Authorization", u"httpie.credentials"_s}); // rebuild_auth
        return drop;
    }
};

} // namespace

const ClientProfile &httpx()
{
    static const HttpxProfile profile;
    return profile;
}

const ClientProfile &aiohttp()
{
    static const AiohttpProfile profile;
    return profile;
}

const ClientProfile &httpie()
{
    static const HttpieProfile profile;
    return profile;
}

} // namespace statusdeck::lab::profiles
