#include "lab/CompareView.h"

#include "lab/CellItems.h"
#include "lab/RedirectMatrix.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_codeBox(new QComboBox(this))
    , m_button(new QPushButton(tr("Compare"), this))
    , m_table(new QTableWidget(int(lab::grid::methods().size()), 0, this))
{
    m_codeBox->setObjectName(u"compareCode"_s);
    m_codeBox->setAccessibleName(tr("Redirect code"));
    for (int code : lab::grid::codes())
        m_codeBox->addItem(QString::number(code), code);
    m_button->setObjectName(u"runCompare"_s);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("Redirect code:"), this);
    label->setBuddy(m_codeBox);
    bar->addWidget(label);
    bar->addWidget(m_codeBox);
    bar->addWidget(m_button);
    bar->addStretch(1);

    m_table->setObjectName(u"compareTable"_s);
    QStringList rows;
    for (const QByteArray &method : lab::grid::methods())
        rows.append(QString::fromLatin1(method));
    m_table->setVerticalHeaderLabels(rows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Clients compared"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::currentCellChanged, this, &CompareView::currentCellChanged);
    connect(m_button, &QPushButton::clicked, this, [this] { Q_EMIT runRequested(selectedCode()); });
}

CompareView::~CompareView() = default;

int CompareView::selectedCode() const
{
    return m_codeBox->currentData().toInt();
}

void CompareView::setSelectedCode(int code)
{
    if (const int index = m_codeBox->findData(code); index >= 0)
        m_codeBox->setCurrentIndex(index);
}

const lab::MatrixCell *CompareView::cellAt(int row, int column) const
{
    if (column < 0 || column >= m_cells.size() || row < 0 || row >= m_cells.at(column).size())
        return nullptr;
    return &m_cells.at(column).at(row);
}

QString CompareView::clientNameAt(int column) const
{
    return m_names.value(column);
}

void CompareView::start(int code, const QUrl &sandbox, ExchangeLog *log)
{
    QList<QPair<lab::ClientId, QString>> clients;
    for (const lab::ClientProfile *profile : lab::ClientProfile::all())
        clients.append(
            {profile->id() == "qt"_L1 ? lab::ClientId::qt() : lab::ClientId::profile(profile->id()), profile->name()});
    start(code, sandbox, log, clients);
}

void CompareView::start(int code, const QUrl &sandbox, ExchangeLog *log,
                        const QList<QPair<lab::ClientId, QString>> &clients)
{
    m_code = code;
    m_sandbox = sandbox;
    m_log = log;
    m_clients.clear();
    m_names.clear();
    for (const auto &[id, name] : clients) {
        m_clients.append(id.toString());
        m_names.append(name);
    }
    m_table->clearContents();
    m_table->setColumnCount(int(m_clients.size()));
    for (int column = 0; column < m_clients.size(); ++column) {
        auto *header = new QTableWidgetItem(m_names.at(column));
        header->setData(Qt::UserRole, m_clients.at(column));
        header->setToolTip(m_names.at(column));
        m_table->setHorizontalHeaderItem(column, header);
    }
    m_cells.clear();
    m_cellsRun = 0;
    m_codeBox->setCurrentIndex(m_codeBox->findData(code));
    m_index = -1;
    m_button->setEnabled(false);
    next();
}

void CompareView::next()
{
    ++m_index;
    if (m_index >= m_clients.size()) {
        m_index = -1;
        m_button->setEnabled(true);
        Q_EMIT finished();
        return;
    }
    const auto resolved = lab::MatrixClient::resolve(
        lab::ClientId::fromString(m_clients.at(m_index)).value_or(lab::ClientId::profile(m_clients.at(m_index))));
    m_run = std::make_unique<lab::RedirectMatrix>(resolved.client);
    m_run->setCodes({m_code});
    connect(m_run.get(), &lab::RedirectMatrix::finished, this, [this] {
        QList<lab::MatrixCell> column;
        for (const QByteArray &method : lab::grid::methods())
            column.append(m_run->cells().at(lab::grid::indexOf(method, m_code)));
        m_cellsRun += m_run->finishedCount();
        for (int row = 0; row < column.size(); ++row)
            m_table->setItem(row, m_index, cellItem(column.at(row), palette()));
        m_cells.append(column);
        // Next client from the event loop, not from inside this matrix's signal.
        QMetaObject::invokeMethod(this, &CompareView::next, Qt::QueuedConnection);
    });
    m_run->start(m_sandbox, m_log);
}

void CompareView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        recolourItems(m_table, palette());
}

} // namespace statusdeck::gui
