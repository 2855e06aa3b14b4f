#include "lab/MatrixObserve.h"

#include "http/Headers.h"
#include "http/HttpParser.h"
#include "lab/BrowserPage.h"
#include "lab/MatrixGrid.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// Translations keep the context these strings had in RedirectMatrix.cpp.
namespace statusdeck::lab {

namespace {

QStringList lowerSorted(const QStringList &names)
{
    QStringList lower;
    for (const QString &name : names)
        lower.append(name.toLower());
    lower.sort();
    return lower;
}

} // namespace

MatrixCell observe(MatrixCell cell, const QList<HttpExchange> &exchanges)
{
    cell.hops.clear();
    cell.clientError.clear();
    const QByteArray token = cell.token.toLatin1();
    for (const HttpExchange &exchange : exchanges) {
        if (!exchange.target.contains(token))
            continue;
        MatrixHop hop;
        hop.exchangeId = exchange.id;
        hop.connectionId = exchange.connectionId;
        hop.method = exchange.method;
        hop.target = exchange.target;
        hop.status = exchange.status;
        if (const auto request = parseRequest(exchange.rawRequest)) {
            hop.headers = request->headers;
            hop.body = request->body;
        }
        cell.hops.append(hop);
    }

    const MatrixHop *first = nullptr;
    const MatrixHop *arrived = nullptr;
    cell.repeats = 0;
    for (const MatrixHop &hop : std::as_const(cell.hops)) {
        if (browser::isPreflight(hop))
            continue; // a browser's CORS preflight: in the timeline, but not the request itself
        if (hop.target.startsWith("/redirect-to")) {
            if (first)
                ++cell.repeats;
            else
                first = &hop;
        }
        if (!arrived && hop.target.startsWith("/anything"))
            arrived = &hop;
    }
    cell.nextMethod.clear();
    cell.bodyKept = false;
    cell.headersDropped.clear();
    cell.mismatch.clear();
    cell.finished = true;
    if (!first) {
        if (cell.error.isEmpty())
            cell.error = QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                     "the sandbox saw no request from the client");
        return cell;
    }
    if (!arrived) {
        if (cell.error.isEmpty())
            cell.error =
                QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "stopped at the %1 without following it")
                    .arg(cell.code);
    } else {
        cell.nextMethod = arrived->method;
        cell.bodyKept = cell.bodySent && arrived->body == grid::requestBody();
        for (const auto &[name, value] : first->headers) {
            // A follow-up without a body has no Content-Length: that is not a header
            // the client "dropped".
            if (headers::isTransport(name) || headers::contains(arrived->headers, name))
                continue;
            const QString text = QString::fromLatin1(name);
            if (!cell.headersDropped.contains(text, Qt::CaseInsensitive))
                cell.headersDropped.append(text);
        }
    }
    cell.mismatch = predictionMismatch(cell);
    if (cell.followed() && !cell.error.isEmpty()) {
        // Not a reason for not following: what the client said after it followed.
        cell.clientError = cell.error;
        cell.error.clear();
    }
    return cell;
}

QString predictionMismatch(const MatrixCell &cell)
{
    if (cell.prediction.stop == StopReason::None && cell.prediction.next.method.isEmpty())
        return {}; // no profile
    const bool predictedFollow = cell.prediction.stop == StopReason::None;
    if (predictedFollow != cell.followed()) {
        return predictedFollow
                   ? QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                 "the profile predicts a %1 follow-up; the client did not follow")
                         .arg(methodText(cell.prediction.next.method))
                   : QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                 "the profile predicts no follow-up (%1); the client sent a %2")
                         .arg(stopReasonName(cell.prediction.stop), methodText(cell.nextMethod));
    }
    if (!predictedFollow)
        return {};
    QStringList differences;
    if (cell.prediction.next.method != cell.nextMethod)
        differences.append(
            QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "method: predicted %1, saw %2")
                .arg(methodText(cell.prediction.next.method), methodText(cell.nextMethod)));
    const bool predictedBody = cell.bodySent && cell.prediction.next.body == grid::requestBody();
    if (predictedBody != cell.bodyKept)
        differences.append(
            predictedBody
                ? QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "body: predicted kept, saw dropped")
                : QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "body: predicted dropped, saw kept"));
    static const QStringList labHeaders{u"authorization"_s, u"cookie"_s, u"x-statusdeck-probe"_s, u"content-type"_s};
    QStringList predicted;
    QStringList seen;
    for (const QString &name : lowerSorted(cell.prediction.headersDropped)) {
        if (labHeaders.contains(name))
            predicted.append(name);
    }
    for (const QString &name : lowerSorted(cell.headersDropped)) {
        if (labHeaders.contains(name))
            seen.append(name);
    }
    if (predicted != seen)
        differences.append(
            QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "headers dropped: predicted [%1], saw [%2]")
                .arg(predicted.join(u", "_s), seen.join(u", "_s)));
    return differences.join(u"; "_s);
}

QStringList hopChanges(const MatrixHop &before, const MatrixHop &after)
{
    QStringList out;
    if (before.method != after.method)
        out.append(QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "method %1 → %2")
                       .arg(methodText(before.method), methodText(after.method)));
    if (!before.body.isEmpty() && after.body.isEmpty())
        out.append(QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "body dropped"));
    else if (!before.body.isEmpty() && after.body != before.body)
        out.append(QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "body changed"));
    for (const auto &entry : before.headers) {
        if (!headers::contains(after.headers, entry.first) && !headers::isTransport(entry.first))
            out.append(u"−"_s + QString::fromLatin1(entry.first));
    }
    for (const auto &entry : after.headers) {
        if (!headers::contains(before.headers, entry.first) && !headers::isTransport(entry.first))
            out.append(u"+"_s + QString::fromLatin1(entry.first));
    }
    return out;
}

QUrl hopOrigin(const MatrixHop &hop)
{
    const QByteArray host = headers::value(hop.headers, "Host");
    if (host.isEmpty())
        return {};
    return QUrl::fromEncoded("http://" + host + "/");
}

QString originChangeText(const MatrixHop &before, const MatrixHop &after)
{
    const QUrl from = hopOrigin(before);
    const QUrl to = hopOrigin(after);
    if (!from.isValid() || !to.isValid() || from.isEmpty() || to.isEmpty())
        return {};
    const QString difference = originDifference(from, to);
    if (difference.isEmpty())
        return {};
    QStringList removed;
    for (const auto &entry : before.headers) {
        if (!headers::contains(after.headers, entry.first) && !headers::isTransport(entry.first))
            removed.append(QString::fromLatin1(entry.first));
    }
    if (removed.isEmpty())
        return QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                           "→ another origin: %1, and every header is kept")
            .arg(difference);
    if (removed.size() == 1)
        return QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "→ another origin: %1, so %2 is removed")
            .arg(difference, removed.constFirst());
    const QString last = removed.takeLast();
    return QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                       "→ another origin: %1, so %2 and %3 are removed")
        .arg(difference, removed.join(u", "_s), last);
}

} // namespace statusdeck::lab
