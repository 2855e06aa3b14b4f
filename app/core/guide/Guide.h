#pragma once

// "Which code should I use?": a tree of plain questions whose answers lead to another
// question or to a result that names a card and the RFC rule behind the choice. The tree
// is data (resources/guide/which-code.json); this class reads and checks it.

#include "catalog/Card.h"
#include "catalog/CardLoader.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace statusdeck {

class Catalog;

struct GuideAnswer {
    QString text;
    QString next;   // id of the next question, or empty
    QString result; // id of a result, or empty
};

struct GuideQuestion {
    QString id;
    QString text;
    QList<GuideAnswer> answers;
};

struct GuideResult {
    QString id;
    QString card; // card id
    QString why;
    RfcReference rule; // document and section; quote only where the card does not quote it
};

class Guide
{
public:
    static Guide loadBuiltIn();
    // Problems are reported in issues() with the file name; what is sound still loads.
    static Guide fromJson(const QByteArray &json, const QString &fileName);

    bool isEmpty() const { return m_questions.isEmpty(); }
    const QString &start() const { return m_start; }
    const QList<GuideQuestion> &questions() const { return m_questions; }
    const QList<GuideResult> &results() const { return m_results; }
    const QList<LoadIssue> &issues() const { return m_issues; }

    const GuideQuestion *question(const QString &id) const;
    const GuideResult *result(const QString &id) const;

    // What is wrong with the tree against a catalog: answers that lead nowhere, questions
    // that cannot be reached from the start, results whose card is missing or whose rule the
    // card does not quote (and that bring no quote of their own), cycles. Empty when sound.
    QStringList check(const Catalog &catalog) const;

private:
    QString m_start;
    QList<GuideQuestion> m_questions;
    QList<GuideResult> m_results;
    QList<LoadIssue> m_issues;
};

} // namespace statusdeck
