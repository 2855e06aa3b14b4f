#include "LabPage.h"

#include "CodeEditor.h"
#include "Theme.h"
#include "http/HttpParser.h"
#include "lab/LabRun.h"
#include "lab/RedirectMatrix.h"
#include "sandbox/ExchangeLog.h"
#include "sandbox/SandboxServer.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {

const QString kClient = u"lab/client"_s;

struct Preset {
    const char *name;
    QByteArray method;
    QString path; // %2 is the second origin, for cross-origin presets
    QString headers;
    QString body;
};

const QList<Preset> &presets()
{
    static const QList<Preset> list{
        {QT_TRANSLATE_NOOP("statusdeck::gui::LabPage", "POST through a 302"), "POST",
         u"redirect-to?url=%2Fanything&status_code=302"_s, u"Content-Type: application/x-www-form-urlencoded"_s,
         u"name=Ada&lang=en"_s},
        {QT_TRANSLATE_NOOP("statusdeck::gui::LabPage", "POST through a 307"), "POST",
         u"redirect-to?url=%2Fanything&status_code=307"_s, u"Content-Type: application/json"_s, u"{\"order\": 1042}"_s},
        {QT_TRANSLATE_NOOP("statusdeck::gui::LabPage", "PUT through a 303"), "PUT",
         u"redirect-to?url=%2Fanything&status_code=303"_s, u"Content-Type: application/json"_s,
         u"{\"title\": \"draft\"}"_s},
        {QT_TRANSLATE_NOOP("statusdeck::gui::LabPage", "DELETE through a 301"), "DELETE",
         u"redirect-to?url=%2Fanything&status_code=301"_s, QString(), QString()},
        {QT_TRANSLATE_NOOP("statusdeck::gui::LabPage", "Authorization across origins"), "GET",
         u"redirect-to?url=%2&status_code=307"_s, u"Authorization: Bearer secret-token\nCookie: session=abc"_s,
         QString()},
        {QT_TRANSLATE_NOOP("statusdeck::gui::LabPage", "A chain of three redirects"), "GET", u"redirect-chain/3"_s,
         QString(), QString()},
        {QT_TRANSLATE_NOOP("statusdeck::gui::LabPage", "A redirect loop"), "GET", u"loop"_s, QString(), QString()},
    };
    return list;
}

} // namespace

LabPage::LabPage(SandboxServer &server, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_tabs(new QTabWidget(this))
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
    m_message->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Client:"), this));
    bar->addWidget(m_client, 1);

    m_tabs->setObjectName(u"labTabs"_s);
    m_tabs->addTab(buildMatrixTab(), tr("Matrix"));
    m_tabs->addTab(buildCompareTab(), tr("Compare Clients"));
    m_tabs->addTab(buildRequestTab(), tr("Request"));

    m_cellSummary->setWordWrap(true);
    m_cellSummary->setTextInteractionFlags(Qt::TextBrowserInteraction);
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
    split->addWidget(m_tabs);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_client, &QComboBox::currentIndexChanged, this, [this] { m_settings.setValue(kClient, clientId()); });
    connect(m_timeline, &QListWidget::currentRowChanged, this, &LabPage::showHop);
    setMessage(tr("Pick a client and run the matrix: every method is sent into 301, 302, 303, 307 and 308 on "
                  "the sandbox, and each cell shows what arrived at the redirect's target."));
}

LabPage::~LabPage() = default;

QWidget *LabPage::buildMatrixTab()
{
    auto *page = new QWidget(this);
    m_run->setObjectName(u"runMatrix"_s);
    m_progress->setRange(0, int(lab::RedirectMatrix::methods().size() * lab::RedirectMatrix::codes().size()));
    m_progress->setValue(0);
    m_progress->setMaximumWidth(220);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_run);
    bar->addWidget(m_progress);
    bar->addStretch(1);

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
    m_table->setMinimumHeight(240);
    auto *legend = new QLabel(tr("Green: method and body kept · Amber: method changed · Yellow: body dropped · "
                                 "Red: not followed · ⚠ the client did not do what its profile predicts"),
                              page);
    legend->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(legend);

    connect(m_run, &QPushButton::clicked, this, &LabPage::runMatrix);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int column) { showCell(row, column); });
    return page;
}

