#include "lab/ComposerView.h"

#include "lab/HopDetailView.h"
#include "lab/LabRun.h"
#include "lab/RequestText.h"
#include "sandbox/ExchangeLog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

ComposerView::ComposerView(QWidget *parent)
    : QWidget(parent)
    , m_presets(lab::loadPresets())
    , m_network(new QNetworkAccessManager(this))
    , m_preset(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_headers(new QPlainTextEdit(this))
    , m_body(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
{
    m_preset->setObjectName(u"preset"_s);
    m_preset->setAccessibleName(tr("Preset"));
    m_preset->addItem(tr("Choose an experiment…"));
    for (const lab::Preset &preset : std::as_const(m_presets))
        m_preset->addItem(preset.displayName());
    m_method->setEditable(true); // any token is a method
    m_method->addItems({u"GET"_s, u"HEAD"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"OPTIONS"_s});
    m_method->setObjectName(u"requestMethod"_s);
    m_method->setAccessibleName(tr("Method"));
    m_url->setObjectName(u"requestUrl"_s);
    m_url->setAccessibleName(tr("URL"));
    m_url->setPlaceholderText(tr("The sandbox's URL, or a path on it such as redirect/307"));
    m_headers->setObjectName(u"requestHeaders"_s);
    m_headers->setAccessibleName(tr("Headers"));
    m_headers->setPlaceholderText(tr("One header per line: Name: value"));
    m_headers->setMaximumHeight(70);
    m_body->setObjectName(u"requestBody"_s);
    m_body->setAccessibleName(tr("Body"));
    m_send->setObjectName(u"sendRequest"_s);

    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_url, 1);
    line->addWidget(m_send);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(4, 4, 4, 4);
    form->addRow(tr("Preset:"), m_preset);
    // The row's label names the method box (a combo's own text is its current item).
    auto *requestLabel = new QLabel(tr("Request:"), this);
    requestLabel->setBuddy(m_method);
    form->addRow(requestLabel, line);
    form->addRow(tr("Headers:"), m_headers);
    form->addRow(tr("Body:"), m_body);
    auto *note = new QLabel(tr("The chosen emulated client follows the redirects hop by hop; every hop really "
                               "goes to the sandbox and shows up in its log."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);

    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            Q_EMIT presetRequested(index - 1);
    });
    connect(m_send, &QPushButton::clicked, this, &ComposerView::sendRequested);
    connect(m_url, &QLineEdit::returnPressed, this, &ComposerView::sendRequested);
}

ComposerView::~ComposerView() = default;

QStringList ComposerView::rawTexts() const
{
    QStringList texts;
    for (const HopRaw &raw : m_raw)
        texts.append(raw.text());
    return texts;
}

bool ComposerView::isSending() const
{
    return m_run && !m_run->isFinished();
}

