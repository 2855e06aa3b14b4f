#include "http/ConnectionText.h"

#include "http/HostCheck.h"

#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace statusdeck::connectiontext {

QByteArray httpDate(const QDateTime &utc)
{
    // Formatting through QLocale for every answer cost more than the rest of the
    // serialisation; each server thread keeps the last one.
    struct Cached {
        qint64 second = std::numeric_limits<qint64>::min();
        QByteArray text;
    };
    thread_local Cached cached;
    const qint64 second = utc.toSecsSinceEpoch();
    if (second != cached.second) {
        cached.second = second;
        cached.text = QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
    }
    return cached.text;
}

std::optional<QByteArray> addressedTo(const HttpMessage &request)
{
    if (std::optional<QByteArray> authority = targetAuthority(request.method, request.target))
        return authority;
    if (request.hasHeader("Host"))
        return request.header("Host");
    return std::nullopt;
}

QString parseRefusal(int status, const QString &reason, const QByteArray &errorName, const HttpLimits &limits)
{
    switch (status) {
    case 414:
        return reason + u" The StatusDeck sandbox accepts request targets up to %1 bytes."_s.arg(limits.maxTargetBytes);
    case 431:
        return reason + u" The StatusDeck sandbox accepts up to %1 header fields and %2 bytes of headers."_s
                            .arg(limits.maxHeaderFields)
                            .arg(limits.maxHeaderSectionBytes);
    case 413:
        return reason + u" The body was not read; the connection is closed."_s;
    case 501:
    case 505:
        return reason;
    default:
        return u"The request could not be parsed as HTTP/1.1: %1 (%2)."_s.arg(reason, QString::fromLatin1(errorName));
    }
}

QByteArray misdirected(const QByteArray &authority)
{
    return "Misdirected Request: this StatusDeck sandbox only answers requests addressed to localhost, "
           "*.localhost, 127.0.0.0/8 or [::1], not to '" +
           authority +
           "'.\n\nThis is DNS-rebinding protection: a web page on another name that is made to resolve "
           "to 127.0.0.1 still sends its own name in Host, so it cannot read this server's answers.\n";
}

} // namespace statusdeck::connectiontext
