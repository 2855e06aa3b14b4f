#include "MainWindow.h"

#include "LabPage.h"
#include "SandboxPage.h"
#include "reference/LiveDemoDialog.h"
#include "reference/ReferencePage.h"
#include "sandbox/SandboxServer.h"

#include <QLayout>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

// MainWindow's pages: the Page enum's names, building the sandbox and lab pages (and the
// sandbox server they share) on first use, showing a page, opening a card, a live demo.

namespace statusdeck::gui {

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

} // namespace statusdeck::gui
