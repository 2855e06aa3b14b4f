#pragma once

#include "catalog/Card.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace statusdeck {

// A problem found while reading card data: which file, which field, what is wrong.
struct LoadIssue {
    QString file;
    QString field; // empty when the whole file is unreadable
    QString message;

    QString toString() const;
};

// The *.json files of a data folder (cards, snippet templates) in name order; a file that
// cannot be read becomes an issue, the rest are returned.
struct DataFile {
    QString name;
    QByteArray bytes;
};
QList<DataFile> readJsonFiles(const QString &directory, QList<LoadIssue> *issues);

// Reads one card from its JSON form (the format documented in README.md, "Card data").
// Returns nothing and appends to issues when a required field is missing or malformed;
// checks only what the file alone can show (the catalog tests check quotes and examples).
std::optional<Card> parseCard(const QByteArray &json, const QString &fileName, QList<LoadIssue> *issues);

} // namespace statusdeck
