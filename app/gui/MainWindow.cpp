#include "MainWindow.h"

#include "LabPage.h"
#include "SandboxPage.h"
#include "SnippetPane.h"
#include "reference/ReferencePage.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The window shell: its pages' tabs, the status bar's card count, the window's state in the
// settings, mouse Back/Forward. The pages are built in MainWindowPages.cpp, the menus and
// toolbar in MainWindowMenus.cpp, the chrome that follows the page shown (title, history,
// sandbox indicator, Help) in MainWindowChrome.cpp, HAR files and second instances in
// MainWindowOpen.cpp.

namespace statusdeck::gui {

namespace {
const QString kGeometry = u"window/geometry"_s;
const QString kWindowState = u"window/state"_s;
const QString kPage = u"window/page"_s;
} // namespace

QString MainWindow::themeKey()
{
    return u"appearance/theme"_s;
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
    const QString theme = m_settings.value(themeKey()).toString();
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
