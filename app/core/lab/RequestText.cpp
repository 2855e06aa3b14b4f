#include "lab/RequestText.h"

#include "http/Headers.h"
#include "sandbox/RawText.h"

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
    // A blank line between the two, also after a body that does not end its line.
    QString text = rawtext::displayText(exchange.rawRequest, false);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return text + u'\n' + rawtext::displayText(exchange.rawResponse, false);
}

QList<quint64> loggedHops(const QList<LabHop> &hops, const QList<HttpExchange> &logged)
{
    QList<quint64> ids;
    qsizetype from = 0;
    for (const LabHop &hop : hops) {
        const QByteArray target =
            hop.request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        const int port = hop.request.url.port(80);
        quint64 id = 0;
        for (qsizetype i = from; i < logged.size(); ++i) {
            const HttpExchange &e = logged.at(i);
            if (e.method == hop.request.method && e.target == (target.isEmpty() ? QByteArray("/") : target) &&
                QUrl(e.origin).port(80) == port) {
                id = e.id;
                from = i + 1;
                break;
            }
        }
        ids.append(id);
    }
    return ids;
}

QString unloggedHopText(const LabHop &hop, const QByteArray &target, const QList<QUrl> &sandboxOrigins)
{
    const QUrl &url = hop.request.url;
    const bool sandbox = std::any_of(sandboxOrigins.begin(), sandboxOrigins.end(),
                                     [&](const QUrl &origin) { return origin.port(80) == url.port(80); });
    const QString where = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    const QString note =
        sandbox ? QCoreApplication::translate("RequestText", "[StatusDeck: the sandbox's log has no bytes for this "
                                                             "hop; the text below is rebuilt from what the client "
                                                             "sent and got, it is not what went over the wire]")
                : QCoreApplication::translate("RequestText", "[StatusDeck: this hop went to %1, not to the sandbox, "
                                                             "so nothing was logged; the text below is rebuilt from "
                                                             "what the client sent and got]")
                      .arg(where);
    return note + u"\n\n"_s + hopText(hop, target);
}

} // namespace statusdeck::lab
