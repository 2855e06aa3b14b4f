#include "lab/HopDetailView.h"

#include "CodeEditor.h"
#include "Theme.h"
#include "lab/BrowserPage.h"
#include "lab/MatrixCell.h"
#include "lab/MatrixObserve.h"
#include "lab/RequestText.h"
#include "sandbox/ExchangeLog.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
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
    , m_raw(new CodeEditor(this))
{
    setObjectName(u"hopDetail"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setObjectName(u"cellSummary"_s);
    m_timeline->setObjectName(u"hopTimeline"_s);
    m_timeline->setAccessibleName(tr("Hops"));
    m_raw->setLanguage(u"http"_s);
    m_raw->setAccessibleName(tr("Raw bytes of the hop"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_timeline);
    split->addWidget(m_raw);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_summary, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT cardRequested(QUrl(link).path()); });
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

void HopDetailView::showCell(const lab::MatrixCell &cell, const QString &clientName, const ExchangeLog *log)
{
    QStringList summary;
    summary.append(tr("<b>%1 into %2</b> with %3. <a href='card:%2'>Open the %2 card</a>")
                       .arg(QString::fromLatin1(cell.method), QString::number(cell.code), clientName.toHtmlEscaped()));
    if (!cell.prediction.explanation.isEmpty())
        summary.append(tr("Profile: %1").arg(cell.prediction.explanation.toHtmlEscaped()));
    if (!cell.error.isEmpty())
        summary.append(tr("Stopped: %1").arg(cell.error.toHtmlEscaped()));
    if (!cell.mismatch.isEmpty())
        summary.append(u"<b>⚠ "_s + cell.mismatch.toHtmlEscaped() + u"</b>"_s);
    if (!cell.command.isEmpty())
        summary.append(tr("Command: <code>%1</code>").arg(cell.command.toHtmlEscaped()));

    QStringList raw;
    for (const lab::MatrixHop &hop : cell.hops) {
        const auto exchange = log ? log->entry(hop.exchangeId) : std::nullopt;
        raw.append(exchange ? lab::exchangeText(*exchange) : tr("[… this exchange has left the sandbox's log …]"));
    }
    showHops(cell.hops, raw, summary.join(u"<br/>"_s));
}

void HopDetailView::showHops(const QList<lab::MatrixHop> &hops, const QStringList &raw, const QString &summary)
{
    m_summary->setText(summary);
    m_timeline->clear();
    m_raw->setCode({});
    m_rawTexts = raw;
    for (qsizetype i = 0; i < hops.size(); ++i) {
        const lab::MatrixHop &hop = hops.at(i);
        // One arg() call: a target holds %2F and the like, which chained arg() calls would replace.
        QString line = tr("%1. %2 %3 → %4")
                           .arg(QString::number(i + 1), QString::fromLatin1(hop.method),
                                QString::fromLatin1(hop.target).left(90), QString::number(hop.status));
        if (!hop.body.isEmpty())
            line += u" ("_s + tr("body %n byte(s)", nullptr, int(hop.body.size())) + u')';
        const QStringList changed = i > 0 ? lab::hopChanges(hops.at(i - 1), hop) : QStringList();
        if (i > 0)
            line += u"\n    "_s + (changed.isEmpty() ? tr("nothing changed") : changed.join(u"; "_s));
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
}

void HopDetailView::showHop(int row)
{
    if (row >= 0 && row < m_rawTexts.size())
        m_raw->setCode(m_rawTexts.at(row));
}

} // namespace statusdeck::gui
