#include "SandboxPage.h"

#include "ExchangeTableModel.h"
#include "Theme.h"
#include "sandbox/EmptyLogHint.h"
#include "sandbox/ExchangeActions.h"
#include "sandbox/ExchangeDetail.h"
#include "sandbox/ExchangeFilterModel.h"
#include "sandbox/ExchangeItemDelegate.h"
#include "sandbox/ExchangeLog.h"
#include "sandbox/FollowTail.h"
#include "sandbox/HarExport.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {
const QString kSplitter = u"sandbox/splitter"_s;
} // namespace

SandboxPage::SandboxPage(SandboxServer &server, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_settings(settings)
    , m_model(new ExchangeTableModel(server.log(), this))
    , m_filter(new ExchangeFilterModel(this))
    , m_port(new QSpinBox(this))
    , m_startStop(new QPushButton(this))
    , m_freePort(new QPushButton(tr("Use a Free Port"), this))
    , m_urlLabel(new QLabel(this))
    , m_state(new QLabel(this))
    , m_copyUrl(new QPushButton(tr("Copy URL"), this))
    , m_openUrl(new QPushButton(tr("Open in Browser"), this))
    , m_filterEdit(new QLineEdit(this))
    , m_counts(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new ExchangeDetail(settings, this))
    , m_countsTimer(new QTimer(this))
{
    setObjectName(u"sandboxPage"_s);
    m_port->setRange(0, 65535);
    m_port->setValue(SandboxServer::configuredPort(m_settings));
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setToolTip(tr("Port on 127.0.0.1; 0 picks any free port"));
    m_startStop->setObjectName(u"startStop"_s);
    m_copyUrl->setObjectName(u"copyUrl"_s);
    m_freePort->setObjectName(u"useFreePort"_s);
    m_freePort->setToolTip(tr("Start the sandbox on any free port this time; the chosen port stays saved"));
    m_freePort->hide();
    m_urlLabel->setObjectName(u"sandboxUrl"_s);
    m_state->setWordWrap(true); // the second origin's address must not widen the window
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyUrl->setIcon(themedIcon(ActionIcon::Copy));
    m_copyUrl->setToolTip(tr("Copy the sandbox's address to the clipboard"));
    m_openUrl->setToolTip(tr("Open the sandbox's address in the web browser"));
    m_openUrl->setIcon(QIcon::fromTheme(u"internet-web-browser"_s));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Port:"), this));
    bar->addWidget(m_port);
    bar->addWidget(m_startStop);
    bar->addWidget(m_freePort);
    bar->addSpacing(12);
    bar->addWidget(m_urlLabel, 1);
    bar->addWidget(m_copyUrl);
    bar->addWidget(m_openUrl);

    m_filterEdit->setPlaceholderText(tr("Filter: words, status:4xx, method:POST, client:curl, host:…, -word"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setObjectName(u"exchangeFilter"_s);
    m_filterEdit->setAccessibleName(tr("Filter exchanges"));
    auto *exportButton = new QPushButton(tr("Export HAR…"), this);
    exportButton->setObjectName(u"exportHar"_s);
    exportButton->setIcon(themedIcon(ActionIcon::Export));
    exportButton->setToolTip(tr("Save the exchanges (or the selected ones) as a HAR file for browser devtools"));
    auto *clearButton = new QPushButton(tr("Clear"), this);
    auto *logBar = new QHBoxLayout;
    logBar->addWidget(m_filterEdit, 1);
    m_counts->setObjectName(u"exchangeCount"_s);
    logBar->addWidget(m_counts);
    logBar->addWidget(exportButton);
    logBar->addWidget(clearButton);

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(u"exchangeTable"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // arrival order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Rows of one height, never measured; cells drawn with their laid-out text kept
    // (ExchangeItemDelegate), as a busy server repaints the visible rows every frame.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setItemDelegate(new ExchangeItemDelegate(m_table));
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ExchangeTableModel::Target, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    // Fixed widths from sample text: ResizeToContents would measure every row on every insert,
    // which a load generator makes expensive.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QList<std::pair<int, QString>> widths{{ExchangeTableModel::Time, u"00:00:00.000"_s},
                                                {ExchangeTableModel::Client, u"127.0.0.1:65535"_s},
                                                {ExchangeTableModel::Method, u"OPTIONS"_s},
                                                {ExchangeTableModel::Host, u"localhost:65535"_s},
                                                {ExchangeTableModel::Status, u"Status"_s},
                                                {ExchangeTableModel::RequestBytes, u"1023 bytes"_s},
                                                {ExchangeTableModel::ResponseBytes, u"1023 bytes"_s},
                                                {ExchangeTableModel::Duration, u"Duration"_s}};
    for (const auto &[column, sample] : widths)
        m_table->setColumnWidth(column, metrics.horizontalAdvance(sample) + 24);
    m_table->setAccessibleName(tr("Exchanges"));
    m_actions = new ExchangeActions(m_table, m_model, m_server, this);
    m_follow = new FollowTail(m_table);
    m_emptyHint = new EmptyLogHint(this);
    m_logStack = new QStackedWidget(this);
    m_logStack->addWidget(m_emptyHint);
    m_logStack->addWidget(m_table);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"sandboxSplitter"_s);
    split->addWidget(m_logStack);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    if (!split->restoreState(m_settings.value(kSplitter).toByteArray()))
        split->setSizes({600, 400}); // the log a little larger than the raw panes at first
    connect(split, &QSplitter::splitterMoved, this,
            [this, split] { m_settings.setValue(kSplitter, split->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_state);
    layout->addLayout(logBar);
    layout->addWidget(split, 1);

    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_server.isRunning())
            stopServer();
        else
            startServer();
    });
    connect(m_freePort, &QPushButton::clicked, this, &SandboxPage::startOnFreePort);
    // Enter in the port field starts the sandbox on that port.
    connect(m_port, &QSpinBox::editingFinished, this, [this] {
        if (m_port->hasFocus() && !m_server.isRunning())
            startServer();
    });
    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(url().toString());
        Q_EMIT statusMessage(tr("Copied %1 to the clipboard").arg(url().toString()));
    });
    connect(m_openUrl, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(url()); });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        updateCounts();
    });
    connect(m_actions, &ExchangeActions::statusMessage, this, &SandboxPage::statusMessage);
    connect(m_actions, &ExchangeActions::editRequested, this, &SandboxPage::editRequested);
    connect(m_actions, &ExchangeActions::cardRequested, this, &SandboxPage::cardRequested);
    connect(m_emptyHint, &EmptyLogHint::copied, this,
            [this](const QString &text) { Q_EMIT statusMessage(tr("Copied %1 to the clipboard").arg(text)); });
    connect(m_port, &QSpinBox::valueChanged, this, &SandboxPage::updateCounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SandboxPage::showSelected);
    // Rows coming and going update the count at most every kCountsMs: its new text relays
    // out the bar it is in, which a busy server would otherwise make happen every frame.
    m_countsTimer->setSingleShot(true);
    connect(m_countsTimer, &QTimer::timeout, this, &SandboxPage::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SandboxPage::scheduleCounts);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SandboxPage::scheduleCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SandboxPage::updateCounts);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &SandboxPage::scheduleCounts);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &SandboxPage::scheduleCounts);
    connect(exportButton, &QPushButton::clicked, this, &SandboxPage::chooseHarFile);
    connect(clearButton, &QPushButton::clicked, m_model, &ExchangeTableModel::clear);
    connect(&m_server, &SandboxServer::stateChanged, this, &SandboxPage::showState);

    showState();
    updateCounts();
}

