#pragma once

#include "catalog/Card.h"
#include "catalog/SnippetLibrary.h"

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
    void confirmCopied();

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
    int m_zoom = 0;
};

} // namespace statusdeck::gui
