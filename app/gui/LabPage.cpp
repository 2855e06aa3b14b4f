#include "LabPage.h"

#include "CodeEditor.h"
#include "Theme.h"
#include "http/HttpParser.h"
#include "lab/RedirectMatrix.h"
#include "sandbox/ExchangeLog.h"
#include "sandbox/SandboxServer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {

const QString kClient = u"lab/client"_s;

QStringList headerNames(const HeaderList &headers)
{
    QStringList names;
    for (const auto &entry : headers)
        names.append(QString::fromLatin1(entry.first).toLower());
    return names;
}

// What changed between two requests of one chain, in words.
QStringList changes(const lab::MatrixHop &before, const lab::MatrixHop &after)
{
    QStringList out;
    if (before.method != after.method)
        out.append(
            LabPage::tr("method %1 → %2").arg(QString::fromLatin1(before.method), QString::fromLatin1(after.method)));
    if (!before.body.isEmpty() && after.body.isEmpty())
        out.append(LabPage::tr("body dropped"));
    else if (!before.body.isEmpty() && after.body != before.body)
        out.append(LabPage::tr("body changed"));
    const QStringList was = headerNames(before.headers);
    const QStringList now = headerNames(after.headers);
    static const QStringList framing{u"host"_s, u"content-length"_s, u"transfer-encoding"_s};
    for (const auto &entry : before.headers) {
        const QString name = QString::fromLatin1(entry.first);
        if (!now.contains(name.toLower()) && !framing.contains(name.toLower()))
            out.append(u"−"_s + name);
    }
    for (const auto &entry : after.headers) {
        const QString name = QString::fromLatin1(entry.first);
        if (!was.contains(name.toLower()) && !framing.contains(name.toLower()))
            out.append(u"+"_s + name);
    }
    return out;
}

} // namespace

