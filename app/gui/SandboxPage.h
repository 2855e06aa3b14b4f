#pragma once

#include "sandbox/ExchangeDetail.h"

#include <QElapsedTimer>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTimer;

namespace statusdeck {
class SandboxServer;
}

namespace statusdeck::gui {

class EmptyLogHint;
class ExchangeActions;
class ExchangeFilterModel;
class ExchangeTableModel;
class FollowTail;
class RawBytesView;

// The sandbox area: start and stop the local server, its URL to copy or open, and the log of
// every exchange it saw with the raw bytes of the selected one, as text or hex
// (sandbox/ExchangeDetail). The log works as in browser devtools: a filter, sortable columns,
// redirect chains grouped, a context menu (sandbox/ExchangeActions), a view that follows new
// rows (sandbox/FollowTail), an empty state that says how to send the first request
// (sandbox/EmptyLogHint). It stays responsive under load: the table takes the log in slices
// (ExchangeTableModel), its cells keep their laid-out text (sandbox/ExchangeItemDelegate) and
// the count is updated at most every kCountsMs. HAR export.
class SandboxPage : public QWidget
{
    Q_OBJECT
public:
    SandboxPage(SandboxServer &server, QSettings &settings, QWidget *parent = nullptr);
    ~SandboxPage() override;

    void startServer();
    // Starts on any free port, when the chosen one is taken; the chosen port stays in the settings.
    void startOnFreePort();
    void stopServer();
    QUrl url() const;
    ExchangeTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RawBytesView *requestView() const { return m_detail->requestView(); }
    RawBytesView *responseView() const { return m_detail->responseView(); }
    ExchangeActions *actions() const { return m_actions; }
    FollowTail *follow() const { return m_follow; }
    EmptyLogHint *emptyHint() const { return m_emptyHint; }
    QCheckBox *lineEndsToggle() const { return m_detail->lineEndsToggle(); }
    QCheckBox *hexToggle() const { return m_detail->hexToggle(); }
    // Writes all exchanges, or the selected ones, as HAR 1.2; an empty string on success
    // (then statusMessage() says how many were written where).
    QString exportHar(const QString &path, bool selectionOnly);
    // Reads a HAR file into the log as read-only rows marked imported (sandbox/HarImport);
    // an empty string on success (statusMessage() says how many, and what was left out),
    // else why nothing was read, with the log as it was. The file is read on a thread while
    // the window repaints (input waits); a second call meanwhile is refused.
    QString importHar(const QString &path);
    // Where the selected row came from, shown above its raw view for an imported one.
    QLabel *importNote() const { return m_detail->importNote(); }

Q_SIGNALS:
    void serverStateChanged(bool running);
    // A confirmation for the window's status bar ("Copied …", "Wrote 14 exchanges to …").
    void statusMessage(const QString &text);
    // Edit and Resend: the request for the lab's composer (the window switches pages).
    void editRequested(const QString &method, const QString &url, const QString &headers, const QString &body);
    void cardRequested(const QString &id);

private:
    void showState();
    void showSelected();
    void updateCounts();
    void scheduleCounts();
    void showTableOrHint();
    void chooseHarFile();

    SandboxServer &m_server;
    QSettings &m_settings;
    ExchangeTableModel *m_model;
    ExchangeFilterModel *m_filter;
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
    ExchangeDetail *m_detail;
    ExchangeActions *m_actions = nullptr;
    FollowTail *m_follow = nullptr;
    EmptyLogHint *m_emptyHint = nullptr;
    QStackedWidget *m_logStack = nullptr;
    bool m_importing = false;
    static constexpr int kCountsMs = 100;
    QTimer *m_countsTimer;
    QElapsedTimer m_countsShown;
};

} // namespace statusdeck::gui
