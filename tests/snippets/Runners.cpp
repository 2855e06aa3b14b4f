// The frameworks' runners: each writes the snippets into the smallest app a new user of that
// framework would write, starts it as that framework's documentation says, and tells the
// suite where each card's snippet answers. Servers that can host every card at once do
// (each card's app mounted under /<name>/, or its own port for nginx and Apache); the
// others run one process per card.

#include "SnippetSuite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace snippettest {

namespace {

const QString kPython = u"/usr/bin/python3"_s; // Debian's, which sees the python3-* packages

bool pythonHas(const QString &module)
{
    if (!QFile::exists(kPython))
        return false;
    int exitCode = 0;
    runToEnd(kPython, {u"-c"_s, u"import "_s + module}, QDir::tempPath(), QProcessEnvironment::systemEnvironment(),
             &exitCode, 60000);
    return exitCode == 0;
}

// A server process that is started once and stopped at the end.
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }
    bool start(const QString &program, const QStringList &arguments, const QString &workDir,
               const QProcessEnvironment &env, quint16 port, QString *error, int timeoutMs = 60000)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setWorkingDirectory(workDir);
        m_process.setProcessEnvironment(env);
        m_process.start(program, arguments);
        if (!m_process.waitForStarted()) {
            *error = program + u": "_s + m_process.errorString();
            return false;
        }
        return waitUntilListening(m_process, port, timeoutMs, error);
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }
    QString log()
    {
        m_log += QString::fromUtf8(m_process.readAll());
        return m_log;
    }
    bool running() const { return m_process.state() == QProcess::Running; }

private:
    QProcess m_process;
    QString m_log;
};

QProcessEnvironment envWithPort(quint16 port)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PORT"_s, QString::number(port));
    return env;
}

// One app for every card, each card's snippet under /<name>/example.
class MountedRunner : public Runner
{
public:
    Endpoint endpoint(const CardSnippet &snippet) override
    {
        Endpoint e;
        e.port = m_port;
        e.path = '/' + snippet.name.toUtf8() + "/example";
        e.error = m_errors.value(snippet.name);
        return e;
    }
    QString log() override { return m_server.log(); }
    void stop() override { m_server.stop(); }

protected:
    quint16 m_port = 0;
    ServerProcess m_server;
    QMap<QString, QString> m_errors;
};

// One process per card, started when the suite reaches the card: the snippet file as it is,
// run with the framework's own runtime.
class PerCardRunner : public Runner
{
public:
    Endpoint endpoint(const CardSnippet &snippet) override
    {
        Endpoint e;
        if (snippet.name != m_current) {
            m_server.reset();
            m_current = snippet.name;
            const QString path = m_dir + u'/' + snippet.name + m_suffix;
            writeFile(path, snippet.code.toUtf8());
            m_port = freePort();
            m_server = std::make_unique<ServerProcess>();
            QString error;
            if (!m_server->start(m_program, m_arguments + QStringList{path}, m_dir, environment(m_port), m_port, &error,
                                 20000))
                m_startError = error;
            else
                m_startError.clear();
        }
        e.port = m_port;
        e.error = m_startError;
        return e;
    }
    bool start(const QString &dir, const QList<CardSnippet> &, QString *) override
    {
        m_dir = dir;
        return true;
    }
    QString log() override { return m_server ? m_server->log() : QString(); }
    void stop() override { m_server.reset(); }

protected:
    virtual QProcessEnvironment environment(quint16 port) { return envWithPort(port); }
    QString m_program;
    QStringList m_arguments;
    QString m_suffix;
    QString m_dir;

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_current;
    QString m_startError;
    quint16 m_port = 0;
};

class NodeHttpRunner : public PerCardRunner
{
public:
    QString missingPackage() override
    {
        m_program = findProgram(u"node"_s);
        m_suffix = u".js"_s;
        return m_program.isEmpty() ? u"nodejs"_s : QString();
    }
};

class ExpressRunner : public NodeHttpRunner
{
public:
    QString missingPackage() override
    {
        if (QString missing = NodeHttpRunner::missingPackage(); !missing.isEmpty())
            return missing;
        return QFile::exists(modules() + u"/express/package.json"_s)
                   ? QString()
                   : u"express from npm (npm ci in tests/snippets/node)"_s;
    }

protected:
    static QString modules() { return QStringLiteral(STATUSDECK_SOURCE_DIR) + u"/tests/snippets/node/node_modules"_s; }
    QProcessEnvironment environment(quint16 port) override
    {
        QProcessEnvironment env = envWithPort(port);
        env.insert(u"NODE_PATH"_s, modules());
        env.insert(u"NODE_ENV"_s, u"production"_s);
        return env;
    }
};

class PythonHttpServerRunner : public PerCardRunner
{
public:
    QString missingPackage() override
    {
        m_program = QFile::exists(kPython) ? kPython : findProgram(u"python3"_s);
        m_suffix = u".py"_s;
        return m_program.isEmpty() ? u"python3"_s : QString();
    }
};

