#pragma once

#include "http/HttpExchange.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace statusdeck {

// Reads a HAR file (1.1 or 1.2: `serve --har`, browser devtools, proxies) into exchanges for
// the sandbox's log, marked imported. Each entry's request and response are rebuilt as HTTP
// text from the HAR's fields, in the HAR's order: the request line (or status line), every
// header as listed (HTTP/2 pseudo-headers such as ":authority" included), a blank line and
// the body from postData.text or content.text (base64 decoded where "encoding" says so).
// What the HAR does not have (a body devtools left out, sizes of -1) stays out and is named
// in the entry's importNote. Fields starting with "_" (devtools' own) are ignored.
struct HarImportLimits {
    qint64 maxFileBytes = 64 * 1024 * 1024; // a larger file is refused before it is read
    qsizetype maxEntries = 10000;           // the first ones are read, the rest counted
    qsizetype maxRawBytes = 64 * 1024;      // per side, as the live log keeps them
};

struct HarImport {
    QList<HttpExchange> exchanges; // in the HAR's order
    QString error;                 // non-empty: nothing was read (not JSON, not a HAR, ...)
    QStringList warnings;          // entries skipped or cut, for the user
    qsizetype entriesInFile = 0;
    qsizetype skipped = 0;   // entries without what an exchange needs (method, URL, status)
    qsizetype leftOut = 0;   // entries over maxEntries
    qsizetype truncated = 0; // entries with a side cut at maxRawBytes

    bool ok() const { return error.isEmpty(); }
};

// sourceName is what importNote calls the file ("devtools.har").
HarImport parseHar(const QByteArray &json, const QString &sourceName, const HarImportLimits &limits = {});
HarImport readHarFile(const QString &path, const HarImportLimits &limits = {});

} // namespace statusdeck
