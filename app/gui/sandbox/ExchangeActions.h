#pragma once

#include <QObject>

class QAction;
class QMenu;
class QTableView;

namespace statusdeck {
class SandboxServer;
struct HttpExchange;
} // namespace statusdeck

namespace statusdeck::gui {

class ExchangeTableModel;

// What can be done with an exchange of the log, as in browser devtools: Copy as curl, Copy
// as fetch, Copy URL, Replay (the same bytes sent to the sandbox again), Edit and Resend (in
// the lab's request composer), Open the status card, and expanding or collapsing a redirect
// chain. Each is an action on the table with its shortcut, in its context menu (also from the
// Menu key), and acts on the current row.
class ExchangeActions final : public QObject
{
    Q_OBJECT
public:
    enum Action { CopyCurl, CopyFetch, CopyUrl, Replay, EditResend, OpenCard, ToggleChain, ActionCount };

    ExchangeActions(QTableView *table, ExchangeTableModel *model, SandboxServer &server, QObject *parent = nullptr);

    QAction *action(Action which) const { return m_actions[which]; }
    QMenu *menu() const { return m_menu; }
    void updateEnabled();

Q_SIGNALS:
    void statusMessage(const QString &text);
    // Edit and Resend: the request for the composer; headers as "Name: value" lines.
    void editRequested(const QString &method, const QString &url, const QString &headers, const QString &body);
    void cardRequested(const QString &id);
    // A replay got its answer (status) or failed (error).
    void replayed(int status, const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const HttpExchange *current() const;
    int currentSourceRow() const;
    void copy(const QString &text, const QString &confirmation);
    void copyCommand(bool asFetch);
    void replay();
    void editResend();
    void toggleChain();

    QTableView *m_table;
    ExchangeTableModel *m_model;
    SandboxServer &m_server;
    QAction *m_actions[ActionCount] = {};
    QMenu *m_menu;
};

} // namespace statusdeck::gui