void ComposerView::applyPreset(int index, const QUrl &mainOrigin, const QUrl &secondOrigin)
{
    if (index < 0 || index >= m_presets.size())
        return;
    const lab::Preset &preset = m_presets.at(index);
    m_preset->setCurrentIndex(index + 1);
    m_method->setCurrentText(QString::fromLatin1(preset.method));
    m_url->setText(preset.url(mainOrigin, secondOrigin).toString(QUrl::FullyEncoded));
    QStringList lines;
    for (const auto &[name, value] : preset.headers)
        lines.append(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
    m_headers->setPlainText(lines.join(u'\n'));
    m_body->setText(QString::fromUtf8(preset.body));
}

void ComposerView::setRequest(const QString &method, const QString &url, const QString &headers, const QString &body)
{
    m_preset->setCurrentIndex(0);
    m_method->setCurrentText(method);
    m_url->setText(url);
    m_headers->setPlainText(headers);
    m_body->setText(body);
}

QString ComposerView::send(const lab::ClientProfile &profile, const QUrl &sandbox, ExchangeLog *log,
                           const QUrl &secondOrigin)
{
    if (isSending())
        return {};
    lab::LabRequest request;
    request.method = lab::composerMethod(m_method->currentText());
    request.url = lab::composerUrl(m_url->text(), sandbox);
    if (!request.url.isValid())
        return tr("'%1' is not a URL.").arg(m_url->text());
    QStringList problems;
    request.headers = lab::parseHeaderLines(m_headers->toPlainText(), &problems);
    if (!problems.isEmpty())
        return tr("The headers were not sent: %1").arg(problems.join(u"; "_s));
    request.body = m_body->text().toUtf8();
    const quint64 lastId = log && !log->entries().isEmpty() ? log->entries().constLast().id : 0;
    m_run = std::make_unique<lab::LabRun>(m_network, profile, request);
    m_send->setEnabled(false);
    connect(m_run.get(), &lab::LabRun::finished, this, [this, &profile, sandbox, secondOrigin, log, lastId] {
        onFinished(profile, sandbox, {sandbox, secondOrigin}, log, lastId);
    });
    m_run->start();
    return {};
}

void ComposerView::onFinished(const lab::ClientProfile &profile, const QUrl &sandbox, const QList<QUrl> &origins,
                              ExchangeLog *log, quint64 lastId)
{
    m_send->setEnabled(true);
    m_hops.clear();
    m_raw.clear();
    m_notes.clear();
    // What the sandbox logged for each hop (lab::loggedHops: in order, by port, method and
    // target); the app's own rendering, with a note saying so, where it logged nothing.
    QList<HttpExchange> logged;
    if (log) {
        for (const HttpExchange &exchange : log->entries()) {
            if (exchange.id > lastId)
                logged.append(exchange);
        }
    }
    const QList<quint64> ids = lab::loggedHops(m_run->hops(), logged);
    for (qsizetype i = 0; i < m_run->hops().size(); ++i) {
        const lab::LabHop &hop = m_run->hops().at(i);
        lab::MatrixHop view = lab::hopView(hop, sandbox);
        const auto exchange = ids.at(i) && log ? log->entry(ids.at(i)) : std::nullopt;
        HopRaw raw;
        if (exchange) {
            view.exchangeId = exchange->id;
            raw.logged = exchange;
        } else {
            raw.rebuilt = lab::unloggedHopText(hop, view.target, origins);
        }
        m_raw.append(raw);
        // The rules of the decision that led to this hop.
        m_notes.append(m_hops.isEmpty() ? QStringList()
                                        : HopDetailView::ruleLines(m_run->hops().at(m_hops.size() - 1).decision));
        m_hops.append(view);
    }
    const lab::LabHop &last = m_run->hops().constLast();
    m_summary = tr("<b>%1</b>: %n hop(s). Stop: %2. %3", nullptr, int(m_run->hops().size()))
                    .arg(profile.name().toHtmlEscaped(), lab::stopReasonText(last.decision.stop).toHtmlEscaped(),
                         last.decision.explanation.toHtmlEscaped());
    // The rules behind each redirect followed, and behind the stop.
    QStringList why;
    for (const lab::LabHop &hop : m_run->hops()) {
        if (!hop.decision.rule.isEmpty() && !why.contains(HopDetailView::ruleHtml(hop.decision.rule)))
            why.append(HopDetailView::ruleHtml(hop.decision.rule));
        for (const lab::HeaderDrop &drop : hop.decision.drops) {
            const QString line =
                tr("−%1: %2").arg(QString::fromLatin1(drop.name).toHtmlEscaped(), HopDetailView::ruleHtml(drop.rule));
            if (!drop.rule.isEmpty() && !why.contains(line))
                why.append(line);
        }
    }
    if (!why.isEmpty())
        m_summary += u"<br/>"_s + tr("Why:") + u"<br/>"_s + why.join(u"<br/>"_s);
    Q_EMIT finished();
}

} // namespace statusdeck::gui
