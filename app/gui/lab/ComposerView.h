#pragma once

#include "lab/HopDetailView.h"
#include "lab/MatrixCell.h"
#include "lab/Presets.h"

#include <QList>
#include <QUrl>
#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;

namespace statusdeck {
class ExchangeLog;
}

namespace statusdeck::lab {
class ClientProfile;
class LabRun;
} // namespace statusdeck::lab

namespace statusdeck::gui {

// The Request tab: one request (a preset or typed), followed hop by hop by an emulated client,
// every hop sent for real to the sandbox. Keeps its last result for the detail pane.
class ComposerView : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerView(QWidget *parent = nullptr);
    ~ComposerView() override;

    const QList<lab::Preset> &presets() const { return m_presets; }
    // Fills the form from a preset, its URL built for the sandbox's two origins.
    void applyPreset(int index, const QUrl &mainOrigin, const QUrl &secondOrigin);
    // Fills the form with a request (Edit and Resend from the sandbox's log).
    void setRequest(const QString &method, const QString &url, const QString &headers, const QString &body);
    // Sends the form with profile; problems with the form come back as the returned text.
    // secondOrigin: the sandbox's other origin, so a hop there is known as the sandbox's.
    QString send(const lab::ClientProfile &profile, const QUrl &sandbox, ExchangeLog *log,
                 const QUrl &secondOrigin = {});
    bool isSending() const;

    // The last result, for the detail pane: hops, the raw bytes of each (and as text), a summary.
    const QList<lab::MatrixHop> &hops() const { return m_hops; }
    const QList<HopRaw> &rawHops() const { return m_raw; }
    QStringList rawTexts() const;
    const QString &summary() const { return m_summary; }
    // Per hop, the rules behind it (the decision of the hop before), for the timeline.
    const QList<QStringList> &notes() const { return m_notes; }

Q_SIGNALS:
    void presetRequested(int index);
    void sendRequested();
    void finished();

private:
    void onFinished(const lab::ClientProfile &profile, const QUrl &sandbox, const QList<QUrl> &origins,
                    ExchangeLog *log, quint64 lastId);

    QList<lab::Preset> m_presets;
    QNetworkAccessManager *m_network;
    std::unique_ptr<lab::LabRun> m_run;
    QComboBox *m_preset;
    QComboBox *m_method;
    QLineEdit *m_url;
    QPlainTextEdit *m_headers;
    QLineEdit *m_body;
    QPushButton *m_send;
    QList<lab::MatrixHop> m_hops;
    QList<HopRaw> m_raw;
    QString m_summary;
    QList<QStringList> m_notes;
};

} // namespace statusdeck::gui
