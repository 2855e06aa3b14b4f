#pragma once

#include "lab/MatrixClient.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace statusdeck::lab {

// Gets a real program ready before its cells run, without blocking: reads the installed version,
// finds a python3 that imports the client's module (the one on PATH, else Debian's
// /usr/bin/python3), and builds the Go client into the cache folder when it is not there yet
// (GoClient.h). finished() follows exactly once, unless abort() comes first.
class ProgramSetup : public QObject
{
    Q_OBJECT
public:
    struct Result {
        QString programPath; // what to run: the interpreter, the program, the built Go client
        QString invokedAs;   // how the cell shows it when not by its plain name; empty otherwise
        QString version;     // the installed version ("0.23.3"); empty when it could not be told
        QString error;       // translated; empty when ready
    };

    explicit ProgramSetup(QObject *parent = nullptr);
    ~ProgramSetup() override;

    void setCacheRoot(const QString &root); // default: goclient::defaultCacheRoot()
    void start(const MatrixClient &client);
    void abort();

Q_SIGNALS:
    void finished(const statusdeck::lab::ProgramSetup::Result &result);

private:
    using Done = std::function<void(bool ok, const QString &out, const QString &err)>;
    void run(const QString &program, const QStringList &arguments, int timeoutMs, Done done,
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
             const QString &workingDirectory = {});
    void probePython(int candidate);
    void probeVersion();
    void buildGo(const QString &goVersionOutput);
    void finish();

    MatrixClient m_client;
    QStringList m_pythons;
    QString m_cacheRoot;
    Result m_result;
    QPointer<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_buildDir;
};

} // namespace statusdeck::lab

Q_DECLARE_METATYPE(statusdeck::lab::ProgramSetup::Result)
