#pragma once

#include "catalog/Catalog.h"
#include "http/HttpHandler.h"
#include "sandbox/httpbin/HttpbinRoutes.h"

#include <QList>
#include <QUrl>

namespace statusdeck {

// The sandbox's endpoints (README, "Sandbox server"): httpbin's API (sandbox/httpbin/,
// asked first) and the sandbox's own:
//   /                          a page explaining the endpoints, with forms
//   /status/{code}             that status, with the headers its card requires (or one of httpbin's lists)
//   /redirect-to?url=&status_code=   any 3xx to a relative or loopback URL
//   /redirect-code/{code}      a 3xx to /anything
//   /redirect-chain/{n}        n hops, then /anything
//   /loop                      redirects to itself, for ever
//   /anything[/...]            200 with JSON of exactly what arrived (httpbin's keys and more)
//   /delay-ms/{ms}             /anything, answered up to 10000 ms later
//   /ws                        a WebSocket echo (sandbox/WebSocketEcho), handed over after the 101
// Redirects made here carry `hop=N` in the Location's query: N is the number of hops
// taken so far, and /anything reports it. A pure function of the request: no sockets.
class WebSocketEcho;

class SandboxRouter final : public HttpHandler
{
public:
    SandboxRouter();
    explicit SandboxRouter(Catalog catalog);

    // The listeners' base URLs, so the page can offer a cross-origin redirect to the other one.
    void setOrigins(const QList<QUrl> &origins) { m_origins = origins; }

    // Where /ws hands its upgraded connections; without one, /ws answers a good handshake with 503.
    void setWebSocketEcho(WebSocketEcho *echo) { m_webSocketEcho = echo; }

    HttpResponse handle(const HttpRequestContext &context) override;

    httpbin::Routes &httpbin() { return m_httpbin; }

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
    httpbin::Routes m_httpbin;
    WebSocketEcho *m_webSocketEcho = nullptr;
};

} // namespace statusdeck