QWidget *LabPage::buildCompareTab()
{
    auto *page = new QWidget(this);
    m_compareCode = new QComboBox(page);
    m_compareCode->setObjectName(u"compareCode"_s);
    for (int code : lab::RedirectMatrix::codes())
        m_compareCode->addItem(QString::number(code), code);
    m_compareButton = new QPushButton(tr("Compare"), page);
    m_compareButton->setObjectName(u"runCompare"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Redirect code:"), page));
    bar->addWidget(m_compareCode);
    bar->addWidget(m_compareButton);
    bar->addStretch(1);

    m_compareTable = new QTableWidget(int(lab::RedirectMatrix::methods().size()), 0, page);
    m_compareTable->setObjectName(u"compareTable"_s);
    QStringList rows;
    for (const QByteArray &method : lab::RedirectMatrix::methods())
        rows.append(QString::fromLatin1(method));
    m_compareTable->setVerticalHeaderLabels(rows);
    m_compareTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_compareTable->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_compareTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compareTable->setWordWrap(true);
    m_compareTable->setAccessibleName(tr("Clients compared"));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_compareTable, 1);
    connect(m_compareTable, &QTableWidget::currentCellChanged, this, [this](int row, int column) {
        if (column >= 0 && column < m_compareCells.size() && row >= 0 && row < m_compareCells.at(column).size())
            showMatrixCell(m_compareCells.at(column).at(row), m_compareClients.at(column));
    });
    connect(m_compareButton, &QPushButton::clicked, this, [this] { runCompare(m_compareCode->currentData().toInt()); });
    return page;
}

QWidget *LabPage::buildRequestTab()
{
    auto *page = new QWidget(this);
    m_preset = new QComboBox(page);
    m_preset->setObjectName(u"preset"_s);
    m_preset->addItem(tr("Choose an experiment…"));
    for (const QString &name : presetNames())
        m_preset->addItem(name);
    m_method = new QComboBox(page);
    m_method->setEditable(true); // any token is a method
    m_method->addItems({u"GET"_s, u"HEAD"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"OPTIONS"_s});
    m_method->setObjectName(u"requestMethod"_s);
    m_url = new QLineEdit(page);
    m_url->setObjectName(u"requestUrl"_s);
    m_url->setPlaceholderText(tr("The sandbox's URL, or a path on it such as redirect/307"));
    m_headers = new QPlainTextEdit(page);
    m_headers->setObjectName(u"requestHeaders"_s);
    m_headers->setPlaceholderText(tr("One header per line: Name: value"));
    m_headers->setMaximumHeight(70);
    m_body = new QLineEdit(page);
    m_body->setObjectName(u"requestBody"_s);
    m_send = new QPushButton(tr("Send"), page);
    m_send->setObjectName(u"sendRequest"_s);

    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_url, 1);
    line->addWidget(m_send);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(4, 4, 4, 4);
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(tr("Request:"), line);
    form->addRow(tr("Headers:"), m_headers);
    form->addRow(tr("Body:"), m_body);
    form->addRow(new QLabel(tr("The chosen emulated client follows the redirects hop by hop; every hop really "
                               "goes to the sandbox. For Qt and the real programs, run the matrix."),
                            page));
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyPreset(index - 1);
    });
    connect(m_send, &QPushButton::clicked, this, &LabPage::sendRequest);
    connect(m_url, &QLineEdit::returnPressed, this, &LabPage::sendRequest);
    return page;
}

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
    const int column = int(lab::RedirectMatrix::codes().indexOf(code));
    if (column < 0)
        return;
    m_tabs->setCurrentIndex(0);
    m_table->setCurrentCell(int(lab::RedirectMatrix::methods().indexOf("POST")), column);
    m_compareCode->setCurrentIndex(column);
    setMessage(tr("%1: run the matrix to see what a client does with it (the POST row shows the classic "
                  "difference), or compare every client on it.")
                   .arg(code));
}

