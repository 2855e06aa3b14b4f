#include "Screenshot.h"

#include "LabPage.h"
#include "PngWriter.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>
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
    return save(m_window, fileName, m_size);
}

void ScreenshotMaker::runFetchMatrix()
{
    SandboxServer &sandbox = m_window.sandbox();
    LabPage *lab = m_window.labPage();
    QEventLoop loop;
    QObject::connect(&sandbox, &SandboxServer::started, &loop, &QEventLoop::quit);
    QObject::connect(&sandbox, &SandboxServer::failed, &loop, &QEventLoop::quit);
    QObject::connect(lab, &LabPage::matrixFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    SandboxServer::Options any;
    any.port = 0;
    sandbox.start(any);
    loop.exec();
    lab->setClientId(u"fetch"_s);
    lab->runMatrix();
    loop.exec();
    lab->showCell(2, 1); // POST into 302
}

QString ScreenshotMaker::save(QWidget &widget, const QString &fileName, QSize size)
{
    widget.resize(size);
    widget.show();
    // Let polish, layout and the deferred text layout of the card finish.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const QPixmap pixmap = widget.grab();
    return writeScreenshotPng(pixmap.toImage(), fileName);
}

} // namespace statusdeck::gui
