// The parts of MainWindow that follow the page shown: the window title, the toolbar's
// state and tooltips, the status bar, the window's history of places (cards and pages, so
// Back after "Try it in the lab" returns to the card), the sandbox indicator and Help.
#include "MainWindow.h"

#include "PageShortcuts.h"
#include "SnippetPane.h"
#include "WindowSize.h"
#include "reference/ReferencePage.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {
const QString kCardPlace = u"card:"_s;
const QString kPagePlace = u"page:"_s;

QString pageName(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Reference:
        return u"reference"_s;
    case MainWindow::Page::Sandbox:
        return u"sandbox"_s;
    case MainWindow::Page::Lab:
        return u"lab"_s;
    }
    return {};
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(u", "_s);
}
} // namespace

QUrl MainWindow::bugTrackerUrl()
{
    return QUrl(u"https://github.com/statusdeck/statusdeck/issues"_s);
}

void MainWindow::pageShown()
{
    const Page page = currentPage();
    // The card count and Copy Snippet are the reference's; the others show their own state.
    m_countLabel->setVisible(page == Page::Reference);
    if (m_copy)
        m_copy->setEnabled(page == Page::Reference);
    statusBar()->clearMessage();
    updateTitle();
    recordPlace();
}

void MainWindow::recordPlace()
{
    if (m_goingToPlace)
        return;
    const Page page = currentPage();
    if (page == Page::Reference) {
        if (currentCardId().isEmpty())
            return;
        m_places.visit(kCardPlace + m_reference->currentEntry()); // a card, or "compare:A/B"
    } else {
        m_places.visit(kPagePlace + pageName(page));
    }
    updateNavigation();
}

void MainWindow::goToPlace(const QString &place)
{
    m_goingToPlace = true;
    if (place.startsWith(kCardPlace)) {
        m_reference->revisitEntry(place.mid(kCardPlace.size()));
        showPage(Page::Reference);
    } else if (const auto page = pageFromName(place.mid(kPagePlace.size()))) {
        showPage(*page);
    }
    m_goingToPlace = false;
    updateNavigation();
}

QString MainWindow::placeName(const QString &place) const
{
    if (place.startsWith(kCardPlace + u"compare:"_s)) {
        const QStringList ids = place.mid(kCardPlace.size() + 8).split(u'/');
        const Card *card = m_catalog.findById(ids.value(0));
        const Card *other = m_catalog.findById(ids.value(1));
        if (card && other)
            return tr("%1 compared with %2").arg(card->codeText(), other->codeText());
    }
    if (place.startsWith(kCardPlace)) {
        if (const Card *card = m_catalog.findById(place.mid(kCardPlace.size())))
            return u"%1 %2"_s.arg(card->codeText(), card->phrase);
        return place.mid(kCardPlace.size());
    }
    switch (pageFromName(place.mid(kPagePlace.size())).value_or(Page::Reference)) {
    case Page::Reference:
        return tr("the Reference");
    case Page::Sandbox:
        return tr("the Sandbox");
    case Page::Lab:
        return tr("the Redirect Lab");
    }
    return {};
}

void MainWindow::updateNavigation()
{
    if (!m_back)
        return;
    m_back->setEnabled(m_places.canGoBack());
    m_forward->setEnabled(m_places.canGoForward());
    const QString back = keysOf(m_back).section(u", "_s, 0, 0);
    const QString forward = keysOf(m_forward).section(u", "_s, 0, 0);
    m_back->setToolTip(m_places.canGoBack() ? tr("Go back to %1 (%2)").arg(placeName(m_places.peekBack()), back)
                                            : tr("Go back (%1)").arg(back));
    m_forward->setToolTip(m_places.canGoForward()
                              ? tr("Go forward to %1 (%2)").arg(placeName(m_places.peekForward()), forward)
                              : tr("Go forward (%1)").arg(forward));
}

void MainWindow::updateTitle()
{
    switch (currentPage()) {
    case Page::Reference:
        if (const Card *card = m_catalog.findById(m_reference->currentCardId()))
            setWindowTitle(tr("%1 %2 – StatusDeck").arg(card->codeText(), card->phrase));
        else
            setWindowTitle(tr("StatusDeck"));
        break;
    case Page::Sandbox:
        setWindowTitle(tr("Sandbox – StatusDeck"));
        break;
    case Page::Lab:
        setWindowTitle(tr("Redirect Lab – StatusDeck"));
        break;
    }
}