void LabPage::withSandbox(std::function<void()> then)
{
    if (m_server.isRunning()) {
        then();
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
    *started = connect(&m_server, &SandboxServer::started, this, [disconnectBoth, then] {
        disconnectBoth();
        then();
    });
    *failed = connect(&m_server, &SandboxServer::failed, this, [this, disconnectBoth](const QString &error) {
        disconnectBoth();
        setMessage(tr("The sandbox could not start: %1").arg(error));
    });
    SandboxServer::Options options;
    options.port = quint16(m_settings.value(u"sandbox/port"_s, SandboxServer::kDefaultPort).toInt());
    m_server.start(options);
}

void LabPage::runMatrix()
{
    if (m_matrix && m_matrix->isRunning())
        return;
    withSandbox([this] { startMatrix(); });
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
    showHops({}, {});
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

// The colour and words of a cell, shared by the matrix and the comparison.
static QTableWidgetItem *cellItem(const lab::MatrixCell &cell, bool dark)
{
    QString text;
    QColor colour;
    if (!cell.followed()) {
        text = LabPage::tr("not followed");
        if (!cell.error.isEmpty())
            text += u"\n"_s + cell.error.left(60);
        colour = dark ? QColor(0x6b, 0x2a, 0x2a) : QColor(0xf6, 0xc9, 0xc5);
    } else {
        text = QString::fromLatin1(cell.nextMethod);
        if (cell.bodySent)
            text += cell.bodyKept ? LabPage::tr(", body kept") : LabPage::tr(", body dropped");
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
    return item;
}

void LabPage::onCellFinished(int index)
{
    const int columns = int(lab::RedirectMatrix::codes().size());
    m_table->setItem(index / columns, index % columns, cellItem(m_matrix->cells().at(index), isDark(palette())));
    if (m_table->currentRow() == index / columns && m_table->currentColumn() == index % columns)
        showCell(index / columns, index % columns);
}

void LabPage::showHops(const QList<lab::MatrixHop> &hops, const QStringList &raw)
{
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
            line += tr(" (body %n byte(s))", nullptr, int(hop.body.size()));
        const QStringList changed = i > 0 ? lab::hopChanges(hops.at(i - 1), hop) : QStringList();
        if (i > 0)
            line += u"\n    "_s + (changed.isEmpty() ? tr("nothing changed") : changed.join(u"; "_s));
        auto *item = new QListWidgetItem(line, m_timeline);
        if (!changed.isEmpty())
            item->setForeground(isDark(palette()) ? QColor(0xf0, 0xb0, 0x60) : QColor(0xa0, 0x50, 0x00));
    }
    if (!hops.isEmpty())
        m_timeline->setCurrentRow(int(hops.size()) - 1);
}

void LabPage::showCell(int row, int column)
{
    const int columns = int(lab::RedirectMatrix::codes().size());
    const int index = row * columns + column;
    if (!m_matrix || row < 0 || column < 0 || index >= m_matrix->cells().size() ||
        !m_matrix->cells().at(index).finished) {
        showHops({}, {});
        m_cellSummary->setText(row >= 0 && column >= 0 ? tr("Run the matrix to fill this cell.") : QString());
        return;
    }
    showMatrixCell(m_matrix->cells().at(index), m_matrix->client().name);
}

void LabPage::showMatrixCell(const lab::MatrixCell &cell, const QString &clientName)
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
    m_cellSummary->setText(summary.join(u"<br/>"_s));

    QStringList raw;
    for (const lab::MatrixHop &hop : cell.hops) {
        const auto exchange = m_server.log()->entry(hop.exchangeId);
        raw.append(exchange ? QString::fromUtf8(exchange->rawRequest + "\n" + exchange->rawResponse).remove(u'\r')
                            : tr("[… this exchange has left the sandbox's log …]"));
    }
    showHops(cell.hops, raw);
}

void LabPage::showHop(int row)
{
    if (row >= 0 && row < m_rawTexts.size())
        m_raw->setCode(m_rawTexts.at(row));
}

QStringList LabPage::presetNames() const
{
    QStringList names;
    for (const Preset &preset : presets())
        names.append(tr(preset.name));
    return names;
}

void LabPage::applyPreset(int index)
{
    if (index < 0 || index >= presets().size())
        return;
    // The cross-origin preset needs the second origin's address: start the sandbox first.
    withSandbox([this, index] {
        const Preset &preset = presets().at(index);
        m_method->setCurrentText(QString::fromLatin1(preset.method));
        QString path = preset.path;
        path.replace(u"%2"_s, QString::fromLatin1(QUrl::toPercentEncoding(
                                  m_server.secondUrl().resolved(QUrl(u"anything"_s)).toString())));
        m_url->setText(path);
        m_headers->setPlainText(preset.headers);
        m_body->setText(preset.body);
        m_tabs->setCurrentIndex(2);
        setMessage(tr("%1: press Send to run it with the chosen client.").arg(tr(preset.name)));
    });
}

void LabPage::sendRequest()
{
    QString id = clientId();
    const lab::ClientProfile *profile = lab::ClientProfile::find(id);
    if (!profile || id == "qt"_L1) {
        setMessage(tr("The request composer runs an emulated client; pick one of the profiles (for Qt and the "
                      "real programs, run the matrix)."));
        return;
    }
    withSandbox([this, profile] {
        lab::LabRequest request;
        request.method = m_method->currentText().trimmed().toLatin1().toUpper();
        if (request.method.isEmpty())
            request.method = "GET";
        const QString text = m_url->text().trimmed();
        QUrl url = QUrl::fromUserInput(text);
        if (text.isEmpty() || !text.contains(u"://"_s))
            url = m_server.url().resolved(QUrl(text));
        request.url = url;
        for (const QString &line : m_headers->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
        }
        request.body = m_body->text().toUtf8();
        m_run1 = std::make_unique<lab::LabRun>(m_network, *profile, request);
        m_send->setEnabled(false);
        connect(m_run1.get(), &lab::LabRun::finished, this, [this, profile] {
            m_send->setEnabled(true);
            QList<lab::MatrixHop> hops;
            QStringList raw;
            for (const lab::LabHop &hop : m_run1->hops()) {
                lab::MatrixHop view;
                view.method = hop.request.method;
                view.target = hop.request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
                if (hop.request.url.authority() != m_server.url().authority())
                    view.target = hop.request.url.toEncoded();
                view.status = hop.status;
                view.headers = hop.request.headers;
                view.body = hop.request.body;
                hops.append(view);
                QString rawText = QString::fromLatin1(view.method + ' ' + view.target + " HTTP/1.1\n");
                for (const auto &[name, value] : hop.request.headers)
                    rawText += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value) + u'\n';
                rawText += u'\n' + QString::fromUtf8(hop.request.body) + u"\n\n"_s;
                rawText += hop.error.isEmpty() ? u"HTTP/1.1 %1\n"_s.arg(hop.status) : hop.error + u'\n';
                for (const auto &[name, value] : hop.responseHeaders)
                    rawText += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value) + u'\n';
                raw.append(rawText);
            }
            const lab::LabHop &last = m_run1->hops().constLast();
            m_cellSummary->setText(tr("<b>%1</b>: %2 hop(s). Stop: %3. %4")
                                       .arg(profile->name().toHtmlEscaped(), QString::number(m_run1->hops().size()),
                                            lab::stopReasonText(last.decision.stop).toHtmlEscaped(),
                                            last.decision.explanation.toHtmlEscaped()));
            showHops(hops, raw);
            setMessage(tr("Done: what the sandbox received on each hop is also in the Sandbox tab."));
            Q_EMIT requestFinished();
        });
        setMessage(tr("Sending with %1…").arg(profile->name()));
        m_run1->start();
    });
}

