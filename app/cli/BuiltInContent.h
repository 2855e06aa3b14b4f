#pragma once

#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"

class QTextStream;

namespace statusdeck::cli {

// The built-in cards and snippet templates, as `show`, `list` and `export` use them.
struct BuiltInContent {
    Catalog catalog;
    SnippetLibrary snippets;
};

// Loads them and reports broken files on err; the rest is still usable.
BuiltInContent loadBuiltInContent(QTextStream &err);

// Resolves a code or card id; prints a "did you mean" message and returns null when unknown.
const Card *resolveCard(const Catalog &catalog, const QString &argument, QTextStream &err);

} // namespace statusdeck::cli
