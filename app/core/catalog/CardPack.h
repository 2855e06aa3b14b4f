#pragma once

#include "catalog/Card.h"
#include "catalog/CardLoader.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace statusdeck {

// The built-in cards in a compact binary form, made once at build time by statusdeck_cardpack
// (app/tools/cardpack.cpp) from resources/cards, so that the app starts without parsing JSON.
// A file that does not parse is kept as its JSON and parsed at load time, so that its
// problems are reported (and translated) exactly as with the JSON files.
// Adding a field to Card means adding it here too: tst_cardpack compares the two forms.
struct PackedCard {
    QString fileName;
    std::optional<Card> card; // parsed at build time
    QByteArray json;          // only when card is empty
};

QByteArray packCards(const QList<DataFile> &files);
// Nothing when the bytes are not a pack of this format version.
std::optional<QList<PackedCard>> unpackCards(const QByteArray &pack);

} // namespace statusdeck
