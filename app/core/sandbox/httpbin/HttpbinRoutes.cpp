#include "sandbox/httpbin/HttpbinRoutes.h"

#include "sandbox/httpbin/HttpbinHandlers.h"

#include <QMutexLocker>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace statusdeck::httpbin {

namespace {

// Flask's method lists: a route without one takes GET (HEAD and OPTIONS come with it).
enum Method : unsigned {
    Get = 1,
    Post = 2,
    Put = 4,
    Patch = 8,
    Delete = 16,
    Trace = 32,
    AnyMethod = 0xffff, // the sandbox's /anything takes any token, also ones httpbin refuses
};
constexpr unsigned kHttpbinAnything = Get | Post | Put | Patch | Delete | Trace;

struct Route {
    QLatin1StringView first; // the first path segment
    int minParts;            // path segments, counting the empty one before the first '/'
    int maxParts;
    unsigned methods;
    Handler handler;
};

// clang-format off
const Route kRoutes[] = {
    {"get"_L1, 2, 2, Get, getRoute},
    {"post"_L1, 2, 2, Post, bodyMethodRoute},
    {"put"_L1, 2, 2, Put, bodyMethodRoute},
    {"patch"_L1, 2, 2, Patch, bodyMethodRoute},
    {"delete"_L1, 2, 2, Delete, bodyMethodRoute},
    {"anything"_L1, 2, 1 << 20, AnyMethod, anythingRoute},
    {"headers"_L1, 2, 2, Get, headersRoute},
    {"ip"_L1, 2, 2, Get, ipRoute},
    {"user-agent"_L1, 2, 2, Get, userAgentRoute},
    {"uuid"_L1, 2, 2, Get, uuidRoute},
    {"delay"_L1, 3, 3, Get, delayRoute},
    {"response-headers"_L1, 2, 2, Get | Post, responseHeadersRoute},
    {"basic-auth"_L1, 4, 4, Get, basicAuthRoute},
    {"hidden-basic-auth"_L1, 4, 4, Get, hiddenBasicAuthRoute},
    {"bearer"_L1, 2, 2, Get, bearerRoute},
    {"digest-auth"_L1, 5, 7, Get, digestAuthRoute},
    {"redirect"_L1, 3, 3, Get, redirectRoute},
    {"relative-redirect"_L1, 3, 3, Get, relativeRedirectRoute},
    {"absolute-redirect"_L1, 3, 3, Get, absoluteRedirectRoute},
    {"links"_L1, 3, 4, Get, linksRoute},
    {"cookies"_L1, 2, 2, Get, cookiesRoute},
    {"cookies"_L1, 3, 5, Get, cookiesSetRoute}, // /cookies/set and /cookies/set/{name}/{value}
    {"cache"_L1, 2, 3, Get, cacheRoute},
    {"etag"_L1, 3, 3, Get, etagRoute},
    {"range"_L1, 3, 3, Get, rangeRoute},
    {"conditional"_L1, 3, 3, Get | Put | Delete, conditionalRoute},
    {"gzip"_L1, 2, 2, Get, gzipRoute},
    {"deflate"_L1, 2, 2, Get, deflateRoute},
    {"brotli"_L1, 2, 2, Get, brotliRoute},
    {"bytes"_L1, 3, 3, Get, bytesRoute},
    {"stream"_L1, 3, 3, Get, streamRoute},
    {"stream-bytes"_L1, 3, 3, Get, streamBytesRoute},
    {"drip"_L1, 2, 2, Get, dripRoute},
    {"base64"_L1, 3, 3, Get, base64Route},
    {"html"_L1, 2, 2, Get, documentRoute},
    {"json"_L1, 2, 2, Get, documentRoute},
    {"xml"_L1, 2, 2, Get, documentRoute},
    {"robots.txt"_L1, 2, 2, Get, documentRoute},
    {"deny"_L1, 2, 2, Get, documentRoute},
    {"encoding"_L1, 3, 3, Get, documentRoute},
    {"forms"_L1, 3, 3, Get, documentRoute},
    {"image"_L1, 2, 3, Get, imageRoute},
    {"rate-limit"_L1, 3, 3, AnyMethod, rateLimitRoute},
    {"expect"_L1, 2, 2, AnyMethod, expectRoute},
    {"early-hints"_L1, 2, 2, AnyMethod, earlyHintsRoute},
};
// clang-format on

unsigned methodBit(const QByteArray &method)
{
    static const QHash<QByteArray, unsigned> bits{{"GET", Get},     {"POST", Post},     {"PUT", Put},
                                                  {"PATCH", Patch}, {"DELETE", Delete}, {"TRACE", Trace}};
    return bits.value(method, 0);
}

// Werkzeug's Allow: the route's methods, OPTIONS, and HEAD with GET.
QByteArray allowOf(unsigned methods)
{
    if (methods == AnyMethod)
        methods = kHttpbinAnything;
    QByteArrayList names;
    for (const auto &[bit, name] : {std::pair{Get, "GET"},
                                    {Post, "POST"},
                                    {Put, "PUT"},
                                    {Patch, "PATCH"},
                                    {Delete, "DELETE"},
                                    {Trace, "TRACE"}}) {
        if ((methods & bit) != 0)
            names.append(name);
    }
    if ((methods & Get) != 0)
        names.append("HEAD");
    names.append("OPTIONS");
    return names.join(", ");
}

HttpResponse werkzeugError(int status, const QByteArray &title, const QByteArray &text)
{
    return HttpResponse::text(status,
                              "<!doctype html>\n<html lang=en>\n<title>" + QByteArray::number(status) + ' ' + title +
                                  "</title>\n<h1>" + title + "</h1>\n<p>" + text + "</p>\n",
                              "text/html; charset=utf-8");
}

// httpbin's after_request: CORS on every answer, the preflight ones on OPTIONS.
void addCors(const Request &request, HttpResponse &response)
{
    const QByteArray origin = request.header("Origin");
    response.setHeader("Access-Control-Allow-Origin", origin.isEmpty() ? QByteArray("*") : origin);
    response.setHeader("Access-Control-Allow-Credentials", "true");
    if (request.method == "OPTIONS") {
        response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, PATCH, OPTIONS");
        response.setHeader("Access-Control-Max-Age", "3600");
        const QByteArray wanted = request.header("Access-Control-Request-Headers");
        if (!wanted.isEmpty())
            response.setHeader("Access-Control-Allow-Headers", wanted);
    }
}

} // namespace

