#include "sandbox/SandboxRouter.h"

#include "sandbox/LabRoutes.h"
#include "sandbox/WebSocketEcho.h"

#include "http/HostCheck.h"
#include "http/Limits.h"
#include "sandbox/LandingPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

constexpr int kMaxChainLength = 100;

struct Target {
    QString path; // as it arrived, still percent-encoded
    QByteArray rawQuery;
    QUrlQuery query; // decoded
};

Target splitTarget(const QByteArray &target)
{
    Target t;
    QByteArray path = target;
    // absolute-form (a proxy-style request line): keep only path and query
    if (path.startsWith("http://") || path.startsWith("https://")) {
        const qsizetype slash = path.indexOf('/', path.indexOf("//") + 2);
        path = slash < 0 ? QByteArray("/") : path.mid(slash);
    }
    const qsizetype mark = path.indexOf('?');
    if (mark >= 0) {
        t.rawQuery = path.mid(mark + 1);
        path.truncate(mark);
    }
    t.path = QString::fromLatin1(path);
    t.query = QUrlQuery(QString::fromUtf8(t.rawQuery));
    return t;
}

int hopOf(const HttpRequestContext &context)
{
    return qMax(0, splitTarget(context.request.target).query.queryItemValue(u"hop"_s).toInt());
}

bool wantsJson(const HttpMessage &request)
{
    return request.header("Accept").toLower().contains("json");
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

HttpResponse jsonResponse(int status, const QJsonObject &object)
{
    return HttpResponse::text(status, json(object), "application/json");
}

HttpResponse badRequest(const HttpMessage &request, const QString &why)
{
    if (wantsJson(request))
        return jsonResponse(400, {{u"error"_s, why}});
    return HttpResponse::text(400, why.toUtf8() + '\n');
}

// "12" -> 12; anything else (signs, spaces, overflow) -> nullopt.
std::optional<int> number(const QString &text)
{
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    return text.toInt();
}

HttpResponse redirectResponse(int status, const QByteArray &location, const HttpMessage &request)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Location", location);
    if (wantsJson(request)) {
        response.setHeader("Content-Type", "application/json");
        response.body = json({{u"status"_s, status}, {u"location"_s, QString::fromLatin1(location)}});
    } else {
        response.setHeader("Content-Type", "text/plain; charset=utf-8");
        response.body = "Redirecting to " + location + " with " + QByteArray::number(status) + ".\n";
    }
    return response;
}

std::optional<int> redirectStatus(const QString &text)
{
    const auto code = number(text);
    if (!code || *code < 300 || *code > 399)
        return std::nullopt;
    return code;
}

} // namespace

SandboxRouter::SandboxRouter()
    : m_catalog(Catalog::loadBuiltIn())
{}

SandboxRouter::SandboxRouter(Catalog catalog)
    : m_catalog(std::move(catalog))
{}

HttpResponse SandboxRouter::handle(const HttpRequestContext &context)
{
    const QString path = splitTarget(context.request.target).path;
    const QStringList parts = path.split(u'/');
    const QString first = parts.value(1);
    if (path == "/"_L1)
        return landing(context);
    if (std::optional<HttpResponse> lab = labRoute(context))
        return *lab;
    if (std::optional<HttpResponse> httpbin = m_httpbin.handle(context))
        return *httpbin;
    if (parts.size() == 3 && first == "status"_L1)
        return status(context, m_httpbin.pickStatus(QUrl::fromPercentEncoding(parts.at(2).toLatin1())));
    if (parts.size() == 2 && first == "redirect-to"_L1) {
        HttpResponse response = redirectTo(context);
        addLabCors(context, response);
        return response;
    }
    if (parts.size() == 3 && first == "redirect-code"_L1)
        return redirect(context, parts.at(2));
    if (parts.size() == 3 && first == "redirect-chain"_L1)
        return redirectChain(context, parts.at(2));
    if (parts.size() == 2 && first == "loop"_L1)
        return loop(context);
    if (parts.size() == 3 && first == "delay-ms"_L1)
        return delay(context, parts.at(2));
    if (path == "/ws"_L1)
        return WebSocketEcho::answer(context.request, m_webSocketEcho);
    HttpResponse response =
        HttpResponse::text(404, "No endpoint at " + path.toUtf8() + ". The page at / lists the sandbox's endpoints.\n");
    return response;
}