LabPage::LabPage(SandboxServer &server, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_settings(settings)
    , m_client(new QComboBox(this))
    , m_run(new QPushButton(tr("Run Matrix"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_table(
          new QTableWidget(int(lab::RedirectMatrix::methods().size()), int(lab::RedirectMatrix::codes().size()), this))
    , m_cellSummary(new QLabel(this))
    , m_timeline(new QListWidget(this))
    , m_raw(new CodeEditor(this))
{
    setObjectName(u"labPage"_s);
    m_client->setObjectName(u"labClient"_s);
    m_client->setAccessibleName(tr("Client"));
    for (const lab::ClientProfile *profile : lab::ClientProfile::all()) {
        const QString suffix = profile->id() == "qt"_L1 ? tr(" (runs for real)") : tr(" (emulated)");
        m_client->addItem(profile->name() + suffix, profile->id());
    }
    auto *model = qobject_cast<QStandardItemModel *>(m_client->model());
    for (const QString &id : lab::MatrixClient::realIds()) {
        const auto resolved = lab::MatrixClient::resolve(id, true);
        m_client->addItem(tr("%1 (real program)").arg(id), QString(u"real:"_s + id));
        if (resolved.problem != lab::MatrixClient::Problem::None && model) {
            QStandardItem *item = model->item(m_client->count() - 1);
            item->setEnabled(false);
            item->setToolTip(resolved.error);
            item->setText(tr("%1 (not installed)").arg(id));
        }
    }
    setClientId(m_settings.value(kClient, u"fetch"_s).toString());
    m_run->setObjectName(u"runMatrix"_s);
    m_progress->setRange(0, int(lab::RedirectMatrix::methods().size() * lab::RedirectMatrix::codes().size()));
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(220);
    m_message->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Client:"), this));
    bar->addWidget(m_client, 1);
    bar->addWidget(m_run);
    bar->addWidget(m_progress);

    m_table->setObjectName(u"matrixTable"_s);
    QStringList columns;
    for (int code : lab::RedirectMatrix::codes())
        columns.append(QString::number(code));
    QStringList rows;
    for (const QByteArray &method : lab::RedirectMatrix::methods())
        rows.append(QString::fromLatin1(method) +
                    (method == "POST" || method == "PUT" || method == "PATCH" ? tr(" + body") : QString()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setVerticalHeaderLabels(rows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Redirect matrix"));
    m_table->setMinimumHeight(260);

    auto *legend = new QLabel(tr("Green: method and body kept · Amber: method changed · Yellow: body dropped · "
                                 "Red: not followed · ⚠ the client did not do what its profile predicts"),
                              this);
    legend->setWordWrap(true);

    m_cellSummary->setWordWrap(true);
    m_cellSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cellSummary->setObjectName(u"cellSummary"_s);
    connect(m_cellSummary, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT cardRequested(QUrl(link).path()); });
    m_timeline->setObjectName(u"hopTimeline"_s);
    m_timeline->setAccessibleName(tr("Hops"));
    m_raw->setLanguage(u"http"_s);
    m_raw->setAccessibleName(tr("Raw bytes of the hop"));

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_cellSummary);
    auto *hopSplit = new QSplitter(Qt::Horizontal, detail);
    hopSplit->addWidget(m_timeline);
    hopSplit->addWidget(m_raw);
    hopSplit->setStretchFactor(0, 1);
    hopSplit->setStretchFactor(1, 1);
    detailLayout->addWidget(hopSplit, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(legend);
    split->addWidget(top);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &LabPage::runMatrix);
    connect(m_client, &QComboBox::currentIndexChanged, this, [this] { m_settings.setValue(kClient, clientId()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int column) { showCell(row, column); });
    connect(m_timeline, &QListWidget::currentRowChanged, this, &LabPage::showHop);
    setMessage(tr("Pick a client and run the matrix: every method is sent into 301, 302, 303, 307 and 308 on "
                  "the sandbox, and each cell shows what arrived at the redirect's target."));
}

LabPage::~LabPage() = default;

QString LabPage::clientId() const
{
    return m_client->currentData().toString();
}

void LabPage::setClientId(const QString &id)
{
    const int index = m_client->findData(id);
    if (index >= 0)
        m_client->setCurrentIndex(index);
}

void LabPage::setMessage(const QString &text)
{
    m_message->setText(text);
}

void LabPage::focusCode(int code)
{
    m_focusCode = code;
    const int column = int(lab::RedirectMatrix::codes().indexOf(code));
    if (column >= 0) {
        m_table->setCurrentCell(int(lab::RedirectMatrix::methods().indexOf("POST")), column);
        setMessage(tr("%1: run the matrix to see what each client does with it; the POST row shows the "
                      "classic difference.")
                       .arg(code));
    }
}

void LabPage::runMatrix()
{
    if (m_matrix && m_matrix->isRunning())
        return;
    if (m_server.isRunning()) {
        startMatrix();
        return;
    }
    // The lab needs the sandbox: start it as the Sandbox page would.
    setMessage(tr("Starting the sandbox…"));
    auto *started = new QMetaObject::Connection;
    auto *failed = new QMetaObject::Connection;
    const auto disconnectBoth = [started, failed] {
        QObject::disconnect(*started);
        QObject::disconnect(*failed);
        delete started;
        delete failed;
    };
    *started = connect(&m_server, &SandboxServer::started, this, [this, disconnectBoth] {
        disconnectBoth();
        startMatrix();
    });
    *failed = connect(&m_server, &SandboxServer::failed, this, [this, disconnectBoth](const QString &error) {
        disconnectBoth();
        setMessage(tr("The sandbox could not start: %1").arg(error));
    });
    SandboxServer::Options options;
    options.port = quint16(m_settings.value(u"sandbox/port"_s, SandboxServer::kDefaultPort).toInt());
    m_server.start(options);
}

void LabPage::startMatrix()
{
    QString id = clientId();
    const bool real = id.startsWith(u"real:"_s);
    if (real)
        id = id.mid(5);
    const auto resolved = lab::MatrixClient::resolve(id, real);
    if (resolved.problem != lab::MatrixClient::Problem::None) {
        setMessage(resolved.error);
        return;
    }
    m_matrix = std::make_unique<lab::RedirectMatrix>(resolved.client);
    m_table->clearContents();
    m_timeline->clear();
    m_raw->setCode({});
    m_cellSummary->clear();
    m_progress->setValue(0);
    m_run->setEnabled(false);
    m_client->setEnabled(false);
    connect(m_matrix.get(), &lab::RedirectMatrix::cellFinished, this, &LabPage::onCellFinished);
    connect(m_matrix.get(), &lab::RedirectMatrix::progress, m_progress, &QProgressBar::setValue);
    connect(m_matrix.get(), &lab::RedirectMatrix::finished, this, [this] {
        m_run->setEnabled(true);
        m_client->setEnabled(true);
        int mismatches = 0;
        for (const lab::MatrixCell &cell : m_matrix->cells())
            mismatches += cell.mismatch.isEmpty() ? 0 : 1;
        setMessage(mismatches == 0 ? tr("%1: done. Every cell was run live against %2.")
                                         .arg(m_matrix->client().name, m_server.url().toString())
                                   : tr("%1: done; %n cell(s) differ from the profile's prediction (marked ⚠).",
                                        nullptr, mismatches)
                                         .arg(m_matrix->client().name));
        if (m_table->currentRow() >= 0)
            showCell(m_table->currentRow(), m_table->currentColumn());
        Q_EMIT matrixFinished();
    });
    setMessage(tr("Running %1 through the matrix on %2…").arg(resolved.client.name, m_server.url().toString()));
    m_matrix->start(m_server.url(), m_server.log());
}

void LabPage::onCellFinished(int index)
{
    const lab::MatrixCell &cell = m_matrix->cells().at(index);
    const int columns = int(lab::RedirectMatrix::codes().size());
    const bool dark = isDark(palette());
    QString text;
    QColor colour;
    if (!cell.followed()) {
        text = tr("not followed");
        if (!cell.error.isEmpty())
            text += u"\n"_s + cell.error.left(60);
        colour = dark ? QColor(0x6b, 0x2a, 0x2a) : QColor(0xf6, 0xc9, 0xc5);
    } else {
        text = QString::fromLatin1(cell.nextMethod);
        if (cell.bodySent)
            text += cell.bodyKept ? tr(", body kept") : tr(", body dropped");
        if (cell.nextMethod != cell.method)
            colour = dark ? QColor(0x6b, 0x4a, 0x1a) : QColor(0xf9, 0xd9, 0xa8);
        else if (cell.bodySent && !cell.bodyKept)
            colour = dark ? QColor(0x5e, 0x58, 0x1c) : QColor(0xf7, 0xf0, 0xb0);
        else
            colour = dark ? QColor(0x25, 0x55, 0x33) : QColor(0xc9, 0xec, 0xd2);
        if (!cell.headersDropped.isEmpty())
            text += u"\n−"_s + cell.headersDropped.join(u", −"_s);
    }
    if (!cell.mismatch.isEmpty())
        text.prepend(u"⚠ "_s);
    auto *item = new QTableWidgetItem(text);
    item->setBackground(colour);
    item->setToolTip(cell.mismatch.isEmpty() ? cell.prediction.explanation
                                             : cell.mismatch + u"\n\n"_s + cell.prediction.explanation);
    item->setTextAlignment(Qt::AlignCenter);
    m_table->setItem(index / columns, index % columns, item);
    if (m_table->currentRow() == index / columns && m_table->currentColumn() == index % columns)
        showCell(index / columns, index % columns);
}

void LabPage::showCell(int row, int column)
{
    m_timeline->clear();
    m_raw->setCode({});
    const int columns = int(lab::RedirectMatrix::codes().size());
    const int index = row * columns + column;
    if (!m_matrix || row < 0 || column < 0 || index >= m_matrix->cells().size() ||
        !m_matrix->cells().at(index).finished) {
        m_selectedCell = -1;
        m_cellSummary->setText(row >= 0 && column >= 0 ? tr("Run the matrix to fill this cell.") : QString());
        return;
    }
    m_selectedCell = index;
    const lab::MatrixCell &cell = m_matrix->cells().at(index);
    QStringList summary;
    summary.append(tr("<b>%1 into %2</b> with %3. <a href='card:%2'>Open the %2 card</a>")
                       .arg(QString::fromLatin1(cell.method), QString::number(cell.code),
                            m_matrix->client().name.toHtmlEscaped()));
    if (!cell.prediction.explanation.isEmpty())
        summary.append(tr("Profile: %1").arg(cell.prediction.explanation.toHtmlEscaped()));
    if (!cell.error.isEmpty())
        summary.append(tr("Stopped: %1").arg(cell.error.toHtmlEscaped()));
    if (!cell.mismatch.isEmpty())
        summary.append(u"<b>⚠ "_s + cell.mismatch.toHtmlEscaped() + u"</b>"_s);
    if (!cell.command.isEmpty())
        summary.append(tr("Command: <code>%1</code>").arg(cell.command.toHtmlEscaped()));
    m_cellSummary->setText(summary.join(u"<br/>"_s));

    for (qsizetype i = 0; i < cell.hops.size(); ++i) {
        const lab::MatrixHop &hop = cell.hops.at(i);
        // One arg() call: a target holds %2F and the like, which chained arg() calls would replace.
        QString line = tr("%1. %2 %3 → %4")
                           .arg(QString::number(i + 1), QString::fromLatin1(hop.method),
                                QString::fromLatin1(hop.target).left(90), QString::number(hop.status));
        if (!hop.body.isEmpty())
            line += tr(" (body %n byte(s))", nullptr, int(hop.body.size()));
        if (i > 0) {
            const QStringList changed = changes(cell.hops.at(i - 1), hop);
            line += u"\n    "_s + (changed.isEmpty() ? tr("nothing changed") : changed.join(u"; "_s));
        }
        auto *item = new QListWidgetItem(line, m_timeline);
        if (i > 0 && !changes(cell.hops.at(i - 1), hop).isEmpty())
            item->setForeground(isDark(palette()) ? QColor(0xf0, 0xb0, 0x60) : QColor(0xa0, 0x50, 0x00));
    }
    if (!cell.hops.isEmpty())
        m_timeline->setCurrentRow(int(cell.hops.size()) - 1);
}

void LabPage::showHop(int row)
{
    if (!m_matrix || m_selectedCell < 0 || row < 0)
        return;
    const lab::MatrixCell &cell = m_matrix->cells().at(m_selectedCell);
    if (row >= cell.hops.size())
        return;
    const auto exchange = m_server.log()->entry(cell.hops.at(row).exchangeId);
    if (!exchange) {
        m_raw->setCode(tr("[… this exchange has left the sandbox's log …]"));
        return;
    }
    m_raw->setCode(QString::fromUtf8(exchange->rawRequest + "\n" + exchange->rawResponse).remove(u'\r'));
}

} // namespace statusdeck::gui
