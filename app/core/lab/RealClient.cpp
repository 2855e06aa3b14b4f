#include "lab/RealClient.h"

#include "util/MiniTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace statusdeck::lab {

namespace {

// A JSON string literal, which is also a valid Python and JavaScript string literal.
QString literal(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// The headers a client sends on purpose: Host and framing are the client's own business.
HeaderList userHeaders(const LabRequest &request)
{
    HeaderList headers;
    for (const auto &[name, value] : request.headers) {
        if (headers::sameName(name, "Host") || headers::isFraming(name))
            continue;
        headers.append(qMakePair(name, value));
    }
    return headers;
}

QString headersObject(const LabRequest &request)
{
    QJsonObject object;
    for (const auto &[name, value] : userHeaders(request))
        object.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList curlArguments(const LabRequest &request, const QString &bodyFile)
{
    QStringList args{u"-sS"_s, u"-L"_s};
    const bool hasBody = !request.body.isEmpty();
    const QString method = QString::fromLatin1(request.method);
    bool dataSetsContentType = false;
    if (request.method == "HEAD") {
        args << u"-I"_s;
    } else if (request.method == "POST" && hasBody) {
        args << u"-d"_s << QString::fromLatin1(request.body);
        dataSetsContentType = true;
    } else if (request.method == "PUT" && hasBody) {
        args << u"-T"_s << bodyFile;
    } else if (request.method != "GET" || hasBody) {
        args << u"-X"_s << method;
        if (hasBody) {
            args << u"-d"_s << QString::fromLatin1(request.body);
            dataSetsContentType = true;
        }
    }
    for (const auto &[name, value] : userHeaders(request)) {
        // -d sends exactly this Content-Type by itself.
        if (dataSetsContentType && name.compare("Content-Type", Qt::CaseInsensitive) == 0 &&
            value == "application/x-www-form-urlencoded")
            continue;
        args << u"-H"_s << QString::fromLatin1(name + ": " + value);
    }
    args << u"-o"_s << QProcess::nullDevice() << request.url.toString(QUrl::FullyEncoded);
    return args;
}

QStringList wgetArguments(const LabRequest &request, int maxRedirects)
{
    QStringList args{u"-q"_s, u"-O"_s, QProcess::nullDevice(), u"--max-redirect=%1"_s.arg(maxRedirects)};
    if (request.method != "GET")
        args << u"--method=%1"_s.arg(QString::fromLatin1(request.method));
    if (!request.body.isEmpty())
        args << u"--body-data=%1"_s.arg(QString::fromLatin1(request.body));
    for (const auto &[name, value] : userHeaders(request))
        args << u"--header=%1"_s.arg(QString::fromLatin1(name + ": " + value));
    args << request.url.toString(QUrl::FullyEncoded);
    return args;
}

QString pythonScript(const LabRequest &request)
{
    const QString data =
        request.body.isEmpty() ? u"None"_s : literal(QString::fromLatin1(request.body)) + u".encode()"_s;
    return u"import urllib.request, urllib.error\n"
           "req = urllib.request.Request(%1, data=%2, headers=%3, method=%4)\n"
           "try:\n"
           "    urllib.request.urlopen(req, timeout=30).read()\n"
           "except urllib.error.HTTPError as e:\n"
           "    raise SystemExit(\"HTTP Error %d: %s\" % (e.code, e.reason))\n"_s.arg(
               literal(request.url.toString(QUrl::FullyEncoded)), data, headersObject(request),
               literal(QString::fromLatin1(request.method)));
}

// HTTPie as typed at a prompt: http --follow METHOD URL Name:value... --raw=DATA
QStringList httpieArguments(const LabRequest &request, int maxRedirects)
{
    QStringList args{u"--ignore-stdin"_s,
                     u"--quiet"_s,
                     u"--follow"_s,
                     u"--max-redirects=%1"_s.arg(maxRedirects),
                     QString::fromLatin1(request.method),
                     request.url.toString(QUrl::FullyEncoded)};
    for (const auto &[name, value] : userHeaders(request))
        args << QString::fromLatin1(name + ':' + value);
    if (!request.body.isEmpty())
        args << u"--raw=%1"_s.arg(QString::fromLatin1(request.body));
    return args;
}

// The Go client (resources/lab/clients/redirect-client.go): curl-like options.
QStringList goArguments(const QString &programId, const LabRequest &request)
{
    QStringList args;
    if (request.method != "GET")
        args << u"-X"_s << QString::fromLatin1(request.method);
    for (const auto &[name, value] : userHeaders(request))
        args << u"-H"_s << QString::fromLatin1(name + ": " + value);
    if (!request.body.isEmpty()) {
        args << u"-d"_s << QString::fromLatin1(request.body);
        if (programId == "go-stream"_L1)
            args << u"-stream"_s;
    }
    args << request.url.toString(QUrl::FullyEncoded);
    return args;
}

QString nodeScript(const LabRequest &request)
{
    const QString body = request.body.isEmpty() ? u"undefined"_s : literal(QString::fromLatin1(request.body));
    return u"fetch(%1, {method: %2, headers: %3, body: %4, redirect: \"follow\"})"
           ".then((r) => r.arrayBuffer())"
           ".catch((e) => { console.error(String(e.cause || e)); process.exitCode = 1; });"_s.arg(
               literal(request.url.toString(QUrl::FullyEncoded)), literal(QString::fromLatin1(request.method)),
               headersObject(request), body);
}

} // namespace

const QList<RealProgram> &realPrograms()
{
    using Kind = RealProgram::Kind;
    static const QList<RealProgram> programs{
        {u"curl"_s, u"curl"_s, u"curl"_s, Kind::Command, u"curl"_s, {}, u"curl"_s},
        {u"python3"_s, u"urllib"_s, u"python3"_s, Kind::Script, u"Python"_s, {}, u"python3"_s},
        {u"node"_s, u"fetch"_s, u"node"_s, Kind::Script, u"Node.js"_s, {}, u"nodejs"_s},
        {u"wget"_s, u"wget"_s, u"wget"_s, Kind::Command, u"wget"_s, {}, u"wget"_s},
        {u"requests"_s, u"requests"_s, u"python3"_s, Kind::Script, u"requests"_s, u"requests"_s, u"python3-requests"_s},
        {u"httpx"_s, u"httpx"_s, u"python3"_s, Kind::Script, u"httpx"_s, u"httpx"_s, u"python3-httpx"_s},
        {u"aiohttp"_s, u"aiohttp"_s, u"python3"_s, Kind::Script, u"aiohttp"_s, u"aiohttp"_s, u"python3-aiohttp"_s},
        {u"httpie"_s, u"httpie"_s, u"http"_s, Kind::Command, u"HTTPie"_s, {}, u"httpie"_s},
        {u"go"_s, u"go"_s, u"go"_s, Kind::CompiledGo, u"Go"_s, {}, u"golang-go"_s},
        {u"go-stream"_s, u"go-stream"_s, u"go"_s, Kind::CompiledGo, u"Go"_s, {}, u"golang-go"_s},
    };
    return programs;
}

const RealProgram *findRealProgram(const QString &name)
{
    for (const RealProgram &program : realPrograms()) {
        if (program.id == name || program.profileId == name)
            return &program;
    }
    return nullptr;
}

QString shellQuote(const QString &argument)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString pythonClientScript(const QString &programId, const LabRequest &request)
{
    QFile file(u":/lab/clients/%1.py"_s.arg(programId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const MiniTemplate script(QString::fromUtf8(file.readAll()));
    // Literals in JSON's syntax are Python's too: the headers a dict, the body a str or None.
    const QVariantMap values{
        {u"method"_s, literal(QString::fromLatin1(request.method))},
        {u"url"_s, literal(request.url.toString(QUrl::FullyEncoded))},
        {u"headers"_s, headersObject(request)},
        {u"data"_s, request.body.isEmpty() ? u"None"_s : literal(QString::fromLatin1(request.body))},
    };
    return script.render(values);
}

ProgramCommand realCommand(const QString &programId, const LabRequest &request, int maxRedirects,
                           const QString &bodyFile, const QString &invokedAs)
{
    ProgramCommand command;
    const RealProgram *real = findRealProgram(programId);
    command.program = !invokedAs.isEmpty() ? invokedAs : real ? real->executable : programId;
    if (real && !real->module.isEmpty())
        command.arguments = {u"-c"_s, pythonClientScript(real->id, request)};
    else if (programId == "httpie"_L1)
        command.arguments = httpieArguments(request, maxRedirects);
    else if (real && real->kind == RealProgram::Kind::CompiledGo)
        command.arguments = goArguments(programId, request);
    else if (programId == "curl"_L1)
        command.arguments = curlArguments(request, bodyFile);
    else if (programId == "wget"_L1)
        command.arguments = wgetArguments(request, maxRedirects);
    else if (programId == "python3"_L1)
        command.arguments = {u"-c"_s, pythonScript(request)};
    else if (programId == "node"_L1)
        command.arguments = {u"-e"_s, nodeScript(request)};
    QStringList parts{shellQuote(command.program)};
    for (const QString &argument : std::as_const(command.arguments))
        parts.append(shellQuote(argument));
    command.display = parts.join(u' ');
    return command;
}

QString versionNumber(const QString &output)
{
    static const QRegularExpression number(u"(\\d+(?:\\.\\d+)+)"_s);
    const QRegularExpressionMatch match = number.match(output);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool versionDiffers(const QString &observed, const QString &installed)
{
    if (observed.isEmpty() || installed.isEmpty())
        return false;
    const QStringList want = observed.split(u'.');
    const QStringList have = installed.split(u'.');
    if (have.size() < want.size())
        return true;
    return have.mid(0, want.size()) != want;
}

QProcessEnvironment loopbackEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {u"http_proxy"_s, u"HTTP_PROXY"_s, u"https_proxy"_s, u"HTTPS_PROXY"_s, u"all_proxy"_s, u"ALL_PROXY"_s})
        environment.remove(name);
    environment.insert(u"NO_PROXY"_s, u"127.0.0.1,localhost,::1"_s);
    environment.insert(u"no_proxy"_s, u"127.0.0.1,localhost,::1"_s);
    return environment;
}

void discardProcess(QPointer<QProcess> &process, QObject *receiver)
{
    if (!process)
        return;
    process->disconnect(receiver);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(2000);
    }
    process->deleteLater();
    process.clear();
}

} // namespace statusdeck::lab