void LabPage::runCompare(int code)
{
    if (m_compareRun && m_compareRun->isRunning())
        return;
    withSandbox([this, code] { startCompare(code); });
}

void LabPage::startCompare(int code)
{
    m_compareCodeValue = code;
    m_compareClients.clear();
    for (const lab::ClientProfile *profile : lab::ClientProfile::all())
        m_compareClients.append(profile->id());
    m_compareTable->clearContents();
    m_compareTable->setColumnCount(int(m_compareClients.size()));
    m_compareCells.clear();
    m_compareCode->setCurrentIndex(m_compareCode->findData(code));
    m_compareTable->setHorizontalHeaderLabels(m_compareClients);
    m_compareIndex = -1;
    m_compareButton->setEnabled(false);
    m_tabs->setCurrentIndex(1);
    setMessage(
        tr("Comparing every client on %1, live against %2…").arg(QString::number(code), m_server.url().toString()));
    compareNext();
}

void LabPage::compareNext()
{
    ++m_compareIndex;
    if (m_compareIndex >= m_compareClients.size()) {
        m_compareButton->setEnabled(true);
        setMessage(tr("Every client on %1, side by side: each column was run live.").arg(m_compareCodeValue));
        Q_EMIT compareFinished();
        return;
    }
    const auto resolved = lab::MatrixClient::resolve(m_compareClients.at(m_compareIndex), false);
    m_compareRun = std::make_unique<lab::RedirectMatrix>(resolved.client);
    connect(m_compareRun.get(), &lab::RedirectMatrix::finished, this, [this] {
        const bool dark = isDark(palette());
        for (int row = 0; row < lab::RedirectMatrix::methods().size(); ++row) {
            const int index = lab::RedirectMatrix::indexOf(lab::RedirectMatrix::methods().at(row), m_compareCodeValue);
            m_compareTable->setItem(row, m_compareIndex, cellItem(m_compareRun->cells().at(index), dark));
        }
        QList<lab::MatrixCell> column;
        for (const QByteArray &method : lab::RedirectMatrix::methods())
            column.append(m_compareRun->cells().at(lab::RedirectMatrix::indexOf(method, m_compareCodeValue)));
        m_compareCells.append(column);
        // Next client from the event loop, not from inside this matrix's signal.
        QMetaObject::invokeMethod(this, &LabPage::compareNext, Qt::QueuedConnection);
    });
    m_compareRun->start(m_server.url(), m_server.log());
}

} // namespace statusdeck::gui
