#pragma once

#include "http/Headers.h"

#include <QByteArray>

namespace statusdeck {

// One parsed HTTP/1.x message, request or response.
struct HttpMessage {
    // Request
    QByteArray method;
    QByteArray target;
    // Response
    int status = 0;
    QByteArray reason;

    int versionMajor = 1;
    int versionMinor = 1;
    HeaderList headers;
    QByteArray body; // de-chunked
    bool keepAlive = false;
    bool upgrade = false;
    QByteArray raw; // the message's bytes exactly as they arrived (filled by HttpParser)

    // First value of a header, compared case-insensitively; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

} // namespace statusdeck
