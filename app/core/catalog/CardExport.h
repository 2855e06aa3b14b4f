#pragma once

#include "catalog/Card.h"
#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace statusdeck {

// The forms a card leaves the app in: JSON (the export format documented in README.md),
// readable text for `statusdeck show`, one-line summaries for `list`, and Markdown.
QJsonObject cardToJson(const Card &card, const SnippetLibrary &snippets);
QByteArray catalogToJson(const Catalog &catalog, const SnippetLibrary &snippets);

QString cardToText(const Card &card, const SnippetLibrary &snippets, const QString &frameworkId = {});
QString cardListLine(const Card &card);

QString cardToMarkdown(const Card &card, const SnippetLibrary &snippets);
QString catalogToMarkdown(const Catalog &catalog, const SnippetLibrary &snippets);

// "Standard", "Unofficial (nginx)", ... translated, for display.
QString registryLabel(const Card &card);
// "Permanent; the method is preserved" ... translated, for display.
QString redirectLabel(const RedirectInfo &redirect);

} // namespace statusdeck
