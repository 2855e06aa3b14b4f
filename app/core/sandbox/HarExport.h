#pragma once

#include "http/HttpExchange.h"
#include "util/AtomicFile.h" // writeAll()

#include <QJsonObject>
#include <QList>

class QIODevice;

namespace statusdeck {

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), as browser devtools import it.
// Headers and bodies are re-parsed from the logged raw bytes; a truncated or unparsable
// side keeps what could be read and says so in the entry's comment.
QJsonObject harDocument(const QList<HttpExchange> &exchanges);

// Writes the document atomically (writeFileAtomically): the file is either the old one or the
// whole new one. Any failed write, flush or commit leaves the old file and returns false with why.
bool writeHar(const QString &path, const QList<HttpExchange> &exchanges, QString *error = nullptr);

} // namespace statusdeck
