#pragma once

#include "http/Headers.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace statusdeck::lab {

// A ready-made experiment for the request composer, read from resources/lab/presets.json.
// Its URL is built with QUrl and QUrlQuery from parts, never by replacing text in a string:
// a path with "%2F" in it stays what it is.
struct Preset {
    QString name; // English; translated with QCoreApplication::translate("statusdeck::lab::Preset", ...)
    QByteArray method;
    QString path;                         // on the sandbox's main origin, without the leading slash: "redirect-to"
    QList<QPair<QString, QString>> query; // decoded pairs, in order
    // The query item that names the redirect's target, when it goes to the second origin:
    // its value is the path on that origin ("anything").
    QString secondOriginItem;
    HeaderList headers;
    QByteArray body;

    // The URL on a sandbox with these origins.
    QUrl url(const QUrl &mainOrigin, const QUrl &secondOrigin) const;
    QString displayName() const;
};

// The presets in order; problems (a file that does not parse) go to error.
QList<Preset> loadPresets(const QString &path = QStringLiteral(":/lab/presets.json"), QString *error = nullptr);
// Parses one document; the same rules as loadPresets.
QList<Preset> parsePresets(const QByteArray &json, QString *error = nullptr);

} // namespace statusdeck::lab
