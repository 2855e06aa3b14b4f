#include "reference/ReferencePage.h"

#include "CardHtml.h"
#include "CardListModel.h"
#include "SnippetPane.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {
const QString kMainSplitter = u"window/mainSplitter"_s;
const QString kCardSplitter = u"window/cardSplitter"_s;
const QString kLastCard = u"reference/lastCard"_s;
const QString kFramework = u"snippets/framework"_s;
} // namespace

ReferencePage::ReferencePage(const Catalog &catalog, const SnippetLibrary &snippets, QSettings &settings,
                             QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_settings(settings)
{
    setObjectName(u"referencePage"_s);
    QWidget *left = buildList();

    // Right: the card, and under it the snippets.
    m_view = new QTextBrowser(this);
    m_view->setObjectName(u"cardView"_s);
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->document()->setDocumentMargin(18);
    m_view->setAccessibleName(tr("Card"));
    m_snippets = new SnippetPane(snippets, this);
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mainSplitter);

    connect(m_view, &QTextBrowser::anchorClicked, this, &ReferencePage::onLinkClicked);
    connect(m_snippets, &SnippetPane::frameworkChanged, this,
            [this](const QString &id) { m_settings.setValue(kFramework, id); });
    m_view->installEventFilter(this);
    applyFilter({});
}

QWidget *ReferencePage::buildList()
{
    m_model = new CardListModel(m_catalog, this);
    m_filter = new CardFilterModel(m_model, this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    leftLayout->setSpacing(6);
    m_search = new QLineEdit(left);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search codes, phrases, text (Ctrl+K)"));
    // The clear button appears only over text: it is enabled (and its icon looked up) when
    // the first text is typed, not at start-up.
    connect(
        m_search, &QLineEdit::textChanged, m_search, [this] { m_search->setClearButtonEnabled(true); },
        Qt::SingleShotConnection);
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
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_registryFilter);
    leftLayout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ReferencePage::applyFilter);
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
    m_search->installEventFilter(this);
    m_list->installEventFilter(this);
    return left;
}

bool ReferencePage::openCard(const QString &id)
{
    if (!m_catalog.findById(id))
        return false;
    m_history.visit(id);
    showCard(id);
    return true;
}

void ReferencePage::showCard(const QString &id)
{
    const Card *card = m_catalog.findById(id);
    if (!card)
        return;
    m_currentId = id;
    m_view->setHtml(cardToHtml(*card, m_catalog, m_view->palette()));
    m_view->verticalScrollBar()->setValue(0);
    m_snippets->showCard(card);
    selectInList(id);
    m_settings.setValue(kLastCard, id);
    Q_EMIT cardShown(id);
    Q_EMIT navigationChanged();
}

void ReferencePage::selectInList(const QString &id)
{
    const QModelIndex proxyIndex = m_filter->mapFromSource(m_model->indexForCard(id));
    if (!proxyIndex.isValid() || m_list->currentIndex() == proxyIndex)
        return;
    const QSignalBlocker blocker(m_list->selectionModel());
    m_list->setCurrentIndex(proxyIndex);
    m_list->scrollTo(proxyIndex);
}

void ReferencePage::applyFilter(const QString &text)
{
    m_filter->setQuery(text);
    m_list->expandAll();
    int shown = 0;
    for (int g = 0; g < m_filter->rowCount(); ++g)
        shown += m_filter->rowCount(m_filter->index(g, 0));
    m_shown = shown;
    Q_EMIT shownCountChanged(shown);
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

void ReferencePage::goBack()
{
    if (m_history.canGoBack())
        showCard(m_history.back());
}

void ReferencePage::goForward()
{
    if (m_history.canGoForward())
        showCard(m_history.forward());
}

void ReferencePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ReferencePage::onLinkClicked(const QUrl &url)
{
    if (url.scheme() == "card"_L1)
        openCard(url.path());
    else if (url.scheme() == "lab"_L1)
        Q_EMIT labRequested(url.path().toInt());
}

void ReferencePage::restoreState()
{
    m_mainSplitter->restoreState(m_settings.value(kMainSplitter).toByteArray());
    m_cardSplitter->restoreState(m_settings.value(kCardSplitter).toByteArray());
    m_snippets->setFrameworkId(m_settings.value(kFramework).toString());
    const QString last = m_settings.value(kLastCard).toString();
    if (!openCard(last) && !m_catalog.isEmpty()) {
        const Card *first = m_catalog.find(200);
        openCard(first ? first->id() : m_catalog.cards().first().id());
    }
}

void ReferencePage::saveState()
{
    m_settings.setValue(kMainSplitter, m_mainSplitter->saveState());
    m_settings.setValue(kCardSplitter, m_cardSplitter->saveState());
    m_settings.setValue(kLastCard, m_currentId);
    m_settings.setValue(kFramework, m_snippets->frameworkId());
}

void ReferencePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The card's colours come from the palette: re-render when it changes.
    if (event->type() == QEvent::PaletteChange && !m_currentId.isEmpty() && m_view)
        showCard(m_currentId);
}

bool ReferencePage::eventFilter(QObject *watched, QEvent *event)
{
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
    return QWidget::eventFilter(watched, event);
}

} // namespace statusdeck::gui
