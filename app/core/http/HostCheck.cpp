#include "http/HostCheck.h"

#include <QHostAddress>
#include <QString>

namespace statusdeck {

namespace {

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Splits "name:port" / "[v6]:port"; false when the port part is not digits.
bool splitHost(const QByteArray &value, QByteArray *host)
{
    QByteArray rest;
    if (value.startsWith('[')) {
        const qsizetype close = value.indexOf(']');
        if (close < 0)
            return false;
        *host = value.mid(1, close - 1);
        rest = value.mid(close + 1);
    } else {
        const qsizetype colon = value.indexOf(':');
        *host = colon < 0 ? value : value.left(colon);
        rest = colon < 0 ? QByteArray() : value.mid(colon);
        if (host->contains(':'))
            return false;
    }
    if (rest.isEmpty())
        return true;
    if (!rest.startsWith(':') || rest.size() > 6)
        return false;
    bool ok = false;
    const int port = rest.mid(1).toInt(&ok);
    return ok && port >= 0 && port <= 65535;
}

// RFC 3986: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), then ":".
qsizetype schemeLength(const QByteArray &target)
{
    if (target.isEmpty() || !isAsciiLetter(target.front()))
        return -1;
    for (qsizetype i = 1; i < target.size(); ++i) {
        const char c = target.at(i);
        if (c == ':')
            return i;
        if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.')
            return -1;
    }
    return -1;
}

} // namespace

std::optional<QByteArray> targetAuthority(const QByteArray &method, const QByteArray &target)
{
    QByteArray authority;
    if (method == "CONNECT") {
        authority = target;
    } else {
        const qsizetype scheme = schemeLength(target);
        if (scheme < 0 || target.mid(scheme + 1, 2) != "//")
            return std::nullopt; // origin-form, asterisk-form, or a URI without an authority
        const qsizetype start = scheme + 3;
        qsizetype end = start;
        while (end < target.size() && target.at(end) != '/' && target.at(end) != '?' && target.at(end) != '#')
            ++end;
        authority = target.mid(start, end - start);
    }
    return authority.mid(authority.lastIndexOf('@') + 1); // in "user@host", the host is what counts
}

bool isAllowedHost(const QByteArray &hostHeader, bool allowIpLiterals)
{
    QByteArray host;
    if (!splitHost(hostHeader.trimmed(), &host) || host.isEmpty())
        return false;
    host = host.toLower();
    if (host.endsWith('.'))
        host.chop(1); // "localhost." is the same name
    if (host == "localhost" || host.endsWith(".localhost"))
        return true;
    const bool bracketed = hostHeader.trimmed().startsWith('[');
    QHostAddress address;
    if (!address.setAddress(QString::fromLatin1(host)))
        return false;
    // QHostAddress accepts "1" or "0x7f.1" forms; only the dotted-quad or bracketed v6 is an address in a Host header.
    if (address.protocol() == QAbstractSocket::IPv4Protocol && (host.count('.') != 3 || bracketed))
        return false;
    if (address.protocol() == QAbstractSocket::IPv6Protocol && !bracketed)
        return false;
    return allowIpLiterals || address.isLoopback();
}

} // namespace statusdeck
