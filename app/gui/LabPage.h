#pragma once

#include "lab/ClientId.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QSettings;
class QTableWidget;
class QTabWidget;

namespace statusdeck {
class SandboxServer;
}

namespace statusdeck::lab {
class RedirectMatrix;
}

namespace statusdeck::gui {

class CompareView;
class ComposerView;
class HopDetailView;
class MatrixView;

// The redirect lab: the client bar and the three views (Matrix, Compare Clients, Request) over
// one detail pane that always shows the selection of the view in front. It also owns the lab's
// use of the sandbox: started on demand, on a free port when the user's port is taken.
class LabPage : public QWidget
{
    Q_OBJECT
public:
    LabPage(SandboxServer &server, QSettings &settings, QWidget *parent = nullptr);
    ~LabPage() override;

    enum Tab { MatrixTab, CrossOriginTab, CompareTab, RequestTab };

    // As the settings keep it: "fetch", "qt", "real:curl".
    QString clientId() const;
    void setClientId(const QString &id);
    lab::ClientId client() const;
    void setClient(const lab::ClientId &id);

    void runMatrix();
    // The cross-origin matrix: Authorization, Cookie and a custom header to the same origin,
    // another port and another host, for the chosen client.
    void runCrossOrigin();
    // Highlights the column of a redirect code.
    void focusCode(int code);
    // A card's "Try it in the lab": shows the code's column and runs it at once (7 cells).
    void tryCode(int code);
    // Writes the matrix of the tab in front (Matrix or Cross-Origin; else the Matrix) as
    // "markdown", "csv" or "json"; returns an error, or empty after statusMessage() said where.
    QString exportMatrix(const QString &path, const QString &format);
    // The save dialog behind the Export menu; tests replace it (title, suggested path, filter).
    using FileChooser = std::function<QString(const QString &, const QString &, const QString &)>;
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }
    // The clients the chooser offers and can run, with the names it shows (Compare runs them).
    QList<QPair<lab::ClientId, QString>> availableClients() const;
    void showCell(int row, int column);

    // The request composer: one request, followed hop by hop by the chosen emulated client.
    QStringList presetNames() const;
    void applyPreset(int index);
    void sendRequest();
    // Edit and Resend from the sandbox's log: the composer filled with that request.
    void editRequest(const QString &method, const QString &url, const QString &headers, const QString &body);
    // Compare: every emulated profile and Qt, side by side, for one redirect code.
    void runCompare(int code);

    QTableWidget *compareTable() const;
    QTableWidget *matrixTable() const;
    QListWidget *timeline() const;
    const lab::RedirectMatrix *matrix() const;
    MatrixView *matrixView() const { return m_matrixView; }
    MatrixView *crossOriginView() const { return m_crossView; }
    CompareView *compareView() const { return m_compareView; }
    ComposerView *composerView() const { return m_composerView; }
    HopDetailView *detailView() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }
    QString message() const;

Q_SIGNALS:
    void matrixFinished();
    void requestFinished();
    void compareFinished();
    void cardRequested(const QString &id);
    void crossOriginFinished();
    // For the window's status bar: an export written.
    void statusMessage(const QString &text);

private:
    // Runs then() once the sandbox listens, starting it first when it does not.
    void withSandbox(std::function<void()> then);
    void startMatrix(MatrixView *view, const QList<int> &codes = {});
    void chooseExport(MatrixView *view, const QString &format);
    void onMatrixFinished(MatrixView *view);
    void showDetail();
    void setMessage(const QString &text);

    SandboxServer &m_server;
    QSettings &m_settings;
    QComboBox *m_client;
    QLabel *m_message;
    QTabWidget *m_tabs;
    MatrixView *m_matrixView;
    MatrixView *m_crossView;
    CompareView *m_compareView;
    ComposerView *m_composerView;
    HopDetailView *m_detail;
    FileChooser m_fileChooser;
};

} // namespace statusdeck::gui
