// Generated and stored content: /gzip /deflate /brotli, /bytes/{n} /stream/{n}
// /stream-bytes/{n} /drip, /base64/{value}, the documents (/html /json /xml /robots.txt
// /deny /encoding/utf8 /forms/post, files in resources/sandbox/httpbin/) and /image.
// Streams are sent whole, with Content-Length: the connection writes one answer at a time.

#include "sandbox/httpbin/HttpbinHandlers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>

#include <zlib.h>
#ifdef STATUSDECK_HAVE_BROTLI
#include <brotli/encode.h>
#endif

using namespace Qt::StringLiterals;

namespace statusdeck::httpbin {

namespace {

constexpr qint64 kMaxRandomBytes = 100 * 1024;
constexpr qint64 kMaxDripBytes = 10 * 1024 * 1024;
constexpr qint64 kMaxDripMs = 10 * 1000;

// zlib's deflate with the given window bits: 31 frames it as gzip (RFC 1952), 15 as zlib
// (RFC 1950), which is what the "deflate" content coding means (RFC 9110, section 8.4.1.2).
QByteArray zlibCompress(const QByteArray &data, int windowBits, int level)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

HttpResponse encoded(const Request &request, const QString &flag, const QByteArray &coding)
{
    QJsonObject object = getDict(request, {Key::Origin, Key::Headers});
    object.insert(u"method"_s, QString::fromLatin1(request.method));
    object.insert(flag, true);
    HttpResponse response = jsonResponse(200, object);
    if (coding == "gzip") {
        response.body = zlibCompress(response.body, 31, 4);
    } else if (coding == "deflate") {
        response.body = zlibCompress(response.body, 15, Z_DEFAULT_COMPRESSION);
    } else {
#ifdef STATUSDECK_HAVE_BROTLI
        QByteArray out(qsizetype(BrotliEncoderMaxCompressedSize(size_t(response.body.size()))), Qt::Uninitialized);
        size_t size = size_t(out.size());
        if (BrotliEncoderCompress(BROTLI_DEFAULT_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT,
                                  size_t(response.body.size()), reinterpret_cast<const uint8_t *>(response.body.data()),
                                  &size, reinterpret_cast<uint8_t *>(out.data())) == BROTLI_FALSE)
            return textResponse(500, "Brotli compression failed.\n");
        out.truncate(qsizetype(size));
        response.body = out;
#else
        return textResponse(501, "This build of StatusDeck has no Brotli encoder (Debian package libbrotli-dev "
                                 "at build time); /gzip and /deflate work.\n");
#endif
    }
    response.setHeader("Content-Encoding", coding);
    return response;
}

// n bytes from Python's random.randint(0, 255), reseeded by ?seed= as httpbin does.
QByteArray randomBytes(const Request &request, Services &services, qint64 n)
{
    const QMutexLocker lock(&services.randomMutex);
    if (request.hasArg(u"seed"_s)) {
        bool ok = false;
        const qint64 seed = request.arg(u"seed"_s).toLongLong(&ok);
        if (ok)
            services.random.setSeed(quint64(seed < 0 ? -seed : seed));
    }
    QByteArray bytes(n, Qt::Uninitialized);
    for (qint64 i = 0; i < n; ++i)
        bytes[i] = char(services.random.below(256));
    return bytes;
}

HttpResponse bytesAnswer(const Request &request, Services &services)
{
    const auto n = number(request.segments.at(2));
    if (!n)
        return notFound(request);
    return textResponse(200, randomBytes(request, services, qMin(*n, kMaxRandomBytes)), "application/octet-stream");
}

double doubleArg(const Request &request, const QString &name, double fallback, bool *ok)
{
    if (!request.hasArg(name))
        return fallback;
    bool parsed = false;
    const double value = request.arg(name).toDouble(&parsed);
    if (!parsed || !std::isfinite(value))
        *ok = false;
    return value;
}

struct Document {
    QLatin1StringView path;
    QLatin1StringView file;
    QByteArrayView contentType;
};

const Document kDocuments[] = {
    {"/html"_L1, "page.html"_L1, "text/html; charset=utf-8"},
    {"/json"_L1, "sample.json"_L1, "application/json"},
    {"/xml"_L1, "sample.xml"_L1, "application/xml"},
    {"/robots.txt"_L1, "robots.txt"_L1, "text/plain"},
    {"/deny"_L1, "deny.txt"_L1, "text/plain"},
    {"/encoding/utf8"_L1, "utf8.html"_L1, "text/html; charset=utf-8"},
    {"/forms/post"_L1, "forms-post.html"_L1, "text/html; charset=utf-8"},
};

struct Image {
    QLatin1StringView name;   // /image/{name}
    QLatin1StringView accept; // what Accept must contain for /image to pick it
    QLatin1StringView file;
    QByteArrayView contentType;
};

// In httpbin's order of preference for /image.
const Image kImages[] = {
    {"webp"_L1, "image/webp"_L1, "images/image.webp"_L1, "image/webp"},
    {"svg"_L1, "image/svg+xml"_L1, "images/image.svg"_L1, "image/svg+xml"},
    {"jpeg"_L1, "image/jpeg"_L1, "images/image.jpeg"_L1, "image/jpeg"},
    {"png"_L1, "image/png"_L1, "images/image.png"_L1, "image/png"},
};

HttpResponse imageAnswer(const Image &image)
{
    return textResponse(200, resource(image.file), image.contentType.toByteArray());
}

} // namespace

HttpResponse gzipRoute(const Request &request, Services &)
{
    return encoded(request, u"gzipped"_s, "gzip");
}

HttpResponse deflateRoute(const Request &request, Services &)
{
    return encoded(request, u"deflated"_s, "deflate");
}

HttpResponse brotliRoute(const Request &request, Services &)
{
    return encoded(request, u"brotli"_s, "br");
}

HttpResponse bytesRoute(const Request &request, Services &services)
{
    return bytesAnswer(request, services);
}

HttpResponse streamBytesRoute(const Request &request, Services &services)
{
    return bytesAnswer(request, services);
}

HttpResponse streamRoute(const Request &request, Services &)
{
    const auto n = number(request.segments.at(2));
    if (!n)
        return notFound(request);
    QJsonObject object = getDict(request, {Key::Url, Key::Args, Key::Headers, Key::Origin});
    QByteArray body;
    for (qint64 i = 0; i < qMin<qint64>(*n, 100); ++i) {
        object.insert(u"id"_s, i);
        body += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    return textResponse(200, body, "application/json");
}

HttpResponse dripRoute(const Request &request, Services &)
{
    bool ok = true;
    const double duration = doubleArg(request, u"duration"_s, 2, &ok);
    const double delay = doubleArg(request, u"delay"_s, 0, &ok);
    const double bytes = doubleArg(request, u"numbytes"_s, 10, &ok);
    const double code = doubleArg(request, u"code"_s, 200, &ok);
    if (!ok || duration < 0 || delay < 0 || code < 200 || code > 599)
        return textResponse(400, "/drip takes duration and delay in seconds, numbytes and a code from 200 to 599.\n");
    if (bytes <= 0)
        return textResponse(400, "number of bytes must be positive");
    HttpResponse response =
        textResponse(int(code), QByteArray(qMin(qint64(bytes), kMaxDripBytes), '*'), "application/octet-stream");
    // Sent whole when the duration is over, rather than a byte at a time.
    response.delayMs = qMin(qint64((delay + duration) * 1000), kMaxDripMs);
    return response;
}

HttpResponse base64Route(const Request &request, Services &)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        request.segments.at(2).toUtf8(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !utf8(*decoded))
        return textResponse(400, "Incorrect Base64 data try: SFRUUEJJTiBpcyBhd2Vzb21l\n");
    return textResponse(200, *decoded, "text/html; charset=utf-8");
}

HttpResponse documentRoute(const Request &request, Services &)
{
    for (const Document &document : kDocuments) {
        if (request.path == document.path)
            return textResponse(200, resource(document.file), document.contentType.toByteArray());
    }
    return notFound(request);
}

HttpResponse imageRoute(const Request &request, Services &)
{
    if (request.segments.size() == 3) {
        for (const Image &image : kImages) {
            if (request.segments.at(2) == image.name)
                return imageAnswer(image);
        }
        return notFound(request);
    }
    if (!request.message.hasHeader("Accept"))
        return imageAnswer(kImages[3]);
    const QString accept = QString::fromLatin1(request.header("Accept")).toLower();
    for (const Image &image : kImages) {
        if (accept.contains(image.accept) || (image.name == "png"_L1 && accept.contains(u"image/*"_s)))
            return imageAnswer(image);
    }
    HttpResponse response =
        jsonResponse(406, {{u"message"_s, u"Client did not request a supported media type."_s},
                           {u"accept"_s, QJsonArray{u"image/webp"_s, u"image/svg+xml"_s, u"image/jpeg"_s,
                                                    u"image/png"_s, u"image/*"_s}}});
    return response;
}

} // namespace statusdeck::httpbin