HttpResponse SandboxRouter::status(const HttpRequestContext &context, const QString &codeText) const
{
    const HttpMessage &request = context.request;
    const auto code = number(codeText);
    if (!code || *code < 100 || *code > 999)
        return badRequest(request, u"'%1' is not a status code: give three digits, 100 to 999."_s.arg(codeText));

    HttpResponse response;
    response.status = *code;
    const Card *card = m_catalog.find(*code);
    if (*code < 200) {
        // A final answer cannot be 1xx: 100 and 103 are sent as what they are, interim
        // answers, followed by a 200; the others would need a protocol switch or make no sense alone.
        if (*code != 100 && *code != 103)
            return badRequest(request, u"%1 is informational: it cannot be a final answer. /status/100 and "
                                       "/status/103 send it as an interim answer before a 200."_s.arg(*code));
        HttpResponse::Interim interim{*code, {}};
        if (*code == 103)
            interim.headers.append(
                {QByteArrayLiteral("Link"), QByteArrayLiteral("</anything>; rel=preload; as=fetch")});
        response.interim.append(interim);
        response.status = 200;
    }

    if (card) {
        for (const HeaderInfo &header : card->headers) {
            const QByteArray name = header.name.toLatin1();
            // The connection writes framing, Connection and Date; the router writes the
            // body's Content-Type and the Location that keeps redirects on the sandbox.
            if (header.required && !headers::isWrittenByConnection(name) && !headers::sameName(name, "Content-Type") &&
                !headers::sameName(name, "Location"))
                response.setHeader(name, header.value.toUtf8());
        }
    }
    const int final = response.status;
    if (final >= 300 && final < 400 && final != 304)
        response.setHeader("Location", "/anything?hop=" + QByteArray::number(hopOf(context) + 1));
    if (final == 401 && response.header("WWW-Authenticate").isEmpty())
        response.setHeader("WWW-Authenticate", "Basic realm=\"StatusDeck sandbox\"");
    if (final == 407 && response.header("Proxy-Authenticate").isEmpty())
        response.setHeader("Proxy-Authenticate", "Basic realm=\"StatusDeck sandbox\"");
    if (final == 405 && response.header("Allow").isEmpty())
        response.setHeader("Allow", "GET, HEAD");
    if ((final == 429 || final == 503) && response.header("Retry-After").isEmpty())
        response.setHeader("Retry-After", "5");

    if (statusForbidsBody(final) || final == 205)
        return response; // 205 must not have content either (RFC 9110, section 15.3.6)
    const QString phrase = card ? card->phrase : QString::fromLatin1(reasonPhrase(final));
    const QString summary = card && final == *code ? card->summary : QString();
    if (wantsJson(request)) {
        response.setHeader("Content-Type", "application/json");
        response.body = json({{u"status"_s, final}, {u"phrase"_s, phrase}, {u"summary"_s, summary}});
    } else {
        response.setHeader("Content-Type", "text/plain; charset=utf-8");
        response.body =
            (QString::number(final) + u' ' + phrase + u'\n' + (summary.isEmpty() ? QString() : u'\n' + summary + u'\n'))
                .toUtf8();
    }
    return response;
}

HttpResponse SandboxRouter::redirectTo(const HttpRequestContext &context) const
{
    const HttpMessage &request = context.request;
    const QUrlQuery query = splitTarget(request.target).query;
    const QString urlText = query.queryItemValue(u"url"_s, QUrl::FullyDecoded);
    if (urlText.isEmpty())
        return badRequest(request, u"/redirect-to needs url=URL (and optionally status_code=3xx)."_s);
    const QString statusText = query.queryItemValue(u"status_code"_s);
    const auto code = statusText.isEmpty() ? std::optional<int>(302) : redirectStatus(statusText);
    if (!code)
        return badRequest(request, u"status_code must be a 3xx code (300 to 399), not '%1'."_s.arg(statusText));
    const QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid())
        return badRequest(request, u"'%1' is not a valid URL."_s.arg(urlText));
    if (!url.scheme().isEmpty() || !url.host().isEmpty()) {
        // Only back to this machine: the sandbox must not become an open redirector.
        const bool web = url.scheme().isEmpty() || url.scheme() == "http"_L1 || url.scheme() == "https"_L1;
        const QByteArray authority = url.authority(QUrl::FullyEncoded).toLatin1();
        const QByteArray hostPort = authority.mid(authority.indexOf('@') + 1);
        if (!web || url.host().isEmpty() || !isAllowedHost(hostPort))
            return badRequest(request, u"'%1' is not on a loopback host; /redirect-to only sends clients to "
                                       "relative URLs or to localhost, 127.0.0.0/8 and [::1]."_s.arg(urlText));
    }
    // toEncoded() percent-encodes whatever could break the header line (CR, LF, spaces).
    return redirectResponse(*code, url.toEncoded(), request);
}

