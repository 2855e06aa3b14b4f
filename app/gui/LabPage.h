#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSettings;
class QTableWidget;

namespace statusdeck {
class SandboxServer;
}

namespace statusdeck::lab {
class RedirectMatrix;
}

namespace statusdeck::gui {

class CodeEditor;

// The redirect lab: run a client (an emulated profile, Qt for real, or an installed program)
// through methods x 301/302/303/307/308 live against the sandbox, see each cell colour-coded,
// and open a cell's hop timeline with what changed and the raw bytes the sandbox received.
class LabPage : public QWidget
{
    Q_OBJECT
public:
    LabPage(SandboxServer &server, QSettings &settings, QWidget *parent = nullptr);
    ~LabPage() override;

    QString clientId() const;
    void setClientId(const QString &id);
    void runMatrix();
    // Highlights the column of a redirect code, e.g. from a card's "Try it in the lab".
    void focusCode(int code);
    void showCell(int row, int column);

    QTableWidget *matrixTable() const { return m_table; }
    QListWidget *timeline() const { return m_timeline; }
    const lab::RedirectMatrix *matrix() const { return m_matrix.get(); }

Q_SIGNALS:
    void matrixFinished();
    void cardRequested(const QString &id);

private:
    void startMatrix();
    void onCellFinished(int index);
    void showHop(int row);
    void setMessage(const QString &text);

    SandboxServer &m_server;
    QSettings &m_settings;
    std::unique_ptr<lab::RedirectMatrix> m_matrix;
    QComboBox *m_client;
    QPushButton *m_run;
    QProgressBar *m_progress;
    QLabel *m_message;
    QTableWidget *m_table;
    QLabel *m_cellSummary;
    QListWidget *m_timeline;
    CodeEditor *m_raw;
    int m_selectedCell = -1;
    int m_focusCode = 0;
};

} // namespace statusdeck::gui
