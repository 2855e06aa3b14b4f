#pragma once

#include "catalog/Card.h"
#include "catalog/SnippetLibrary.h"

#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace statusdeck::gui {

class CodeEditor;

// Framework chooser, highlighted read-only snippet and a Copy button for the current card.
class SnippetPane : public QWidget
{
    Q_OBJECT
public:
    explicit SnippetPane(const SnippetLibrary &library, QWidget *parent = nullptr);

    void showCard(const Card *card);
    QString frameworkId() const;
    void setFrameworkId(const QString &id);
    QString code() const { return m_code; }
    // The editor is made when the pane is first shown (or asked for): QScintilla is not
    // paid for while the reference page is hidden.
    CodeEditor *editor();
    // Steps bigger (positive) or smaller than the default text size, as the card's zoom.
    void setZoom(int steps);
    // The running sandbox (http://127.0.0.1:PORT/), or an empty URL when it is stopped:
    // Copy as curl then targets its /status/CODE instead of the card's example.
    void setSandboxUrl(const QUrl &url);
    // What Copy as curl copies for the card shown.
    QString curlCommand() const;

public Q_SLOTS:
    void copyToClipboard();
    // The client side: the curl command that shows this status and its headers.
    void copyCurlToClipboard();

Q_SIGNALS:
    void frameworkChanged(const QString &id);
    void copied();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void confirmCopied(const QString &note = {});
    QUrl sandboxStatusUrl() const; // /status/CODE of the running sandbox, or empty

    const SnippetLibrary &m_library;
    const Card *m_card = nullptr;
    QComboBox *m_framework;
    QPushButton *m_copy;
    QPushButton *m_copyCurl;
    QLabel *m_copiedNote;
    QLabel *m_verification;
    CodeEditor *m_editor = nullptr;
    QString m_code;
    QString m_language;
    QUrl m_sandbox;
    int m_zoom = 0;
};

} // namespace statusdeck::gui
