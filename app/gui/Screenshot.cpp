#include "Screenshot.h"

#include "ExchangeTableModel.h"
#include "LabPage.h"
#include "PngWriter.h"
#include "SandboxPage.h"
#include "reference/GuideDialog.h"
#include "reference/ReferencePage.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

ScreenshotMaker::ScreenshotMaker(MainWindow &window, QSize size)
    : m_window(window)
    , m_size(size)
{}

QString ScreenshotMaker::make(MainWindow::Page page, const QString &fileName)
{
    if (page == MainWindow::Page::Sandbox || page == MainWindow::Page::Lab)
        runFetchMatrix();
    m_window.showPage(page);
    if (page == MainWindow::Page::Sandbox)
        selectPost302(*m_window.sandboxPage());
    return save(m_window, fileName, m_size);
}

ScreenshotMaker::Show ScreenshotMaker::showFromName(const QString &name)
{
    if (name == "compare"_L1)
        return Show::Compare;
    if (name == "favourites"_L1)
        return Show::Favourites;
    return Show::Guide;
}

QString ScreenshotMaker::makeShowing(Show show, const QString &fileName)
{
    m_window.showPage(MainWindow::Page::Reference);
    ReferencePage *reference = m_window.referencePage();
    switch (show) {
    case Show::Guide: {
        // Answered to a result: "at another URL", then the first answer of each question.
        GuideDialog dialog(m_window.referencePage()->catalog(), &m_window);
        for (int answer = 1; dialog.resultCardId().isEmpty() && !dialog.answers().isEmpty(); answer = 0)
            dialog.answers().value(answer, dialog.answers().first())->click();
        return save(dialog, fileName, QSize(720, std::max(280, dialog.sizeHint().height())));
    }
    case Show::Compare:
        reference->compareWithFirstConfused();
        return save(m_window, fileName, m_size);
    case Show::Favourites: {
        // A few stars, taken back afterwards: the window's own favourites stay as they were
        // (`statusdeck screenshot` runs on scratch settings, a window given to this class may not).
        const QString open = reference->currentCardId();
        QStringList starred;
        for (const QString &id : {u"404"_s, u"429"_s, u"503"_s, open}) {
            if (reference->openCard(id) && !reference->isFavourite()) {
                reference->setFavourite(true);
                starred.append(id);
            }
        }
        reference->openCard(open);
        // The list rebuilt with the favourites on top (it is queued), shown from its top.
        QCoreApplication::processEvents();
        reference->cardList()->scrollToTop();
        const QString error = save(m_window, fileName, m_size);
        for (const QString &id : std::as_const(starred)) {
            reference->openCard(id);
            reference->setFavourite(false);
        }
        reference->openCard(open);
        return error;
    }
    }
    return {};
}

void ScreenshotMaker::runFetchMatrix()
{
    SandboxServer &sandbox = m_window.sandbox();
    LabPage *lab = m_window.labPage();
    SandboxServer::Options any;
    any.port = 0;
    sandbox.startAndWait(any, 60000);
    QEventLoop loop;
    QObject::connect(lab, &LabPage::matrixFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    lab->setClientId(u"fetch"_s);
    lab->runMatrix();
    loop.exec();
    lab->showCell(2, 1); // POST into 302
}

void ScreenshotMaker::selectPost302(SandboxPage &page)
{
    // The exchange the lab's detail pane shows too (POST into 302), so the raw panes are not
    // empty in the picture.
    QAbstractItemModel *rows = page.table()->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, ExchangeTableModel::Method).data().toString() == "POST"_L1 &&
            rows->index(row, ExchangeTableModel::Target).data().toString().contains(u"status_code=302"_s)) {
            page.table()->setCurrentIndex(rows->index(row, 0));
            page.table()->scrollTo(rows->index(row, 0));
            return;
        }
    }
}

QString ScreenshotMaker::save(QWidget &widget, const QString &fileName, QSize size)
{
    widget.resize(size);
    widget.show();
    // Let polish, layout and the deferred text layout of the card finish.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    return writeScreenshotPng(paintedImage(widget), fileName);
}

} // namespace statusdeck::gui
