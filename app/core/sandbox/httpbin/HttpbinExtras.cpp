// Beyond httpbin: /rate-limit/{n} (429 with Retry-After and the RateLimit fields of the
// IETF httpapi draft), /expect (100 Continue and 417) and /early-hints (103 before a 200).

#include "sandbox/httpbin/HttpbinHandlers.h"

using namespace Qt::StringLiterals;

namespace statusdeck::httpbin {

namespace {
constexpr qint64 kDefaultWindowSeconds = 60;
constexpr qint64 kMaxWindowSeconds = 3600;
} // namespace

HttpResponse rateLimitRoute(const Request &request, Services &services)
{
    const auto limit = number(request.segments.at(2));
    if (!limit || *limit < 1 || *limit > 1000000)
        return textResponse(400, "/rate-limit/{n} takes n from 1 to 1000000 requests per window.\n");
    const auto window = request.hasArg(u"window"_s) ? number(request.arg(u"window"_s)) : kDefaultWindowSeconds;
    if (!window || *window < 1 || *window > kMaxWindowSeconds)
        return textResponse(400, "window= takes a number of seconds from 1 to 3600.\n");
    // Per client address and policy: /rate-limit/3 and /rate-limit/5 count separately.
    const QString client =
        request.context.peerAddress.toString() + u'|' + QString::number(*limit) + u'|' + QString::number(*window);
    const RateLimiter::Decision decision = services.rateLimiter.hit(client, int(*limit), *window * 1000);
    const qint64 resetSeconds = (decision.resetMs + 999) / 1000;
    HttpResponse response;
    if (decision.allowed) {
        response = jsonResponse(200, {{u"allowed"_s, true},
                                      {u"limit"_s, *limit},
                                      {u"remaining"_s, decision.remaining},
                                      {u"reset"_s, resetSeconds},
                                      {u"window"_s, *window}});
    } else {
        response = textResponse(429,
                                "Too Many Requests: this client sent more than " + QByteArray::number(*limit) +
                                    " requests to /rate-limit/" + QByteArray::number(*limit) + " within " +
                                    QByteArray::number(*window) + " seconds. Try again in " +
                                    QByteArray::number(resetSeconds) + " seconds.\n",
                                "text/plain; charset=utf-8");
        response.setHeader("Retry-After", QByteArray::number(resetSeconds));
    }
    // draft-ietf-httpapi-ratelimit-headers: the policy (quota q per window w) and what is left (r, reset in t).
    response.setHeader("RateLimit-Policy",
                       "\"sandbox\";q=" + QByteArray::number(*limit) + ";w=" + QByteArray::number(*window));
    response.setHeader("RateLimit", "\"sandbox\";r=" + QByteArray::number(decision.remaining) +
                                        ";t=" + QByteArray::number(resetSeconds));
    return response;
}

HttpResponse expectRoute(const Request &request, Services &)
{
    const QByteArray expect = request.header("Expect").trimmed();
    const bool http11 = request.message.versionMajor == 1 && request.message.versionMinor >= 1;
    if (!expect.isEmpty() && expect.compare("100-continue", Qt::CaseInsensitive) != 0) {
        // RFC 9110, section 10.1.1: an expectation the server cannot meet.
        return textResponse(
            417, "Expectation Failed: this server knows only the expectation 100-continue, not '" + expect + "'.\n",
            "text/plain; charset=utf-8");
    }
    HttpResponse response =
        jsonResponse(200, {{u"expect"_s, expect.isEmpty() ? QJsonValue() : QJsonValue(u"100-continue"_s)},
                           {u"body_length"_s, qint64(request.message.body.size())},
                           {u"method"_s, QString::fromLatin1(request.method)}});
    // With a body still to come the connection has sent the 100 already (when the headers
    // arrived alone); without one there was nothing to invite, so it comes with the answer.
    if (!expect.isEmpty() && http11 && request.message.body.isEmpty())
        response.interim.append(HttpResponse::Interim{100, {}});
    return response;
}

HttpResponse earlyHintsRoute(const Request &request, Services &)
{
    HttpResponse response =
        textResponse(200,
                     "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Early Hints</title>"
                     "<link rel=\"preload\" href=\"/image/svg\" as=\"image\"></head><body>\n<h1>103 Early Hints</h1>\n"
                     "<p>Before this page the server sent a 103 with a Link header, so that a browser could start "
                     "loading the picture below while the page was still being made.</p>\n"
                     "<img src=\"/image/svg\" alt=\"StatusDeck\" width=\"100\" height=\"100\">\n</body></html>\n",
                     "text/html; charset=utf-8");
    response.setHeader("Link", "</image/svg>; rel=preload; as=image");
    // 1xx answers are for HTTP/1.1 clients only (RFC 9110, section 15.2).
    if (request.message.versionMajor == 1 && request.message.versionMinor >= 1)
        response.interim.append(HttpResponse::Interim{103, {{"Link", "</image/svg>; rel=preload; as=image"}}});
    return response;
}

} // namespace statusdeck::httpbin
