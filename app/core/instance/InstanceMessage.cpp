#include "instance/InstanceMessage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace statusdeck::instance {

namespace {

const QString kVersionKey = u"statusdeck"_s;

// A JSON object of this protocol's version from one line, or nullopt with why.
std::optional<QJsonObject> readLine(const QByteArray &line, QString *why)
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (line.size() > kMaxMessageBytes)
        return fail(u"longer than %1 bytes"_s.arg(kMaxMessageBytes));
    QByteArray text = line;
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.contains('\n'))
        return fail(u"more than one line"_s);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(u"not a JSON object"_s);
    const QJsonObject object = document.object();
    const QJsonValue version = object.value(kVersionKey);
    if (!version.isDouble())
        return fail(u"no protocol version"_s);
    if (version.toDouble() != kProtocolVersion)
        return fail(u"protocol version %1, not %2"_s.arg(version.toDouble()).arg(kProtocolVersion));
    return object;
}

// A string field; absent is empty, anything but a string is an error.
bool stringField(const QJsonObject &object, const QString &key, QString &out, QString *why)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isString()) {
        if (why)
            *why = u"'%1' is not a string"_s.arg(key);
        return false;
    }
    out = value.toString();
    return true;
}

} // namespace

QByteArray encodeRequest(const Request &request)
{
    const QJsonObject object{{kVersionKey, kProtocolVersion}, {u"type"_s, u"open"_s},      {u"card"_s, request.card},
                             {u"page"_s, request.page},       {u"theme"_s, request.theme}, {u"file"_s, request.file}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<Request> decodeRequest(const QByteArray &line, QString *why)
{
    const std::optional<QJsonObject> object = readLine(line, why);
    if (!object)
        return std::nullopt;
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (object->value("type"_L1).toString() != "open"_L1)
        return fail(u"not an 'open' request"_s);
    Request request;
    if (!stringField(*object, u"card"_s, request.card, why) || !stringField(*object, u"page"_s, request.page, why) ||
        !stringField(*object, u"theme"_s, request.theme, why) || !stringField(*object, u"file"_s, request.file, why))
        return std::nullopt;
    // The same checks as the command line's, so a forged request can do no more than it.
    if (request.card.size() > 64 || request.card.contains(u'\n'))
        return fail(u"not a card id"_s);
    if (!request.page.isEmpty() && request.page != "reference"_L1 && request.page != "sandbox"_L1 &&
        request.page != "lab"_L1)
        return fail(u"unknown page"_s);
    if (!request.theme.isEmpty() && request.theme != "light"_L1 && request.theme != "dark"_L1)
        return fail(u"unknown theme"_s);
    if (!request.file.isEmpty() && !QDir::isAbsolutePath(request.file))
        return fail(u"the file is not an absolute path"_s);
    return request;
}

QByteArray encodeReply(const Reply &reply)
{
    const QJsonObject object{
        {kVersionKey, kProtocolVersion}, {u"status"_s, reply.status}, {u"message"_s, reply.message}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<Reply> decodeReply(const QByteArray &line, QString *why)
{
    const std::optional<QJsonObject> object = readLine(line, why);
    if (!object)
        return std::nullopt;
    Reply reply;
    reply.status = qBound(0, object->value("status"_L1).toInt(1), 2);
    if (!stringField(*object, u"message"_s, reply.message, why))
        return std::nullopt;
    return reply;
}

QString serverName(const QString &userName, const QString &settingsFile)
{
    QString safe;
    for (const QChar c : userName) {
        if (safe.size() >= 16)
            break;
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-')
            safe += c;
    }
    if (safe.isEmpty())
        safe = u"user"_s;
    const QByteArray hash =
        QCryptographicHash::hash((userName + u'\n' + settingsFile).toUtf8(), QCryptographicHash::Sha256).toHex();
    return u"statusdeck-"_s + safe + u'-' + QString::fromLatin1(hash.left(12));
}

QString defaultServerName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = QDir::home().dirName();
    const QString name = serverName(user, QSettings().fileName());
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(name);
#endif
    return name;
}

} // namespace statusdeck::instance
