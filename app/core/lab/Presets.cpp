#include "lab/Presets.h"

#include "lab/RequestText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace statusdeck::lab {

namespace {

// The names in presets.json, so that lupdate finds them (it does not read JSON).
[[maybe_unused]] const char *const kNames[] = {
    QT_TRANSLATE_NOOP("statusdeck::lab::Preset", "POST through a 302"),
    QT_TRANSLATE_NOOP("statusdeck::lab::Preset", "POST through a 307"),
    QT_TRANSLATE_NOOP("statusdeck::lab::Preset", "PUT through a 303"),
    QT_TRANSLATE_NOOP("statusdeck::lab::Preset", "DELETE through a 301"),
    QT_TRANSLATE_NOOP("statusdeck::lab::Preset", "Authorization across origins"),
    QT_TRANSLATE_NOOP("statusdeck::lab::Preset", "A chain of three redirects"),
    QT_TRANSLATE_NOOP("statusdeck::lab::Preset", "A redirect loop"),
};

} // namespace

QUrl Preset::url(const QUrl &mainOrigin, const QUrl &secondOrigin) const
{
    QUrl url = mainOrigin.resolved(QUrl(path));
    QUrlQuery items;
    for (const auto &[item, value] : query) {
        QString text = value;
        if (item == secondOriginItem && !secondOrigin.isEmpty())
            text = secondOrigin.resolved(QUrl(value)).toString(QUrl::FullyEncoded);
        // Encoded here, so a '%', '&' or '+' in a value is data, never a delimiter.
        items.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item)),
                           QString::fromLatin1(QUrl::toPercentEncoding(text)));
    }
    if (!items.isEmpty())
        url.setQuery(items);
    return url;
}

QString Preset::displayName() const
{
    return QCoreApplication::translate("statusdeck::lab::Preset", name.toUtf8().constData());
}

QList<Preset> parsePresets(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("statusdeck::lab::Preset", "the presets are not a JSON object: %1")
                         .arg(parseError.errorString());
        return {};
    }
    QList<Preset> list;
    const QJsonArray array = document.object().value(u"presets"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        Preset preset;
        preset.name = object.value(u"name"_s).toString();
        preset.method = object.value(u"method"_s).toString(u"GET"_s).toLatin1();
        preset.path = object.value(u"path"_s).toString();
        if (preset.name.isEmpty() || preset.path.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("statusdeck::lab::Preset", "preset %1 needs a name and a path")
                             .arg(i + 1);
            continue;
        }
        for (const QJsonValue &item : object.value(u"query"_s).toArray()) {
            const QJsonArray pair = item.toArray();
            preset.query.append({pair.at(0).toString(), pair.at(1).toString()});
        }
        preset.secondOriginItem = object.value(u"second_origin"_s).toString();
        QStringList lines;
        for (const QJsonValue &line : object.value(u"headers"_s).toArray())
            lines.append(line.toString());
        preset.headers = parseHeaderLines(lines.join(u'\n'));
        preset.body = object.value(u"body"_s).toString().toUtf8();
        list.append(preset);
    }
    return list;
}

QList<Preset> loadPresets(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("statusdeck::lab::Preset", "cannot read %1: %2")
                         .arg(path, file.errorString());
        return {};
    }
    return parsePresets(file.readAll(), error);
}

} // namespace statusdeck::lab
