#include "sandbox/CopyCommand.h"

#include "lab/RealClient.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace statusdeck::copycommand {

using lab::shellQuote; // one quoting rule for every command line the app shows

namespace {

// Text a shell argument or a JS string can carry as it is: valid UTF-8 without NUL.
bool isPlainText(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    return QString::fromUtf8(bytes).toUtf8() == bytes; // not UTF-8: decoding replaced a byte
}

bool isForbiddenForFetch(const QByteArray &name)
{
    // The Fetch standard's forbidden request-header names ("forbidden request-header").
    static const QList<QByteArray> names{"accept-charset",
                                         "accept-encoding",
                                         "access-control-request-headers",
                                         "access-control-request-method",
                                         "connection",
                                         "content-length",
                                         "cookie",
                                         "cookie2",
                                         "date",
                                         "dnt",
                                         "expect",
                                         "host",
                                         "keep-alive",
                                         "origin",
                                         "referer",
                                         "set-cookie",
                                         "te",
                                         "trailer",
                                         "transfer-encoding",
                                         "upgrade",
                                         "via"};
    const QByteArray lower = name.toLower();
    return names.contains(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-");
}

// The header lines curl would write itself, so copying them would only repeat or contradict it.
bool curlWritesItself(const QByteArray &name, const QByteArray &value, const QUrl &url)
{
    if (headers::sameName(name, "Host")) {
        const QString authority = url.authority(QUrl::FullyEncoded);
        return QString::fromLatin1(value).compare(authority, Qt::CaseInsensitive) == 0;
    }
    return headers::isFraming(name) || headers::isHopByHop(name) || headers::sameName(name, "Connection");
}

QString printfOctal(const QByteArray &bytes)
{
    QString text;
    for (const char c : bytes) {
        const auto byte = quint8(c);
        if (byte == '%')
            text += u"%%"_s;
        else if (byte == '\\')
            text += u"\\\\"_s;
        else if (byte == '\'')
            text += u"\\047"_s;
        else if (byte >= 0x20 && byte < 0x7F)
            text += QChar(char16_t(byte));
        else
            text += u'\\' + QString::number(byte, 8).rightJustified(3, u'0');
    }
    return text;
}

} // namespace

QString jsString(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += u"\\\""_s;
            break;
        case '\\':
            out += u"\\\\"_s;
            break;
        case '\n':
            out += u"\\n"_s;
            break;
        case '\r':
            out += u"\\r"_s;
            break;
        case '\t':
            out += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    return out + u'"';
}

QString curl(const ExchangeRequest &request)
{
    const bool hasBody = !request.body.isEmpty();
    const bool plainBody = isPlainText(request.body);
    QStringList words;
    if (hasBody && !plainBody)
        words << u"printf"_s << u'\'' + printfOctal(request.body) + u'\'' << u"|"_s;
    words << u"curl"_s;
    const QString method = QString::fromLatin1(request.method);
    if (request.method == "HEAD")
        words << u"--head"_s;
    else if (!(request.method == "GET" && !hasBody) && !(request.method == "POST" && hasBody))
        words << u"-X"_s << shellQuote(method);
    words << shellQuote(request.url.toString(QUrl::FullyEncoded));
    for (const auto &[name, value] : request.headers) {
        if (curlWritesItself(name, value, request.url))
            continue;
        // "Name:" alone would make curl remove the header; "Name;" sends it empty.
        const QString line = value.isEmpty() ? QString(QString::fromLatin1(name) + u';')
                                             : QString(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
        words << u"-H"_s << shellQuote(line);
    }
    if (hasBody && plainBody)
        words << u"--data-raw"_s << shellQuote(QString::fromUtf8(request.body));
    else if (hasBody)
        words << u"--data-binary"_s << u"@-"_s;
    return words.join(u' ');
}

QString fetch(const ExchangeRequest &request)
{
    QStringList lines;
    QStringList left;
    QStringList headerLines;
    for (const auto &[name, value] : request.headers) {
        if (isForbiddenForFetch(name)) {
            if (!left.contains(QString::fromLatin1(name), Qt::CaseInsensitive))
                left << QString::fromLatin1(name);
            continue;
        }
        headerLines << u"    "_s + jsString(QString::fromLatin1(name)) + u": "_s + jsString(QString::fromUtf8(value));
    }
    const bool noBodyAllowed = request.method == "GET" || request.method == "HEAD";
    lines << u"fetch("_s + jsString(request.url.toString(QUrl::FullyEncoded)) + u", {"_s;
    lines << u"  method: "_s + jsString(QString::fromLatin1(request.method)) + u","_s;
    if (!headerLines.isEmpty())
        lines << u"  headers: {"_s << headerLines.join(u",\n"_s) << u"  },"_s;
    if (!request.body.isEmpty() && noBodyAllowed) {
        lines << u"  // the request had a body of %1 bytes; fetch() sends none with %2"_s.arg(request.body.size())
                     .arg(QString::fromLatin1(request.method));
    } else if (!request.body.isEmpty() && isPlainText(request.body)) {
        lines << u"  body: "_s + jsString(QString::fromUtf8(request.body)) + u","_s;
    } else if (!request.body.isEmpty()) {
        QStringList numbers;
        for (const char c : request.body)
            numbers << QString::number(quint8(c));
        lines << u"  body: new Uint8Array(["_s + numbers.join(u", "_s) + u"]),"_s;
    }
    if (!left.isEmpty())
        lines << u"  // not settable from fetch(): "_s + left.join(u", "_s);
    lines << u"});"_s;
    return lines.join(u'\n');
}

} // namespace statusdeck::copycommand
