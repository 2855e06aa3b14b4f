#pragma once

#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"
#include "reference/CardView.h"
#include "reference/ReadingList.h"
#include "util/NavigationHistory.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QSettings;
class QSplitter;
class QTextBrowser;
class QTreeView;
class QUrl;

namespace statusdeck::gui {

class CardListModel;
class SnippetPane;

// The reference page: search field, registry filter and the grouped card list on the left,
// the card and its snippets on the right, with the history of cards seen (Back, Forward).
// Owns no catalog logic: it shows what Catalog and SnippetLibrary give it.
class ReferencePage : public QWidget
{
    Q_OBJECT
public:
    // settings: where the splitters, the last card and the framework are kept.
    ReferencePage(const Catalog &catalog, const SnippetLibrary &snippets, QSettings &settings,
                  QWidget *parent = nullptr);

    bool openCard(const QString &id); // records history; false for an unknown id
    // As openCard, but where the card was seen before its scroll position comes back (the
    // window's Back and Forward).
    bool revisitCard(const QString &id);
    // What is shown, as a history entry: the card id, or "compare:A/B" while comparing.
    QString currentEntry() const;
    // Shows an entry again (the window's Back and Forward), with its scroll position.
    bool revisitEntry(const QString &entry);
    QString currentCardId() const { return m_currentId; }
    const Catalog &catalog() const { return m_catalog; }
    // The open card and another side by side; Back returns to the card. False for an unknown id.
    bool compareWith(const QString &otherId);
    QString comparedCardId() const { return m_comparedId; } // empty unless comparing
    const ReadingList &readingList() const { return m_reading; }
    bool isFavourite() const { return m_reading.isFavourite(m_currentId); }
    int zoom() const { return m_zoom; }
    QString cardMarkdown() const; // the open card, as `statusdeck export --format markdown` writes it
    bool exportMarkdown(const QString &path, QString *error) const;
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }
    int shownCount() const { return m_shown; } // cards the search and filter leave in the list
    CardListModel *listModel() const { return m_model; }

    // Splitters and framework; then the last card, else 200, else the first.
    void restoreState();
    void saveState();

    QLineEdit *searchField() const { return m_search; }
    QComboBox *registryFilter() const { return m_registryFilter; }
    QTreeView *cardList() const { return m_list; }
    CardView *cardView() const { return m_view; }
    SnippetPane *snippetPane() const { return m_snippets; }

public Q_SLOTS:
    void goBack();
    void goForward();
    void focusSearch();
    void setFavourite(bool favourite);
    void compareWithFirstConfused();
    void setZoom(int steps); // 0 is the default size; remembered
    void zoomIn() { setZoom(m_zoom + 1); }
    void zoomOut() { setZoom(m_zoom - 1); }

Q_SIGNALS:
    // A card was shown (opened, or reached with Back or Forward).
    void cardShown(const QString &id);
    void navigationChanged();
    void shownCountChanged(int count);
    // A card's "Try it in the lab" link.
    void labRequested(int code);
    // A card's "Try it live" link (the card's id).
    void liveDemoRequested(const QString &id);
    void favouritesChanged();
    // Something went wrong that the status bar should say (settings not written).
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildList();
    void showCard(const QString &id);
    void showEntry(const QString &entry); // a history entry: a card id or "compare:A/B"
    void rememberScroll();                // of the entry shown, before another is shown
    void restoreScroll(const QString &entry);
    void renderCurrent();
    void scheduleListRefresh();
    void saveReadingList();
    int lineChars() const;
    void fitTextWidth();
    void applyFilter(const QString &text);
    void chooseFromList(const QModelIndex &index); // a click or Enter in the list
    void selectInList(const QString &id, bool scroll = true);
    void onLinkClicked(const QUrl &url);

    const Catalog &m_catalog;
    const SnippetLibrary &m_snippetLibrary;
    QSettings &m_settings;
    ReadingList m_reading;
    QString m_comparedId;
    int m_zoom = 0;
    bool m_refreshPending = false;
    NavigationHistory m_history;
    QHash<QString, int> m_scroll; // the last scroll position of each entry seen
    QString m_currentId;
    int m_shown = 0;

    CardListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_registryFilter = nullptr;
    QTreeView *m_list = nullptr;
    CardView *m_view = nullptr;
    SnippetPane *m_snippets = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_cardSplitter = nullptr;
};

} // namespace statusdeck::gui
