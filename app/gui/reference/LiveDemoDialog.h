#pragma once

#include "catalog/Card.h"
#include "sandbox/LiveDemo.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSettings;

namespace statusdeck {
class SandboxServer;
}

namespace statusdeck::gui {

// A card's "Try it live" in the window: the demo of `statusdeck try CODE` (core LiveDemo,
// resources/try/demos.json) sent to the window's sandbox, which is started when it is stopped
// (on the user's port, or a free one when that is taken, and the dialog says so). The
// requests go out on a worker thread; the dialog shows the exchanges raw, what to notice,
// and whether what arrived is what the card says.
class LiveDemoDialog : public QDialog
{
    Q_OBJECT
public:
    LiveDemoDialog(const Card &card, SandboxServer &sandbox, QSettings &settings, QWidget *parent = nullptr);

    bool isDone() const { return m_done; }
    bool succeeded() const { return m_done && m_outcome.ok; } // what arrived is what the card says
    QString sandboxNote() const;                              // how the sandbox was found or started
    QString verdict() const;
    QString exchanges() const; // the raw text shown

public Q_SLOTS:
    void run(); // again, once done (also called when the dialog is made)

Q_SIGNALS:
    void demoFinished(bool ok);

private:
    void send();
    void showOutcome(const DemoOutcome &outcome);
    void fail(const QString &why);

    const Card &m_card;
    SandboxServer &m_sandbox;
    QSettings &m_settings;
    Demo m_demo;
    DemoOutcome m_outcome;
    bool m_done = false;
    bool m_running = false;
    QLabel *m_sandboxNote;
    QLabel *m_notice;
    QLabel *m_verdict;
    QPlainTextEdit *m_raw;
    QPushButton *m_again;
};

} // namespace statusdeck::gui
