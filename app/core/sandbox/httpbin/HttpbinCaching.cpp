// Validators, preconditions and ranges: httpbin's /cache, /cache/{s}, /etag/{etag} and
// /range/{n}, and the sandbox's /conditional/{name}. Preconditions are evaluated in the
// order of RFC 9110, section 13.2.2 (If-Match, If-Unmodified-Since, If-None-Match,
// If-Modified-Since, If-Range); ranges follow RFC 9110, section 14.

#include "sandbox/httpbin/HttpbinHandlers.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace statusdeck::httpbin {

namespace {

constexpr qint64 kMaxRangeBytes = 100 * 1024;
constexpr int kMaxRanges = 16; // more are answered with the whole representation (RFC 9110, section 14.2)
constexpr QByteArrayView kBoundary = "statusdeck-byteranges";

struct EntityTag {
    bool weak = false;
    QByteArray opaque; // without quotes
};

struct TagList {
    bool any = false; // "*"
    QList<EntityTag> tags;
};

// An If-Match / If-None-Match value. An unquoted token is taken as the tag it names, as
// httpbin does, so `If-None-Match: abc` still matches /etag/abc.
TagList parseTags(const QByteArray &value)
{
    TagList list;
    for (QByteArray part : value.split(',')) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        if (part == "*") {
            list.any = true;
            continue;
        }
        EntityTag tag;
        if (part.startsWith("W/")) {
            tag.weak = true;
            part = part.mid(2);
        }
        if (part.size() >= 2 && part.startsWith('"') && part.endsWith('"'))
            part = part.mid(1, part.size() - 2);
        tag.opaque = part;
        list.tags.append(tag);
    }
    return list;
}

// RFC 9110, section 8.8.3.2: strong comparison needs both tags strong.
bool strongMatch(const TagList &list, const EntityTag &current)
{
    return list.any || std::any_of(list.tags.begin(), list.tags.end(), [&current](const EntityTag &tag) {
               return !tag.weak && !current.weak && tag.opaque == current.opaque;
           });
}

bool weakMatch(const TagList &list, const EntityTag &current)
{
    return list.any || std::any_of(list.tags.begin(), list.tags.end(),
                                   [&current](const EntityTag &tag) { return tag.opaque == current.opaque; });
}

