// libFuzzer harness for the sandbox router: any request that parses gets an answer that
// (1) serializes and parses back as a response with the same status, (2) has on the wire
// only header lines that are a token, a colon and a value without CR, LF or NUL, (3) redirects only to the sandbox's
// own loopback origins as a browser's URL parser reads the Location, and (4) goes into a HAR export.

#include "http/HttpParser.h"
#include "http/HttpResponse.h"
#include "sandbox/HarExport.h"
#include "sandbox/SandboxRouter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QUrl>

#include <cctype>
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
        const bool head = request.method == "HEAD";
        const QByteArray wire =
            serializeResponse(response, head, true, false, QByteArrayLiteral("Mon, 01 Jan 2024 12:00:00 GMT"));
        // On the wire, every header line is a token, a colon and a value without CR, LF or
        // NUL: whatever the handler put in its header list, nothing splits the response.
        const qsizetype end = wire.indexOf("\r\n\r\n");
        if (end < 0)
            finding("no end of the header section", wire.left(2000));
        const QByteArray section = wire.left(end);
        qsizetype from = section.indexOf("\r\n"); // after the status line
        while (from >= 0) {
            from += 2;
            const qsizetype next = section.indexOf("\r\n", from);
            const QByteArray line = section.mid(from, next < 0 ? -1 : next - from);
            from = next;
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || line.contains('\r') || line.contains('\n') || line.contains('\0'))
                finding("a header line that is not name: value", line);
            for (char c : line.left(colon)) {
                if (!(std::isalnum(uchar(c)) || QByteArrayView("!#$%&'*+-.^_`|~").contains(c)))
                    finding("a header name that is not a token", line);
            }
        }
        // Interim answers (100, 103) come first; the last message is the final one.
        HttpParser back(HttpParser::Type::Response);
        back.setRequestMethod(request.method);
        back.feed(wire);
        back.finish();
        const QList<HttpMessage> answers = back.takeMessages();
        if (back.hasError() || answers.isEmpty())
            finding("the answer does not parse back", back.errorReason().toUtf8() + "\n" + wire.left(2000));
        for (qsizetype i = 0; i + 1 < answers.size(); ++i) {
            if (answers.at(i).status < 100 || answers.at(i).status > 199)
                finding("more than one final answer", wire.left(2000));
        }
        if (answers.constLast().status != response.status)
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
