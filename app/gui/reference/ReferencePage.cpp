// Over 400 lines: the page wires its search, list, card view, compare, favourites and zoom
// together; each part is a short function.
#include "reference/ReferencePage.h"

#include "CardHtml.h"
#include "CardListModel.h"
#include "CompareHtml.h"
#include "SnippetPane.h"
#include "catalog/CardExport.h"
#include "reference/CardView.h"
#include "util/AtomicFile.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextFrame>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {
const QString kMainSplitter = u"window/mainSplitter"_s;
const QString kCardSplitter = u"window/cardSplitter"_s;
const QString kLastCard = u"reference/lastCard"_s;
const QString kFramework = u"snippets/framework"_s;
const QString kZoom = u"reference/zoom"_s;
const QString kComparePrefix = u"compare:"_s;
} // namespace

ReferencePage::ReferencePage(const Catalog &catalog, const SnippetLibrary &snippets, QSettings &settings,
                             QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_snippetLibrary(snippets)
    , m_settings(settings)
{
    setObjectName(u"referencePage"_s);
    QWidget *left = buildList();

    // Right: the card, and under it the snippets.
    m_view = new CardView(this);
    m_view->setObjectName(u"cardView"_s);
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
    m_view->viewport()->installEventFilter(this);
    applyFilter({});
}

QWidget *ReferencePage::buildList()
{
    m_model = new CardListModel(m_catalog, this);

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
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CardListDelegate(m_list));
    m_list->setHeaderHidden(true);
    m_list->setUniformRowHeights(true);
    m_list->setAnimated(false);
    m_list->setAccessibleName(tr("Status codes"));
    leftLayout->addWidget(m_search);
    // A visible label as the combo's buddy: assistive technology on Linux (AT-SPI, Qt 6.4)
    // names a combo box by its current text unless a label is related to it.
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Show:"), left);
    filterLabel->setBuddy(m_registryFilter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_registryFilter, 1);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ReferencePage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter opens the best match, as a launcher would; an empty search opens nothing.
        if (m_model->isSearch() && !m_model->cardIds().isEmpty())
            openCard(m_model->cardIds().first());
    });
    connect(m_registryFilter, &QComboBox::currentIndexChanged, this, [this] { applyFilter(m_search->text()); });
    // Only choosing a card opens it: moving through the list, or the list changing under
    // the search, does not.
    connect(m_list, &QTreeView::clicked, this, &ReferencePage::chooseFromList);
    connect(m_list, &QTreeView::activated, this, &ReferencePage::chooseFromList);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QString id = m_list->indexAt(pos).data(CardListModel::CardIdRole).toString();
        if (id.isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(tr("Open"), this, [this, id] { openCard(id); });
        QAction *compare = menu.addAction(tr("Compare with the Open Card"), this, [this, id] { compareWith(id); });
        compare->setEnabled(!m_currentId.isEmpty() && id != m_currentId);
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    m_search->installEventFilter(this);
    m_list->installEventFilter(this);
    return left;
}

void ReferencePage::chooseFromList(const QModelIndex &index)
{
    const QString classQuery = index.data(CardListModel::ClassQueryRole).toString();
    if (!classQuery.isEmpty()) {
        // Later: the list is rebuilt, and the view still holds the index it reports.
        QMetaObject::invokeMethod(
            this, [this, classQuery] { m_search->setText(classQuery); }, Qt::QueuedConnection);
        return;
    }
    const QString id = index.data(CardListModel::CardIdRole).toString();
    if (!id.isEmpty() && id != m_currentId)
        openCard(id);
}

bool ReferencePage::openCard(const QString &id)
{
    if (!m_catalog.findById(id))
        return false;
    m_history.visit(id);
    showCard(id);
    return true;
}

bool ReferencePage::revisitCard(const QString &id)
{
    if (!openCard(id))
        return false;
    restoreScroll(id);
    return true;
}

bool ReferencePage::revisitEntry(const QString &entry)
{
    if (!entry.startsWith(kComparePrefix))
        return revisitCard(entry);
    const QStringList ids = entry.mid(kComparePrefix.size()).split(u'/');
    if (ids.size() != 2 || !m_catalog.findById(ids.first()) || !m_catalog.findById(ids.last()))
        return false;
    m_history.visit(entry);
    showEntry(entry);
    restoreScroll(entry);
    return true;
}

