#include "SnippetPane.h"

#include "CodeEditor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

SnippetPane::SnippetPane(const SnippetLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_framework(new QComboBox(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_copyCurl(new QPushButton(tr("Copy as c&url"), this))
    , m_copiedNote(new QLabel(this))
    , m_verification(new QLabel(this))
{
    auto *title = new QLabel(tr("<b>Snippet</b>"), this);
    m_framework->setObjectName(u"frameworkChooser"_s);
    m_framework->setAccessibleName(tr("Framework"));
    m_framework->setMinimumWidth(14 * m_framework->fontMetrics().averageCharWidth()); // elides in a small window
    for (const SnippetTemplate &t : library.templates())
        m_framework->addItem(t.platform + u" · "_s + t.framework, t.id);
    m_copy->setObjectName(u"copySnippet"_s);
    m_copy->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copy->setToolTip(tr("Copy the snippet to the clipboard (Ctrl+Shift+C)"));
    m_copyCurl->setObjectName(u"copyCurl"_s);
    m_copyCurl->setVisible(library.findTemplate(u"curl"_s) != nullptr);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->addWidget(title);
    bar->addSpacing(8);
    // The combo's buddy, for assistive technology (AT-SPI names a combo by its text otherwise).
    auto *frameworkLabel = new QLabel(tr("&Framework:"), this);
    frameworkLabel->setBuddy(m_framework);
    bar->addWidget(frameworkLabel);
    bar->addWidget(m_framework);
    bar->addStretch(1);
    bar->addWidget(m_copiedNote);
    bar->addWidget(m_copyCurl);
    bar->addSpacing(4);
    bar->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    // How the tests know this framework's snippet works (or that they cannot run it here).
    m_verification->setObjectName(u"snippetVerification"_s);
    m_verification->setContentsMargins(8, 0, 8, 4);
    m_verification->setWordWrap(true);
    m_verification->setEnabled(false); // drawn in the muted, disabled text colour
    layout->addWidget(m_verification);

    connect(m_framework, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        Q_EMIT frameworkChanged(frameworkId());
    });
    connect(m_copy, &QPushButton::clicked, this, &SnippetPane::copyToClipboard);
    connect(m_copyCurl, &QPushButton::clicked, this, &SnippetPane::copyCurlToClipboard);
}

void SnippetPane::showCard(const Card *card)
{
    m_card = card;
    refresh();
}

QString SnippetPane::frameworkId() const
{
    return m_framework->currentData().toString();
}

void SnippetPane::setFrameworkId(const QString &id)
{
    const int index = m_framework->findData(id);
    if (index >= 0)
        m_framework->setCurrentIndex(index);
}

CodeEditor *SnippetPane::editor()
{
    if (!m_editor) {
        m_editor = new CodeEditor(this);
        m_editor->setObjectName(u"snippetEditor"_s);
        m_editor->setAccessibleName(tr("Snippet code"));
        m_editor->setLanguage(m_language);
        m_editor->setCode(m_code);
        m_editor->zoomTo(m_zoom);
        static_cast<QVBoxLayout *>(layout())->addWidget(m_editor, 1);
        if (isVisible())
            m_editor->show();
    }
    return m_editor;
}

void SnippetPane::setZoom(int steps)
{
    m_zoom = steps;
    if (m_editor)
        m_editor->zoomTo(steps);
}

void SnippetPane::showEvent(QShowEvent *event)
{
    editor();
    QWidget::showEvent(event);
}

void SnippetPane::copyToClipboard()
{
    if (!m_card)
        return;
    QApplication::clipboard()->setText(code());
    confirmCopied();
}

void SnippetPane::setSandboxUrl(const QUrl &url)
{
    m_sandbox = url;
    refresh();
}

QUrl SnippetPane::sandboxStatusUrl() const
{
    // The sandbox's /status takes 100 to 999: a pseudo-code (0) keeps the card's example.
    if (!m_card || !m_sandbox.isValid() || m_card->code < 100)
        return {};
    QUrl url = m_sandbox;
    url.setPath(u"/status/"_s + QString::number(m_card->code));
    return url;
}

QString SnippetPane::curlCommand() const
{
    if (!m_card)
        return {};
    if (const QUrl url = sandboxStatusUrl(); url.isValid())
        return tr("# %1 %2, live from the StatusDeck sandbox on port %3 (it answers any code at /status/CODE)")
                   .arg(m_card->codeText(), m_card->phrase)
                   .arg(url.port()) +
               u"\ncurl -i "_s + url.toString() + u"\n"_s;
    const SnippetTemplate *curl = m_library.findTemplate(u"curl"_s);
    return curl ? m_library.generate(*m_card, *curl).code : QString();
}

void SnippetPane::copyCurlToClipboard()
{
    const QString command = curlCommand();
    if (command.isEmpty())
        return;
    QApplication::clipboard()->setText(command);
    const QUrl url = sandboxStatusUrl();
    confirmCopied(url.isValid() ? tr("Copied: curl for the sandbox on port %1").arg(url.port())
                                : tr("Copied: the card's curl example"));
}

void SnippetPane::confirmCopied(const QString &note)
{
    m_copiedNote->setText(note.isEmpty() ? tr("Copied") : note);
    QTimer::singleShot(1500, m_copiedNote, &QLabel::clear);
    Q_EMIT copied();
}

void SnippetPane::refresh()
{
    const SnippetTemplate *t = m_library.findTemplate(frameworkId());
    QString verification;
    if (t && !t->note.isEmpty()) {
        if (t->verification == "run"_L1)
            verification = tr("Run in tests: %1").arg(t->note);
        else if (t->verification == "checked"_L1)
            verification = tr("Checked in tests, not run: %1").arg(t->note);
        else
            verification = tr("Not run in tests: %1").arg(t->note);
    }
    m_verification->setText(verification);
    m_copy->setEnabled(m_card && t);
    m_copyCurl->setEnabled(m_card != nullptr);
    const QUrl live = sandboxStatusUrl();
    m_copyCurl->setToolTip(live.isValid()
                               ? tr("Copy a curl command for the running sandbox: curl -i %1").arg(live.toString())
                               : tr("Copy the curl commands that show this status and its headers (start the "
                                    "Sandbox to get one for it)"));
    m_code.clear();
    if (m_card && t) {
        const Snippet snippet = m_library.generate(*m_card, *t);
        m_language = snippet.language;
        m_code = snippet.code;
    }
    if (m_editor) {
        if (m_card && t)
            m_editor->setLanguage(m_language);
        m_editor->setCode(m_code);
    }
}

} // namespace statusdeck::gui
