#include "sandbox/LabRoutes.h"

#include "http/HttpMessage.h"

#include <QFile>

namespace statusdeck {

namespace {

QByteArray pathOf(const QByteArray &target)
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

bool isLabUrl(const QByteArray &target)
{
    const QByteArray lower = target.toLower();
    return lower.contains("?lab=") || lower.contains("&lab=") || lower.contains("lab%3d");
}

} // namespace

std::optional<HttpResponse> labRoute(const HttpRequestContext &context)
{
    const HttpMessage &request = context.request;
    const QByteArray path = pathOf(request.target);
    if (path == "/lab/browser-runner" && (request.method == "GET" || request.method == "HEAD")) {
        static const QByteArray page = [] {
            QFile file(QStringLiteral(":/lab/browser-runner.html"));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        HttpResponse response = HttpResponse::text(200, page, "text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        return response;
    }
    if (path == "/lab/browser-report") {
        HttpResponse response;
        response.status = 204;
        response.setHeader("Cache-Control", "no-store");
        return response;
    }
    if (request.method == "OPTIONS" && !request.header("Access-Control-Request-Method").isEmpty() &&
        isLabUrl(request.target)) {
        HttpResponse response;
        response.status = 204;
        const QByteArray origin = request.header("Origin");
        response.setHeader("Access-Control-Allow-Origin", origin.isEmpty() ? QByteArray("*") : origin);
        response.setHeader("Access-Control-Allow-Credentials", "true");
        response.setHeader("Access-Control-Allow-Methods", request.header("Access-Control-Request-Method"));
        const QByteArray wanted = request.header("Access-Control-Request-Headers");
        if (!wanted.isEmpty())
            response.setHeader("Access-Control-Allow-Headers", wanted);
        // Every cell asks again, so every cell shows its preflight.
        response.setHeader("Access-Control-Max-Age", "0");
        response.setHeader("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        return response;
    }
    return std::nullopt;
}

void addLabCors(const HttpRequestContext &context, HttpResponse &response)
{
    const QByteArray origin = context.request.header("Origin");
    if (origin.isEmpty() || !isLabUrl(context.request.target) ||
        !response.header("Access-Control-Allow-Origin").isEmpty())
        return;
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Access-Control-Allow-Credentials", "true");
    response.setHeader("Vary", "Origin");
}

} // namespace statusdeck
