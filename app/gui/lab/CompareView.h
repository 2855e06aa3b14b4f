#pragma once

#include "lab/ClientId.h"

#include <QList>
#include <QPair>
#include <QUrl>
#include <QWidget>

#include <memory>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace statusdeck {
class ExchangeLog;
}

namespace statusdeck::lab {
class RedirectMatrix;
struct MatrixCell;
} // namespace statusdeck::lab

namespace statusdeck::gui {

// The Compare Clients tab: the lab's clients (every profile, Qt, and the installed real programs)
// side by side on one redirect code, one column per client (labelled with its name, its ClientId
// as the header's data), one row per method. Each client runs only
// the seven cells of that code, one client after the other.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    // Every profile (Qt among them), or the clients given, each with the name to show.
    void start(int code, const QUrl &sandbox, ExchangeLog *log);
    void start(int code, const QUrl &sandbox, ExchangeLog *log, const QList<QPair<lab::ClientId, QString>> &clients);
    bool isRunning() const { return m_index >= 0; }
    int code() const { return m_code; }
    int selectedCode() const;
    void setSelectedCode(int code);

    QTableWidget *table() const { return m_table; }
    // The cell at row and column when it has run, or null.
    const lab::MatrixCell *cellAt(int row, int column) const;
    QString clientNameAt(int column) const;
    // Cells the last comparison ran, over all clients.
    int cellsRun() const { return m_cellsRun; }

Q_SIGNALS:
    void runRequested(int code);
    void currentCellChanged(int row, int column);
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void next();

    QComboBox *m_codeBox;
    QPushButton *m_button;
    QTableWidget *m_table;
    std::unique_ptr<lab::RedirectMatrix> m_run;
    QStringList m_clients;                 // ClientId::toString(), one per column
    QStringList m_names;                   // display names, one per column
    QList<QList<lab::MatrixCell>> m_cells; // per client column, per method row
    QUrl m_sandbox;
    ExchangeLog *m_log = nullptr;
    int m_index = -1;
    int m_code = 0;
    int m_cellsRun = 0;
};

} // namespace statusdeck::gui
