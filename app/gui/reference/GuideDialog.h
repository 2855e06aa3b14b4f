#pragma once

#include "catalog/Catalog.h"
#include "guide/Guide.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QCommandLinkButton;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace statusdeck::gui {

// "Which code should I use?": the guide's questions one at a time, the answers as command
// links, Back and Start over; a result shows the code, why, the RFC rule with its quote, and
// "Open card". The questions are data (resources/guide/which-code.json).
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(const Catalog &catalog, QWidget *parent = nullptr);

    QString questionText() const; // empty while a result is shown
    QList<QCommandLinkButton *> answers() const { return m_answers; }
    QString resultCardId() const { return m_resultCard; } // empty while a question is shown
    QString resultText() const;
    QPushButton *backButton() const { return m_back; }
    QPushButton *openCardButton() const { return m_openCard; }

public Q_SLOTS:
    void startOver();
    void goBack();

Q_SIGNALS:
    void cardRequested(const QString &id);

private:
    void showStep(const QString &step); // a question id, or "result:" and a result id
    void showQuestion(const GuideQuestion &question);
    void showResult(const GuideResult &result);
    void clearAnswers();

    const Catalog &m_catalog;
    Guide m_guide;
    QStringList m_path; // the steps shown, the current one last
    QString m_resultCard;
    QLabel *m_text = nullptr;
    QVBoxLayout *m_answerLayout = nullptr;
    QList<QCommandLinkButton *> m_answers;
    QPushButton *m_back = nullptr;
    QPushButton *m_openCard = nullptr;
};

} // namespace statusdeck::gui
