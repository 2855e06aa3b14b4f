#include "http/HttpResponse.h"

#include <QHash>

namespace statusdeck {

HttpResponse &HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers::set(headers, name, value);
    return *this;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    return headers::value(headers, name);
}

HttpResponse HttpResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    return response;
}

QByteArray reasonPhrase(int status)
{
    // The server's own phrases; the cards hold the prose. Kept here so that framing
    // never depends on the catalog loading.
    static const QHash<int, QByteArray> phrases{
        {100, "Continue"},
        {101, "Switching Protocols"},
        {102, "Processing"},
        {103, "Early Hints"},
        {200, "OK"},
        {201, "Created"},
        {202, "Accepted"},
        {203, "Non-Authoritative Information"},
        {204, "No Content"},
        {205, "Reset Content"},
        {206, "Partial Content"},
        {207, "Multi-Status"},
        {208, "Already Reported"},
        {226, "IM Used"},
        {300, "Multiple Choices"},
        {301, "Moved Permanently"},
        {302, "Found"},
        {303, "See Other"},
        {304, "Not Modified"},
        {305, "Use Proxy"},
        {306, "(Unused)"},
        {307, "Temporary Redirect"},
        {308, "Permanent Redirect"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {402, "Payment Required"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {406, "Not Acceptable"},
        {407, "Proxy Authentication Required"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {410, "Gone"},
        {411, "Length Required"},
        {412, "Precondition Failed"},
        {413, "Content Too Large"},
        {414, "URI Too Long"},
        {415, "Unsupported Media Type"},
        {416, "Range Not Satisfiable"},
        {417, "Expectation Failed"},
        {418, "(Unused)"},
        {421, "Misdirected Request"},
        {422, "Unprocessable Content"},
        {423, "Locked"},
        {424, "Failed Dependency"},
        {425, "Too Early"},
        {426, "Upgrade Required"},
        {428, "Precondition Required"},
        {429, "Too Many Requests"},
        {431, "Request Header Fields Too Large"},
        {451, "Unavailable For Legal Reasons"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
        {505, "HTTP Version Not Supported"},
        {506, "Variant Also Negotiates"},
        {507, "Insufficient Storage"},
        {508, "Loop Detected"},
        {510, "Not Extended"},
        {511, "Network Authentication Required"},
    };
    return phrases.value(status, QByteArrayLiteral("Unknown"));
}

bool statusForbidsBody(int status)
{
    return status < 200 || status == 204 || status == 304;
}

namespace {

// Appends in place: operator+ chains made a temporary QByteArray per header line.
void appendStatusLine(QByteArray &out, int status)
{
    out.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ').append(reasonPhrase(status)).append("\r\n");
}

void appendHeader(QByteArray &out, QByteArrayView name, QByteArrayView value)
{
    out.append(name).append(": ").append(value).append("\r\n");
}

void appendHeaders(QByteArray &out, const HeaderList &headers)
{
    // The last gate: a field that could split the answer (CR, LF) or is not a field at all is
    // not written, whoever built it (a handler, card data).
    for (const auto &[name, value] : headers) {
        if (headers::isSafeToSend(name, value))
            appendHeader(out, name, value);
    }
}

void appendInterim(QByteArray &out, const HttpResponse::Interim &interim)
{
    appendStatusLine(out, interim.status);
    appendHeaders(out, interim.headers);
    out.append("\r\n");
}

} // namespace

QByteArray serializeInterim(const HttpResponse::Interim &interim)
{
    QByteArray out;
    appendInterim(out, interim);
    return out;
}

QByteArray serializeResponse(const HttpResponse &response, bool headRequest, bool keepAlive, bool http10KeepAlive,
                             const QByteArray &date)
{
    const bool noBody = statusForbidsBody(response.status);
    const bool sendBody = !headRequest && !noBody;
    qsizetype headerBytes = 0;
    for (const auto &[name, value] : response.headers)
        headerBytes += name.size() + value.size() + 4;
    QByteArray out;
    // One allocation for the whole answer: the fixed lines take well under 192 bytes.
    out.reserve(192 + headerBytes + (sendBody ? response.body.size() : 0) + 64 * response.interim.size());
    for (const HttpResponse::Interim &interim : response.interim)
        appendInterim(out, interim);
    appendStatusLine(out, response.status);
    appendHeader(out, "Date", date);
    out.append("Server: StatusDeck/" STATUSDECK_VERSION "\r\n");
    appendHeaders(out, response.headers);
    // 204 and 1xx must not carry Content-Length; a 304 may, but it would describe the
    // representation rather than this body, so none is sent.
    if (!noBody)
        appendHeader(out, "Content-Length", QByteArray::number(response.body.size()));
    if (!keepAlive || response.closeAfter)
        out.append("Connection: close\r\n");
    else if (http10KeepAlive)
        out.append("Connection: keep-alive\r\n");
    out.append("\r\n");
    if (sendBody)
        out.append(response.body);
    return out;
}

} // namespace statusdeck
