#include "sandbox/LandingPage.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

QString postForm(const QString &action, const QString &label)
{
    return u"<form method=\"post\" action=\"%1\"><input type=\"hidden\" name=\"field\" value=\"value\">"
           "<button type=\"submit\">%2</button></form>\n"_s.arg(action.toHtmlEscaped(), label.toHtmlEscaped());
}

} // namespace

QByteArray landingPage(const QString &hostHeader, const QString &otherOrigin, const HttpLimits &limits)
{
    const QString host = hostHeader.toHtmlEscaped();
    QString page = u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                   "<title>StatusDeck sandbox</title>"
                   "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}"
                   "code{background:#eee;padding:0 .2em}form{display:inline-block;margin:.2em}</style>"
                   "</head><body>\n<h1>StatusDeck sandbox</h1>\n"_s;
    page += u"<p>You reached this server as <code>%1</code>. It listens on the loopback interface only and "
            "answers requests whose Host is localhost, *.localhost, 127.0.0.0/8 or [::1].</p>\n"_s.arg(host);
    page += u"<h2>Endpoints</h2>\n<ul>\n"
            "<li><a href=\"/status/418\"><code>/status/{code}</code></a>: answers that code for any method, with "
            "the headers it needs (Location for a 3xx, WWW-Authenticate for 401, Allow for 405, Retry-After for 429 "
            "and 503) and a short text or JSON body (by Accept). 100 and 103 are sent as an interim answer before a "
            "final 200; other 1xx codes are refused with 400, because a final answer cannot be 1xx.</li>\n"
            "<li><a href=\"/redirect-to?url=/anything&amp;status_code=307\"><code>/redirect-to?url=URL&amp;"
            "status_code=CODE</code></a>: any method, any 3xx, Location = URL (relative, or an absolute URL on a "
            "loopback host).</li>\n"
            "<li><a href=\"/redirect-code/302\"><code>/redirect-code/{code}</code></a>: a redirect to "
            "/anything.</li>\n"
            "<li><a href=\"/redirect-chain/3\"><code>/redirect-chain/{n}</code></a>: n hops, then /anything.</li>\n"
            "<li><a href=\"/loop\"><code>/loop</code></a>: redirects to itself, for ever.</li>\n"
            "<li><a href=\"/anything\"><code>/anything[/...]</code></a>: 200 with JSON of what arrived, with "
            "httpbin's keys (args, data, files, form, headers, json, method, origin, url) and the exact request: "
            "raw_headers in order, target, body, HTTP version, connection id and hop.</li>\n"
            "<li><a href=\"/delay-ms/1000\"><code>/delay-ms/{ms}</code></a>: like /anything, answered up to "
            "10000 ms later.</li>\n"
            "<li>httpbin's API: <a href=\"/get\">/get</a>, /post, /put, /patch, /delete, "
            "<a href=\"/basic-auth/user/passwd\">/basic-auth/{user}/{passwd}</a>, /digest-auth/{qop}/{user}/{passwd}, "
            "<a href=\"/bearer\">/bearer</a>, <a href=\"/redirect/3\">/redirect/{n}</a>, "
            "<a href=\"/cookies\">/cookies</a>, <a href=\"/etag/abc\">/etag/{etag}</a>, "
            "<a href=\"/range/100\">/range/{n}</a>, <a href=\"/gzip\">/gzip</a>, "
            "<a href=\"/bytes/16\">/bytes/{n}</a>, <a href=\"/delay/1\">/delay/{seconds}</a>, "
            "<a href=\"/html\">/html</a>, <a href=\"/image\">/image</a> and the rest (the README lists them).</li>\n"
            "<li>Beyond httpbin: <a href=\"/rate-limit/3\">/rate-limit/{n}</a> (429 after n requests a minute), "
            "<a href=\"/expect\">/expect</a> (100 Continue or 417), <a href=\"/early-hints\">/early-hints</a> "
            "(103 before the page), <a href=\"/conditional/doc\">/conditional/{name}</a> (PUT with If-Match: "
            "412, without: 428).</li>\n</ul>\n"
            "<p>Every redirect made here adds <code>hop=N</code> to the Location's query (N hops so far); "
            "/anything reports it as <code>hop</code>.</p>\n"_s;
    page += u"<h2>Try a redirect with a POST</h2>\n<p>"_s;
    for (const int code : {301, 302, 303, 307, 308})
        page += postForm(u"/redirect-code/%1"_s.arg(code), u"POST to a %1"_s.arg(code));
    page += u"</p>\n"_s;
    if (!otherOrigin.isEmpty()) {
        const QString target = otherOrigin + u"/anything"_s;
        page +=
            u"<h2>Cross-origin</h2>\n<p>The same endpoints on another origin: <a href=\"%1/\">%1</a>.</p>\n<p>"_s.arg(
                otherOrigin.toHtmlEscaped());
        for (const int code : {302, 307})
            page += postForm(
                u"/redirect-to?url=%1&status_code=%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(target)))
                    .arg(code),
                u"POST to a %1 to the other origin"_s.arg(code));
        page += u"</p>\n"_s;
    }
    page += u"<h2>Any redirect</h2>\n<form method=\"get\" action=\"/redirect-to\">"
            "<label>URL <input name=\"url\" value=\"/anything\"></label> "
            "<label>status <input name=\"status_code\" value=\"307\" size=\"4\"></label> "
            "<button type=\"submit\">Go</button></form>\n"_s;
    page += u"<h2>Limits</h2>\n<ul>\n"
            "<li>request target: %1 bytes, else 414</li>\n"
            "<li>header section: %2 bytes and %3 fields, else 431</li>\n"
            "<li>body: %4 bytes, else 413 (a declared size is refused before the body is read)</li>\n"
            "<li>Content-Length with Transfer-Encoding, two Content-Lengths, bad framing: 400</li>\n"
            "<li>headers must be complete within %5 s, else 408</li>\n"
            "<li>an idle connection is closed after %6 s</li>\n"
            "<li>%7 connections at once, else 503 with Retry-After</li>\n</ul>\n"
            "</body></html>\n"_s.arg(limits.maxTargetBytes)
                .arg(limits.maxHeaderSectionBytes)
                .arg(limits.maxHeaderFields)
                .arg(limits.maxBodyBytes)
                .arg(limits.headerTimeoutMs / 1000.0)
                .arg(limits.idleTimeoutMs / 1000.0)
                .arg(limits.maxConnections);
    return page.toUtf8();
}

} // namespace statusdeck
