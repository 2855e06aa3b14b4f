#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QTableWidget;
class QTabWidget;

namespace statusdeck {
class SandboxServer;
}

namespace statusdeck::lab {
class LabRun;
class RedirectMatrix;
struct MatrixCell;
struct MatrixHop;
} // namespace statusdeck::lab

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

    // The request composer: one request, followed hop by hop by the chosen emulated client.
    QStringList presetNames() const;
    void applyPreset(int index);
    void sendRequest();
    // Compare: every emulated profile and Qt, side by side, for one redirect code.
    void runCompare(int code);
    QTableWidget *compareTable() const { return m_compareTable; }

    QTableWidget *matrixTable() const { return m_table; }
    QListWidget *timeline() const { return m_timeline; }
    const lab::RedirectMatrix *matrix() const { return m_matrix.get(); }

Q_SIGNALS:
    void matrixFinished();
    void requestFinished();
    void compareFinished();
    void cardRequested(const QString &id);

private:
    // Runs then() once the sandbox listens, starting it first when it does not.
    void withSandbox(std::function<void()> then);
    void startMatrix();
    void startCompare(int code);
    void compareNext();
    void showHops(const QList<lab::MatrixHop> &hops, const QStringList &raw);
    void showMatrixCell(const lab::MatrixCell &cell, const QString &clientName);
    QWidget *buildMatrixTab();
    QWidget *buildCompareTab();
    QWidget *buildRequestTab();
    void onCellFinished(int index);
    void showHop(int row);
    void setMessage(const QString &text);

    SandboxServer &m_server;
    QSettings &m_settings;
    std::unique_ptr<lab::RedirectMatrix> m_matrix;
    std::unique_ptr<lab::RedirectMatrix> m_compareRun;
    std::unique_ptr<lab::LabRun> m_run1;
    QNetworkAccessManager *m_network;
    QTabWidget *m_tabs;
    QTableWidget *m_compareTable;
    QComboBox *m_compareCode;
    QPushButton *m_compareButton;
    QStringList m_compareClients;
    QList<QList<lab::MatrixCell>> m_compareCells; // per client column, per method row
    int m_compareIndex = -1;
    int m_compareCodeValue = 0;
    QComboBox *m_preset;
    QComboBox *m_method;
    QLineEdit *m_url;
    QPlainTextEdit *m_headers;
    QLineEdit *m_body;
    QPushButton *m_send;
    QStringList m_rawTexts;
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
