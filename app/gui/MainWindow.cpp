#include "MainWindow.h"

#include "CardHtml.h"
#include "CardListModel.h"
#include "SnippetPane.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {
const QString kGeometry = u"window/geometry"_s;
const QString kWindowState = u"window/state"_s;
const QString kMainSplitter = u"window/mainSplitter"_s;
const QString kCardSplitter = u"window/cardSplitter"_s;
const QString kLastCard = u"reference/lastCard"_s;
const QString kFramework = u"snippets/framework"_s;
const QString kTheme = u"appearance/theme"_s;
const QString kPage = u"window/page"_s;
} // namespace

MainWindow::MainWindow(const Catalog &catalog, const SnippetLibrary &snippets, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_snippetLibrary(snippets)
    , m_settings(settings)
{
    setWindowTitle(tr("StatusDeck"));
    setWindowIcon(QIcon(u":/icons/statusdeck.svg"_s));
    setObjectName(u"mainWindow"_s);
    buildUi();
    buildMenus();
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::buildUi()
{
    m_model = new CardListModel(m_catalog, this);
    m_filter = new CardFilterModel(m_model, this);

    // Left: search, registry filter, the grouped list.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    leftLayout->setSpacing(6);
    m_search = new QLineEdit(left);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search codes, phrases, text (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_registryFilter = new QComboBox(left);
    m_registryFilter->setObjectName(u"registryFilter"_s);
    m_registryFilter->setAccessibleName(tr("Registry status"));
    m_registryFilter->addItem(tr("All registry statuses"), QString());
    m_registryFilter->addItem(tr("Standard"), registryName(Registry::Standard));
    m_registryFilter->addItem(tr("Temporary"), registryName(Registry::Temporary));
    m_registryFilter->addItem(tr("Unused"), registryName(Registry::Unused));
    m_registryFilter->addItem(tr("Obsolete"), registryName(Registry::Obsolete));
    m_registryFilter->addItem(tr("Unofficial"), registryName(Registry::Unofficial));
    m_list = new QTreeView(left);
    m_list->setObjectName(u"cardList"_s);
    m_list->setModel(m_filter);
    m_list->setHeaderHidden(true);
    m_list->setUniformRowHeights(true);
    m_list->setAnimated(false);
    m_list->setAccessibleName(tr("Status codes"));
    m_list->expandAll();
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_registryFilter);
    leftLayout->addWidget(m_list, 1);

    // Right: the card, and under it the snippets.
    m_view = new QTextBrowser(this);
    m_view->setObjectName(u"cardView"_s);
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->document()->setDocumentMargin(18);
    m_view->setAccessibleName(tr("Card"));
    m_snippets = new SnippetPane(m_snippetLibrary, this);
    m_snippets->setObjectName(u"snippetPane"_s);

    m_cardSplitter = new QSplitter(Qt::Vertical, this);
    m_cardSplitter->setObjectName(u"cardSplitter"_s);
    m_cardSplitter->addWidget(m_view);
    m_cardSplitter->addWidget(m_snippets);
    m_cardSplitter->setStretchFactor(0, 3);
    m_cardSplitter->setStretchFactor(1, 2);
    m_cardSplitter->setSizes({470, 280});
    m_cardSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_cardSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({360, 920});
    m_mainSplitter->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"pages"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_mainSplitter, tr("Reference"));
    setCentralWidget(m_tabs);

    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter opens the best match, as a launcher would.
        const QList<const Card *> found = m_catalog.search(m_search->text());
        if (!found.isEmpty())
            openCard(found.first()->id());
    });
    connect(m_registryFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRegistry(registryFromName(m_registryFilter->currentData().toString()));
        applyFilter(m_search->text());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString id = current.data(CardListModel::CardIdRole).toString();
        if (!id.isEmpty() && id != m_currentId)
            openCard(id);
    });
    connect(m_view, &QTextBrowser::anchorClicked, this, &MainWindow::onLinkClicked);
    connect(m_snippets, &SnippetPane::frameworkChanged, this,
            [this](const QString &id) { m_settings.setValue(kFramework, id); });
    connect(m_snippets, &SnippetPane::copied, this,
            [this] { statusBar()->showMessage(tr("Snippet copied to the clipboard"), 3000); });

    m_search->installEventFilter(this);
    m_list->installEventFilter(this);
    m_view->installEventFilter(this);
    applyFilter({});
}

