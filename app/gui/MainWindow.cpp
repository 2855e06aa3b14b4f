#include "MainWindow.h"

#include "LabPage.h"
#include "SandboxPage.h"
#include "SnippetPane.h"
#include "Theme.h"
#include "reference/GuideDialog.h"
#include "reference/LiveDemoDialog.h"
#include "reference/ReferencePage.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {
const QString kGeometry = u"window/geometry"_s;
const QString kWindowState = u"window/state"_s;
const QString kTheme = u"appearance/theme"_s;
const QString kPage = u"window/page"_s;
} // namespace

std::optional<MainWindow::Page> MainWindow::pageFromName(const QString &name)
{
    if (name == "reference"_L1)
        return Page::Reference;
    if (name == "sandbox"_L1)
        return Page::Sandbox;
    if (name == "lab"_L1)
        return Page::Lab;
    return std::nullopt;
}

MainWindow::MainWindow(const Catalog &catalog, const SnippetLibrary &snippets, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_settings(settings)
{
    setWindowTitle(tr("StatusDeck"));
    setObjectName(u"mainWindow"_s);

    m_reference = new ReferencePage(catalog, snippets, settings, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"pages"_s);
    m_tabs->setDocumentMode(true);
    m_holders[int(Page::Reference)] = m_reference;
    m_tabs->addTab(m_reference, tr("Reference"));
    for (const Page page : {Page::Sandbox, Page::Lab}) {
        auto *holder = new QWidget(m_tabs);
        holder->setObjectName(page == Page::Sandbox ? u"sandboxHolder"_s : u"labHolder"_s);
        auto *layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        m_holders[int(page)] = holder;
        m_tabs->addTab(holder, page == Page::Sandbox ? tr("Sandbox") : tr("Redirect Lab"));
    }
    setCentralWidget(m_tabs);
    // A tab clicked for the first time builds its page.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < int(m_holders.size()))
            buildPage(Page(index));
        pageShown();
    });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"cardCount"_s);
    statusBar()->addPermanentWidget(m_countLabel);
    const auto showCount = [this](int count) {
        m_countLabel->setText(tr("%n card(s)", nullptr, count));
    };
    showCount(m_reference->shownCount());
    connect(m_reference, &ReferencePage::shownCountChanged, this, showCount);
    connect(m_reference, &ReferencePage::cardShown, this, [this] {
        updateTitle();
        recordPlace();
    });
    connect(m_reference, &ReferencePage::navigationChanged, this, &MainWindow::updateNavigation);
    connect(m_reference->snippetPane(), &SnippetPane::copied, this,
            [this] { statusBar()->showMessage(tr("Snippet copied to the clipboard"), 3000); });
    connect(m_reference, &ReferencePage::labRequested, this, [this](int code) {
        showPage(Page::Lab);
        m_labPage->tryCode(code); // the code's column runs at once
        Q_EMIT labRequested(code);
    });

    connect(m_reference, &ReferencePage::liveDemoRequested, this, &MainWindow::showLiveDemo);

    buildMenus();
    updateSandboxIndicator();
    pageShown();
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // The pages use the sandbox server: they go first.
    delete m_labPage;
    delete m_sandboxPage;
}

SandboxServer &MainWindow::sandbox()
{
    if (!m_sandbox) {
        m_sandbox = std::make_unique<SandboxServer>();
        watchSandbox();
    }
    return *m_sandbox;
}

void MainWindow::buildPage(Page page)
{
    QWidget *built = nullptr;
    if (page == Page::Sandbox && !m_sandboxPage) {
        m_sandboxPage = new SandboxPage(sandbox(), m_settings);
        connect(m_sandboxPage, &SandboxPage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 5000); });
        connect(m_sandboxPage, &SandboxPage::cardRequested, this, [this](const QString &id) { openCard(id); });
        connect(m_sandboxPage, &SandboxPage::editRequested, this,
                [this](const QString &method, const QString &url, const QString &headers, const QString &body) {
                    labPage()->editRequest(method, url, headers, body);
                    showPage(Page::Lab); // through the window's history, so Back returns to the log
                });
        built = m_sandboxPage;
    } else if (page == Page::Lab && !m_labPage) {
        m_labPage = new LabPage(sandbox(), m_settings);
        connect(m_labPage, &LabPage::cardRequested, this, [this](const QString &id) { openCard(id); });
        connect(m_labPage, &LabPage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 5000); });
        built = m_labPage;
    }
    if (!built)
        return;
    QWidget *holder = m_holders[int(page)];
    holder->layout()->addWidget(built);
    if (holder->isVisible())
        built->show();
}

