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
    QString code() const;
    CodeEditor *editor() const { return m_editor; }

public Q_SLOTS:
    void copyToClipboard();
    // The client side: the curl command that shows this status and its headers.
    void copyCurlToClipboard();

Q_SIGNALS:
    void frameworkChanged(const QString &id);
    void copied();

private:
    void refresh();
    void confirmCopied();

    const SnippetLibrary &m_library;
    const Card *m_card = nullptr;
    QComboBox *m_framework;
    QPushButton *m_copy;
    QPushButton *m_copyCurl;
    QLabel *m_copiedNote;
    CodeEditor *m_editor;
};

} // namespace statusdeck::gui
