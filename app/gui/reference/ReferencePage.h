#pragma once

#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"
#include "util/NavigationHistory.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSettings;
class QSplitter;
class QTextBrowser;
class QTreeView;
class QUrl;

namespace statusdeck::gui {

class CardFilterModel;
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
    QString currentCardId() const { return m_currentId; }
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }
    int shownCount() const { return m_shown; } // cards the search and filter leave in the list

    // Splitters and framework; then the last card, else 200, else the first.
    void restoreState();
    void saveState();

    QLineEdit *searchField() const { return m_search; }
    QComboBox *registryFilter() const { return m_registryFilter; }
    QTreeView *cardList() const { return m_list; }
    QTextBrowser *cardView() const { return m_view; }
    SnippetPane *snippetPane() const { return m_snippets; }

public Q_SLOTS:
    void goBack();
    void goForward();
    void focusSearch();

Q_SIGNALS:
    // A card was shown (opened, or reached with Back or Forward).
    void cardShown(const QString &id);
    void navigationChanged();
    void shownCountChanged(int count);
    // A card's "Try it in the lab" link.
    void labRequested(int code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildList();
    void showCard(const QString &id);
    void applyFilter(const QString &text);
    void selectInList(const QString &id);
    void onLinkClicked(const QUrl &url);

    const Catalog &m_catalog;
    QSettings &m_settings;
    NavigationHistory m_history;
    QString m_currentId;
    int m_shown = 0;

    CardListModel *m_model = nullptr;
    CardFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_registryFilter = nullptr;
    QTreeView *m_list = nullptr;
    QTextBrowser *m_view = nullptr;
    SnippetPane *m_snippets = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_cardSplitter = nullptr;
};

} // namespace statusdeck::gui