QString ReferencePage::currentEntry() const
{
    return m_comparedId.isEmpty() ? m_currentId : kComparePrefix + m_currentId + u'/' + m_comparedId;
}

void ReferencePage::rememberScroll()
{
    if (!m_currentId.isEmpty())
        m_scroll.insert(currentEntry(), m_view->verticalScrollBar()->value());
}

void ReferencePage::restoreScroll(const QString &entry)
{
    // The text is laid out by now (setHtml, then the width fitted): the range is known.
    m_view->verticalScrollBar()->setValue(m_scroll.value(entry, 0));
}

bool ReferencePage::compareWith(const QString &otherId)
{
    if (!m_catalog.findById(otherId) || !m_catalog.findById(m_currentId) || otherId == m_currentId)
        return false;
    const QString entry = kComparePrefix + m_currentId + u'/' + otherId;
    m_history.visit(entry);
    showEntry(entry);
    return true;
}

void ReferencePage::compareWithFirstConfused()
{
    const Card *card = m_catalog.findById(m_currentId);
    if (!card)
        return;
    for (const ConfusedWith &entry : card->confusedWith) {
        if (const Card *other = m_catalog.find(entry.code); other && compareWith(other->id()))
            return;
    }
}

void ReferencePage::showEntry(const QString &entry)
{
    if (!entry.startsWith(kComparePrefix)) {
        showCard(entry);
        return;
    }
    const QStringList ids = entry.mid(kComparePrefix.size()).split(u'/');
    if (ids.size() != 2)
        return;
    showCard(ids.first());
    m_comparedId = ids.last();
    renderCurrent();
    Q_EMIT cardShown(ids.first()); // now as the comparison: the window records it as a place
    Q_EMIT navigationChanged();
}

void ReferencePage::showCard(const QString &id)
{
    const Card *card = m_catalog.findById(id);
    if (!card)
        return;
    rememberScroll();
    m_currentId = id;
    m_comparedId.clear();
    renderCurrent();
    m_snippets->showCard(card);
    m_reading.addRecent(id);
    scheduleListRefresh(); // the Recent section changed
    selectInList(id);
    m_settings.setValue(kLastCard, id);
    Q_EMIT cardShown(id);
    Q_EMIT navigationChanged();
}

void ReferencePage::scheduleListRefresh()
{
    // Not at once: a click in the list may be what opened the card, and the view still holds
    // the index it reports.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_refreshPending = false;
            if (m_search->text().trimmed().isEmpty())
                applyFilter({});
        },
        Qt::QueuedConnection);
}

void ReferencePage::renderCurrent()
{
    const Card *card = m_catalog.findById(m_currentId);
    if (!card)
        return;
    const Card *other = m_catalog.findById(m_comparedId);
    m_view->showHtml(other ? compareToHtml(*card, *other, m_catalog, m_view->palette())
                           : cardToHtml(*card, m_catalog, m_view->palette(), m_reading.isFavourite(m_currentId)),
                     m_view->sideMarginFor(lineChars()));
    m_view->setAccessibleName(
        other ? tr("Comparison: %1 %2 and %3 %4").arg(card->codeText(), card->phrase, other->codeText(), other->phrase)
              : tr("Card: %1 %2").arg(card->codeText(), card->phrase));
    fitTextWidth();
    m_view->verticalScrollBar()->setValue(0);
}

void ReferencePage::setFavourite(bool favourite)
{
    if (m_currentId.isEmpty() || favourite == isFavourite())
        return;
    m_reading.setFavourite(m_currentId, favourite);
    saveReadingList();
    if (m_comparedId.isEmpty()) {
        const int scroll = m_view->verticalScrollBar()->value();
        renderCurrent();
        m_view->verticalScrollBar()->setValue(scroll);
    }
    if (m_search->text().trimmed().isEmpty())
        applyFilter({});
    Q_EMIT favouritesChanged();
}

void ReferencePage::saveReadingList()
{
    if (!m_reading.save(m_settings))
        Q_EMIT problem(tr("Favourites could not be saved to %1").arg(QDir::toNativeSeparators(m_settings.fileName())));
}

