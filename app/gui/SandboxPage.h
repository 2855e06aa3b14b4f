#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace statusdeck {
class SandboxServer;
}

namespace statusdeck::gui {

class CodeEditor;
class ExchangeTableModel;

// The sandbox area: start and stop the local server, its URL to copy or open, and the
// log of every exchange it saw with the raw bytes of the selected one. HAR export.
class SandboxPage : public QWidget
{
    Q_OBJECT
public:
    SandboxPage(SandboxServer &server, QSettings &settings, QWidget *parent = nullptr);

    void startServer();
    // Starts on any free port, when the chosen one is taken; the chosen port stays in the settings.
    void startOnFreePort();
    void stopServer();
    QUrl url() const;
    ExchangeTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CodeEditor *requestView() const { return m_request; }
    CodeEditor *responseView() const { return m_response; }
    // Writes all exchanges, or the selected ones, as HAR 1.2; an empty string on success
    // (then statusMessage() says how many were written where).
    QString exportHar(const QString &path, bool selectionOnly);
    // Reads a HAR file into the log as read-only rows marked imported (sandbox/HarImport);
    // an empty string on success (statusMessage() says how many, and what was left out),
    // else why nothing was read, with the log as it was. The file is read on a thread while
    // the window repaints (input waits); a second call meanwhile is refused.
    QString importHar(const QString &path);
    // Where the selected row came from, shown above its raw view for an imported one.
    QLabel *importNote() const { return m_importNote; }

Q_SIGNALS:
    void serverStateChanged(bool running);
    // A confirmation for the window's status bar ("Copied …", "Wrote 14 exchanges to …").
    void statusMessage(const QString &text);

private:
    void showState();
    void showSelected();
    void updateCounts();
    void chooseHarFile();

    SandboxServer &m_server;
    QSettings &m_settings;
    ExchangeTableModel *m_model;
    QSortFilterProxyModel *m_filter;
    QSpinBox *m_port;
    QPushButton *m_startStop;
    QPushButton *m_freePort;
    QLabel *m_urlLabel;
    QLabel *m_state;
    QPushButton *m_copyUrl;
    QPushButton *m_openUrl;
    QLineEdit *m_filterEdit;
    QLabel *m_counts;
    QTableView *m_table;
    CodeEditor *m_request;
    CodeEditor *m_response;
    QLabel *m_importNote = nullptr;
    bool m_importing = false;
};

} // namespace statusdeck::gui