void MainWindow::watchSandbox()
{
    connect(m_sandbox.get(), &SandboxServer::stateChanged, this, &MainWindow::updateSandboxIndicator);
    updateSandboxIndicator();
}

void MainWindow::updateSandboxIndicator()
{
    if (!m_sandboxIndicator) {
        m_sandboxIndicator = new QToolButton(this);
        m_sandboxIndicator->setObjectName(u"sandboxIndicator"_s);
        m_sandboxIndicator->setAutoRaise(true);
        m_sandboxIndicator->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(m_sandboxIndicator, &QToolButton::clicked, this, [this] { showPage(Page::Sandbox); });
        statusBar()->addPermanentWidget(m_sandboxIndicator);
    }
    const SandboxServer::State state = m_sandbox ? m_sandbox->state() : SandboxServer::State::Stopped;
    QString text;
    switch (state) {
    case SandboxServer::State::Stopped:
        text = tr("Sandbox stopped");
        break;
    case SandboxServer::State::Starting:
        text = tr("Sandbox starting…");
        break;
    case SandboxServer::State::Listening:
        text = tr("Sandbox running on port %1").arg(m_sandbox->url().port());
        break;
    case SandboxServer::State::Failed:
        text = tr("Sandbox failed to start");
        break;
    }
    // Copy as curl targets the sandbox while it runs.
    m_reference->snippetPane()->setSandboxUrl(state == SandboxServer::State::Listening ? m_sandbox->url() : QUrl());
    m_sandboxIndicator->setText(u"● "_s + text);
    m_sandboxIndicator->setAccessibleName(text);
    m_sandboxIndicator->setToolTip(tr("Show the Sandbox page (Ctrl+2)"));
}

void MainWindow::addPageActions(QMenu *viewMenu)
{
    const QList<std::pair<Page, QString>> pages{
        {Page::Reference, tr("&Reference")}, {Page::Sandbox, tr("&Sandbox")}, {Page::Lab, tr("Redirect &Lab")}};
    for (const auto &[page, label] : pages) {
        QAction *action = viewMenu->addAction(label);
        action->setObjectName(u"actionShow_"_s + pageName(page));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(page))));
        connect(action, &QAction::triggered, this, [this, page = page] { showPage(page); });
    }
    viewMenu->addSeparator();
}

void MainWindow::buildHelpMenu()
{
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(u"actionShortcuts"_s);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction *report =
        helpMenu->addAction(tr("&Report a Problem…"), this, [] { QDesktopServices::openUrl(bugTrackerUrl()); });
    report->setObjectName(u"actionReportProblem"_s);
    report->setToolTip(tr("Open the bug tracker in the browser: %1").arg(bugTrackerUrl().toString()));
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About StatusDeck"), this, &MainWindow::showAbout);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"actionAboutQt"_s);
}

void MainWindow::fitToScreen()
{
    if (const QScreen *where = screen())
        resize(firstStartSize(where->availableSize(), minimumSizeHint()));
}

QList<std::pair<QString, QString>> MainWindow::shortcutList() const
{
    // The pages built on first use are listed from their data (PageShortcuts.h), built or not,
    // so the list is complete from start-up and the same after they are built.
    const auto onLazyPage = [this](const QObject *object) {
        for (; object; object = object->parent()) {
            if (object == m_holders[int(Page::Sandbox)] || object == m_holders[int(Page::Lab)])
                return true;
        }
        return false;
    };
    QList<std::pair<QString, QString>> list;
    for (const QAction *action : findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || onLazyPage(action))
            continue;
        list.append({action->text().remove(u'&'), keysOf(action)});
    }
    std::sort(list.begin(), list.end());
    for (const PageShortcut &shortcut : pageShortcuts()) {
        QStringList keys;
        for (const QKeySequence &key : shortcut.keys)
            keys.append(key.toString(QKeySequence::NativeText));
        list.append({tr("%1: %2").arg(shortcut.where, shortcut.text), keys.join(u", "_s)});
    }
    return list;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setObjectName(u"shortcutsDialog"_s);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(&dialog);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const auto list = shortcutList();
    table->setRowCount(int(list.size()));
    for (int row = 0; row < int(list.size()); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(list.at(row).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnToContents(1);
    // One line each, so that a small screen shows most of the list.
    table->setWordWrap(false);
    table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Mouse: the back and forward buttons go back and forward too."), &dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(560, 420);
    dialog.exec();
}

} // namespace statusdeck::gui