void ReferencePage::setZoom(int steps)
{
    steps = qBound(-4, steps, 8);
    m_view->zoomIn(steps - m_zoom);
    m_snippets->setZoom(steps);
    m_zoom = steps;
    m_settings.setValue(kZoom, steps);
    fitTextWidth();
}

int ReferencePage::lineChars() const
{
    // A comfortable line length on wide windows: beyond about 90 characters (two columns of
    // them when comparing) the left and right margins grow; top and bottom stay.
    return m_comparedId.isEmpty() ? 90 : 170;
}

void ReferencePage::fitTextWidth()
{
    const int margin = m_view->sideMarginFor(lineChars());
    QTextFrame *root = m_view->document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (int(format.leftMargin()) == margin && int(format.rightMargin()) == margin)
        return;
    format.setLeftMargin(margin);
    format.setRightMargin(margin);
    root->setFrameFormat(format);
}

QString ReferencePage::cardMarkdown() const
{
    const Card *card = m_catalog.findById(m_currentId);
    return card ? cardToMarkdown(*card, m_snippetLibrary) : QString();
}

bool ReferencePage::exportMarkdown(const QString &path, QString *error) const
{
    return writeFileAtomically(path, cardMarkdown().toUtf8(), error); // checked write, flush and commit
}

void ReferencePage::selectInList(const QString &id, bool scroll)
{
    const QModelIndex index = m_model->indexForCard(id);
    const QSignalBlocker blocker(m_list->selectionModel());
    if (!index.isValid()) {
        m_list->clearSelection();
        return;
    }
    if (m_list->currentIndex() == index)
        return;
    m_list->setCurrentIndex(index);
    if (scroll)
        m_list->scrollTo(index);
}

void ReferencePage::applyFilter(const QString &text)
{
    // Rebuilds the list only: the open card and the history stay as they are.
    const std::optional<Registry> registry = registryFromName(m_registryFilter->currentData().toString());
    if (text.trimmed().isEmpty())
        m_model->showAll(registry, m_reading.favourites(), m_reading.recent());
    else
        m_model->showSearch(text, registry);
    m_list->expandAll();
    m_shown = m_model->cardCount();
    Q_EMIT shownCountChanged(m_shown);
    if (!m_currentId.isEmpty())
        selectInList(m_currentId, !m_model->isSearch());
    if (m_model->isSearch())
        m_list->scrollToTop(); // the best match first
}

void ReferencePage::goBack()
{
    if (!m_history.canGoBack())
        return;
    const QString entry = m_history.back();
    showEntry(entry);
    restoreScroll(entry);
}

void ReferencePage::goForward()
{
    if (!m_history.canGoForward())
        return;
    const QString entry = m_history.forward();
    showEntry(entry);
    restoreScroll(entry);
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
    else if (url.scheme() == "compare"_L1)
        compareWith(url.path());
    else if (url.scheme() == "favourite"_L1)
        setFavourite(!isFavourite());
    else if (url.scheme() == "lab"_L1)
        Q_EMIT labRequested(url.path().toInt());
    else if (url.scheme() == "try"_L1)
        Q_EMIT liveDemoRequested(url.path());
}

void ReferencePage::restoreState()
{
    m_mainSplitter->restoreState(m_settings.value(kMainSplitter).toByteArray());
    m_cardSplitter->restoreState(m_settings.value(kCardSplitter).toByteArray());
    m_snippets->setFrameworkId(m_settings.value(kFramework).toString());
    m_reading.load(m_settings, m_catalog);
    setZoom(m_settings.value(kZoom, 0).toInt());
    applyFilter(m_search->text());
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
    saveReadingList();
}

void ReferencePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The card's colours come from the palette: re-render when it changes.
    if (event->type() == QEvent::PaletteChange && !m_currentId.isEmpty() && m_view)
        renderCurrent();
}

bool ReferencePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitTextWidth();
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Digits typed in the list or the card go to the search field: jump to a code.
        if ((watched == m_list || watched == m_view) && !key->text().isEmpty() && key->text().at(0).isDigit() &&
            key->modifiers() == Qt::NoModifier) {
            m_search->setFocus(Qt::OtherFocusReason);
            m_search->setText(key->text());
            return true;
        }
        // Esc clears the search.
        if (watched == m_search && key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
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