QUrl SandboxPage::url() const
{
    return m_server.url();
}

void SandboxPage::startServer()
{
    SandboxServer::Options options;
    options.port = quint16(m_port->value());
    SandboxServer::setConfiguredPort(m_settings, options.port);
    m_server.start(options);
}

void SandboxPage::startOnFreePort()
{
    SandboxServer::Options options;
    options.port = 0;
    m_server.start(options);
}

void SandboxPage::stopServer()
{
    m_server.stop();
}

void SandboxPage::showState()
{
    const SandboxServer::State state = m_server.state();
    const bool listening = state == SandboxServer::State::Listening;
    m_startStop->setEnabled(state != SandboxServer::State::Starting);
    const bool stopped = state == SandboxServer::State::Stopped || state == SandboxServer::State::Failed;
    m_startStop->setText(stopped ? tr("Start") : tr("Stop"));
    m_startStop->setIcon(themedIcon(stopped ? ActionIcon::Start : ActionIcon::Stop));
    m_startStop->setToolTip(stopped ? tr("Start the sandbox on the port given (Enter in the port field)")
                                    : tr("Stop the sandbox; open connections are dropped"));
    m_port->setEnabled(state == SandboxServer::State::Stopped || state == SandboxServer::State::Failed);
    m_freePort->setVisible(state == SandboxServer::State::Failed && m_server.portInUse());
    m_copyUrl->setEnabled(listening);
    m_openUrl->setEnabled(listening);
    m_urlLabel->setOpenExternalLinks(listening);
    switch (state) {
    case SandboxServer::State::Starting:
        m_urlLabel->setText(tr("Starting…"));
        m_state->setText(tr("Starting…"));
        break;
    case SandboxServer::State::Listening: {
        m_urlLabel->setText(u"<a href='%1'>%1</a>"_s.arg(m_server.url().toString().toHtmlEscaped()));
        const QUrl secondUrl = m_server.secondUrl();
        QString text = secondUrl.isEmpty()
                           ? tr("Listening on the loopback interface only.")
                           : tr("Listening on the loopback interface only. Second origin for cross-origin "
                                "redirects: %1")
                                 .arg(secondUrl.toString());
        if (m_server.onFallbackPort())
            text += u' ' + tr("Port %1 was taken, so the lab started it on a free port.").arg(m_port->value());
        m_state->setText(text);
        break;
    }
    case SandboxServer::State::Stopped:
        m_urlLabel->setText(tr("Not running"));
        m_state->setText(tr("Start the sandbox to send requests to it from any client."));
        break;
    case SandboxServer::State::Failed:
        m_urlLabel->setText(tr("Not running"));
        m_state->setText(
            m_server.portInUse()
                ? tr("Could not start: %1. Choose another port, or use a free one.").arg(m_server.errorString())
                : tr("Could not start: %1").arg(m_server.errorString()));
        break;
    }
    updateCounts();
    Q_EMIT serverStateChanged(listening);
}

