#include "lab/RequestText.h"

#include "http/Headers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace statusdeck::lab {

namespace {

// RFC 9110, section 5.6.2: token = 1*tchar.
bool isToken(const QByteArray &name)
{
    static const QByteArray extra = "!#$%&'*+-.^_`|~";
    if (name.isEmpty())
        return false;
    for (char c : name) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

} // namespace

HeaderList parseHeaderLines(const QString &text, QStringList *problems)
{
    HeaderList list;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0) {
            if (problems)
                problems->append(
                    QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "line %1: no colon").arg(i + 1));
            continue;
        }
        const QByteArray name = line.left(colon).trimmed().toLatin1();
        if (!isToken(name)) {
            if (problems)
                problems->append(
                    QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "line %1: '%2' is not a header name")
                        .arg(QString::number(i + 1), line.left(colon).trimmed()));
            continue;
        }
        list.append({name, line.mid(colon + 1).trimmed().toUtf8()});
    }
    return list;
}

QUrl composerUrl(const QString &text, const QUrl &sandbox)
{
    const QString trimmed = text.trimmed();
    if (trimmed.contains(u"://"_s))
        return QUrl::fromUserInput(trimmed);
    return sandbox.resolved(QUrl(trimmed));
}

QByteArray composerMethod(const QString &text)
{
    const QByteArray method = text.trimmed().toLatin1().toUpper();
    return method.isEmpty() ? QByteArrayLiteral("GET") : method;
}

QByteArray displayTarget(const QUrl &url, const QUrl &mainOrigin)
{
    if (url.authority() != mainOrigin.authority() || url.scheme() != mainOrigin.scheme())
        return url.toEncoded();
    return url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
}

MatrixHop hopView(const LabHop &hop, const QUrl &mainOrigin)
{
    MatrixHop view;
    view.method = hop.request.method;
    view.target = displayTarget(hop.request.url, mainOrigin);
    view.status = hop.status;
    view.headers = hop.request.headers;
    // Qt writes Host from the URL; the view has it, so the timeline can tell an origin change.
    if (!headers::contains(view.headers, "Host"))
        view.headers.prepend(qMakePair(QByteArrayLiteral("Host"), hop.request.url.authority().toUtf8()));
    view.body = hop.request.body;
    return view;
}

QString hopText(const LabHop &hop, const QByteArray &target)
{
    QString text = QString::fromLatin1(hop.request.method + ' ' + target + " HTTP/1.1\n");
    for (const auto &[name, value] : hop.request.headers)
        text += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value) + u'\n';
    text += u'\n' + QString::fromUtf8(hop.request.body) + u"\n\n"_s;
    text += hop.error.isEmpty() ? u"HTTP/1.1 %1\n"_s.arg(hop.status) : hop.error + u'\n';
    for (const auto &[name, value] : hop.responseHeaders)
        text += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value) + u'\n';
    return text;
}

QString exchangeText(const HttpExchange &exchange)
{
    return QString::fromUtf8(exchange.rawRequest + "\n" + exchange.rawResponse).remove(u'\r');
}

} // namespace statusdeck::lab
