#include "sandbox/HarImport.h"

#include "sandbox/ExchangeLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

// "HTTP/1.1" as written; Chromium's "http/2.0" and the ALPN names "h2", "h3" as HTTP/2, HTTP/3.
QByteArray versionText(const QString &version)
{
    const QString v = version.trimmed();
    if (v.isEmpty())
        return "HTTP/1.1";
    if (v.compare("h2"_L1, Qt::CaseInsensitive) == 0)
        return "HTTP/2";
    if (v.compare("h3"_L1, Qt::CaseInsensitive) == 0)
        return "HTTP/3";
    if (v.startsWith("http/"_L1, Qt::CaseInsensitive))
        return "HTTP/" + v.mid(5).toLatin1();
    return v.toLatin1();
}

// The request target as a request line carries it: the URL without scheme, authority and
// fragment ("/get?a=1"), the authority for CONNECT.
QByteArray targetOf(const QString &url, const QByteArray &method)
{
    QString rest = url;
    const qsizetype hash = rest.indexOf(u'#');
    if (hash >= 0)
        rest.truncate(hash);
    const qsizetype scheme = rest.indexOf("://"_L1);
    if (scheme < 0)
        return rest.toUtf8();
    const qsizetype pathStart = rest.indexOf(u'/', scheme + 3);
    const qsizetype queryStart = rest.indexOf(u'?', scheme + 3);
    const qsizetype authorityEnd = pathStart >= 0 ? pathStart : (queryStart >= 0 ? queryStart : rest.size());
    if (method == "CONNECT")
        return rest.mid(scheme + 3, authorityEnd - scheme - 3).toUtf8();
    if (pathStart < 0)
        return "/" + rest.mid(authorityEnd).toUtf8();
    return rest.mid(pathStart).toUtf8();
}

QString originOf(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return {};
    return parsed.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

void appendHeaders(QByteArray &raw, const QJsonArray &headers)
{
    for (const QJsonValue &value : headers) {
        const QJsonObject header = value.toObject();
        const QString name = header.value("name"_L1).toString();
        if (name.isEmpty())
            continue;
        // A value with a line break would make a header of its own in the text.
        QString text = header.value("value"_L1).toString();
        text.replace(u'\r', u' ').replace(u'\n', u' ');
        raw += name.toUtf8() + ": " + text.toUtf8() + "\r\n";
    }
}

QByteArray decoded(const QJsonObject &object, bool *wasBase64)
{
    const QString text = object.value("text"_L1).toString();
    *wasBase64 = object.value("encoding"_L1).toString().compare("base64"_L1, Qt::CaseInsensitive) == 0;
    if (!*wasBase64)
        return text.toUtf8();
    return QByteArray::fromBase64(text.toLatin1());
}

QByteArray requestBody(const QJsonObject &request, QStringList &notes)
{
    if (!request.contains("postData"_L1))
        return {};
    const QJsonObject postData = request.value("postData"_L1).toObject();
    if (postData.contains("text"_L1)) {
        bool base64 = false;
        return decoded(postData, &base64);
    }
    const QJsonArray params = postData.value("params"_L1).toArray();
    if (params.isEmpty()) {
        notes.append(QCoreApplication::translate("HarImport", "request body not in the HAR"));
        return {};
    }
    QByteArray body;
    for (const QJsonValue &value : params) {
        const QJsonObject param = value.toObject();
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(param.value("name"_L1).toString()) + '=' +
                QUrl::toPercentEncoding(param.value("value"_L1).toString());
    }
    notes.append(QCoreApplication::translate("HarImport", "request body rebuilt from postData.params"));
    return body;
}

QByteArray responseText(const QJsonObject &response, QStringList &notes)
{
    const int status = response.value("status"_L1).toInt();
    if (status <= 0) {
        // Devtools write status 0 for a request that got no answer (blocked, failed, aborted).
        const QString error = response.value("_error"_L1).toString();
        notes.append(error.isEmpty() ? QCoreApplication::translate("HarImport", "no response in the HAR (status 0)")
                                     : QCoreApplication::translate("HarImport", "no response: %1").arg(error));
        return {};
    }
    QByteArray raw = versionText(response.value("httpVersion"_L1).toString()) + ' ' + QByteArray::number(status);
    const QString reason = response.value("statusText"_L1).toString();
    if (!reason.isEmpty())
        raw += ' ' + reason.toUtf8();
    raw += "\r\n";
    appendHeaders(raw, response.value("headers"_L1).toArray());
    raw += "\r\n";
    const QJsonObject content = response.value("content"_L1).toObject();
    if (content.contains("text"_L1)) {
        bool base64 = false;
        raw += decoded(content, &base64);
    } else if (content.value("size"_L1).toDouble() > 0) {
        notes.append(QCoreApplication::translate("HarImport", "response body not in the HAR (%1 bytes)")
                         .arg(qint64(content.value("size"_L1).toDouble())));
    }
    return raw;
}

// One entry, or a reason why it cannot be one.
std::optional<HttpExchange> readEntry(const QJsonObject &entry, QString *why, QStringList &notes)
{
    const QJsonObject request = entry.value("request"_L1).toObject();
    const QByteArray method = request.value("method"_L1).toString().toLatin1();
    const QString url = request.value("url"_L1).toString();
    if (!entry.value("request"_L1).isObject()) {
        *why = QCoreApplication::translate("HarImport", "no request");
        return std::nullopt;
    }
    if (method.isEmpty() || url.isEmpty()) {
        *why = method.isEmpty() ? QCoreApplication::translate("HarImport", "no request.method")
                                : QCoreApplication::translate("HarImport", "no request.url");
        return std::nullopt;
    }

    HttpExchange e;
    e.imported = true;
    e.clientAddress = u"imported"_s; // so that `client:imported` finds them in the filter
    e.method = method;
    e.target = targetOf(url, method);
    e.origin = originOf(url);
    e.connectionId = entry.value("connection"_L1).toString().toULongLong();
    e.started = QDateTime::fromString(entry.value("startedDateTime"_L1).toString(), Qt::ISODateWithMs);
    const double time = entry.value("time"_L1).toDouble();
    if (e.started.isValid())
        e.finished = e.started.addMSecs(qMax<qint64>(0, qRound64(time)));

    e.rawRequest = method + ' ' + e.target + ' ' + versionText(request.value("httpVersion"_L1).toString()) + "\r\n";
    appendHeaders(e.rawRequest, request.value("headers"_L1).toArray());
    e.rawRequest += "\r\n";
    e.rawRequest += requestBody(request, notes);

    if (entry.value("response"_L1).isObject()) {
        const QJsonObject response = entry.value("response"_L1).toObject();
        e.status = qMax(0, response.value("status"_L1).toInt());
        e.rawResponse = responseText(response, notes);
    } else {
        notes.append(QCoreApplication::translate("HarImport", "no response in the HAR"));
    }
    e.requestBytes = e.rawRequest.size();
    e.responseBytes = e.rawResponse.size();
    return e;
}

} // namespace

