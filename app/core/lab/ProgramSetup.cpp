#include "lab/ProgramSetup.h"

#include "lab/GoClient.h"
#include "lab/RealClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace statusdeck::lab {

namespace {

QString lastLines(const QString &text, int count)
{
    const QStringList lines = text.trimmed().split(u'\n');
    return lines.mid(qMax(0, int(lines.size()) - count)).join(u'\n');
}

constexpr int kProbeMs = 30000;
constexpr int kBuildMs = 600000;

} // namespace

ProgramSetup::ProgramSetup(QObject *parent)
    : QObject(parent)
    , m_cacheRoot(goclient::defaultCacheRoot())
{}

ProgramSetup::~ProgramSetup()
{
    abort();
}

void ProgramSetup::setCacheRoot(const QString &root)
{
    m_cacheRoot = root;
}

void ProgramSetup::abort()
{
    discardProcess(m_process, this);
}

void ProgramSetup::run(const QString &program, const QStringList &arguments, int timeoutMs, Done done,
                       const QProcessEnvironment &environment, const QString &workingDirectory)
{
    auto *process = new QProcess(this);
    m_process = process;
    process->setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process->setWorkingDirectory(workingDirectory);
    process->setStandardInputFile(QProcess::nullDevice());
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto finish = [this, process, timer, done](bool ok) {
        timer->stop();
        process->disconnect(this);
        const QString out = QString::fromLocal8Bit(process->readAllStandardOutput());
        const QString err = QString::fromLocal8Bit(process->readAllStandardError());
        process->deleteLater();
        m_process.clear();
        done(ok, out, err);
    };
    connect(timer, &QTimer::timeout, this, [process, finish] {
        process->kill();
        process->waitForFinished(2000);
        finish(false);
    });
    connect(process, &QProcess::finished, this, [finish](int exitCode, QProcess::ExitStatus status) {
        finish(status == QProcess::NormalExit && exitCode == 0);
    });
    connect(process, &QProcess::errorOccurred, this, [finish](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(false);
    });
    timer->start(timeoutMs);
    process->start(program, arguments);
}

void ProgramSetup::start(const MatrixClient &client)
{
    abort();
    m_client = client;
    m_result = {};
    m_result.programPath = client.programPath;
    const RealProgram *program = findRealProgram(client.id);
    if (!program) {
        m_result.error = QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "'%1' does not run for real.")
                             .arg(client.id);
        QMetaObject::invokeMethod(this, &ProgramSetup::finish, Qt::QueuedConnection);
        return;
    }
    if (program->kind == RealProgram::Kind::CompiledGo) {
        run(client.programPath, {u"env"_s, u"GOVERSION"_s}, kProbeMs,
            [this](bool ok, const QString &out, const QString &err) {
                if (!ok) {
                    m_result.error =
                        QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "%1 env GOVERSION failed: %2")
                            .arg(m_client.programPath, lastLines(err, 3));
                    finish();
                    return;
                }
                m_result.version = versionNumber(out);
                buildGo(out.trimmed());
            });
        return;
    }
    if (!program->module.isEmpty()) {
        m_pythons = {client.programPath};
        const QString debian = u"/usr/bin/python3"_s;
        if (QFileInfo(debian).isExecutable() &&
            QFileInfo(debian).canonicalFilePath() != QFileInfo(client.programPath).canonicalFilePath())
            m_pythons.append(debian);
        probePython(0);
        return;
    }
    probeVersion();
}

void ProgramSetup::probePython(int candidate)
{
    const RealProgram *program = findRealProgram(m_client.id);
    if (candidate >= m_pythons.size()) {
        m_result.error =
            QCoreApplication::translate(
                "statusdeck::lab::RedirectMatrix",
                "%1 cannot be imported by %2; install the Debian package %3 (or pip install %1).")
                .arg(program->module,
                     m_pythons.join(QCoreApplication::translate("statusdeck::lab::RedirectMatrix", " or ")),
                     program->package);
        finish();
        return;
    }
    const QString python = m_pythons.at(candidate);
    run(python, {u"-c"_s, u"import %1; print(%1.__version__)"_s.arg(program->module)}, kProbeMs,
        [this, candidate, python](bool ok, const QString &out, const QString &) {
            if (!ok) {
                probePython(candidate + 1);
                return;
            }
            m_result.programPath = python;
            m_result.invokedAs = candidate == 0 ? u"python3"_s : python;
            m_result.version = versionNumber(out);
            finish();
        });
}

void ProgramSetup::probeVersion()
{
    run(m_client.programPath, {u"--version"_s}, kProbeMs, [this](bool, const QString &out, const QString &err) {
        // Python 3 before 3.4 printed its version on stderr; a failed probe only leaves it empty.
        m_result.version = versionNumber(out.isEmpty() ? err : out);
        finish();
    });
}

void ProgramSetup::buildGo(const QString &goVersionOutput)
{
    const QByteArray source = goclient::source();
    const QString key = goclient::buildKey(goVersionOutput, source);
    const QString binary = goclient::binaryPath(m_cacheRoot, key);
    m_result.programPath = binary;
    m_result.invokedAs = binary;
    if (QFileInfo(binary).isExecutable()) {
        finish();
        return;
    }
    m_buildDir = std::make_unique<QTemporaryDir>();
    QFile file(m_buildDir->filePath(u"redirect-client.go"_s));
    if (!m_buildDir->isValid() || !file.open(QIODevice::WriteOnly) || file.write(source) != source.size() ||
        !QDir().mkpath(QFileInfo(binary).absolutePath())) {
        m_result.error =
            QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "cannot prepare the Go client's build in %1")
                .arg(QFileInfo(binary).absolutePath());
        finish();
        return;
    }
    file.close();
    const QString part = binary + u".part"_s + QString::number(QCoreApplication::applicationPid());
    const QProcessEnvironment environment = goclient::buildEnvironment(
        QProcessEnvironment::systemEnvironment(), QDir(goclient::buildsFolder(m_cacheRoot)).filePath(u"gocache"_s),
        m_buildDir->filePath(u"gopath"_s));
    run(
        m_client.programPath, goclient::buildArguments(part, file.fileName()), kBuildMs,
        [this, binary, part, key](bool ok, const QString &, const QString &err) {
            if (!ok) {
                QFile::remove(part);
                m_result.error = QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                             "go build of the lab's Go client failed: %1")
                                     .arg(lastLines(err, 5));
                finish();
                return;
            }
            // Another run may have finished the same build first: either copy is the same program.
            if (!QFile::rename(part, binary))
                QFile::remove(part);
            // Builds for another Go or an older source are not needed any more.
            const QDir builds(goclient::buildsFolder(m_cacheRoot));
            for (const QString &entry : builds.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                if (entry != key && entry != "gocache"_L1)
                    QDir(builds.filePath(entry)).removeRecursively();
            }
            if (!QFileInfo(binary).isExecutable())
                m_result.error = QCoreApplication::translate("statusdeck::lab::RedirectMatrix",
                                                             "the Go client was built but %1 is missing")
                                     .arg(binary);
            finish();
        },
        environment, m_buildDir->path());
}

void ProgramSetup::finish()
{
    m_buildDir.reset();
    Q_EMIT finished(m_result);
}

} // namespace statusdeck::lab
