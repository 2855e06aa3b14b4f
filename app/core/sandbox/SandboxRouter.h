#pragma once

#include "catalog/Catalog.h"
#include "http/HttpHandler.h"

#include <QList>
#include <QUrl>

namespace statusdeck {

// The sandbox's endpoints, in the spirit of httpbin (README, "Sandbox server"):
//   /                          a page explaining the endpoints, with forms
//   /status/{code}             that status, with the headers its card requires
//   /redirect-to?url=&status_code=   any 3xx to a relative or loopback URL
//   /redirect/{code}           a 3xx to /anything
//   /redirect-chain/{n}        n hops, then /anything
//   /loop                      redirects to itself, for ever
//   /anything[/...]            200 with JSON of exactly what arrived
//   /delay/{ms}                /anything, answered up to 5000 ms later
// Redirects made here carry `hop=N` in the Location's query: N is the number of hops
// taken so far, and /anything reports it. A pure function of the request: no sockets.
class SandboxRouter final : public HttpHandler
{
public:
    SandboxRouter();
    explicit SandboxRouter(Catalog catalog);

    // The listeners' base URLs, so the page can offer a cross-origin redirect to the other one.
    void setOrigins(const QList<QUrl> &origins) { m_origins = origins; }

    HttpResponse handle(const HttpRequestContext &context) override;

private:
    HttpResponse status(const HttpRequestContext &context, const QString &code) const;
    HttpResponse redirectTo(const HttpRequestContext &context) const;
    HttpResponse redirect(const HttpRequestContext &context, const QString &code) const;
    HttpResponse redirectChain(const HttpRequestContext &context, const QString &count) const;
    HttpResponse loop(const HttpRequestContext &context) const;
    HttpResponse anything(const HttpRequestContext &context) const;
    HttpResponse delay(const HttpRequestContext &context, const QString &ms) const;
    HttpResponse landing(const HttpRequestContext &context) const;

    Catalog m_catalog;
    QList<QUrl> m_origins;
};

} // namespace statusdeck
