#include "lab/HopDetailView.h"

#include "PageScrollArea.h"
#include "RawModeBar.h"
#include "Theme.h"
#include "lab/BrowserPage.h"
#include "lab/ClientProfile.h"
#include "lab/MatrixCell.h"
#include "lab/MatrixObserve.h"
#include "lab/RequestText.h"
#include "lab/Rules.h"
#include "sandbox/ExchangeLog.h"
#include "sandbox/RawBytesView.h"

#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {
constexpr int kChangedRole = Qt::UserRole + 1;
}

HopDetailView::HopDetailView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_timeline(new QListWidget(this))
    , m_request(new RawBytesView(this))
    , m_response(new RawBytesView(this))
    , m_rawMode(new RawModeBar(this))
{
    setObjectName(u"hopDetail"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setObjectName(u"cellSummary"_s);
    m_timeline->setObjectName(u"hopTimeline"_s);
    m_timeline->setAccessibleName(tr("Hops"));
    m_request->setObjectName(u"hopRequest"_s);
    m_request->setAccessibleName(tr("Request of the hop, as the sandbox received it"));
    m_response->setObjectName(u"hopResponse"_s);
    m_response->setAccessibleName(tr("Response of the hop, as the sandbox sent it"));
    m_rawMode->addView(m_request);
    m_rawMode->addView(m_response);

    // The selected hop's two sides, each with the pane's whole height, and how their bytes are
    // shown beside the tabs (a small window keeps its rows for the matrix).
    auto *raw = new QTabWidget(this);
    raw->setObjectName(u"hopRaw"_s);
    raw->setDocumentMode(true);
    raw->addTab(m_request, tr("Request"));
    raw->addTab(m_response, tr("Response"));
    raw->setCornerWidget(m_rawMode, Qt::TopRightCorner);
    // Three lines each at least: in a small window the matrix above keeps the room.
    for (RawBytesView *view : {m_request, m_response})
        view->setMinimumHeight(3 * view->fontMetrics().height());
    m_timeline->setMinimumHeight(3 * m_timeline->fontMetrics().height());

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_timeline);
    split->addWidget(raw);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == "card"_L1)
            Q_EMIT cardRequested(url.path());
        else if (url.scheme() == "https"_L1 || url.scheme() == "http"_L1)
            QDesktopServices::openUrl(url);
    });
    connect(m_timeline, &QListWidget::currentRowChanged, this, &HopDetailView::showHop);
}

QString HopDetailView::summaryText() const
{
    return m_summary->text();
}

void HopDetailView::clear(const QString &hint)
{
    showHops({}, {}, hint);
}

QString HopDetailView::ruleHtml(const QString &id)
{
    const lab::Rule *rule = lab::RuleBook::builtIn().find(id);
    if (!rule)
        return id.toHtmlEscaped();
    QString html = rule->url.isEmpty()
                       ? rule->citation().toHtmlEscaped()
                       : u"<a href='%1'>%2</a>"_s.arg(rule->url.toHtmlEscaped(), rule->citation().toHtmlEscaped());
    html += u": "_s + (rule->quote ? u"“"_s + rule->text.toHtmlEscaped() + u"”"_s : rule->text.toHtmlEscaped());
    if (!rule->card.isEmpty())
        html += u" "_s + tr("<a href='card:%1'>(the %1 card)</a>").arg(rule->card.toHtmlEscaped());
    return html;
}

QStringList HopDetailView::ruleLines(const lab::RedirectDecision &decision)
{
    QStringList lines;
    const auto citation = [](const QString &id) {
        const lab::Rule *rule = lab::RuleBook::builtIn().find(id);
        return rule ? rule->citation() : id;
    };
    if (!decision.rule.isEmpty())
        lines.append(tr("rule: %1").arg(citation(decision.rule)));
    for (const lab::HeaderDrop &drop : decision.drops)
        lines.append(tr("−%1: %2").arg(QString::fromLatin1(drop.name), citation(drop.rule)));
    return lines;
}