HarImport parseHar(const QByteArray &json, const QString &sourceName, const HarImportLimits &limits)
{
    HarImport result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QCoreApplication::translate("HarImport", "%1 is not valid JSON: %2 at byte %3")
                           .arg(sourceName, parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonObject log = document.object().value("log"_L1).toObject();
    if (!document.isObject() || log.isEmpty()) {
        result.error =
            QCoreApplication::translate("HarImport", "%1 is not a HAR file: it has no \"log\" object").arg(sourceName);
        return result;
    }
    const QString version = log.value("version"_L1).toString();
    if (!version.isEmpty() && version != "1.1"_L1 && version != "1.2"_L1) {
        result.error =
            QCoreApplication::translate("HarImport", "%1 is HAR version %2; StatusDeck reads versions 1.1 and 1.2")
                .arg(sourceName, version);
        return result;
    }
    if (!log.value("entries"_L1).isArray()) {
        result.error = QCoreApplication::translate("HarImport", "%1 is not a HAR file: its log has no \"entries\" list")
                           .arg(sourceName);
        return result;
    }
    const QJsonArray entries = log.value("entries"_L1).toArray();
    result.entriesInFile = entries.size();
    QStringList skippedWhy;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (result.exchanges.size() >= limits.maxEntries) {
            result.leftOut = entries.size() - i;
            break;
        }
        QString why;
        QStringList notes;
        std::optional<HttpExchange> exchange = readEntry(entries.at(i).toObject(), &why, notes);
        if (!exchange) {
            ++result.skipped;
            if (skippedWhy.size() < 3)
                skippedWhy.append(QCoreApplication::translate("HarImport", "entry %1: %2").arg(i + 1).arg(why));
            continue;
        }
        exchange->requestTruncated = ExchangeLog::cap(exchange->rawRequest, limits.maxRawBytes);
        exchange->responseTruncated = ExchangeLog::cap(exchange->rawResponse, limits.maxRawBytes);
        if (exchange->requestTruncated || exchange->responseTruncated) {
            ++result.truncated;
            notes.append(
                QCoreApplication::translate("HarImport", "cut at %1 KiB per side").arg(limits.maxRawBytes / 1024));
        }
        QString note = QCoreApplication::translate("HarImport", "%1, entry %2 of %3")
                           .arg(sourceName)
                           .arg(i + 1)
                           .arg(entries.size());
        if (!notes.isEmpty())
            note += u"; "_s + notes.join(u"; "_s);
        exchange->importNote = note;
        result.exchanges.append(std::move(*exchange));
    }
    if (result.skipped > 0)
        result.warnings.append(
            QCoreApplication::translate("HarImport", "%n entry(s) skipped (%1)", nullptr, int(result.skipped))
                .arg(skippedWhy.join(u"; "_s)));
    if (result.leftOut > 0)
        result.warnings.append(QCoreApplication::translate("HarImport",
                                                           "only the first %1 entries were read; %n more left out",
                                                           nullptr, int(result.leftOut))
                                   .arg(limits.maxEntries));
    if (result.truncated > 0)
        result.warnings.append(QCoreApplication::translate("HarImport", "%n entry(s) cut at %1 KiB per side", nullptr,
                                                           int(result.truncated))
                                   .arg(limits.maxRawBytes / 1024));
    return result;
}

HarImport readHarFile(const QString &path, const HarImportLimits &limits)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        HarImport result;
        result.error =
            QCoreApplication::translate("HarImport", "%1 could not be read: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > limits.maxFileBytes) {
        HarImport result;
        result.error =
            QCoreApplication::translate("HarImport", "%1 is %2 MiB; StatusDeck opens HAR files of up to %3 MiB")
                .arg(name)
                .arg(file.size() / (1024 * 1024))
                .arg(limits.maxFileBytes / (1024 * 1024));
        return result;
    }
    return parseHar(file.readAll(), name, limits);
}

} // namespace statusdeck
