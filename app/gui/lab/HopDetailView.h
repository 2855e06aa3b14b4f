#pragma once

#include "http/HttpExchange.h"

#include <QStringList>
#include <QWidget>

#include <optional>

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

class RawBytesView;
class RawModeBar;

// What the pane shows of one hop: the exchange as the sandbox logged it, or, where it logged
// none, a text rebuilt from what the client sent and got (which says so at its top).
struct HopRaw {
    std::optional<HttpExchange> logged;
    QString rebuilt;
    // Both sides as one text (lab::exchangeText), or the rebuilt text.
    QString text() const;
};

// The lab's detail pane: a summary with a link to the status card, the hop timeline with what
// changed from one hop to the next, and the selected hop's request and response as the sandbox
// logged them (RawBytesView, with the Sandbox page's toggles for line ends and hex).
class HopDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit HopDetailView(QWidget *parent = nullptr);

    // A cell of the matrix or the comparison; the raw bytes are what the sandbox logged.
    void showCell(const lab::MatrixCell &cell, const QString &clientName, const ExchangeLog *log);
    // Any hops with their raw bytes (one per hop) under a rich-text summary; notes: more lines per
    // hop (the rules behind it), may be shorter than hops.
    void showHops(const QList<lab::MatrixHop> &hops, const QList<HopRaw> &raw, const QString &summary,
                  const QList<QStringList> &notes = {});

    // A rule as rich text: its citation linked to where to read it, its text, a link to its card.
    static QString ruleHtml(const QString &id);
    // What a decision's rules say, one plain line each, for the hop timeline: the method's rule,
    // then "−Authorization: Fetch standard, 4.4 HTTP-redirect fetch" per removed header.
    static QStringList ruleLines(const lab::RedirectDecision &decision);
    // Nothing selected: no hops, and a hint (or nothing).
    void clear(const QString &hint = {});

    QListWidget *timeline() const { return m_timeline; }
    RawBytesView *requestView() const { return m_request; }
    RawBytesView *responseView() const { return m_response; }
    RawModeBar *rawModeBar() const { return m_rawMode; }
    QString summaryText() const;

Q_SIGNALS:
    void cardRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showHop(int row);
    void fitSummary();
    void recolour();

    QLabel *m_summary;
    QListWidget *m_timeline;
    RawBytesView *m_request;
    RawBytesView *m_response;
    RawModeBar *m_rawMode;
    QList<HopRaw> m_raw;
};

} // namespace statusdeck::gui
