#pragma once

#include "http/Limits.h"

#include <QByteArray>
#include <QString>

namespace statusdeck {

// The HTML page the sandbox serves at "/": what each endpoint does, forms that POST into
// redirects, and the limits. Every value taken from the request is HTML-escaped.
QByteArray landingPage(const QString &hostHeader, const QString &otherOrigin, const HttpLimits &limits = {});

} // namespace statusdeck
