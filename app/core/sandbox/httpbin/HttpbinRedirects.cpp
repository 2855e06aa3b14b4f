// httpbin's redirects (/redirect/{n}, /relative-redirect/{n}, /absolute-redirect/{n}),
// link pages (/links/{n}[/{offset}]) and cookies (/cookies, /cookies/set, /cookies/delete).
// The redirects carry the sandbox's hop=N in their Location, as all of the sandbox's do.

#include "sandbox/httpbin/HttpbinHandlers.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace statusdeck::httpbin {

namespace {

// The cookies of httpbin's own analytics, hidden from /cookies unless ?show_env.
const QStringList kEnvCookies{u"_gauges_unique"_s,
                              u"_gauges_unique_year"_s,
                              u"_gauges_unique_month"_s,
                              u"_gauges_unique_day"_s,
                              u"_gauges_unique_hour"_s,
                              u"__utmz"_s,
                              u"__utma"_s,
                              u"__utmb"_s};

QByteArray withHop(const Request &request, const QByteArray &location)
{
    return location + "?hop=" + QByteArray::number(qMax(0, request.arg(u"hop"_s).toInt()) + 1);
}

// n of /redirect/{n}: werkzeug's int converter does not match anything else (404).
std::optional<qint64> hops(const Request &request)
{
    return number(request.segments.at(2));
}

HttpResponse hopsRefused(const Request &request)
{
    return textResponse(400,
                        "The number of redirects must be at least 1, not " + request.segments.at(2).toUtf8() + ".\n");
}

HttpResponse toCookies(const HttpResponse &redirect, const HeaderList &setCookies)
{
    HttpResponse response = redirect;
    response.headers.append(setCookies);
    return response;
}

} // namespace

HttpResponse redirectRoute(const Request &request, Services &)
{
    const auto n = hops(request);
    if (!n)
        return notFound(request);
    if (*n < 1)
        return hopsRefused(request);
    const bool absolute = request.arg(u"absolute"_s).toLower() == "true"_L1;
    const QByteArray host = absolute ? base(request).toLatin1() : QByteArray();
    if (*n == 1)
        return flaskRedirect(withHop(request, host + "/get"));
    const QByteArray next = (absolute ? "/absolute-redirect/" : "/relative-redirect/") + QByteArray::number(*n - 1);
    return flaskRedirect(withHop(request, host + next));
}

HttpResponse relativeRedirectRoute(const Request &request, Services &)
{
    const auto n = hops(request);
    if (!n)
        return notFound(request);
    if (*n < 1)
        return hopsRefused(request);
    HttpResponse response = HttpResponse::text(302, {}, "text/html; charset=utf-8");
    response.setHeader("Location", withHop(request, *n == 1 ? QByteArray("/get")
                                                            : "/relative-redirect/" + QByteArray::number(*n - 1)));
    return response;
}

HttpResponse absoluteRedirectRoute(const Request &request, Services &)
{
    const auto n = hops(request);
    if (!n)
        return notFound(request);
    if (*n < 1)
        return hopsRefused(request);
    const QByteArray host = base(request).toLatin1();
    return flaskRedirect(
        withHop(request, host + (*n == 1 ? QByteArray("/get") : "/absolute-redirect/" + QByteArray::number(*n - 1))));
}

HttpResponse linksRoute(const Request &request, Services &)
{
    const auto n = number(request.segments.at(2));
    if (!n)
        return notFound(request);
    if (request.segments.size() == 3)
        return flaskRedirect("/links/" + QByteArray::number(*n) + "/0");
    const auto offset = number(request.segments.at(3));
    if (!offset)
        return notFound(request);
    const qint64 count = std::clamp<qint64>(*n, 1, 200);
    QByteArray html = "<html><head><title>Links</title></head><body>";
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray index = QByteArray::number(i);
        if (i == *offset)
            html += index + ' ';
        else
            html += "<a href='/links/" + QByteArray::number(count) + '/' + index + "'>" + index + "</a> ";
    }
    html += "</body></html>";
    return textResponse(200, html, "text/html; charset=utf-8");
}

HttpResponse cookiesRoute(const Request &request, Services &)
{
    QJsonObject jar;
    for (const auto &[name, value] : cookies(request.message)) {
        if (request.hasArg(u"show_env"_s) || !kEnvCookies.contains(name))
            jar.insert(name, value);
    }
    return jsonResponse(200, {{u"cookies"_s, jar}});
}

HttpResponse cookiesSetRoute(const Request &request, Services &services)
{
    const QString action = request.segments.at(2);
    const int parts = int(request.segments.size());
    if (action == "delete"_L1 && parts == 3)
        return cookiesDeleteRoute(request, services);
    if (action != "set"_L1 || parts == 4)
        return notFound(request);
    HeaderList setCookies;
    if (parts == 5) {
        setCookies.append(
            {"Set-Cookie", request.segments.at(3).toUtf8() + '=' + request.segments.at(4).toUtf8() + "; Path=/"});
    } else {
        for (const auto &[name, value] : request.args)
            setCookies.append({"Set-Cookie", name.toUtf8() + '=' + value.toUtf8() + "; Path=/"});
    }
    return toCookies(flaskRedirect("/cookies"), setCookies);
}

HttpResponse cookiesDeleteRoute(const Request &request, Services &)
{
    HeaderList setCookies;
    for (const auto &[name, value] : request.args) {
        Q_UNUSED(value);
        setCookies.append(
            {"Set-Cookie", name.toUtf8() + "=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"});
    }
    return toCookies(flaskRedirect("/cookies"), setCookies);
}

} // namespace statusdeck::httpbin