class FlaskRunner : public MountedRunner
{
public:
    QString missingPackage() override
    {
        if (!pythonHas(u"flask"_s))
            return u"python3-flask"_s;
        m_gunicorn = findProgram(u"gunicorn"_s, {u"/usr/bin"_s});
        return m_gunicorn.isEmpty() ? u"gunicorn"_s : QString();
    }
    bool start(const QString &dir, const QList<CardSnippet> &snippets, QString *error) override
    {
        QByteArray serve = "from werkzeug.middleware.dispatcher import DispatcherMiddleware\n"
                           "from werkzeug.wrappers import Response\n\n";
        QByteArray mounts;
        for (const CardSnippet &s : snippets) {
            writeFile(dir + u'/' + s.name + u".py"_s, s.code.toUtf8());
            serve += "import " + s.name.toUtf8() + "\n";
            mounts += "    '/" + s.name.toUtf8() + "': " + s.name.toUtf8() + ".app,\n";
        }
        // Every card's app mounted under its name, served by gunicorn as in production
        // (app.run() is the development server).
        writeFile(dir + u"/serve.py"_s,
                  serve + "\nroot = DispatcherMiddleware(Response('no such card', status=404), {\n" + mounts + "})\n");
        m_port = freePort();
        return m_server.start(m_gunicorn,
                              {u"--bind"_s, u"127.0.0.1:"_s + QString::number(m_port), u"--workers"_s, u"2"_s,
                               u"--chdir"_s, dir, u"serve:root"_s},
                              dir, envWithPort(m_port), m_port, error);
    }

private:
    QString m_gunicorn;
};

class FastApiRunner : public MountedRunner
{
public:
    QString missingPackage() override
    {
        if (!pythonHas(u"fastapi"_s))
            return u"python3-fastapi"_s;
        return pythonHas(u"uvicorn"_s) ? QString() : u"python3-uvicorn"_s;
    }
    bool start(const QString &dir, const QList<CardSnippet> &snippets, QString *error) override
    {
        QStringList names;
        for (const CardSnippet &s : snippets) {
            writeFile(dir + u'/' + s.name + u".py"_s, s.code.toUtf8());
            names.append(s.name);
        }
        writeFile(dir + u"/serve.py"_s, R"(import importlib
import os
import sys

import uvicorn
from starlette.applications import Starlette
from starlette.routing import Mount

root = Starlette(routes=[Mount('/' + name, app=importlib.import_module(name).app) for name in sys.argv[1:]])
uvicorn.run(root, host='127.0.0.1', port=int(os.environ['PORT']), log_level='warning')
)");
        m_port = freePort();
        return m_server.start(kPython, QStringList{u"serve.py"_s} + names, dir, envWithPort(m_port), m_port, error);
    }
};

class DjangoRunner : public MountedRunner
{
public:
    QString missingPackage() override
    {
        if (!pythonHas(u"django"_s))
            return u"python3-django"_s;
        m_gunicorn = findProgram(u"gunicorn"_s, {u"/usr/bin"_s});
        return m_gunicorn.isEmpty() ? u"gunicorn"_s : QString();
    }
    bool start(const QString &dir, const QList<CardSnippet> &snippets, QString *error) override
    {
        // What django-admin startproject generates, reduced to one settings and one urls module.
        QByteArray urls = "from django.urls import path\n\n";
        QByteArray patterns = "urlpatterns = [\n";
        for (const CardSnippet &s : snippets) {
            writeFile(dir + u"/"_s + s.name + u".py"_s, s.code.toUtf8());
            urls += "import " + s.name.toUtf8() + "\n";
            patterns += "    path('" + s.name.toUtf8() + "/example', " + s.name.toUtf8() + ".example),\n";
        }
        writeFile(dir + u"/urls.py"_s, urls + "\n" + patterns + "]\n");
        writeFile(dir + u"/settings.py"_s, R"(SECRET_KEY = 'snippet-test'
DEBUG = False
ALLOWED_HOSTS = ['*']
ROOT_URLCONF = 'urls'
INSTALLED_APPS = [
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'django.contrib.messages',
]
MIDDLEWARE = [
    'django.middleware.security.SecurityMiddleware',
    'django.contrib.sessions.middleware.SessionMiddleware',
    'django.middleware.common.CommonMiddleware',
    'django.middleware.csrf.CsrfViewMiddleware',
    'django.contrib.auth.middleware.AuthenticationMiddleware',
    'django.contrib.messages.middleware.MessageMiddleware',
    'django.middleware.clickjacking.XFrameOptionsMiddleware',
]
DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': ':memory:'}}
USE_TZ = True
)");
        writeFile(dir + u"/wsgi.py"_s, R"(import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'settings')
application = get_wsgi_application()
)");
        m_port = freePort();
        QProcessEnvironment env = envWithPort(m_port);
        env.insert(u"PYTHONPATH"_s, dir);
        return m_server.start(m_gunicorn,
                              {u"--bind"_s, u"127.0.0.1:"_s + QString::number(m_port), u"--workers"_s, u"2"_s,
                               u"--chdir"_s, dir, u"wsgi:application"_s},
                              dir, env, m_port, error);
    }

private:
    QString m_gunicorn;
};

