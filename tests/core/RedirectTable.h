#pragma once

// What each client does to the method and the body after one redirect, per
// ../shared/docs/REDIRECTS.md and what the real programs were seen doing (README, "Redirect
// lab"). Shared by the pure profile tests and the live matrix tests.
//
// Notation, one cell per code 301 302 303 307 308: "=" same method (and the body, when one was
// sent), "=-" same method without the body, "G-" GET without a body, "GET" a HEAD followed by a
// GET, "err" not followed.

#include <QByteArray>
#include <QList>
#include <QString>

#include <tuple>

namespace redirecttable {

using Row = std::tuple<QString, QByteArray, QString>; // profile, method, cells

inline const QList<Row> &rows()
{
    using namespace Qt::StringLiterals;
    static const QList<Row> table{
        // Fetch standard: POST becomes GET on 301/302, everything but GET/HEAD on 303.
        {u"fetch"_s, "GET", u"= = = = ="_s},
        {u"fetch"_s, "HEAD", u"= = = = ="_s},
        {u"fetch"_s, "POST", u"G- G- G- = ="_s},
        {u"fetch"_s, "PUT", u"= = G- = ="_s},
        {u"fetch"_s, "PATCH", u"= = G- = ="_s},
        {u"fetch"_s, "DELETE", u"= = G- = ="_s},
        {u"fetch"_s, "OPTIONS", u"= = G- = ="_s},
        // curl -L: POST via -d, PUT via -T, HEAD via -I, others via -X (with -d when they carry a body).
        {u"curl"_s, "GET", u"= = = = ="_s},
        {u"curl"_s, "HEAD", u"= = = = ="_s},
        {u"curl"_s, "POST", u"G- G- G- = ="_s},
        {u"curl"_s, "PUT", u"= = G- = ="_s},
        {u"curl"_s, "PATCH", u"=- =- =- = ="_s},
        {u"curl"_s, "DELETE", u"= = = = ="_s},
        {u"curl"_s, "OPTIONS", u"= = = = ="_s},
        // Python requests: rebuild_method, and the body is purged on 301/302/303.
        {u"requests"_s, "GET", u"= = = = ="_s},
        {u"requests"_s, "HEAD", u"= = = = ="_s},
        {u"requests"_s, "POST", u"G- G- G- = ="_s},
        {u"requests"_s, "PUT", u"=- G- G- = ="_s},
        {u"requests"_s, "PATCH", u"=- G- G- = ="_s},
        {u"requests"_s, "DELETE", u"= G- G- = ="_s},
        {u"requests"_s, "OPTIONS", u"= G- G- = ="_s},
        // Python urllib 3.11: only GET, HEAD and POST (on 301/302/303) are redirected.
        {u"urllib"_s, "GET", u"= = = = ="_s},
        {u"urllib"_s, "HEAD", u"GET GET GET GET GET"_s},
        {u"urllib"_s, "POST", u"G- G- G- err err"_s},
        {u"urllib"_s, "PUT", u"err err err err err"_s},
        {u"urllib"_s, "PATCH", u"err err err err err"_s},
        {u"urllib"_s, "DELETE", u"err err err err err"_s},
        {u"urllib"_s, "OPTIONS", u"err err err err err"_s},
        // Go net/http.
        {u"go"_s, "GET", u"= = = = ="_s},
        {u"go"_s, "HEAD", u"= = = = ="_s},
        {u"go"_s, "POST", u"G- G- G- = ="_s},
        {u"go"_s, "PUT", u"G- G- G- = ="_s},
        {u"go"_s, "PATCH", u"G- G- G- = ="_s},
        {u"go"_s, "DELETE", u"G- G- G- = ="_s},
        {u"go"_s, "OPTIONS", u"G- G- G- = ="_s},
        // Postman defaults.
        {u"postman"_s, "GET", u"= = = = ="_s},
        {u"postman"_s, "HEAD", u"= = = = ="_s},
        {u"postman"_s, "POST", u"G- G- G- = ="_s},
        {u"postman"_s, "PUT", u"G- G- G- = ="_s},
        {u"postman"_s, "PATCH", u"G- G- G- = ="_s},
        {u"postman"_s, "DELETE", u"G- G- G- = ="_s},
        {u"postman"_s, "OPTIONS", u"G- G- G- = ="_s},
        // RFC 9110, strict: only 303 changes the method, HEAD stays HEAD.
        {u"rfc"_s, "GET", u"= = = = ="_s},
        {u"rfc"_s, "HEAD", u"= = = = ="_s},
        {u"rfc"_s, "POST", u"= = G- = ="_s},
        {u"rfc"_s, "PUT", u"= = G- = ="_s},
        {u"rfc"_s, "PATCH", u"= = G- = ="_s},
        {u"rfc"_s, "DELETE", u"= = G- = ="_s},
        {u"rfc"_s, "OPTIONS", u"= = G- = ="_s},
        // GNU Wget 1.21 with --method/--body-data (observed; not in REDIRECTS.md): like Fetch.
        {u"wget"_s, "GET", u"= = = = ="_s},
        {u"wget"_s, "HEAD", u"= = = = ="_s},
        {u"wget"_s, "POST", u"G- G- G- = ="_s},
        {u"wget"_s, "PUT", u"= = G- = ="_s},
        {u"wget"_s, "PATCH", u"= = G- = ="_s},
        {u"wget"_s, "DELETE", u"= = G- = ="_s},
        {u"wget"_s, "OPTIONS", u"= = G- = ="_s},
        // Python httpx 0.23.3 (observed): _redirect_method, the body only dropped with a change to GET.
        {u"httpx"_s, "GET", u"= = = = ="_s},
        {u"httpx"_s, "HEAD", u"= = = = ="_s},
        {u"httpx"_s, "POST", u"G- G- G- = ="_s},
        {u"httpx"_s, "PUT", u"= G- G- = ="_s},
        {u"httpx"_s, "PATCH", u"= G- G- = ="_s},
        {u"httpx"_s, "DELETE", u"= G- G- = ="_s},
        {u"httpx"_s, "OPTIONS", u"= G- G- = ="_s},
        // Python aiohttp 3.8.4 (observed): like Fetch.
        {u"aiohttp"_s, "GET", u"= = = = ="_s},
        {u"aiohttp"_s, "HEAD", u"= = = = ="_s},
        {u"aiohttp"_s, "POST", u"G- G- G- = ="_s},
        {u"aiohttp"_s, "PUT", u"= = G- = ="_s},
        {u"aiohttp"_s, "PATCH", u"= = G- = ="_s},
        {u"aiohttp"_s, "DELETE", u"= = G- = ="_s},
        {u"aiohttp"_s, "OPTIONS", u"= = G- = ="_s},
        // HTTPie 3.2.1 --follow (observed): requests decides.
        {u"httpie"_s, "GET", u"= = = = ="_s},
        {u"httpie"_s, "HEAD", u"= = = = ="_s},
        {u"httpie"_s, "POST", u"G- G- G- = ="_s},
        {u"httpie"_s, "PUT", u"=- G- G- = ="_s},
        {u"httpie"_s, "PATCH", u"=- G- G- = ="_s},
        {u"httpie"_s, "DELETE", u"= G- G- = ="_s},
        {u"httpie"_s, "OPTIONS", u"= G- G- = ="_s},
        // Go 1.19.8 with a body without GetBody (observed): a 307 or 308 goes back to the caller.
        {u"go-stream"_s, "GET", u"= = = = ="_s},
        {u"go-stream"_s, "HEAD", u"= = = = ="_s},
        {u"go-stream"_s, "POST", u"G- G- G- err err"_s},
        {u"go-stream"_s, "PUT", u"G- G- G- err err"_s},
        {u"go-stream"_s, "PATCH", u"G- G- G- err err"_s},
        {u"go-stream"_s, "DELETE", u"G- G- G- = ="_s},
        {u"go-stream"_s, "OPTIONS", u"G- G- G- = ="_s},
        // Qt QNetworkAccessManager, default policy (observed: OPTIONS becomes GET too).
        {u"qt"_s, "GET", u"= = = = ="_s},
        {u"qt"_s, "HEAD", u"= = = = ="_s},
        {u"qt"_s, "POST", u"G- G- G- = ="_s},
        {u"qt"_s, "PUT", u"G- G- G- = ="_s},
        {u"qt"_s, "PATCH", u"G- G- G- = ="_s},
        {u"qt"_s, "DELETE", u"G- G- G- = ="_s},
        {u"qt"_s, "OPTIONS", u"G- G- G- = ="_s},
        // A browser's HTML form (Chromium 156, Firefox ESR 153, observed): GET and POST only.
        {u"form"_s, "GET", u"= = = = ="_s},
        {u"form"_s, "HEAD", u"err err err err err"_s},
        {u"form"_s, "POST", u"G- G- G- = ="_s},
        {u"form"_s, "PUT", u"err err err err err"_s},
        {u"form"_s, "PATCH", u"err err err err err"_s},
        {u"form"_s, "DELETE", u"err err err err err"_s},
        {u"form"_s, "OPTIONS", u"err err err err err"_s},
        // A browser's top-level navigation (observed): GET only.
        {u"navigate"_s, "GET", u"= = = = ="_s},
        {u"navigate"_s, "HEAD", u"err err err err err"_s},
        {u"navigate"_s, "POST", u"err err err err err"_s},
        {u"navigate"_s, "PUT", u"err err err err err"_s},
        {u"navigate"_s, "PATCH", u"err err err err err"_s},
        {u"navigate"_s, "DELETE", u"err err err err err"_s},
        {u"navigate"_s, "OPTIONS", u"err err err err err"_s},
    };
    return table;
}

inline QString expected(const QString &profile, const QByteArray &method)
{
    for (const auto &[p, m, cells] : rows()) {
        if (p == profile && m == method)
            return cells;
    }
    return {};
}

// One cell in the notation above, from the method sent, whether a body was sent, and what followed
// (an empty nextMethod: not followed).
inline QString notation(const QByteArray &method, bool bodySent, const QByteArray &nextMethod, bool bodyKept)
{
    using namespace Qt::StringLiterals;
    if (nextMethod.isEmpty())
        return u"err"_s;
    if (nextMethod == "GET" && method != "GET")
        return bodyKept ? u"G+"_s : (method == "HEAD" ? u"GET"_s : u"G-"_s);
    if (nextMethod != method)
        return QString::fromLatin1(nextMethod);
    if (bodySent && !bodyKept)
        return u"=-"_s;
    return u"="_s;
}

} // namespace redirecttable
