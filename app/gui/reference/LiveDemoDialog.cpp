#include "reference/LiveDemoDialog.h"

#include "Theme.h"
#include "sandbox/SandboxServer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {

// Raw bytes as text: CR LF as the line end it is, other control characters (but tab) visible
// as \xNN, so a binary answer shows what it is.
QString rawText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(16 * 1024));
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue; // the LF that follows ends the line
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
            out += u"\\x%1"_s.arg(int(c.unicode()), 2, 16, QChar(u'0'));
        else
            out += c;
    }
    if (bytes.size() > 16 * 1024)
        out += u"\n[… %1 more bytes]"_s.arg(bytes.size() - 16 * 1024);
    return out;
}

} // namespace

LiveDemoDialog::LiveDemoDialog(const Card &card, SandboxServer &sandbox, QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_card(card)
    , m_sandbox(sandbox)
    , m_settings(settings)
    , m_sandboxNote(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_raw(new QPlainTextEdit(this))
    , m_again(new QPushButton(tr("Send &Again"), this))
{
    setObjectName(u"liveDemoDialog"_s);
    setWindowTitle(tr("Try %1 %2 live – StatusDeck").arg(card.codeText(), card.phrase));
    auto *title = new QLabel(u"<h2>%1 %2</h2>"_s.arg(card.codeText(), card.phrase.toHtmlEscaped()), this);
    m_sandboxNote->setObjectName(u"liveDemoSandbox"_s);
    m_sandboxNote->setWordWrap(true);
    m_notice->setObjectName(u"liveDemoNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_verdict->setObjectName(u"liveDemoVerdict"_s);
    m_verdict->setWordWrap(true);
    m_raw->setObjectName(u"liveDemoExchanges"_s);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(monospaceFont());
    m_raw->setAccessibleName(tr("Exchanges, raw"));
    m_again->setObjectName(u"liveDemoAgain"_s);
    m_again->setIcon(themedIcon(ActionIcon::Run));
    m_again->setToolTip(tr("Send the requests to the sandbox again"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &LiveDemoDialog::run);

    auto *noticeTitle = new QLabel(tr("<b>What to notice</b>"), this);
    auto *rawTitle = new QLabel(tr("<b>&Exchanges</b> (as sent and received; line ends are CR LF)"), this);
    rawTitle->setBuddy(m_raw);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_sandboxNote);
    layout->addWidget(noticeTitle);
    layout->addWidget(m_notice);
    layout->addWidget(m_verdict);
    layout->addWidget(rawTitle);
    layout->addWidget(m_raw, 1);
    layout->addWidget(buttons);
    resize(760, 620);
    run();
}

void LiveDemoDialog::run()
{
    if (m_running)
        return;
    m_running = true;
    m_done = false;
    m_again->setEnabled(false);
    m_verdict->setText(tr("Sending…"));
    m_raw->clear();
    if (m_sandbox.isListening()) {
        m_sandboxNote->setText(tr("Sent to the sandbox at %1.").arg(m_sandbox.url().toString()));
        send();
        return;
    }
    // Stopped: start it, on the user's port or, when that is taken, a free one.
    SandboxServer::Options options;
    options.port = SandboxServer::configuredPort(m_settings);
    options.fallbackToFreePort = true;
    m_sandboxNote->setText(tr("Starting the sandbox…"));
    m_sandbox.whenListening(
        this, options,
        [this, port = options.port] {
            const int now = m_sandbox.url().port();
            m_sandboxNote->setText(m_sandbox.onFallbackPort()
                                       ? tr("The sandbox was stopped and port %1 is taken: it was started on port %2 "
                                            "(%3). Stop it on the Sandbox page.")
                                             .arg(port)
                                             .arg(now)
                                             .arg(m_sandbox.url().toString())
                                       : tr("The sandbox was stopped: it was started on port %1 (%2). Stop it on "
                                            "the Sandbox page.")
                                             .arg(now)
                                             .arg(m_sandbox.url().toString()));
            send();
        },
        [this](const QString &error) { fail(tr("The sandbox could not be started: %1").arg(error)); });
}

void LiveDemoDialog::send()
{
    const QUrl url = m_sandbox.url();
    m_demo = liveDemoFor(m_card, url.authority());
    m_notice->setText(m_demo.notice);
    // The requests block on their sockets: on a thread of their own, never the GUI's.
    auto result = std::make_shared<DemoOutcome>();
    QThread *worker = QThread::create([demo = m_demo, url, result] { *result = runLiveDemo(demo, url); });
    worker->setObjectName(u"liveDemo"_s);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result] { showOutcome(*result); });
    worker->start();
}

void LiveDemoDialog::showOutcome(const DemoOutcome &outcome)
{
    m_outcome = outcome;
    QString text;
    for (qsizetype i = 0; i < outcome.steps.size(); ++i) {
        const DemoOutcome::Step &step = outcome.steps.at(i);
        text += tr("--> request %1 of %2").arg(i + 1).arg(outcome.steps.size());
        if (step.step.closedPort)
            text += tr(" (to a port where nothing listens)");
        text += u"\n"_s + rawText(step.step.request) + u"\n"_s;
        if (step.response.isEmpty())
            text += tr("<-- no response") + u"\n"_s;
        else
            text += tr("<-- response (%n byte(s))", nullptr, int(step.response.size())) + u"\n"_s +
                    rawText(step.response) + u"\n"_s;
        text += step.ok ? tr("    as the card says") : tr("    NOT as the card says: %1").arg(step.problem);
        text += u"\n\n"_s;
    }
    m_raw->setPlainText(text);
    const QString color =
        themeColor(outcome.ok ? ThemeColor::RegistryStandard : ThemeColor::StatusServerError, palette()).name();
    m_verdict->setText(u"<span style='color:%1; font-weight:600;'>%2</span>"_s.arg(
        color,
        (outcome.ok ? tr("✔ What arrived is what the card says.") : tr("✘ What arrived is not what the card says."))
            .toHtmlEscaped()));
    m_running = false;
    m_done = true;
    m_again->setEnabled(true);
    Q_EMIT demoFinished(outcome.ok);
}

void LiveDemoDialog::fail(const QString &why)
{
    m_outcome = {};
    m_sandboxNote->setText(why);
    m_verdict->setText(tr("Nothing was sent."));
    m_running = false;
    m_done = true;
    m_again->setEnabled(true);
    Q_EMIT demoFinished(false);
}

QString LiveDemoDialog::sandboxNote() const
{
    return m_sandboxNote->text();
}

QString LiveDemoDialog::verdict() const
{
    return m_verdict->text();
}

QString LiveDemoDialog::exchanges() const
{
    return m_raw->toPlainText();
}

} // namespace statusdeck::gui