bool MainWindow::isPageBuilt(Page page) const
{
    switch (page) {
    case Page::Reference:
        return true;
    case Page::Sandbox:
        return m_sandboxPage != nullptr;
    case Page::Lab:
        return m_labPage != nullptr;
    }
    return false;
}

SandboxPage *MainWindow::sandboxPage()
{
    buildPage(Page::Sandbox);
    return m_sandboxPage;
}

LabPage *MainWindow::labPage()
{
    buildPage(Page::Lab);
    return m_labPage;
}

void MainWindow::showPage(Page page)
{
    buildPage(page);
    m_tabs->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(qBound(0, m_tabs->currentIndex(), int(m_holders.size()) - 1));
}

bool MainWindow::openCard(const QString &id)
{
    if (!m_reference->openCard(id))
        return false;
    showPage(Page::Reference);
    return true;
}

QString MainWindow::currentCardId() const
{
    return m_reference->currentCardId();
}

void MainWindow::goBack()
{
    if (m_places.canGoBack())
        goToPlace(m_places.back());
}

void MainWindow::goForward()
{
    if (m_places.canGoForward())
        goToPlace(m_places.forward());
}

void MainWindow::focusSearch()
{
    showPage(Page::Reference);
    m_reference->focusSearch();
}

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
            m_settings.setValue(kTheme, id);
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

LiveDemoDialog *MainWindow::showLiveDemo(const QString &id)
{
    const Card *card = m_catalog.findById(id);
    if (!card)
        return nullptr;
    auto *dialog = new LiveDemoDialog(*card, sandbox(), m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About StatusDeck"),
                       tr("<h3>StatusDeck %1</h3><p>An HTTP status code reference and redirect lab.</p>"
                          "<p>%2 cards. RFC text is quoted under the IETF Trust's legal provisions.</p>")
                           .arg(QCoreApplication::applicationVersion())
                           .arg(m_catalog.cards().size()));
}

void MainWindow::reportProblems(const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    auto *warning = new QLabel(tr("⚠ %n problem(s) while loading", nullptr, int(problems.size())), this);
    warning->setObjectName(u"loadProblems"_s);
    warning->setToolTip(problems.join(u'\n'));
    statusBar()->addWidget(warning);
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings.value(kGeometry).toByteArray()))
        fitToScreen();
    QMainWindow::restoreState(m_settings.value(kWindowState).toByteArray());
    const QString theme = m_settings.value(kTheme).toString();
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == theme);
    m_reference->restoreState();
    const int page = m_settings.value(kPage, 0).toInt();
    showPage(page >= 0 && page < int(m_holders.size()) ? Page(page) : Page::Reference);
}

void MainWindow::saveState()
{
    m_settings.setValue(kGeometry, saveGeometry());
    m_settings.setValue(kWindowState, QMainWindow::saveState());
    m_settings.setValue(kPage, int(currentPage()));
    m_reference->saveState();
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The card view gets its new palette after the page does: render the card again once
    // the view has it (View > Theme, or the desktop's palette changing under the app).
    if (event->type() == QEvent::PaletteChange && watched == m_reference->cardView() && !currentCardId().isEmpty())
        m_reference->revisitEntry(m_reference->currentEntry());
    // Mouse back/forward buttons anywhere in this window.
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this) {
            const auto button = static_cast<QMouseEvent *>(event)->button();
            if (button == Qt::BackButton) {
                goBack();
                return true;
            }
            if (button == Qt::ForwardButton) {
                goForward();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace statusdeck::gui
