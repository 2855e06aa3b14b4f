#include "reference/GuideDialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {
const QString kResultPrefix = u"result:"_s;
}

GuideDialog::GuideDialog(const Catalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_guide(Guide::loadBuiltIn())
{
    setObjectName(u"guideDialog"_s);
    setWindowTitle(tr("Which Code Should I Use?"));
    resize(560, 460);

    m_text = new QLabel(this);
    m_text->setObjectName(u"guideText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answerLayout = new QVBoxLayout;
    m_answerLayout->setSpacing(2);

    auto *buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    QPushButton *restart = buttons->addButton(tr("&Start Over"), QDialogButtonBox::ResetRole);
    m_openCard = buttons->addButton(tr("&Open Card"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_back, &QPushButton::clicked, this, &GuideDialog::goBack);
    connect(restart, &QPushButton::clicked, this, &GuideDialog::startOver);
    connect(m_openCard, &QPushButton::clicked, this, [this] {
        Q_EMIT cardRequested(m_resultCard);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(m_answerLayout);
    layout->addStretch(1);
    layout->addWidget(buttons);
    startOver();
}

QString GuideDialog::questionText() const
{
    return m_resultCard.isEmpty() ? m_text->text() : QString();
}

QString GuideDialog::resultText() const
{
    return m_resultCard.isEmpty() ? QString() : m_text->text();
}

void GuideDialog::startOver()
{
    m_path.clear();
    showStep(m_guide.start());
}

void GuideDialog::goBack()
{
    if (m_path.size() < 2)
        return;
    m_path.removeLast();
    const QString step = m_path.takeLast();
    showStep(step);
}

void GuideDialog::showStep(const QString &step)
{
    m_path.append(step);
    m_back->setEnabled(m_path.size() > 1);
    if (step.startsWith(kResultPrefix)) {
        if (const GuideResult *result = m_guide.result(step.mid(kResultPrefix.size())))
            showResult(*result);
    } else if (const GuideQuestion *question = m_guide.question(step)) {
        showQuestion(*question);
    } else {
        clearAnswers();
        m_text->setText(tr("The guide could not be loaded."));
    }
}

void GuideDialog::clearAnswers()
{
    qDeleteAll(m_answers);
    m_answers.clear();
}

void GuideDialog::showQuestion(const GuideQuestion &question)
{
    clearAnswers();
    m_resultCard.clear();
    m_openCard->hide();
    m_text->setText(u"<h3>%1</h3>"_s.arg(question.text.toHtmlEscaped()));
    for (const GuideAnswer &answer : question.answers) {
        auto *button = new QCommandLinkButton(answer.text, this);
        const QString next = answer.result.isEmpty() ? answer.next : kResultPrefix + answer.result;
        connect(button, &QCommandLinkButton::clicked, this, [this, next] { showStep(next); });
        m_answerLayout->addWidget(button);
        m_answers.append(button);
    }
    if (!m_answers.isEmpty())
        m_answers.first()->setFocus();
}

void GuideDialog::showResult(const GuideResult &result)
{
    clearAnswers();
    const Card *card = m_catalog.findById(result.card);
    m_resultCard = card ? card->id() : QString();
    // The rule's own quote, else the card's quote of that document and section.
    QString quote = result.rule.quote;
    if (quote.isEmpty() && card) {
        for (const RfcReference &ref : card->rfc) {
            if (ref.document == result.rule.document && ref.section == result.rule.section)
                quote = ref.quote;
        }
    }
    const QString source = result.rule.section.isEmpty()
                               ? result.rule.document
                               : tr("%1, section %2").arg(result.rule.document, result.rule.section);
    QString html =
        u"<h2>%1 %2</h2><p>%3</p>"_s.arg(card ? card->codeText() : result.card,
                                         card ? card->phrase.toHtmlEscaped() : QString(), result.why.toHtmlEscaped());
    if (!quote.isEmpty())
        html += u"<blockquote><i>“%1”</i></blockquote>"_s.arg(quote.toHtmlEscaped());
    html += u"<p>— %1</p>"_s.arg(source.toHtmlEscaped());
    m_text->setText(html);
    m_openCard->setVisible(card != nullptr);
    m_openCard->setDefault(true);
    m_openCard->setFocus();
}

} // namespace statusdeck::gui
