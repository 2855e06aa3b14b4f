#pragma once

#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"
#include "util/NavigationHistory.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace statusdeck::gui {

class CardFilterModel;
class CardListModel;
class SnippetPane;

// The reference window: searchable card list on the left, the card and its snippets on
// the right. Owns no catalog logic: it shows what Catalog and SnippetLibrary give it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settings: where geometry, splitters, the last card and framework are kept.
    MainWindow(const Catalog &catalog, const SnippetLibrary &snippets, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openCard(const QString &id); // records history
    QString currentCardId() const { return m_currentId; }

    void restoreState();
    void saveState();
    // Shown in the status bar, e.g. a broken card or settings file.
    void reportProblems(const QStringList &problems);

    QLineEdit *searchField() const { return m_search; }
    QTreeView *cardList() const { return m_list; }
    QTextBrowser *cardView() const { return m_view; }
    SnippetPane *snippetPane() const { return m_snippets; }
    QTabWidget *tabs() const { return m_tabs; }
    // Adds a page (the sandbox, the redirect lab) beside the reference.
    void addPage(QWidget *page, const QString &title);

public Q_SLOTS:
    void goBack();
    void goForward();
    void focusSearch();

Q_SIGNALS:
    void themeRequested(const QString &theme);
    // A card's "Try it in the lab" link.
    void labRequested(int code);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void showCard(const QString &id);
    void applyFilter(const QString &text);
    void selectInList(const QString &id);
    void updateNavigation();
    void onLinkClicked(const QUrl &url);
    void showAbout();

    const Catalog &m_catalog;
    const SnippetLibrary &m_snippetLibrary;
    QSettings &m_settings;
    NavigationHistory m_history;
    QString m_currentId;

    CardListModel *m_model = nullptr;
    CardFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_registryFilter = nullptr;
    QTreeView *m_list = nullptr;
    QTextBrowser *m_view = nullptr;
    SnippetPane *m_snippets = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_cardSplitter = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QActionGroup *m_themeGroup = nullptr;
};

} // namespace statusdeck::gui
