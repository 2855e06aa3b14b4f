// Over 400 lines for now: the lab page wires its four views (Matrix, Cross-Origin, Compare, Request), the
// shared detail pane, the sandbox on demand and the exports; the exports could move to their own file.

#include "LabPage.h"

#include "PageScrollArea.h"
#include "RawModeBar.h"
#include "lab/BrowserPage.h"
#include "lab/CompareView.h"
#include "lab/ComposerView.h"
#include "lab/HopDetailView.h"
#include "lab/MatrixView.h"
#include "lab/RedirectMatrix.h"
#include "sandbox/SandboxServer.h"
#include "util/AtomicFile.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {
const QString kClient = u"lab/client"_s;
} // namespace

LabPage::LabPage(SandboxServer &server, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_settings(settings)
    , m_client(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_matrixView(new MatrixView(this))
    , m_crossView(new MatrixView(lab::grid::Kind::CrossOrigin, this))
    , m_compareView(new CompareView(this))
    , m_composerView(new ComposerView(this))
    , m_detail(new HopDetailView(this))
{
    setObjectName(u"labPage"_s);
    m_client->setObjectName(u"labClient"_s);
    m_client->setAccessibleName(tr("Client"));
    for (const lab::ClientProfile *profile : lab::ClientProfile::all()) {
        const QString suffix = profile->id() == "qt"_L1 ? tr(" (runs for real)") : tr(" (emulated)");
        const lab::ClientId id = profile->id() == "qt"_L1 ? lab::ClientId::qt() : lab::ClientId::profile(profile->id());
        m_client->addItem(profile->name() + suffix, QVariant::fromValue(id));
        if (!profile->observedWith().isEmpty())
            m_client->setItemData(m_client->count() - 1, tr("Observed with %1").arg(profile->observedWith()),
                                  Qt::ToolTipRole);
    }
    auto *model = qobject_cast<QStandardItemModel *>(m_client->model());
    for (const QString &program : lab::MatrixClient::realIds()) {
        const lab::ClientId id = lab::ClientId::program(program);
        const auto resolved = lab::MatrixClient::resolve(id);
        m_client->addItem(tr("%1 (real program)").arg(program), QVariant::fromValue(id));
        if (resolved.problem != lab::MatrixClient::Problem::None && model) {
            QStandardItem *item = model->item(m_client->count() - 1);
            item->setEnabled(false);
            item->setToolTip(resolved.error);
            item->setText(tr("%1 (not installed)").arg(program));
        }
    }
    // The browsers, each three ways (fetch(), a form, a navigation); Google Chrome only where it
    // is installed, Chromium and Firefox always (greyed out with the package to install).
    for (const QString &browserId : lab::MatrixClient::browserIds()) {
        const auto name = lab::browser::parseClient(browserId);
        const lab::ClientId id = lab::ClientId::program(browserId);
        const auto resolved = lab::MatrixClient::resolve(id);
        const bool missing = resolved.problem != lab::MatrixClient::Problem::None;
        if (!name || (missing && name->browser->id == "chrome"_L1))
            continue;
        const QString label = lab::browser::displayName(*name->browser, name->mode);
        m_client->addItem(missing ? tr("%1 (not installed)").arg(label) : tr("%1 (real browser)").arg(label),
                          QVariant::fromValue(id));
        if (missing && model) {
            QStandardItem *item = model->item(m_client->count() - 1);
            item->setEnabled(false);
            item->setToolTip(resolved.error);
        }
    }
    setClientId(m_settings.value(kClient, u"fetch"_s).toString());
    // The longest name ("Chromium, a navigation (not installed)") must not set the window's
    // width: the combo fills the bar and elides below that.
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_client->setMinimumContentsLength(16);
    m_message->setObjectName(u"labMessage"_s);
    m_message->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    auto *clientLabel = new QLabel(tr("Client:"), this);
    clientLabel->setBuddy(m_client);
    bar->addWidget(clientLabel);
    bar->addWidget(m_client, 1);

    m_tabs->setObjectName(u"labTabs"_s);
    m_tabs->addTab(m_matrixView, tr("Matrix"));
    m_tabs->addTab(m_crossView, tr("Cross-Origin"));
    m_tabs->addTab(m_compareView, tr("Compare Clients"));
    m_tabs->addTab(m_composerView, tr("Request"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tabs);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The tabs keep the height their layouts ask for (the matrix's legend among it).
    split->setCollapsible(0, false);

    // In a window smaller than the page needs (a 1400x900 screen at scale 2 is 700x450), the page
    // scrolls rather than squeezing the matrix and its legend: the part below them scrolls in.
    auto *content = new QWidget;
    content->setObjectName(u"labContent"_s);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    auto *scroll = new PageScrollArea(content, this);
    scroll->setObjectName(u"labScroll"_s);
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);

    connect(m_client, &QComboBox::currentIndexChanged, this, [this] { m_settings.setValue(kClient, clientId()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &LabPage::showDetail);
    connect(m_detail, &HopDetailView::cardRequested, this, &LabPage::cardRequested);
    // How the hop's bytes are shown (line ends, hex), kept across sessions as the Sandbox page does.
    m_detail->rawModeBar()->keepIn(m_settings, u"lab"_s);

    connect(m_matrixView, &MatrixView::runRequested, this, &LabPage::runMatrix);
    connect(m_matrixView, &MatrixView::currentCellChanged, this, &LabPage::showCell);
    connect(m_matrixView, &MatrixView::finished, this, [this] { onMatrixFinished(m_matrixView); });
    connect(m_matrixView, &MatrixView::exportRequested, this,
            [this](const QString &format) { chooseExport(m_matrixView, format); });
    connect(m_crossView, &MatrixView::runRequested, this, &LabPage::runCrossOrigin);
    connect(m_crossView, &MatrixView::currentCellChanged, this, &LabPage::showCell);
    connect(m_crossView, &MatrixView::finished, this, [this] { onMatrixFinished(m_crossView); });
    connect(m_crossView, &MatrixView::exportRequested, this,
            [this](const QString &format) { chooseExport(m_crossView, format); });

    connect(m_compareView, &CompareView::runRequested, this, &LabPage::runCompare);
    connect(m_compareView, &CompareView::currentCellChanged, this, [this] {
        if (m_tabs->currentIndex() == CompareTab)
            showDetail();
    });
    connect(m_compareView, &CompareView::finished, this, [this] {
        setMessage(tr("Every client on %1, side by side: each column was run live.").arg(m_compareView->code()));
        if (m_tabs->currentIndex() == CompareTab)
            showDetail();
        Q_EMIT compareFinished();
    });

    connect(m_composerView, &ComposerView::presetRequested, this, &LabPage::applyPreset);
    connect(m_composerView, &ComposerView::sendRequested, this, &LabPage::sendRequest);
    connect(m_composerView, &ComposerView::finished, this, [this] {
        if (m_tabs->currentIndex() == RequestTab)
            showDetail();
        setMessage(tr("Done: what the sandbox received on each hop is also in the Sandbox tab."));
        Q_EMIT requestFinished();
    });

    setMessage(tr("Pick a client and run the matrix: every method is sent into 301, 302, 303, 307 and 308 on "
                  "the sandbox, and each cell shows what arrived at the redirect's target."));
}

LabPage::~LabPage() = default;

void LabPage::onMatrixFinished(MatrixView *view)
{
    m_client->setEnabled(true);
    const lab::RedirectMatrix *matrix = view->matrix();
    if (!matrix->setupError().isEmpty()) {
        setMessage(matrix->setupError());
        if (view == m_crossView)
            Q_EMIT crossOriginFinished();
        else
            Q_EMIT matrixFinished();
        return;
    }
    int mismatches = 0;
    for (const lab::MatrixCell &cell : matrix->cells())
        mismatches += cell.mismatch.isEmpty() ? 0 : 1;
    setMessage(
        mismatches == 0
            ? tr("%1: done. Every cell was run live against %2.").arg(matrix->client().name, m_server.url().toString())
            : tr("%1: done; %n cell(s) differ from the profile's prediction (marked ⚠).", nullptr, mismatches)
                  .arg(matrix->client().name));
    if (m_tabs->currentWidget() == view)
        showDetail();
    if (view == m_crossView)
        Q_EMIT crossOriginFinished();
    else
        Q_EMIT matrixFinished();
}

QList<QPair<lab::ClientId, QString>> LabPage::availableClients() const
{
    QList<QPair<lab::ClientId, QString>> clients;
    const auto *model = qobject_cast<const QStandardItemModel *>(m_client->model());
    for (int i = 0; i < m_client->count(); ++i) {
        if (model && !model->item(i)->isEnabled())
            continue;
        clients.append({m_client->itemData(i).value<lab::ClientId>(), m_client->itemText(i)});
    }
    return clients;
}

QString LabPage::clientId() const
{
    return client().toString();
}

lab::ClientId LabPage::client() const
{
    return m_client->currentData().value<lab::ClientId>();
}

void LabPage::setClientId(const QString &id)
{
    if (const auto parsed = lab::ClientId::fromString(id))
        setClient(*parsed);
}

void LabPage::setClient(const lab::ClientId &id)
{
    for (int i = 0; i < m_client->count(); ++i) {
        if (m_client->itemData(i).value<lab::ClientId>() == id) {
            m_client->setCurrentIndex(i);
            return;
        }
    }
}

QTableWidget *LabPage::compareTable() const
{
    return m_compareView->table();
}

QTableWidget *LabPage::matrixTable() const
{
    return m_matrixView->table();
}

QListWidget *LabPage::timeline() const
{
    return m_detail->timeline();
}

const lab::RedirectMatrix *LabPage::matrix() const
{
    return m_matrixView->matrix();
}

QString LabPage::message() const
{
    return m_message->text();
}

void LabPage::setMessage(const QString &text)
{
    m_message->setText(text);
}

void LabPage::focusCode(int code)
{
    if (!lab::grid::codes().contains(code))
        return;
    m_tabs->setCurrentIndex(MatrixTab);
    m_matrixView->focusCode(code);
    m_compareView->setSelectedCode(code);
    setMessage(tr("%1: run the matrix to see what a client does with it (the POST row shows the classic "
                  "difference), or compare every client on it.")
                   .arg(code));
}

void LabPage::withSandbox(std::function<void()> then)
{
    if (!m_server.isListening())
        setMessage(tr("Starting the sandbox…"));
    // The lab needs a sandbox, not a particular port: the user's port, or a free one when
    // another program holds it.
    SandboxServer::Options options;
    options.port = SandboxServer::configuredPort(m_settings);
    options.fallbackToFreePort = true;
    m_server.whenListening(this, options, std::move(then), [this](const QString &error) {
        setMessage(tr("The sandbox could not start: %1").arg(error));
    });
}

void LabPage::runMatrix()
{
    if (m_matrixView->isRunning() || m_crossView->isRunning())
        return;
    withSandbox([this] { startMatrix(m_matrixView); });
}

void LabPage::runCrossOrigin()
{
    if (m_matrixView->isRunning() || m_crossView->isRunning())
        return;
    withSandbox([this] { startMatrix(m_crossView); });
}

void LabPage::tryCode(int code)
{
    focusCode(code);
    if (!lab::grid::codes().contains(code) || m_matrixView->isRunning() || m_crossView->isRunning())
        return;
    withSandbox([this, code] { startMatrix(m_matrixView, {code}); });
}

void LabPage::startMatrix(MatrixView *view, const QList<int> &codes)
{
    const auto resolved = lab::MatrixClient::resolve(client());
    if (resolved.problem != lab::MatrixClient::Problem::None) {
        setMessage(resolved.error);
        return;
    }
    if (view == m_crossView && !resolved.client.crossOriginUnavailable().isEmpty()) {
        setMessage(tr("%1: %2").arg(resolved.client.name, resolved.client.crossOriginUnavailable()));
        return;
    }
    m_client->setEnabled(false);
    m_tabs->setCurrentWidget(view);
    m_detail->clear();
    if (view == m_crossView)
        setMessage(tr("Running %1 through the cross-origin matrix: from %2 to the same origin, to %3 and to %4…")
                       .arg(resolved.client.name, m_server.url().toString(), m_server.secondUrl().toString(),
                            lab::grid::otherHost(m_server.url())));
    else if (codes.size() == 1)
        setMessage(tr("Running %1 through every method into %2 on %3…")
                       .arg(resolved.client.name, QString::number(codes.constFirst()), m_server.url().toString()));
    else
        setMessage(tr("Running %1 through the matrix on %2…").arg(resolved.client.name, m_server.url().toString()));
    view->start(resolved.client, m_server.url(), m_server.secondUrl(), m_server.log(), codes);
}

void LabPage::showCell(int row, int column)
{
    auto *view = qobject_cast<MatrixView *>(m_tabs->currentWidget());
    if (!view)
        return;
    const lab::MatrixCell *cell = view->cellAt(row, column);
    if (!cell) {
        m_detail->clear(row >= 0 && column >= 0 ? tr("Run the matrix to fill this cell.") : QString());
        return;
    }
    m_detail->showCell(*cell, view->matrix()->client().name, m_server.log());
}

QString LabPage::exportMatrix(const QString &path, const QString &format)
{
    MatrixView *view = m_tabs->currentWidget() == m_crossView ? m_crossView : m_matrixView;
    const lab::RedirectMatrix *matrix = view->matrix();
    if (!matrix || matrix->finishedCount() == 0)
        return tr("run the matrix first");
    QByteArray bytes;
    if (format == "markdown"_L1)
        bytes = lab::matrixToMarkdown(matrix->client(), matrix->cells()).toUtf8();
    else if (format == "csv"_L1)
        bytes = lab::matrixToCsv(matrix->client(), matrix->cells()).toUtf8();
    else if (format == "json"_L1)
        bytes = QJsonDocument(lab::matrixToJson(matrix->cells())).toJson(QJsonDocument::Indented);
    else
        return tr("unknown format '%1'").arg(format);
    if (QString error; !writeFileAtomically(path, bytes, &error))
        return error;
    Q_EMIT statusMessage(tr("Matrix exported to %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

void LabPage::chooseExport(MatrixView *view, const QString &format)
{
    m_tabs->setCurrentWidget(view);
    const QString extension = format == "markdown"_L1 ? u"md"_s : format;
    const QString filter = format == "markdown"_L1 ? tr("Markdown files (*.md)")
                           : format == "csv"_L1    ? tr("CSV files (*.csv)")
                                                   : tr("JSON files (*.json)");
    QString folder = m_settings.value(u"lab/exportFolder"_s).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString client = view->matrix() ? view->matrix()->client().id : QString();
    const QString name = u"statusdeck-%1%2.%3"_s.arg(
        client, view->kind() == lab::grid::Kind::CrossOrigin ? u"-cross-origin"_s : QString(), extension);
    const QString title = tr("Export the Matrix");
    const QString path = m_fileChooser ? m_fileChooser(title, QDir(folder).filePath(name), filter)
                                       : QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(name), filter);
    if (path.isEmpty())
        return;
    m_settings.setValue(u"lab/exportFolder"_s, QFileInfo(path).absolutePath());
    if (const QString error = exportMatrix(path, format); !error.isEmpty()) {
        setMessage(tr("The matrix was not exported: %1").arg(error));
        if (!m_fileChooser)
            QMessageBox::warning(this, title, tr("The matrix was not exported: %1").arg(error));
    }
}

void LabPage::showDetail()
{
    switch (m_tabs->currentIndex()) {
    case MatrixTab:
        showCell(matrixTable()->currentRow(), matrixTable()->currentColumn());
        break;
    case CrossOriginTab:
        showCell(m_crossView->table()->currentRow(), m_crossView->table()->currentColumn());
        break;
    case CompareTab: {
        const int row = compareTable()->currentRow();
        const int column = compareTable()->currentColumn();
        if (const lab::MatrixCell *cell = m_compareView->cellAt(row, column))
            m_detail->showCell(*cell, m_compareView->clientNameAt(column), m_server.log());
        else
            m_detail->clear(tr("Compare the clients, then pick a cell to see its hops."));
        break;
    }
    case RequestTab:
        if (m_composerView->hops().isEmpty())
            m_detail->clear(tr("Send a request to see its hops."));
        else
            m_detail->showHops(m_composerView->hops(), m_composerView->rawHops(), m_composerView->summary(),
                               m_composerView->notes());
        break;
    default:
        break;
    }
}

QStringList LabPage::presetNames() const
{
    QStringList names;
    for (const lab::Preset &preset : m_composerView->presets())
        names.append(preset.displayName());
    return names;
}

void LabPage::applyPreset(int index)
{
    if (index < 0 || index >= m_composerView->presets().size())
        return;
    // A cross-origin preset needs the second origin's address: start the sandbox first.
    withSandbox([this, index] {
        m_composerView->applyPreset(index, m_server.url(), m_server.secondUrl());
        m_tabs->setCurrentIndex(RequestTab);
        setMessage(tr("%1: press Send to run it with the chosen client.")
                       .arg(m_composerView->presets().at(index).displayName()));
    });
}

void LabPage::editRequest(const QString &method, const QString &url, const QString &headers, const QString &body)
{
    m_composerView->setRequest(method, url, headers, body);
    m_tabs->setCurrentIndex(RequestTab);
    setMessage(tr("The request from the sandbox's log: change it, then press Send."));
}

void LabPage::sendRequest()
{
    const lab::ClientId id = client();
    const lab::ClientProfile *profile = lab::ClientProfile::find(id.name);
    if (!profile || id.kind != lab::ClientId::Kind::Profile) {
        setMessage(tr("The request composer runs an emulated client; pick one of the profiles (for Qt and the "
                      "real programs, run the matrix)."));
        return;
    }
    withSandbox([this, profile] {
        const QString problem = m_composerView->send(*profile, m_server.url(), m_server.log(), m_server.secondUrl());
        setMessage(problem.isEmpty() ? tr("Sending with %1…").arg(profile->name()) : problem);
    });
}

void LabPage::runCompare(int code)
{
    if (m_compareView->isRunning())
        return;
    withSandbox([this, code] {
        m_tabs->setCurrentIndex(CompareTab);
        setMessage(
            tr("Comparing every client on %1, live against %2…").arg(QString::number(code), m_server.url().toString()));
        m_compareView->start(code, m_server.url(), m_server.log(), availableClients());
    });
}

} // namespace statusdeck::gui
