// SandboxPage's HAR import (File > Open HAR, drops, the command line): kept apart from the
// page's own file, which the exchange log's view grows in.

#include "ExchangeTableModel.h"
#include "SandboxPage.h"
#include "sandbox/ExchangeFilterModel.h"
#include "sandbox/HarImport.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

QString SandboxPage::importHar(const QString &path)
{
    if (m_importing)
        return tr("another HAR file is being read; open this one when it is done");
    // Read on a thread, so that the window repaints meanwhile (a HAR at the limit takes
    // seconds); input waits until it is done, so nothing can change the log under it.
    m_importing = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Q_EMIT statusMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    HarImport har;
    const std::unique_ptr<QThread> reader(QThread::create([&har, path] { har = readHarFile(path); }));
    QEventLoop wait;
    connect(reader.get(), &QThread::finished, &wait, &QEventLoop::quit, Qt::QueuedConnection);
    reader->start();
    wait.exec(QEventLoop::ExcludeUserInputEvents);
    reader->wait();
    QApplication::restoreOverrideCursor();
    m_importing = false;
    if (!har.ok())
        return har.error;
    m_model->addImported(har.exchanges);
    QString text =
        tr("Opened %n exchange(s) from %1", nullptr, int(har.exchanges.size())).arg(QDir::toNativeSeparators(path));
    if (!har.warnings.isEmpty())
        text += u" ("_s + har.warnings.join(u"; "_s) + u')';
    Q_EMIT statusMessage(text);
    if (!har.exchanges.isEmpty()) {
        const QModelIndex first =
            m_filter->mapFromSource(m_model->index(m_model->importedCount() - int(har.exchanges.size()), 0));
        m_table->setCurrentIndex(first);
        m_table->scrollTo(first);
    }
    return {};
}

} // namespace statusdeck::gui
