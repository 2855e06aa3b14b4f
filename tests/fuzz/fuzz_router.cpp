// libFuzzer harness for the sandbox router: any request that parses gets an answer that
// (1) serializes and parses back as a response with the same status, (2) has no CR, LF or
// NUL inside a header name or value, (3) redirects only to the sandbox's own loopback
// origins as a browser's URL parser reads the Location, and (4) goes into a HAR export.

#include "http/HttpParser.h"
#include "http/HttpResponse.h"
#include "sandbox/HarExport.h"
#include "sandbox/SandboxRouter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QUrl>

#include <cstdint>
#include <cstdlib>

using namespace statusdeck;

namespace {

[[noreturn]] void finding(const char *what, const QByteArray &detail = {})
{
    fprintf(stderr, "fuzz_router: %s\n%s\n", what, detail.constData());
    std::abort();
}

SandboxRouter &router()
{
    static int argc = 1;
    static char name[] = "fuzz_router";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static SandboxRouter instance;
    static bool originsSet = false;
    if (!originsSet) {
        instance.setOrigins(
            {QUrl(QStringLiteral("http://127.0.0.1:8088")), QUrl(QStringLiteral("http://127.0.0.1:8089"))});
        originsSet = true;
    }
    return instance;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SandboxRouter &handler = router();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    HttpParser parser(HttpParser::Type::Request);
    parser.setLimits(HttpLimits{});
    parser.feed(bytes);
    const QList<HttpMessage> messages = parser.takeMessages();
    QList<HttpExchange> exchanges;
    for (const HttpMessage &request : messages) {
        const HttpRequestContext context{request, 1, QHostAddress::LocalHost, 40000, QHostAddress::LocalHost, 8088};
        const HttpResponse response = handler.handle(context);
        // Delays are the connection's business; the answer itself is what is checked.
        for (const auto &[name, value] : response.headers) {
            if (name.isEmpty() || name.contains('\r') || name.contains('\n') || name.contains('\0') ||
                name.contains(':') || value.contains('\r') || value.contains('\n') || value.contains('\0'))
                finding("a header that splits the response", name + ": " + value);
        }
        const bool head = request.method == "HEAD";
        const QByteArray wire =
            serializeResponse(response, head, true, false, QByteArrayLiteral("Mon, 01 Jan 2024 12:00:00 GMT"));
        QString error;
        const auto parsed = parseResponse(wire, &error, request.method);
        if (!parsed)
            finding("the answer does not parse back", error.toUtf8() + "\n" + wire.left(2000));
        if (parsed->status != response.status)
            finding("the answer's status changed on the wire", wire.left(200));
        const QByteArray location = response.header("Location");
        if (!location.isEmpty()) {
            const QUrl resolved = QUrl(QStringLiteral("http://127.0.0.1:8088/")).resolved(QUrl::fromEncoded(location));
            if (resolved.isValid() && !isLoopback(resolved))
                finding("a redirect off the loopback interface", location);
        }
        HttpExchange exchange;
        exchange.method = request.method;
        exchange.target = request.target;
        exchange.status = response.status;
        exchange.rawRequest = request.raw;
        exchange.rawResponse = wire;
        exchange.requestBytes = request.raw.size();
        exchange.responseBytes = wire.size();
        exchange.started = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        exchange.finished = exchange.started;
        exchanges.append(exchange);
    }
    if (!exchanges.isEmpty()) {
        const QJsonObject har = harDocument(exchanges);
        if (!har.contains(QStringLiteral("log")))
            finding("HAR export without a log");
    }
    return 0;
}
