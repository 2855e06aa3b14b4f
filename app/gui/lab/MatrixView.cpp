#include "lab/MatrixView.h"

#include "PageScrollArea.h"
#include "Theme.h"
#include "lab/CellItems.h"
#include "lab/RedirectMatrix.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

MatrixView::MatrixView(QWidget *parent)
    : MatrixView(lab::grid::Kind::Methods, parent)
{}

MatrixView::MatrixView(lab::grid::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_run(new QPushButton(themedIcon(ActionIcon::Run),
                            kind == lab::grid::Kind::CrossOrigin ? tr("Run Cross-Origin Matrix") : tr("Run Matrix"),
                            this))
    , m_export(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableWidget(lab::grid::rowCount(kind), int(lab::grid::codes().size()), this))
    , m_legend(new QLabel(this))
{
    const bool crossOrigin = kind == lab::grid::Kind::CrossOrigin;
    m_run->setObjectName(crossOrigin ? u"runCrossOrigin"_s : u"runMatrix"_s);
    m_export->setObjectName(crossOrigin ? u"exportCrossOrigin"_s : u"exportMatrix"_s);
    m_export->setText(tr("Export"));
    m_export->setAccessibleName(crossOrigin ? tr("Export the cross-origin matrix") : tr("Export the matrix"));
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("As Markdown…"), this, [this] { Q_EMIT exportRequested(u"markdown"_s); })
        ->setObjectName(u"exportMarkdown"_s);
    menu->addAction(tr("As CSV…"), this, [this] { Q_EMIT exportRequested(u"csv"_s); })->setObjectName(u"exportCsv"_s);
    menu->addAction(tr("As JSON…"), this, [this] { Q_EMIT exportRequested(u"json"_s); })
        ->setObjectName(u"exportJson"_s);
    m_export->setMenu(menu);
    m_export->setEnabled(false);
    m_progress->setRange(0, lab::grid::rowCount(kind) * int(lab::grid::codes().size()));
    m_progress->setValue(0);
    m_progress->setMaximumWidth(220);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_run);
    bar->addWidget(m_progress);
    bar->addStretch(1);
    bar->addWidget(m_export);

    m_table->setObjectName(crossOrigin ? u"crossOriginTable"_s : u"matrixTable"_s);
    QStringList columns;
    for (int code : lab::grid::codes())
        columns.append(QString::number(code));
    QStringList rows;
    if (crossOrigin) {
        for (const QString &scope : lab::grid::scopes())
            rows.append(lab::grid::scopeText(scope));
    } else {
        for (const QByteArray &method : lab::grid::methods())
            rows.append(QString::fromLatin1(method) + (lab::grid::sendsBody(method) ? tr(" + body") : QString()));
    }
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setVerticalHeaderLabels(rows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(crossOrigin ? tr("Cross-origin matrix") : tr("Redirect matrix"));
    // Small enough that the legend below always keeps its room, also in a small window (700x450,
    // a 1400x900 screen at scale 2), where the rows scroll; they stretch when there is more room.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              std::min(3, lab::grid::rowCount(kind)) * (fontMetrics().height() + 4));

    m_legend->setObjectName(u"labLegend"_s);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    // The legend takes the height its text needs at the width it gets (fitLegend()); the table
    // gives way.
    updateLegend();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);

    connect(m_run, &QPushButton::clicked, this, &MatrixView::runRequested);
    connect(m_table, &QTableWidget::currentCellChanged, this, &MatrixView::currentCellChanged);
}

MatrixView::~MatrixView() = default;

bool MatrixView::isRunning() const
{
    return m_matrix && m_matrix->isRunning();
}

void MatrixView::start(const lab::MatrixClient &client, const QUrl &sandbox, ExchangeLog *log)
{
    start(client, sandbox, QUrl(), log);
}

