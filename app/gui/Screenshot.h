#pragma once

#include "MainWindow.h"

#include <QSize>
#include <QString>

class QWidget;

namespace statusdeck::gui {

// `statusdeck screenshot`: the window at a fixed size, on one page, written to a PNG.
// Pages that show traffic (the sandbox, the lab) are pictured with some: the Fetch matrix,
// run live on a sandbox on a free port, with the cell POST into 302 open.
class SandboxPage;

class ScreenshotMaker
{
public:
    explicit ScreenshotMaker(MainWindow &window, QSize size = {1280, 800});

    // Returns an empty string on success, else what went wrong.
    QString make(MainWindow::Page page, const QString &fileName);

    // Parts of the reference, for the README: the guide dialog answered to a result, the
    // open card compared with its first confused-with card, the list with favourites.
    enum class Show { Guide, Compare, Favourites };
    static Show showFromName(const QString &name); // "guide", "compare", "favourites"
    QString makeShowing(Show show, const QString &fileName);

    // Renders any widget to a PNG at a size after its layout has settled.
    static QString save(QWidget &widget, const QString &fileName, QSize size);

private:
    void runFetchMatrix();
    static void selectPost302(SandboxPage &page);

    MainWindow &m_window;
    QSize m_size;
};

} // namespace statusdeck::gui