SandboxPage::~SandboxPage()
{
    // The port field emits editingFinished when it loses focus as the children are destroyed,
    // after this page is gone: no slot of the page may run then.
    disconnect(m_port, nullptr, this, nullptr);
}

void SandboxPage::showSelected()
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    m_detail->showExchange(index.isValid() ? &m_model->exchange(index.row()) : nullptr);
}

void SandboxPage::scheduleCounts()
{
    showTableOrHint(); // at once: the first row replaces the empty state, the last one brings it back
    if (m_countsTimer->isActive())
        return;
    const qint64 since = m_countsShown.isValid() ? m_countsShown.elapsed() : qint64(kCountsMs);
    if (since >= kCountsMs)
        updateCounts();
    else
        m_countsTimer->start(int(kCountsMs - since));
}

void SandboxPage::updateCounts()
{
    m_countsTimer->stop();
    m_countsShown.start();
    const quint64 dropped = m_server.log()->droppedCount();
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    QString text =
        shown == all ? tr("%n exchange(s)", nullptr, all) : tr("%1 of %n exchange(s)", nullptr, all).arg(shown);
    if (dropped > 0)
        text += u" · "_s + tr("%n older dropped", nullptr, int(dropped));
    m_counts->setText(text);
    showTableOrHint();
}

void SandboxPage::showTableOrHint()
{
    // The empty state stands in for the table while no row is shown.
    const bool empty = m_filter->rowCount() == 0;
    if (empty) {
        QUrl address = m_server.url();
        if (address.isEmpty())
            address =
                QUrl(u"http://127.0.0.1:%1"_s.arg(m_port->value() ? m_port->value() : SandboxServer::kDefaultPort));
        m_emptyHint->update(address, m_server.isListening(), m_model->rowCount() > 0);
    }
    m_logStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyHint) : m_table);
}

QString SandboxPage::exportHar(const QString &path, bool selectionOnly)
{
    QList<HttpExchange> exchanges;
    if (selectionOnly) {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            exchanges.append(m_model->exchange(m_filter->mapToSource(index).row()));
    } else {
        for (int row = 0; row < m_model->rowCount(); ++row)
            exchanges.append(m_model->exchange(row));
    }
    QString error;
    if (!writeHar(path, exchanges, &error))
        return error.isEmpty() ? tr("could not write %1").arg(path) : error;
    Q_EMIT statusMessage(
        tr("Wrote %n exchange(s) to %1", nullptr, int(exchanges.size())).arg(QDir::toNativeSeparators(path)));
    return {};
}

void SandboxPage::chooseHarFile()
{
    const bool selection = m_table->selectionModel()->selectedRows().size() > 1;
    // Starts where the last HAR went, else in Documents, with a name that says when.
    QString folder = m_settings.value(u"sandbox/harFolder"_s).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = u"statusdeck-"_s + QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmmss"_s) + u".har"_s;
    const QString path = QFileDialog::getSaveFileName(
        this, selection ? tr("Export Selected Exchanges as HAR") : tr("Export All Exchanges as HAR"),
        QDir(folder).filePath(name), tr("HAR files (*.har)"));
    if (path.isEmpty())
        return;
    m_settings.setValue(u"sandbox/harFolder"_s, QFileInfo(path).absolutePath());
    if (const QString error = exportHar(path, selection); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Export HAR"), tr("The HAR file was not written: %1").arg(error));
    }
}

} // namespace statusdeck::gui
