// MainWindow's part that opens things from outside: HAR files (File > Open HAR…, Ctrl+O,
// dropped on the window, or named on the command line) and the requests a second
// `statusdeck` hands over to the running window (instance/SingleInstance.h).

#include "MainWindow.h"
#include "SandboxPage.h"
#include "instance/InstanceMessage.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {
const QString kHarFolder = u"sandbox/harFolder"_s; // shared with Export HAR

QStringList droppedFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}
} // namespace

void MainWindow::addOpenActions(QMenu *fileMenu)
{
    auto *open = new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open HAR…"), this);
    open->setObjectName(u"actionOpenHar"_s);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a HAR file (from devtools or 'statusdeck serve --har') in the exchange log"));
    connect(open, &QAction::triggered, this, &MainWindow::chooseHar);
    QAction *first = fileMenu->actions().value(0);
    fileMenu->insertAction(first, open);
    fileMenu->insertSeparator(first);
    setAcceptDrops(true);
}

void MainWindow::chooseHar()
{
    QString folder = m_settings.value(kHarFolder).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open HAR"), folder,
                                                      tr("HAR files (*.har);;JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setValue(kHarFolder, QFileInfo(path).absolutePath());
    openHar(path);
}

QString MainWindow::openHar(const QString &path)
{
    showPage(Page::Sandbox);
    const QString error = sandboxPage()->importHar(path);
    if (error.isEmpty())
        return {};
    // Not modal for the application: a request from a second process gets its answer now.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open HAR"), tr("The HAR file was not opened."),
                                QMessageBox::Ok, this);
    box->setObjectName(u"harError"_s);
    box->setInformativeText(error + u"\n\n"_s + tr("The exchange log is as it was."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return error;
}

void MainWindow::bringToFront()
{
    if (isMinimized()) {
        // Back to the state it had before it was minimized.
        if (windowState() & Qt::WindowMaximized)
            showMaximized();
        else
            showNormal();
    } else {
        show();
    }
    // X11 window managers with focus-stealing prevention may only flash the task bar entry,
    // and Wayland compositors grant focus only with an activation token: both are the
    // desktop's decision.
    raise();
    activateWindow();
}

instance::Reply MainWindow::handleRequest(const instance::Request &request)
{
    instance::Reply reply;
    // First, so that a message box opened below stays above the window (without a window
    // manager, and with some, raising the window later would cover the box).
    bringToFront();
    if (!request.theme.isEmpty())
        Q_EMIT themeRequested(request.theme); // for this run, as --theme at start, not saved
    if (const std::optional<Page> page = pageFromName(request.page))
        showPage(*page);
    if (!request.card.isEmpty() && !openCard(request.card)) {
        reply.status = 2;
        reply.message = tr("no card '%1'.").arg(request.card);
        statusBar()->showMessage(reply.message, 5000);
    }
    if (!request.file.isEmpty()) {
        if (const QString error = openHar(request.file); !error.isEmpty()) {
            reply.status = 1;
            reply.message = error;
        }
    }
    return reply;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QString &file : files) {
        if (!openHar(file).isEmpty())
            break; // one message at a time
    }
}

} // namespace statusdeck::gui
