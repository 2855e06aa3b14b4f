#include "sandbox/ExchangeParts.h"

#include "http/HttpParser.h"

namespace statusdeck {

namespace {

HeaderList headersOf(const QByteArray &raw, HttpParser::Type type, const QByteArray &method = {})
{
    HttpParser parser(type);
    if (!method.isEmpty())
        parser.setRequestMethod(method);
    parser.feed(raw);
    const QList<HttpMessage> messages = parser.takeMessages();
    if (!messages.isEmpty())
        return messages.first().headers;
    if (parser.headersComplete())
        return parser.currentMessage().headers;
    return {};
}

} // namespace

std::optional<ExchangeRequest> exchangeRequest(const HttpExchange &exchange)
{
    if (exchange.requestTruncated || !exchange.parseError.isEmpty())
        return std::nullopt;
    const std::optional<HttpMessage> message = parseRequest(exchange.rawRequest);
    if (!message)
        return std::nullopt;
    ExchangeRequest request;
    request.method = message->method;
    request.url = exchangeUrl(exchange);
    request.headers = message->headers;
    request.body = message->body;
    return request;
}

HeaderList requestHeaders(const HttpExchange &exchange)
{
    return headersOf(exchange.rawRequest, HttpParser::Type::Request);
}

QUrl exchangeUrl(const HttpExchange &exchange)
{
    if (exchange.target.startsWith('/') || exchange.target.isEmpty()) {
        // Joined, not resolved: a target "//x/y" is a path here, not another host.
        QByteArray origin = exchange.origin.toUtf8();
        while (origin.endsWith('/'))
            origin.chop(1);
        return QUrl::fromEncoded(origin + (exchange.target.isEmpty() ? QByteArray("/") : exchange.target));
    }
    return QUrl::fromEncoded(exchange.target); // absolute-form, or "*" and the like as it is
}

QUrl redirectLocation(const HttpExchange &exchange)
{
    if (exchange.status < 300 || exchange.status > 399)
        return {};
    const QByteArray location =
        headers::value(headersOf(exchange.rawResponse, HttpParser::Type::Response, exchange.method), "Location");
    if (location.isEmpty())
        return {};
    return exchangeUrl(exchange).resolved(QUrl::fromEncoded(location));
}

} // namespace statusdeck