void MainWindow::buildMenus()
{
    m_back = new QAction(QIcon::fromTheme(u"go-previous"_s), tr("&Back"), this);
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
    m_forward = new QAction(QIcon::fromTheme(u"go-next"_s), tr("&Forward"), this);
    m_forward->setShortcuts(withPlatform(QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward));
    m_forward->setObjectName(u"actionForward"_s);
    connect(m_back, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_forward, &QAction::triggered, this, &MainWindow::goForward);

    auto *find = new QAction(tr("&Find"), this);
    find->setShortcuts(withPlatform(QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find));
    connect(find, &QAction::triggered, this, &MainWindow::focusSearch);

    auto *copy = new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy Snippet"), this);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setObjectName(u"actionCopySnippet"_s);
    connect(copy, &QAction::triggered, m_snippets, &SnippetPane::copyToClipboard);

    auto *quit = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(quit);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(find);
    editMenu->addAction(copy);
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addAction(m_back);
    goMenu->addAction(m_forward);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
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

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About StatusDeck"), this, &MainWindow::showAbout);

    QToolBar *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(u"navigationToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_back);
    toolbar->addAction(m_forward);
    toolbar->addSeparator();
    toolbar->addAction(copy);
    updateNavigation();
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

bool MainWindow::openCard(const QString &id)
{
    if (!m_catalog.findById(id))
        return false;
    m_history.visit(id);
    showCard(id);
    m_tabs->setCurrentWidget(m_mainSplitter);
    return true;
}

void MainWindow::showCard(const QString &id)
{
    const Card *card = m_catalog.findById(id);
    if (!card)
        return;
    m_currentId = id;
    m_view->setHtml(cardToHtml(*card, m_catalog, m_view->palette()));
    m_view->verticalScrollBar()->setValue(0);
    m_snippets->showCard(card);
    setWindowTitle(tr("%1 %2 – StatusDeck").arg(QString::number(card->code), card->phrase));
    selectInList(id);
    m_settings.setValue(kLastCard, id);
    updateNavigation();
}

void MainWindow::selectInList(const QString &id)
{
    const QModelIndex proxyIndex = m_filter->mapFromSource(m_model->indexForCard(id));
    if (!proxyIndex.isValid() || m_list->currentIndex() == proxyIndex)
        return;
    const QSignalBlocker blocker(m_list->selectionModel());
    m_list->setCurrentIndex(proxyIndex);
    m_list->scrollTo(proxyIndex);
}

void MainWindow::applyFilter(const QString &text)
{
    m_filter->setQuery(text);
    m_list->expandAll();
    int shown = 0;
    for (int g = 0; g < m_filter->rowCount(); ++g)
        shown += m_filter->rowCount(m_filter->index(g, 0));
    m_countLabel->setText(tr("%n card(s)", nullptr, shown));
    // Typing a code that exists opens it straight away.
    bool isNumber = false;
    const int code = text.trimmed().toInt(&isNumber);
    if (isNumber && text.trimmed().size() == 3) {
        if (const Card *card = m_catalog.find(code); card && card->id() != m_currentId)
            openCard(card->id());
    }
    if (!m_currentId.isEmpty())
        selectInList(m_currentId);
}

void MainWindow::updateNavigation()
{
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
}

void MainWindow::goBack()
{
    if (m_history.canGoBack())
        showCard(m_history.back());
}

void MainWindow::goForward()
{
    if (m_history.canGoForward())
        showCard(m_history.forward());
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::onLinkClicked(const QUrl &url)
{
    if (url.scheme() == "card"_L1)
        openCard(url.path());
    else if (url.scheme() == "lab"_L1)
        Q_EMIT labRequested(url.path().toInt());
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
    restoreGeometry(m_settings.value(kGeometry).toByteArray());
    QMainWindow::restoreState(m_settings.value(kWindowState).toByteArray());
    m_mainSplitter->restoreState(m_settings.value(kMainSplitter).toByteArray());
    m_cardSplitter->restoreState(m_settings.value(kCardSplitter).toByteArray());
    const QString theme = m_settings.value(kTheme).toString();
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == theme);
    m_snippets->setFrameworkId(m_settings.value(kFramework).toString());
    const QString last = m_settings.value(kLastCard).toString();
    if (!openCard(last) && !m_catalog.isEmpty()) {
        const Card *first = m_catalog.find(200);
        openCard(first ? first->id() : m_catalog.cards().first().id());
    }
    m_tabs->setCurrentIndex(m_settings.value(kPage, 0).toInt());
}

void MainWindow::saveState()
{
    m_settings.setValue(kGeometry, saveGeometry());
    m_settings.setValue(kWindowState, QMainWindow::saveState());
    m_settings.setValue(kMainSplitter, m_mainSplitter->saveState());
    m_settings.setValue(kCardSplitter, m_cardSplitter->saveState());
    m_settings.setValue(kPage, m_tabs->currentIndex());
    m_settings.setValue(kLastCard, m_currentId);
    m_settings.setValue(kFramework, m_snippets->frameworkId());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // The card's colours come from the palette: re-render when it changes.
    if (event->type() == QEvent::PaletteChange && !m_currentId.isEmpty() && m_view)
        showCard(m_currentId);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
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
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Digits typed in the list or the card go to the search field: jump to a code.
        if ((watched == m_list || watched == m_view) && !key->text().isEmpty() && key->text().at(0).isDigit() &&
            key->modifiers() == Qt::NoModifier) {
            m_search->setFocus(Qt::OtherFocusReason);
            m_search->setText(key->text());
            return true;
        }
        // Down from the search field moves into the list.
        if (watched == m_search && key->key() == Qt::Key_Down) {
            m_list->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace statusdeck::gui
