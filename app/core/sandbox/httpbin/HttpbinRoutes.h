#pragma once

// httpbin's API (python3-httpbin 0.7, the version Debian ships) and a few endpoints beyond
// it (/rate-limit, /expect, /early-hints, /conditional), for the sandbox router. handle()
// answers the paths that are httpbin's and returns nullopt for the rest, which stay the
// sandbox's own (/, /status, /redirect-to, /redirect-chain, /redirect-code, /loop,
// /delay-ms). Deliberate differences from httpbin are listed in the README ("Sandbox server").

#include "http/HttpHandler.h"
#include "sandbox/httpbin/HttpbinRandom.h"
#include "sandbox/httpbin/HttpbinState.h"

#include <QDateTime>
#include <QMutex>

#include <optional>

namespace statusdeck::httpbin {

// What the routes share: the clock, the random source and the state between requests.
struct Services {
    explicit Services(Clock *clock);

    Clock *clock;
    QDateTime startedUtc; // the Last-Modified of /cache
    QMutex randomMutex;
    PythonRandom random;
    RateLimiter rateLimiter;
    ConditionalStore store;
};

class Routes
{
public:
    explicit Routes(Clock *clock = nullptr); // null: the system clock

    std::optional<HttpResponse> handle(const HttpRequestContext &context);

    // /status/{codes} with httpbin's lists ("200,500" or "200:0.9,500:0.1"): the one code
    // picked, or the text unchanged when it is a single code or not a valid list.
    QString pickStatus(const QString &codes);

    // Seeds the random source (/status lists, /bytes and /stream-bytes without ?seed=).
    void setSeed(quint64 seed);

private:
    Services m_services;
};

// /anything: httpbin's keys plus what arrived exactly (raw_headers in order and original
// case, target, path, query, body, body_base64, body_length, http_version, connection_id, hop).
HttpResponse anything(const HttpRequestContext &context);

} // namespace statusdeck::httpbin
