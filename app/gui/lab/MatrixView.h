#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
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
class MatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit MatrixView(QWidget *parent = nullptr);
    ~MatrixView() override;

    void start(const lab::MatrixClient &client, const QUrl &sandbox, ExchangeLog *log);
    bool isRunning() const;
    void focusCode(int code);

    const lab::RedirectMatrix *matrix() const { return m_matrix.get(); }
    // The finished cell at row and column, or null.
    const lab::MatrixCell *cellAt(int row, int column) const;
    QTableWidget *table() const { return m_table; }
    QPushButton *runButton() const { return m_run; }
    QLabel *legend() const { return m_legend; }

Q_SIGNALS:
    void runRequested();
    // The current cell changed, or finished while current; row and column may be -1.
    void currentCellChanged(int row, int column);
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCellFinished(int index);
    void updateLegend();
    void recolour();

    std::unique_ptr<lab::RedirectMatrix> m_matrix;
    QPushButton *m_run;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QLabel *m_legend;
};

} // namespace statusdeck::gui