HttpResponse SandboxRouter::redirect(const HttpRequestContext &context, const QString &codeText) const
{
    const auto code = redirectStatus(codeText);
    if (!code)
        return badRequest(context.request, u"/redirect-code/{code} takes a 3xx code, not '%1'."_s.arg(codeText));
    return redirectResponse(*code, "/anything?hop=" + QByteArray::number(hopOf(context) + 1), context.request);
}

HttpResponse SandboxRouter::redirectChain(const HttpRequestContext &context, const QString &countText) const
{
    const HttpMessage &request = context.request;
    const auto count = number(countText);
    if (!count || *count < 1 || *count > kMaxChainLength)
        return badRequest(request, u"/redirect-chain/{n} takes n from 1 to %1."_s.arg(kMaxChainLength));
    const QString statusText = splitTarget(request.target).query.queryItemValue(u"status_code"_s);
    const auto code = statusText.isEmpty() ? std::optional<int>(302) : redirectStatus(statusText);
    if (!code)
        return badRequest(request, u"status_code must be a 3xx code (300 to 399), not '%1'."_s.arg(statusText));
    const QByteArray hop = QByteArray::number(hopOf(context) + 1);
    QByteArray location = *count == 1 ? QByteArray("/anything?hop=" + hop)
                                      : QByteArray("/redirect-chain/" + QByteArray::number(*count - 1) + "?hop=" + hop);
    if (!statusText.isEmpty() && *count > 1)
        location += "&status_code=" + QByteArray::number(*code);
    return redirectResponse(*code, location, request);
}

HttpResponse SandboxRouter::loop(const HttpRequestContext &context) const
{
    const QString statusText = splitTarget(context.request.target).query.queryItemValue(u"status_code"_s);
    const auto code = statusText.isEmpty() ? std::optional<int>(302) : redirectStatus(statusText);
    if (!code)
        return badRequest(context.request, u"status_code must be a 3xx code (300 to 399), not '%1'."_s.arg(statusText));
    // Exactly the same target again, with no hop counter: a real loop, which is what a
    // client's loop detection looks for (the hop number is in the log).
    const QByteArray location = context.request.target;
    return redirectResponse(*code, location, context.request);
}

HttpResponse SandboxRouter::anything(const HttpRequestContext &context) const
{
    return httpbin::anything(context);
}

HttpResponse SandboxRouter::delay(const HttpRequestContext &context, const QString &msText) const
{
    const auto ms = number(msText);
    if (!ms)
        return badRequest(context.request, u"/delay-ms/{ms} takes a number of milliseconds, not '%1'."_s.arg(msText));
    HttpResponse response = anything(context);
    response.delayMs = qMin<qint64>(*ms, HttpLimits::kMaxDelayMs);
    QJsonObject object = QJsonDocument::fromJson(response.body).object();
    object.insert(u"delay_ms"_s, response.delayMs);
    response.body = json(object);
    return response;
}

HttpResponse SandboxRouter::landing(const HttpRequestContext &context) const
{
    QString other;
    for (const QUrl &origin : m_origins) {
        if (origin.port() != context.localPort) {
            other = origin.toString(QUrl::StripTrailingSlash);
            break;
        }
    }
    return HttpResponse::text(200, landingPage(QString::fromLatin1(context.request.header("Host")), other),
                              "text/html; charset=utf-8");
}

} // namespace statusdeck
