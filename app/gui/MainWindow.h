#pragma once

#include "catalog/Catalog.h"
#include "catalog/SnippetLibrary.h"
#include "util/NavigationHistory.h"

#include <QMainWindow>

#include <array>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QToolButton;
class QSettings;
class QTabWidget;

namespace statusdeck {
class SandboxServer;
}
namespace statusdeck::instance {
struct Reply;
struct Request;
} // namespace statusdeck::instance

namespace statusdeck::gui {

class LabPage;
class LiveDemoDialog;
class ReferencePage;
class SandboxPage;

// The window shell: menus, toolbar, status bar and one tab per page. The reference page is
// built at once; the sandbox and the lab (and the sandbox server they share) are built the
// first time they are shown or asked for, so a start on the reference costs none of them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // In tab order; the number is the tab index and what the settings keep.
    enum class Page { Reference, Sandbox, Lab };
    static std::optional<Page> pageFromName(const QString &name); // "reference", "sandbox", "lab"

    // settings: where geometry, the page, the theme and each page's state are kept.
    MainWindow(const Catalog &catalog, const SnippetLibrary &snippets, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page); // builds the page on first use
    Page currentPage() const;
    bool isPageBuilt(Page page) const;

    ReferencePage *referencePage() const { return m_reference; }
    SandboxPage *sandboxPage(); // built on first use, not shown
    LabPage *labPage();         // built on first use, not shown
    SandboxServer &sandbox();   // made on first use, not started
    QTabWidget *tabs() const { return m_tabs; }

    // A card's "Try it live": its demo against the window's sandbox (started if stopped), in a
    // dialog of its own; null for an unknown id.
    LiveDemoDialog *showLiveDemo(const QString &id);

    // Opens a card on the reference page and shows that page.
    bool openCard(const QString &id);
    QString currentCardId() const;

    // MainWindowOpen.cpp: HAR files and requests from a second `statusdeck`.
    // Opens a HAR file into the Sandbox page's exchange log; on failure a message box
    // (object name "harError") says why, the log keeps what it had, and the error is returned.
    QString openHar(const QString &path);
    void chooseHar(); // File > Open HAR… (Ctrl+O)
    // Un-minimizes, raises and activates the window (a window manager may refuse the focus).
    void bringToFront();
    // What a second `statusdeck [CODE] [FILE.har]` asks (instance/SingleInstance.h): the card,
    // page, theme or file is opened here and the window comes to the front.
    instance::Reply handleRequest(const instance::Request &request);

    void restoreState();
    void saveState();
    // Shown in the status bar, e.g. a broken card or settings file.
    void reportProblems(const QStringList &problems);

    // Every action with a shortcut, as Help > Keyboard Shortcuts lists them: (what, keys).
    QList<std::pair<QString, QString>> shortcutList() const;
    // Help > Report a Problem opens this.
    static QUrl bugTrackerUrl();

public Q_SLOTS:
    void goBack();
    void goForward();
    void focusSearch();

Q_SIGNALS:
    void themeRequested(const QString &theme);
    // A card's "Try it in the lab" link: the lab is shown with that code's column.
    void labRequested(int code);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static QString themeKey(); // the settings key of the theme chosen in View > Theme

    // MainWindowMenus.cpp
    void buildMenus();
    // The reference page's entries: export and copy as Markdown, favourites, recent, the
    // guide, compare, zoom.
    void buildReferenceMenus(QMenu *fileMenu, QMenu *editMenu, QMenu *goMenu, QMenu *viewMenu);
    void fillCardMenu(QMenu *menu, const QStringList &ids);
    void exportCardAsMarkdown();
    void showGuide();
    void showAbout();
    // MainWindowPages.cpp
    void buildPage(Page page);
    // MainWindowOpen.cpp
    void addOpenActions(QMenu *fileMenu); // File > Open HAR…, and .har files dropped on the window

    // MainWindowChrome.cpp: what belongs to the page shown (title, toolbar, status bar), the
    // window's history of places ("card:301", "page:lab"), the sandbox indicator, Help.
    void pageShown();
    void recordPlace();
    void goToPlace(const QString &place);
    QString placeName(const QString &place) const;
    void updateNavigation();
    void updateTitle();
    void watchSandbox();
    void updateSandboxIndicator();
    void addPageActions(QMenu *viewMenu);
    void buildHelpMenu();
    void showShortcuts();
    void fitToScreen(); // the first start's size: most of the screen (WindowSize.h)

    const Catalog &m_catalog;
    QSettings &m_settings;
    std::unique_ptr<SandboxServer> m_sandbox;

    QTabWidget *m_tabs = nullptr;
    // One holder per tab; a page is put in its holder when it is built.
    std::array<QWidget *, 3> m_holders{};
    ReferencePage *m_reference = nullptr;
    SandboxPage *m_sandboxPage = nullptr;
    LabPage *m_labPage = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_copy = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_favourite = nullptr;
    QToolButton *m_sandboxIndicator = nullptr;
    NavigationHistory m_places;
    bool m_goingToPlace = false;
};

} // namespace statusdeck::gui
