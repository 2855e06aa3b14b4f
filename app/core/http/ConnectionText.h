#pragma once

// What HttpConnection says and checks besides moving bytes: the Date header, the
// authority a request is addressed to, and the words of its refusals.

#include "http/HttpMessage.h"
#include "http/Limits.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace statusdeck::connectiontext {

// IMF-fixdate, formatted once a second per thread.
QByteArray httpDate(const QDateTime &utc);

// An absolute-form target's authority wins over Host (RFC 9112, section 3.2.2); nullopt
// when there is neither (HTTP/1.0 without Host).
std::optional<QByteArray> addressedTo(const HttpMessage &request);

// The body of a refusal for a request the parser stopped (414, 431, 413, 400, 501, 505).
QString parseRefusal(int status, const QString &reason, const QByteArray &errorName, const HttpLimits &limits);

QByteArray misdirected(const QByteArray &authority);

} // namespace statusdeck::connectiontext