class GoRunner : public MountedRunner
{
public:
    QString missingPackage() override
    {
        m_go = findProgram(u"go"_s, {u"/usr/lib/go/bin"_s, u"/usr/bin"_s});
        return m_go.isEmpty() ? u"golang-go"_s : QString();
    }
    bool start(const QString &dir, const QList<CardSnippet> &snippets, QString *error) override
    {
        // Each snippet becomes a package of one program: "package main" is the only line that
        // changes, and a second file in the package hands its handler to the program's mux.
        QByteArray imports;
        QByteArray handlers;
        for (const CardSnippet &s : snippets) {
            QString code = s.code;
            code.replace(QRegularExpression(u"^package main$"_s, QRegularExpression::MultilineOption),
                         u"package "_s + s.name);
            writeFile(dir + u'/' + s.name + u"/snippet.go"_s, code.toUtf8());
            writeFile(dir + u'/' + s.name + u"/export.go"_s,
                      "package " + s.name.toUtf8() + "\n\nvar Handler = example\n");
            imports += "\t\"snippets/" + s.name.toUtf8() + "\"\n";
            handlers += "\tmux.Handle(\"/" + s.name.toUtf8() + "/\", http.StripPrefix(\"/" + s.name.toUtf8() +
                        "\", http.HandlerFunc(" + s.name.toUtf8() + ".Handler)))\n";
        }
        writeFile(dir + u"/go.mod"_s, "module snippets\n\ngo 1.19\n");
        writeFile(dir + u"/main.go"_s, "package main\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\t\"os\"\n\n" + imports +
                                           ")\n\nfunc main() {\n\tmux := http.NewServeMux()\n" + handlers +
                                           "\tlog.Fatal(http.ListenAndServe(\"127.0.0.1:\"+os.Getenv(\"PORT\"), "
                                           "mux))\n}\n");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The build cache survives between runs (next to the test binary); nothing is downloaded.
        env.insert(u"GOCACHE"_s, QCoreApplication::applicationDirPath() + u"/go-build-cache"_s);
        env.insert(u"GOPATH"_s, dir + u"/gopath"_s);
        env.insert(u"GOPROXY"_s, u"off"_s);
        env.insert(u"GOFLAGS"_s, u"-mod=mod"_s);
        env.insert(u"GOTOOLCHAIN"_s, u"local"_s);
        env.insert(u"CGO_ENABLED"_s, u"0"_s);
        int exitCode = 0;
        const QString output = runToEnd(m_go, {u"build"_s, u"-o"_s, u"server"_s, u"."_s}, dir, env, &exitCode, 280000);
        if (exitCode != 0) {
            *error = u"go build failed: "_s + output;
            return false;
        }
        m_port = freePort();
        return m_server.start(dir + u"/server"_s, {}, dir, envWithPort(m_port), m_port, error);
    }

private:
    QString m_go;
};

class PhpRunner : public MountedRunner
{
public:
    QString missingPackage() override
    {
        m_php = findProgram(u"php"_s, {u"/usr/bin"_s});
        return m_php.isEmpty() ? u"php-cli"_s : QString();
    }
    bool start(const QString &dir, const QList<CardSnippet> &snippets, QString *error) override
    {
        for (const CardSnippet &s : snippets)
            writeFile(dir + u'/' + s.name + u"/example.php"_s, s.code.toUtf8());
        // php -S with a router: /<name>/example runs <name>/example.php, as a fresh script.
        writeFile(dir + u"/router.php"_s, R"(<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (preg_match('#^/([a-z0-9_]+)/example$#', $path, $m) && is_file(__DIR__ . "/$m[1]/example.php")) {
    require __DIR__ . "/$m[1]/example.php";
    return true;
}
http_response_code(404);
echo "no such card\n";
return true;
)");
        m_port = freePort();
        return m_server.start(m_php,
                              {u"-S"_s, u"127.0.0.1:"_s + QString::number(m_port), u"-t"_s, dir, u"router.php"_s}, dir,
                              envWithPort(m_port), m_port, error);
    }

private:
    QString m_php;
};

} // namespace

std::unique_ptr<Runner> makeRunner(const QString &frameworkId)
{
    if (frameworkId == "node-http"_L1)
        return std::make_unique<NodeHttpRunner>();
    if (frameworkId == "express"_L1)
        return std::make_unique<ExpressRunner>();
    if (frameworkId == "python-http-server"_L1)
        return std::make_unique<PythonHttpServerRunner>();
    if (frameworkId == "flask"_L1)
        return std::make_unique<FlaskRunner>();
    if (frameworkId == "fastapi"_L1)
        return std::make_unique<FastApiRunner>();
    if (frameworkId == "django"_L1)
        return std::make_unique<DjangoRunner>();
    if (frameworkId == "go"_L1)
        return std::make_unique<GoRunner>();
    if (frameworkId == "php"_L1)
        return std::make_unique<PhpRunner>();
    if (frameworkId == "nginx"_L1 || frameworkId == "apache"_L1 || frameworkId == "curl"_L1)
        return makeWebServerRunner(frameworkId);
    if (frameworkId == "rails"_L1)
        return makeRailsRunner();
    return {};
}

} // namespace snippettest
