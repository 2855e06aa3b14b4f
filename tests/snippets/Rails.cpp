// Ruby on Rails under Puma: one Rails application for every card, each card's controller as its
// snippet has it (renamed from ExampleController to the card's own), routed at /<name>/example,
// started with puma --early-hints as a Rails 6.1 app would be in production.

#include "SnippetSuite.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace snippettest {

namespace {

const QString kRuby = u"/usr/bin/ruby"_s; // Debian's, which sees the ruby-* packages

// c499_nginx -> C499Nginx, as Rails names the controller of the route "c499_nginx#show".
QString camelCase(const QString &name)
{
    QString out;
    bool upper = true;
    for (const QChar c : name) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

class RailsRunner : public Runner
{
public:
    ~RailsRunner() override { stop(); }

    QString missingPackage() override
    {
        m_puma = findProgram(u"puma"_s, {u"/usr/bin"_s});
        int exitCode = 1;
        if (QFile::exists(kRuby))
            runToEnd(kRuby, {u"-e"_s, u"require 'action_controller/railtie'"_s}, QDir::tempPath(),
                     QProcessEnvironment::systemEnvironment(), &exitCode, 60000);
        if (exitCode != 0)
            return m_puma.isEmpty() ? u"ruby-rails puma"_s : u"ruby-rails"_s;
        return m_puma.isEmpty() ? u"puma"_s : QString();
    }

    bool start(const QString &dir, const QList<CardSnippet> &snippets, QString *error) override
    {
        QByteArray app = R"(require "action_controller/railtie"

class SnippetsApp < Rails::Application
  config.load_defaults 6.1
  config.eager_load = false
  config.api_only = true
  config.hosts.clear
  config.secret_key_base = "snippet-tests"
  config.logger = Logger.new($stderr)
  config.log_level = :warn
end

)";
        QByteArray routes;
        for (const CardSnippet &s : snippets) {
            QString code = s.code;
            const QString controller = camelCase(s.name) + u"Controller"_s;
            if (!code.contains(u"class ExampleController"_s)) {
                m_errors.insert(s.name, u"the snippet has no ExampleController"_s);
                continue;
            }
            code.replace(u"class ExampleController"_s, u"class "_s + controller);
            app += code.toUtf8() + '\n';
            routes += "  match \"" + s.name.toUtf8() + "/example\", to: \"" + s.name.toUtf8() +
                      "#show\", via: %i[get post put patch delete]\n";
        }
        app += "SnippetsApp.initialize!\nSnippetsApp.routes.draw do\n" + routes + "end\nrun SnippetsApp\n";
        if (!writeFile(dir + u"/config.ru"_s, app)) {
            *error = u"cannot write config.ru"_s;
            return false;
        }
        m_port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PORT"_s, QString::number(m_port));
        env.insert(u"RAILS_ENV"_s, u"production"_s);
        env.insert(u"RACK_ENV"_s, u"production"_s);
        env.insert(u"HOME"_s, dir);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setWorkingDirectory(dir);
        m_process.setProcessEnvironment(env);
        // Puma takes PORT from the environment; --early-hints lets send_early_hints write a 103.
        m_process.start(
            m_puma, {u"--early-hints"_s, u"--bind"_s, u"tcp://127.0.0.1:"_s + QString::number(m_port), u"config.ru"_s});
        if (!m_process.waitForStarted()) {
            *error = u"puma: "_s + m_process.errorString();
            return false;
        }
        return waitUntilListening(m_process, m_port, 120000, error);
    }

    Endpoint endpoint(const CardSnippet &snippet) override
    {
        Endpoint e;
        e.port = m_port;
        e.path = '/' + snippet.name.toUtf8() + "/example";
        e.error = m_errors.value(snippet.name);
        return e;
    }

    QString log() override
    {
        m_log += QString::fromUtf8(m_process.readAll());
        return m_log;
    }

    void stop() override
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QString m_puma;
    quint16 m_port = 0;
    QProcess m_process;
    QString m_log;
    QMap<QString, QString> m_errors;
};

} // namespace

std::unique_ptr<Runner> makeRailsRunner()
{
    return std::make_unique<RailsRunner>();
}

} // namespace snippettest
