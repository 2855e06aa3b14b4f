#pragma once

#include <QHash>
#include <QString>

// The RFC texts in ../shared/rfc, normalised so card quotes can be matched word for word
// (rules from that folder's README: page furniture dropped, hyphenated line breaks
// joined, whitespace collapsed, dashes and curly quotes folded).
class RfcCorpus
{
public:
    // STATUSDECK_RFC_DIR from the environment, else the path configured at build time.
    static QString directory();
    bool isAvailable() const;

    // The file for "RFC 9110" or "IANA HTTP Status Code Registry"; empty if not in the folder.
    QString fileFor(const QString &document) const;
    // Normalised text of a document; empty if not in the folder. The IANA registry is its
    // text table followed by its XML, so a description can be quoted whole from either.
    QString text(const QString &document);

    static QString normalise(const QString &text, bool paginated);

private:
    QHash<QString, QString> m_cache;
};