void HopDetailView::showCell(const lab::MatrixCell &cell, const QString &clientName, const ExchangeLog *log)
{
    QStringList summary;
    summary.append(tr("<b>%1 into %2</b> with %3. <a href='card:%2'>Open the %2 card</a>")
                       .arg(QString::fromLatin1(cell.method), QString::number(cell.code), clientName.toHtmlEscaped()));
    if (!cell.prediction.explanation.isEmpty())
        summary.append(tr("Profile: %1").arg(cell.prediction.explanation.toHtmlEscaped()));
    // The rules behind it: the decision's (for the method grid and a stop), then each removed
    // header's, or the rule on headers across origins when none is removed.
    const lab::RedirectDecision &decision = cell.prediction;
    if (!decision.rule.isEmpty() && (cell.scope.isEmpty() || decision.stop != lab::StopReason::None))
        summary.append(tr("Why: %1").arg(ruleHtml(decision.rule)));
    for (const lab::HeaderDrop &drop : decision.drops) {
        if (!drop.rule.isEmpty())
            summary.append(tr("Why −%1: %2").arg(QString::fromLatin1(drop.name).toHtmlEscaped(), ruleHtml(drop.rule)));
    }
    if (!cell.scope.isEmpty() && decision.drops.isEmpty() && !decision.headersRule.isEmpty())
        summary.append(tr("Why every header is kept: %1").arg(ruleHtml(decision.headersRule)));
    if (!cell.error.isEmpty())
        summary.append(tr("Stopped: %1").arg(cell.error.toHtmlEscaped()));
    if (!cell.mismatch.isEmpty())
        summary.append(u"<b>⚠ "_s +
                       (cell.versionNote.isEmpty() ? QString() : cell.versionNote.toHtmlEscaped() + u": "_s) +
                       cell.mismatch.toHtmlEscaped() + u"</b>"_s);
    if (!cell.command.isEmpty())
        summary.append(tr("Command: <code>%1</code>").arg(cell.command.toHtmlEscaped()));

    QList<HopRaw> raw;
    QList<QStringList> notes;
    for (const lab::MatrixHop &hop : cell.hops) {
        HopRaw bytes;
        bytes.logged = log ? log->entry(hop.exchangeId) : std::nullopt;
        if (!bytes.logged)
            bytes.rebuilt = tr("[… this exchange has left the sandbox's log …]");
        raw.append(bytes);
        // The profile's rules belong to the hop that followed the redirect.
        notes.append(hop.target.startsWith("/anything") ? ruleLines(decision) : QStringList());
    }
    showHops(cell.hops, raw, summary.join(u"<br/>"_s), notes);
}

void HopDetailView::showHops(const QList<lab::MatrixHop> &hops, const QList<HopRaw> &raw, const QString &summary,
                             const QList<QStringList> &notes)
{
    m_summary->setText(summary);
    fitSummary();
    m_timeline->clear();
    m_request->setBytes({});
    m_response->setBytes({});
    m_raw = raw;
    for (qsizetype i = 0; i < hops.size(); ++i) {
        const lab::MatrixHop &hop = hops.at(i);
        // One arg() call: a target holds %2F and the like, which chained arg() calls would replace.
        QString line = tr("%1. %2 %3 → %4")
                           .arg(QString::number(i + 1), QString::fromLatin1(hop.method),
                                QString::fromLatin1(hop.target).left(90), QString::number(hop.status));
        if (!hop.body.isEmpty())
            line += u" ("_s + tr("body %n byte(s)", nullptr, int(hop.body.size())) + u')';
        const QStringList changed = i > 0 ? lab::hopChanges(hops.at(i - 1), hop) : QStringList();
        if (i > 0) {
            line += u"\n    "_s + (changed.isEmpty() ? tr("nothing changed") : changed.join(u"; "_s));
            if (const QString origin = lab::originChangeText(hops.at(i - 1), hop); !origin.isEmpty())
                line += u"\n    "_s + origin;
        }
        for (const QString &note : notes.value(i))
            line += u"\n    "_s + note;
        // A browser's CORS preflight and its Origin header, explained.
        for (const QString &note : lab::browser::corsNotes(hop, QUrl()))
            line += u"\n    "_s + note;
        auto *item = new QListWidgetItem(line, m_timeline);
        item->setData(kChangedRole, !changed.isEmpty());
    }
    recolour();
    if (!hops.isEmpty())
        m_timeline->setCurrentRow(int(hops.size()) - 1);
}

void HopDetailView::recolour()
{
    const QColor changed = labChangeColor(palette());
    for (int row = 0; row < m_timeline->count(); ++row) {
        QListWidgetItem *item = m_timeline->item(row);
        if (item->data(kChangedRole).toBool())
            item->setForeground(changed);
    }
}

void HopDetailView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        recolour();
    else if (event->type() == QEvent::FontChange)
        fitSummary();
}

void HopDetailView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSummary();
}

void HopDetailView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitSummary(); // the resize on first showing comes before the widget is visible
}

void HopDetailView::fitSummary()
{
    // Every line of a long summary (the rules behind a cell) shown; the hops and bytes give way.
    if (isVisible())
        fitLabelHeight(m_summary, width());
}

QString HopRaw::text() const
{
    return logged ? lab::exchangeText(*logged) : rebuilt;
}

void HopDetailView::showHop(int row)
{
    if (row < 0 || row >= m_raw.size())
        return;
    const HopRaw &raw = m_raw.at(row);
    if (!raw.logged) {
        // Not bytes that went over the wire: the text says so, and there is no response of its own.
        m_request->setBytes(raw.rebuilt.toUtf8());
        m_response->setBytes({}, tr("the sandbox logged no bytes for this hop"));
        return;
    }
    RawBytesView::showExchange(m_request, m_response, *raw.logged);
}

} // namespace statusdeck::gui
