#include "MainWindow.h"

#include "SnippetPane.h"
#include "Theme.h"
#include "reference/GuideDialog.h"
#include "reference/ReferencePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

// MainWindow's menus and toolbar: File, Edit, Go, View (the reference page's entries, the
// pages, the theme) and the navigation toolbar. Help is built in MainWindowChrome.cpp.

namespace statusdeck::gui {

void MainWindow::buildMenus()
{
    m_back = new QAction(themedIcon(ActionIcon::Back), tr("&Back"), this);
    // The platform's Back/Forward keys often are Alt+Left/Right already: a sequence given
    // twice makes the shortcut ambiguous, and then it fires for neither.
    const auto withPlatform = [](QKeySequence own, QKeySequence::StandardKey standard) {
        QList<QKeySequence> keys{own};
        for (const QKeySequence &key : QKeySequence::keyBindings(standard)) {
            if (!keys.contains(key))
                keys.append(key);
        }
        return keys;
    };
    m_back->setShortcuts(withPlatform(QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back));
    m_back->setObjectName(u"actionBack"_s);
    m_forward = new QAction(themedIcon(ActionIcon::Forward), tr("&Forward"), this);
    m_forward->setShortcuts(withPlatform(QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward));
    m_forward->setObjectName(u"actionForward"_s);
    connect(m_back, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_forward, &QAction::triggered, this, &MainWindow::goForward);

    auto *find = new QAction(tr("&Find"), this);
    find->setShortcuts(withPlatform(QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find));
    connect(find, &QAction::triggered, this, &MainWindow::focusSearch);

    find->setObjectName(u"actionFind"_s);
    find->setToolTip(
        tr("Search the cards by code, phrase or text (%1)").arg(find->shortcut().toString(QKeySequence::NativeText)));
    m_copy = new QAction(themedIcon(ActionIcon::Copy), tr("&Copy Snippet"), this);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setObjectName(u"actionCopySnippet"_s);
    m_copy->setToolTip(tr("Copy the card's code snippet to the clipboard (%1)")
                           .arg(m_copy->shortcut().toString(QKeySequence::NativeText)));
    connect(m_copy, &QAction::triggered, m_reference->snippetPane(), &SnippetPane::copyToClipboard);

    auto *quit = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"actionQuit"_s);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(quit);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(find);
    editMenu->addAction(m_copy);
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addAction(m_back);
    goMenu->addAction(m_forward);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    buildReferenceMenus(fileMenu, editMenu, goMenu, viewMenu);
    addOpenActions(fileMenu);
    addPageActions(viewMenu);
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const QList<std::pair<QString, QString>> themes{
        {QString(), tr("&System")}, {u"light"_s, tr("&Light")}, {u"dark"_s, tr("&Dark")}};
    for (const auto &[id, label] : themes) {
        QAction *action = themeMenu->addAction(label);
        action->setCheckable(true);
        action->setData(id);
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = id] {
            m_settings.setValue(themeKey(), id);
            Q_EMIT themeRequested(id);
        });
    }

    buildHelpMenu();

    QToolBar *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(u"navigationToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_back);
    toolbar->addAction(m_forward);
    toolbar->addSeparator();
    toolbar->addAction(m_copy);
    updateNavigation();
}

void MainWindow::buildReferenceMenus(QMenu *fileMenu, QMenu *editMenu, QMenu *goMenu, QMenu *viewMenu)
{
    QAction *quit = fileMenu->actions().value(0);
    auto *exportCard = new QAction(tr("&Export Card as Markdown…"), this);
    exportCard->setObjectName(u"actionExportMarkdown"_s);
    connect(exportCard, &QAction::triggered, this, &MainWindow::exportCardAsMarkdown);
    fileMenu->insertAction(quit, exportCard);
    fileMenu->insertSeparator(quit);

    QAction *copyMarkdown = editMenu->addAction(tr("Copy Card as &Markdown"));
    copyMarkdown->setObjectName(u"actionCopyMarkdown"_s);
    connect(copyMarkdown, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(m_reference->cardMarkdown());
        statusBar()->showMessage(tr("Card copied to the clipboard as Markdown"), 3000);
    });

    goMenu->addSeparator();
    m_favourite = goMenu->addAction(tr("Fa&vourite"));
    m_favourite->setObjectName(u"actionFavourite"_s);
    m_favourite->setCheckable(true);
    m_favourite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_favourite, &QAction::triggered, m_reference, &ReferencePage::setFavourite);
    const auto syncFavourite = [this] {
        m_favourite->setChecked(m_reference->isFavourite());
    };
    connect(m_reference, &ReferencePage::cardShown, this, syncFavourite);
    connect(m_reference, &ReferencePage::favouritesChanged, this, syncFavourite);
    connect(m_reference, &ReferencePage::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    QMenu *favourites = goMenu->addMenu(tr("&Favourites"));
    favourites->setObjectName(u"menuFavourites"_s);
    connect(favourites, &QMenu::aboutToShow, this,
            [this, favourites] { fillCardMenu(favourites, m_reference->readingList().favourites()); });
    QMenu *recent = goMenu->addMenu(tr("&Recent"));
    recent->setObjectName(u"menuRecent"_s);
    connect(recent, &QMenu::aboutToShow, this,
            [this, recent] { fillCardMenu(recent, m_reference->readingList().recent()); });
    goMenu->addSeparator();
    QAction *guide = goMenu->addAction(tr("&Which Code…"), this, &MainWindow::showGuide);
    guide->setObjectName(u"actionGuide"_s);
    guide->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    QAction *compare =
        goMenu->addAction(tr("&Compare with Confused Card"), m_reference, &ReferencePage::compareWithFirstConfused);
    compare->setObjectName(u"actionCompare"_s);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    QAction *zoomIn = viewMenu->addAction(tr("Zoom &In"), m_reference, &ReferencePage::zoomIn);
    zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomIn->setObjectName(u"actionZoomIn"_s);
    QAction *zoomOut = viewMenu->addAction(tr("Zoom &Out"), m_reference, &ReferencePage::zoomOut);
    zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    zoomOut->setObjectName(u"actionZoomOut"_s);
    QAction *zoomReset = viewMenu->addAction(tr("&Normal Size"), m_reference, [this] { m_reference->setZoom(0); });
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    zoomReset->setObjectName(u"actionZoomReset"_s);
    viewMenu->addSeparator();
}

void MainWindow::fillCardMenu(QMenu *menu, const QStringList &ids)
{
    menu->clear();
    for (const QString &id : ids) {
        if (const Card *card = m_catalog.findById(id))
            menu->addAction(card->codeText() + u"  "_s + card->phrase, this, [this, id] { openCard(id); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::exportCardAsMarkdown()
{
    const Card *card = m_catalog.findById(m_reference->currentCardId());
    if (!card)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Card as Markdown"),
                                                      QDir(documents).filePath(card->id() + u".md"_s),
                                                      tr("Markdown (*.md);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (m_reference->exportMarkdown(path, &error))
        statusBar()->showMessage(tr("Card exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export Card as Markdown"),
                             tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
}

void MainWindow::showGuide()
{
    auto *dialog = new GuideDialog(m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GuideDialog::cardRequested, this, [this](const QString &id) { openCard(id); });
    dialog->show();
}

} // namespace statusdeck::gui
