#pragma once

// Key checks for JSON the app writes (exports, HAR, matrix output), shared by the suites.

#include <QJsonObject>
#include <QStringList>

namespace statusdeck::testsupport {

// The keys of `required` that `object` lacks, in the order given: empty when all are there.
inline QStringList missingKeys(const QJsonObject &object, const QStringList &required)
{
    QStringList missing;
    for (const QString &key : required) {
        if (!object.contains(key))
            missing.append(key);
    }
    return missing;
}

} // namespace statusdeck::testsupport
