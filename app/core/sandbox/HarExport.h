#pragma once

#include "http/HttpExchange.h"

#include <QJsonObject>
#include <QList>

namespace statusdeck {

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), as browser devtools import it.
// Headers and bodies are re-parsed from the logged raw bytes; a truncated or unparsable
// side keeps what could be read and says so in the entry's comment.
QJsonObject harDocument(const QList<HttpExchange> &exchanges);

// Writes the document atomically (QSaveFile): the file is either the old one or the whole new one.
bool writeHar(const QString &path, const QList<HttpExchange> &exchanges, QString *error = nullptr);

} // namespace statusdeck
