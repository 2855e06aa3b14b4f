#include "sandbox/ExchangeActions.h"

#include "ExchangeTableModel.h"
#include "sandbox/CopyCommand.h"
#include "sandbox/ExchangeParts.h"
#include "sandbox/RawReplay.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QMenu>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

ExchangeActions::ExchangeActions(QTableView *table, ExchangeTableModel *model, SandboxServer &server, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_model(model)
    , m_server(server)
    , m_menu(new QMenu(table))
{
    const auto make = [this](Action which, const QString &text, const QKeySequence &key, const QString &tip,
                             auto slot) {
        auto *action = new QAction(text, m_table);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
        action->setObjectName(u"exchangeAction%1"_s.arg(int(which)));
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
        m_actions[which] = action;
    };
    make(CopyCurl, tr("Copy as curl"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
         tr("Copy a curl command that sends this request again"), [this] { copyCommand(false); });
    make(CopyFetch, tr("Copy as fetch"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F),
         tr("Copy a JavaScript fetch() call that sends this request again"), [this] { copyCommand(true); });
    make(CopyUrl, tr("Copy URL"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U), tr("Copy the URL of this request"),
         [this] {
             if (const HttpExchange *e = current())
                 copy(exchangeUrl(*e).toString(QUrl::FullyEncoded), tr("Copied %1 to the clipboard"));
         });
    make(Replay, tr("Replay"), QKeySequence(Qt::CTRL | Qt::Key_R),
         tr("Send the same bytes to the sandbox again; the answer shows up as a new exchange"), [this] { replay(); });
    make(EditResend, tr("Edit and Resend…"), QKeySequence(Qt::CTRL | Qt::Key_E),
         tr("Open this request in the lab's request composer to change it and send it"), [this] { editResend(); });
    make(OpenCard, tr("Open the Status Card"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
         tr("Show the reference card of this exchange's status code"), [this] {
             if (const HttpExchange *e = current(); e && e->status)
                 Q_EMIT cardRequested(QString::number(e->status));
         });
    make(ToggleChain, tr("Expand or Collapse the Redirect Chain"), QKeySequence(Qt::Key_Plus),
         tr("Show or hide the later hops of this redirect chain"), [this] { toggleChain(); });
    m_actions[ToggleChain]->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Minus)});

    m_menu->setObjectName(u"exchangeMenu"_s);
    for (const Action which : {CopyCurl, CopyFetch, CopyUrl})
        m_menu->addAction(m_actions[which]);
    m_menu->addSeparator();
    for (const Action which : {Replay, EditResend})
        m_menu->addAction(m_actions[which]);
    m_menu->addSeparator();
    m_menu->addAction(m_actions[OpenCard]);
    m_menu->addAction(m_actions[ToggleChain]);

    // The menu opens at the pointer, or under the current row from the Menu key / Shift+F10.
    m_table->setContextMenuPolicy(Qt::DefaultContextMenu);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExchangeActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExchangeActions::updateEnabled);
    // A click on the arrow of a chain's first row opens or closes it, as in a tree.
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() != ExchangeTableModel::Target || !index.data(ExchangeTableModel::ChainHeadRole).toBool() ||
            index.data(ExchangeTableModel::ChainSizeRole).toInt() < 2)
            return;
        const QPoint at = m_table->viewport()->mapFromGlobal(QCursor::pos());
        const QRect cell = m_table->visualRect(index);
        if (at.x() - cell.left() <= m_table->fontMetrics().horizontalAdvance(u"▾ "_s) + 8)
            toggleChain();
    });
    updateEnabled();
}

bool ExchangeActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu || (watched != m_table && watched != m_table->viewport()))
        return QObject::eventFilter(watched, event);
    auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    QPoint at;
    if (menuEvent->reason() == QContextMenuEvent::Keyboard) {
        if (!m_table->currentIndex().isValid() && m_table->model()->rowCount() > 0)
            m_table->setCurrentIndex(m_table->model()->index(0, 0));
        const QRect rect = m_table->visualRect(m_table->currentIndex());
        at = m_table->viewport()->mapToGlobal(rect.isValid() ? rect.bottomLeft() : QPoint(0, 0));
    } else {
        const QPoint viewportPos = m_table->viewport()->mapFromGlobal(menuEvent->globalPos());
        const QModelIndex index = m_table->indexAt(viewportPos);
        if (index.isValid())
            m_table->setCurrentIndex(index);
        at = menuEvent->globalPos();
    }
    updateEnabled();
    m_menu->popup(at);
    return true;
}