QByteArray quoted(const EntityTag &tag)
{
    return (tag.weak ? "W/\"" : "\"") + tag.opaque + '"';
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

// An HTTP-date in any of its three forms (RFC 9110, section 5.6.7); invalid otherwise.
QDateTime parseHttpDate(const QByteArray &value)
{
    // The weekday is left out: it is redundant, and Qt would check it against a two-digit year's century.
    const QString text = QString::fromLatin1(value.simplified());
    const qsizetype comma = text.indexOf(u',');
    const QString rest = comma >= 0 ? text.mid(comma + 1).trimmed() : text.section(u' ', 1);
    const QLocale c = QLocale::c();
    QDateTime parsed = c.toDateTime(rest, u"dd MMM yyyy hh:mm:ss 'GMT'"_s); // IMF-fixdate
    if (!parsed.isValid()) {
        parsed = c.toDateTime(rest, u"dd-MMM-yy hh:mm:ss 'GMT'"_s); // RFC 850
        if (parsed.isValid() && parsed.date().year() < 1970)
            parsed = parsed.addYears(100);
    }
    if (!parsed.isValid())
        parsed = c.toDateTime(rest, u"MMM d hh:mm:ss yyyy"_s); // asctime
    if (parsed.isValid())
        parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

struct Validators {
    std::optional<EntityTag> etag;
    QDateTime lastModified; // invalid: none
};

// 412, 304 or nothing (go on), as RFC 9110, section 13.2.2 orders them.
std::optional<int> preconditions(const Request &request, const Validators &v)
{
    const bool getOrHead = request.method == "GET" || request.method == "HEAD";
    const HttpMessage &m = request.message;
    if (m.hasHeader("If-Match")) {
        if (!v.etag || !strongMatch(parseTags(m.header("If-Match")), *v.etag))
            return 412;
    } else if (m.hasHeader("If-Unmodified-Since") && v.lastModified.isValid()) {
        const QDateTime date = parseHttpDate(m.header("If-Unmodified-Since"));
        if (date.isValid() && v.lastModified > date)
            return 412;
    }
    if (m.hasHeader("If-None-Match")) {
        if (v.etag && weakMatch(parseTags(m.header("If-None-Match")), *v.etag))
            return getOrHead ? 304 : 412;
    } else if (getOrHead && m.hasHeader("If-Modified-Since") && v.lastModified.isValid()) {
        const QDateTime date = parseHttpDate(m.header("If-Modified-Since"));
        if (date.isValid() && v.lastModified <= date)
            return 304;
    }
    return std::nullopt;
}

HttpResponse answerPrecondition(int status, const Validators &v)
{
    HttpResponse response;
    response.status = status;
    if (v.etag)
        response.setHeader("ETag", quoted(*v.etag));
    if (v.lastModified.isValid() && status == 304)
        response.setHeader("Last-Modified", httpDate(v.lastModified));
    if (status == 412) {
        response.setHeader("Content-Type", "text/plain; charset=utf-8");
        response.body = "Precondition Failed: the resource's current validators do not match the request's "
                        "If-Match or If-Unmodified-Since (or an If-None-Match on a method other than GET).\n";
    }
    return response;
}

HttpResponse getWith(const Request &request, Services &services, const Validators &v)
{
    if (const auto status = preconditions(request, v))
        return answerPrecondition(*status, v);
    HttpResponse response = getRoute(request, services);
    if (v.lastModified.isValid())
        response.setHeader("Last-Modified", httpDate(v.lastModified));
    if (v.etag)
        response.setHeader("ETag", quoted(*v.etag));
    return response;
}

struct ByteRange {
    qint64 first = 0;
    qint64 last = 0;
};

// The ranges of a "bytes=" Range value that are satisfiable for `size` bytes; nullopt when
// the value cannot be parsed (the Range is then ignored, RFC 9110, section 14.2).
std::optional<QList<ByteRange>> parseRanges(const QByteArray &value, qint64 size, bool *anyValid)
{
    *anyValid = false;
    const QByteArray trimmed = value.trimmed();
    if (!trimmed.toLower().startsWith("bytes="))
        return std::nullopt;
    QList<ByteRange> ranges;
    for (QByteArray spec : trimmed.mid(6).split(',')) {
        spec = spec.trimmed();
        const qsizetype dash = spec.indexOf('-');
        if (spec.isEmpty() || dash < 0)
            return std::nullopt;
        const auto first = number(QString::fromLatin1(spec.left(dash)));
        const auto last = number(QString::fromLatin1(spec.mid(dash + 1)));
        if (dash == 0) { // suffix: the last N bytes
            if (!last)
                return std::nullopt;
            *anyValid = true;
            if (*last > 0)
                ranges.append({qMax<qint64>(0, size - *last), size - 1});
            continue;
        }
        if (!first || (dash + 1 < spec.size() && (!last || *last < *first)))
            return std::nullopt;
        *anyValid = true;
        if (*first < size)
            ranges.append({*first, last ? qMin(*last, size - 1) : size - 1});
    }
    return ranges;
}

QByteArray rangeBytes(qint64 first, qint64 last)
{
    QByteArray bytes;
    bytes.reserve(last - first + 1);
    for (qint64 i = first; i <= last; ++i)
        bytes.append(char('a' + i % 26));
    return bytes;
}

} // namespace

HttpResponse cacheRoute(const Request &request, Services &services)
{
    if (request.segments.size() == 3) {
        const auto seconds = number(request.segments.at(2));
        if (!seconds)
            return notFound(request);
        HttpResponse response = getRoute(request, services);
        response.setHeader("Cache-Control", "public, max-age=" + QByteArray::number(*seconds));
        return response;
    }
    // One representation for the server's life: modified when the server started.
    Validators v;
    v.lastModified = services.startedUtc;
    v.etag = EntityTag{false, "cache-" + QByteArray::number(services.startedUtc.toSecsSinceEpoch(), 16)};
    return getWith(request, services, v);
}

HttpResponse etagRoute(const Request &request, Services &services)
{
    Validators v;
    v.etag = EntityTag{false, request.segments.at(2).toUtf8()};
    return getWith(request, services, v);
}

HttpResponse rangeRoute(const Request &request, Services &)
{
    const auto n = number(request.segments.at(2));
    if (!n)
        return notFound(request);
    const qint64 size = *n;
    const EntityTag tag{false, "range" + QByteArray::number(size)};
    if (size <= 0 || size > kMaxRangeBytes) {
        HttpResponse response = textResponse(404, "number of bytes must be in the range (0, 102400]");
        response.setHeader("ETag", quoted(tag));
        response.setHeader("Accept-Ranges", "bytes");
        return response;
    }
    HttpResponse response;
    response.setHeader("Content-Type", "application/octet-stream");
    response.setHeader("ETag", quoted(tag));
    response.setHeader("Accept-Ranges", "bytes");

    // If-Range: the Range applies only to the representation it names (RFC 9110, section 13.1.5).
    bool useRange = request.message.hasHeader("Range");
    if (useRange && request.message.hasHeader("If-Range")) {
        const QByteArray ifRange = request.header("If-Range").trimmed();
        useRange = ifRange.startsWith('"') && strongMatch(parseTags(ifRange), tag);
    }
    bool anyValid = false;
    const auto ranges = useRange ? parseRanges(request.header("Range"), size, &anyValid) : std::nullopt;
    if (!ranges || ranges->size() > kMaxRanges ||
        (ranges->size() == 1 && ranges->first().first == 0 && ranges->first().last == size - 1)) {
        response.status = 200;
        response.body = rangeBytes(0, size - 1);
        return response;
    }
    if (ranges->isEmpty()) {
        response.status = 416;
        response.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
        response.setHeader("Content-Type", "text/plain; charset=utf-8");
        response.body = "None of the ranges asked for is inside the " + QByteArray::number(size) + " bytes.\n";
        return response;
    }
    response.status = 206;
    auto contentRange = [size](const ByteRange &r) -> QByteArray {
        return "bytes " + QByteArray::number(r.first) + '-' + QByteArray::number(r.last) + '/' +
               QByteArray::number(size);
    };
    if (ranges->size() == 1) {
        response.setHeader("Content-Range", contentRange(ranges->first()));
        response.body = rangeBytes(ranges->first().first, ranges->first().last);
        return response;
    }
    // RFC 9110, section 14.6: one part per range, each with its Content-Type and Content-Range.
    response.setHeader("Content-Type", "multipart/byteranges; boundary=" + kBoundary.toByteArray());
    for (const ByteRange &r : *ranges) {
        response.body += "\r\n--" + kBoundary.toByteArray() +
                         "\r\nContent-Type: application/octet-stream\r\nContent-Range: " + contentRange(r) +
                         "\r\n\r\n" + rangeBytes(r.first, r.last);
    }
    response.body += "\r\n--" + kBoundary.toByteArray() + "--\r\n";
    return response;
}

HttpResponse conditionalRoute(const Request &request, Services &services)
{
    const QString name = request.segments.at(2);
    const ConditionalStore::Entry entry = services.store.get(name);
    Validators v;
    v.etag = EntityTag{false, "v" + QByteArray::number(entry.version)};
    if (request.method == "GET") {
        if (const auto status = preconditions(request, v))
            return answerPrecondition(*status, v);
        HttpResponse response = textResponse(200, entry.body, entry.contentType);
        response.setHeader("ETag", quoted(*v.etag));
        return response;
    }
    // A write must say which version it replaces (RFC 6585, section 3), else lost updates go unnoticed.
    if (!request.message.hasHeader("If-Match") && !request.message.hasHeader("If-Unmodified-Since") &&
        !request.message.hasHeader("If-None-Match")) {
        HttpResponse response =
            textResponse(428,
                         "Precondition Required: send If-Match with the ETag you last saw (GET /conditional/" +
                             name.toUtf8() + " tells it), so that a change made meanwhile is not overwritten.\n",
                         "text/plain; charset=utf-8");
        response.setHeader("ETag", quoted(*v.etag));
        return response;
    }
    if (const auto status = preconditions(request, v)) {
        HttpResponse response = answerPrecondition(*status == 304 ? 412 : *status, v);
        return response;
    }
    ConditionalStore::Entry next;
    next.version = entry.version + 1;
    if (request.method == "PUT") {
        next.body = request.message.body;
        next.contentType = request.header("Content-Type");
        if (next.contentType.isEmpty())
            next.contentType = "application/octet-stream";
    } else {
        next.body = "StatusDeck conditional resource '" + name.toUtf8() + "', deleted and started again at version " +
                    QByteArray::number(next.version) + ".\n";
        next.contentType = "text/plain; charset=utf-8";
    }
    services.store.put(name, next);
    HttpResponse response;
    response.status = 204;
    response.setHeader("ETag", "\"v" + QByteArray::number(next.version) + '"');
    return response;
}

} // namespace statusdeck::httpbin
