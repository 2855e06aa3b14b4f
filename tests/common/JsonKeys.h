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

// The keys every cell of `statusdeck matrix --format json` has (README, "Redirect lab").
inline QStringList matrixCellKeys()
{
    using namespace Qt::StringLiterals;
    return {u"code"_s, u"method"_s, u"next_method"_s, u"body_kept"_s, u"headers_dropped"_s, u"error"_s};
}

} // namespace statusdeck::testsupport