HttpResponse notFound(const Request &request)
{
    Q_UNUSED(request);
    return werkzeugError(404, "Not Found",
                         "The requested URL was not found on the server. If you entered the URL manually please check "
                         "your spelling and try again.");
}

Services::Services(Clock *c)
    : clock(c)
    , startedUtc(c->currentUtc())
    , random(QRandomGenerator::global()->generate64() >> 1)
    , rateLimiter(c)
{}

Routes::Routes(Clock *clock)
    : m_services(clock ? clock : SystemClock::instance())
{}

void Routes::setSeed(quint64 seed)
{
    const QMutexLocker lock(&m_services.randomMutex);
    m_services.random.setSeed(seed);
}

std::optional<HttpResponse> Routes::handle(const HttpRequestContext &context)
{
    const Request request(context);
    const QString first = request.segments.value(1);
    const int parts = int(request.segments.size());
    const Route *pathMatch = nullptr;
    for (const Route &route : kRoutes) {
        if (route.first != first || parts < route.minParts || parts > route.maxParts)
            continue;
        pathMatch = &route;
        break;
    }
    if (!pathMatch)
        return std::nullopt;

    HttpResponse response;
    const unsigned bit = methodBit(request.method);
    if (pathMatch->methods == AnyMethod || (pathMatch->methods & bit) != 0) {
        response = pathMatch->handler(request, m_services);
    } else if (request.method == "OPTIONS") {
        // Flask answers OPTIONS itself, with the route's methods.
        response = HttpResponse::text(200, {}, "text/html; charset=utf-8");
        response.setHeader("Allow", allowOf(pathMatch->methods));
    } else {
        response = werkzeugError(405, "Method Not Allowed", "The method is not allowed for the requested URL.");
        response.setHeader("Allow", allowOf(pathMatch->methods));
    }
    addCors(request, response);
    return response;
}

QString Routes::pickStatus(const QString &codes)
{
    if (!codes.contains(u','))
        return codes;
    QList<QPair<QString, double>> choices;
    double total = 0;
    for (const QString &choice : codes.split(u',')) {
        const QStringList pair = choice.split(u':');
        bool ok = pair.size() <= 2;
        const double weight = pair.size() == 2 ? pair.at(1).toDouble(&ok) : 1.0;
        if (!ok || weight < 0 || !number(pair.at(0)))
            return codes; // the router answers 400 for it
        choices.append({pair.at(0), weight});
        total += weight;
    }
    // httpbin's weighted_choice: x = uniform(0, total), the first cumulative weight above x.
    double x = 0;
    {
        const QMutexLocker lock(&m_services.randomMutex);
        x = total * m_services.random.uniform01();
    }
    double cumulative = 0;
    for (const auto &[code, weight] : choices) {
        cumulative += weight;
        if (x < cumulative)
            return code;
    }
    return choices.last().first;
}

HttpResponse anything(const HttpRequestContext &context)
{
    return anythingAnswer(Request(context));
}

} // namespace statusdeck::httpbin
