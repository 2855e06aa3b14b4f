#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace statusdeck {
class ExchangeLog;
}

namespace statusdeck::lab {
struct RedirectDecision;
struct MatrixCell;
struct MatrixHop;
} // namespace statusdeck::lab

namespace statusdeck::gui {

class CodeEditor;

// The lab's detail pane: a summary with a link to the status card, the hop timeline with what
// changed from one hop to the next, and the raw text of the selected hop.
class HopDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit HopDetailView(QWidget *parent = nullptr);

    // A cell of the matrix or the comparison; the raw text is what the sandbox logged.
    void showCell(const lab::MatrixCell &cell, const QString &clientName, const ExchangeLog *log);
    // Any hops with their raw texts (one per hop) under a rich-text summary; notes: more lines per
    // hop (the rules behind it), may be shorter than hops.
    void showHops(const QList<lab::MatrixHop> &hops, const QStringList &raw, const QString &summary,
                  const QList<QStringList> &notes = {});

    // A rule as rich text: its citation linked to where to read it, its text, a link to its card.
    static QString ruleHtml(const QString &id);
    // What a decision's rules say, one plain line each, for the hop timeline: the method's rule,
    // then "−Authorization: Fetch standard, 4.4 HTTP-redirect fetch" per removed header.
    static QStringList ruleLines(const lab::RedirectDecision &decision);
    // Nothing selected: no hops, and a hint (or nothing).
    void clear(const QString &hint = {});

    QListWidget *timeline() const { return m_timeline; }
    CodeEditor *rawView() const { return m_raw; }
    QString summaryText() const;

Q_SIGNALS:
    void cardRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showHop(int row);
    void recolour();

    QLabel *m_summary;
    QListWidget *m_timeline;
    CodeEditor *m_raw;
    QStringList m_rawTexts;
};

} // namespace statusdeck::gui