void MatrixView::start(const lab::MatrixClient &client, const QUrl &sandbox, const QUrl &second, ExchangeLog *log,
                       const QList<int> &codes)
{
    m_matrix = std::make_unique<lab::RedirectMatrix>(client);
    m_matrix->setKind(m_kind);
    m_matrix->setCodes(codes);
    m_table->clearContents();
    m_progress->setValue(0);
    m_progress->setRange(0,
                         lab::grid::rowCount(m_kind) * int(codes.isEmpty() ? lab::grid::codes().size() : codes.size()));
    m_run->setEnabled(false);
    m_export->setEnabled(false);
    connect(m_matrix.get(), &lab::RedirectMatrix::cellFinished, this, &MatrixView::onCellFinished);
    connect(m_matrix.get(), &lab::RedirectMatrix::progress, m_progress, &QProgressBar::setValue);
    connect(m_matrix.get(), &lab::RedirectMatrix::finished, this, [this] {
        m_run->setEnabled(true);
        m_export->setEnabled(m_matrix->finishedCount() > 0);
        Q_EMIT finished();
    });
    m_matrix->start(sandbox, second, log);
}

void MatrixView::focusCode(int code)
{
    const int column = int(lab::grid::codes().indexOf(code));
    if (column < 0)
        return;
    m_table->setCurrentCell(m_kind == lab::grid::Kind::CrossOrigin ? 1 : int(lab::grid::methods().indexOf("POST")),
                            column);
}

const lab::MatrixCell *MatrixView::cellAt(int row, int column) const
{
    const int columns = int(lab::grid::codes().size());
    const int index = row * columns + column;
    if (!m_matrix || row < 0 || column < 0 || column >= columns || index >= m_matrix->cells().size() ||
        !m_matrix->cells().at(index).finished)
        return nullptr;
    return &m_matrix->cells().at(index);
}

void MatrixView::onCellFinished(int index)
{
    const int columns = int(lab::grid::codes().size());
    const int row = index / columns;
    const int column = index % columns;
    m_table->setItem(row, column, cellItem(m_matrix->cells().at(index), palette()));
    if (m_table->currentRow() == row && m_table->currentColumn() == column)
        Q_EMIT currentCellChanged(row, column);
}

void MatrixView::updateLegend()
{
    const QPalette p = palette();
    const auto swatch = [&p](lab::CellKind kind) {
        return u"<span style='background-color:%1; color:%2'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;"_s.arg(
            labCellColor(kind, p).name(), p.color(QPalette::Text).name());
    };
    if (m_kind == lab::grid::Kind::CrossOrigin) {
        m_legend->setText(
            tr("Each cell: a GET with Authorization, Cookie and X-StatusDeck-Probe redirected to the row's origin. "
               "%1 all three arrived · %2 a header was removed · %3 not followed · ⚠ the client did not do what "
               "its profile predicts. A browser's fetch() sends no Cookie (no page can set one); a form or a "
               "navigation sets none of the three, so it is not offered this grid. Pick a cell for the rule behind "
               "it.")
                .arg(swatch(lab::CellKind::Kept), swatch(lab::CellKind::BodyDropped),
                     swatch(lab::CellKind::NotFollowed)));
        fitLegend();
        return;
    }
    m_legend->setText(tr("%1 method and body kept · %2 method changed · %3 body dropped · %4 not followed · "
                         "⚠ the client did not do what its profile predicts")
                          .arg(swatch(lab::CellKind::Kept), swatch(lab::CellKind::MethodChanged),
                               swatch(lab::CellKind::BodyDropped), swatch(lab::CellKind::NotFollowed)));
    fitLegend();
}

void MatrixView::fitLegend()
{
    // The lab's splitter and tabs know nothing of a label's height for its width: the legend's
    // minimum says it, so the window keeps room for every line of it at the width it has.
    // Only at a width it is shown at (a hidden tab keeps a widget's first, tiny width).
    if (!isVisible())
        return;
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    fitLabelHeight(m_legend, width() - margins.left() - margins.right());
}

void MatrixView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLegend();
}

void MatrixView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitLegend(); // the resize on first showing comes before the widget is visible
}

void MatrixView::recolour()
{
    recolourItems(m_table, palette());
    updateLegend();
}

void MatrixView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        recolour();
    else if (event->type() == QEvent::FontChange)
        fitLegend();
}

} // namespace statusdeck::gui
