#pragma once

#include "catalog/Card.h"
#include "catalog/CardLoader.h"
#include "util/MiniTemplate.h"

#include <QList>
#include <QString>

namespace statusdeck {

// One framework's snippet template (resources/snippets/<id>.json).
struct SnippetTemplate {
    QString id;        // "express"
    QString framework; // "Express"
    QString platform;  // "Node.js"
    QString language;  // "javascript": picks the highlighter
    QString escape;    // how values are quoted in the code: "single", "double", "php", "ruby", "apache", "none"
    int order = 0;     // position in the framework chooser
    // How the tests know it works: "run" (run in the real framework by tests/snippets) or
    // "reviewed" (no runtime here); the note names the versions run, or why not.
    QString verification;
    QString note;
    QString source;
};

struct Snippet {
    QString frameworkId;
    QString framework;
    QString platform;
    QString language;
    QString code;
};

// Makes a card's snippets from per-framework templates plus what the card's data says
// the code needs (headers, whether content is allowed, a body), so a new framework is
// one template file and a new card needs no code.
class SnippetLibrary
{
public:
    static SnippetLibrary loadBuiltIn();
    static SnippetLibrary loadFromDirectory(const QString &directory);

    const QList<SnippetTemplate> &templates() const { return m_templates; }
    const QList<LoadIssue> &issues() const { return m_issues; }
    const SnippetTemplate *findTemplate(const QString &id) const;

    Snippet generate(const Card &card, const SnippetTemplate &snippetTemplate) const;
    QList<Snippet> generateAll(const Card &card) const;

    // The values a template sees for a card; public for tests.
    static QVariantMap context(const Card &card);

private:
    void loadFiles(const QString &directory);

    QList<SnippetTemplate> m_templates;
    QList<LoadIssue> m_issues;
};

} // namespace statusdeck
