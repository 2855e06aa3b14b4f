#pragma once

#include "lab/MatrixGrid.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QToolButton;
class QUrl;

namespace statusdeck {
class ExchangeLog;
}

namespace statusdeck::lab {
class RedirectMatrix;
struct MatrixCell;
struct MatrixClient;
} // namespace statusdeck::lab

namespace statusdeck::gui {

// The Matrix tab: one client through every method x 301/302/303/307/308, each cell coloured by
// what arrived at the redirect's target, with a legend that always has room below the table.
// With Kind::CrossOrigin, the Cross-Origin tab: rows are same origin, another port and another
// host, and each cell says which of Authorization, Cookie and X-StatusDeck-Probe arrived.
class MatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit MatrixView(QWidget *parent = nullptr);
    explicit MatrixView(lab::grid::Kind kind, QWidget *parent = nullptr);
    ~MatrixView() override;

    lab::grid::Kind kind() const { return m_kind; }
    // codes: only these columns (empty: all); second: the sandbox's second origin.
    void start(const lab::MatrixClient &client, const QUrl &sandbox, ExchangeLog *log);
    void start(const lab::MatrixClient &client, const QUrl &sandbox, const QUrl &second, ExchangeLog *log,
               const QList<int> &codes = {});
    bool isRunning() const;
    void focusCode(int code);
    QToolButton *exportButton() const { return m_export; }

    const lab::RedirectMatrix *matrix() const { return m_matrix.get(); }
    // The finished cell at row and column, or null.
    const lab::MatrixCell *cellAt(int row, int column) const;
    QTableWidget *table() const { return m_table; }
    QPushButton *runButton() const { return m_run; }
    QLabel *legend() const { return m_legend; }

Q_SIGNALS:
    void runRequested();
    // "markdown", "csv" or "json" from the Export menu.
    void exportRequested(const QString &format);
    // The current cell changed, or finished while current; row and column may be -1.
    void currentCellChanged(int row, int column);
    void finished();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onCellFinished(int index);
    void updateLegend();
    void fitLegend();
    void recolour();

    lab::grid::Kind m_kind = lab::grid::Kind::Methods;
    std::unique_ptr<lab::RedirectMatrix> m_matrix;
    QPushButton *m_run;
    QToolButton *m_export;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QLabel *m_legend;
};

} // namespace statusdeck::gui