int ExchangeActions::currentSourceRow() const
{
    QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return -1;
    if (auto *proxy = qobject_cast<QAbstractProxyModel *>(m_table->model()))
        index = proxy->mapToSource(index);
    return index.isValid() ? index.row() : -1;
}

const HttpExchange *ExchangeActions::current() const
{
    const int row = currentSourceRow();
    return row >= 0 && row < m_model->rowCount() ? &m_model->exchange(row) : nullptr;
}

void ExchangeActions::updateEnabled()
{
    const HttpExchange *e = current();
    const bool request = e && exchangeRequest(*e).has_value();
    m_actions[CopyCurl]->setEnabled(request);
    m_actions[CopyFetch]->setEnabled(request);
    m_actions[EditResend]->setEnabled(request);
    m_actions[CopyUrl]->setEnabled(e && !e->target.isEmpty());
    m_actions[Replay]->setEnabled(e && !e->rawRequest.isEmpty() && !e->requestTruncated);
    m_actions[OpenCard]->setEnabled(e && e->status > 0);
    const int row = currentSourceRow();
    m_actions[ToggleChain]->setEnabled(row >= 0 && m_model->chainSize(m_model->chainOf(row)) > 1);
}

void ExchangeActions::copy(const QString &text, const QString &confirmation)
{
    QApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(confirmation.arg(text.size() > 80 ? text.left(77) + u"…"_s : text));
}

void ExchangeActions::copyCommand(bool asFetch)
{
    const HttpExchange *e = current();
    const auto request = e ? exchangeRequest(*e) : std::nullopt;
    if (!request) {
        Q_EMIT statusMessage(tr("This exchange is not a whole HTTP request, so there is nothing to copy as a command"));
        return;
    }
    if (asFetch)
        copy(copycommand::fetch(*request), tr("Copied the fetch() call to the clipboard"));
    else
        copy(copycommand::curl(*request), tr("Copied %1 to the clipboard"));
}

void ExchangeActions::replay()
{
    const HttpExchange *e = current();
    if (!e || e->rawRequest.isEmpty() || e->requestTruncated)
        return;
    if (!m_server.isListening()) {
        Q_EMIT statusMessage(tr("Start the sandbox to replay a request"));
        return;
    }
    // Where it went, while the sandbox still listens there; else the sandbox's address now.
    const QUrl origin(e->origin);
    QUrl target = m_server.url();
    if (origin.port() == m_server.secondUrl().port())
        target = m_server.secondUrl();
    auto *run = RawReplay::send(target, e->rawRequest, e->method, this);
    const QString what = QString::fromLatin1(e->method + ' ' + e->target.left(60));
    connect(run, &RawReplay::finished, this, [this, what](int status, const QString &error) {
        Q_EMIT statusMessage(error.isEmpty() ? tr("Replayed %1: %2").arg(what, QString::number(status))
                                             : tr("Replay of %1 failed: %2").arg(what, error));
        Q_EMIT replayed(status, error);
    });
    Q_EMIT statusMessage(tr("Replaying %1…").arg(what));
}

void ExchangeActions::editResend()
{
    const HttpExchange *e = current();
    const auto request = e ? exchangeRequest(*e) : std::nullopt;
    if (!request)
        return;
    QStringList lines;
    for (const auto &[name, value] : request->headers) {
        if (!headers::isTransport(name)) // the composer's client writes these itself
            lines.append(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
    }
    Q_EMIT editRequested(QString::fromLatin1(request->method), request->url.toString(QUrl::FullyEncoded),
                         lines.join(u'\n'), QString::fromUtf8(request->body));
}

void ExchangeActions::toggleChain()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const quint64 chain = m_model->chainOf(row);
    if (m_model->chainSize(chain) < 2)
        return;
    const bool collapse = !m_model->isCollapsed(chain);
    m_model->setCollapsed(chain, collapse);
    // The current row may have been hidden: the chain's first row takes its place.
    if (collapse) {
        auto *proxy = qobject_cast<QAbstractProxyModel *>(m_table->model());
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->exchange(r).id == chain) {
                const QModelIndex source = m_model->index(r, 0);
                m_table->setCurrentIndex(proxy ? proxy->mapFromSource(source) : source);
                break;
            }
        }
    }
    updateEnabled();
}

} // namespace statusdeck::gui
