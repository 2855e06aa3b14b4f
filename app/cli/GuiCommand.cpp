#include "GuiCommand.h"

#include "Io.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

int GuiCommand::run(const QCommandLineParser &parser, Io &io) const
{
    QString error;
    request(parser, &error);
    if (!error.isEmpty())
        io.err() << u"statusdeck: "_s << error << Qt::endl;
    else
        io.err() << QCoreApplication::translate("CommandLine", "statusdeck: %1 needs the window.").arg(name())
                 << Qt::endl;
    return error.isEmpty() ? 1 : 2;
}

QList<QCommandLineOption> GuiCommand::windowOptions()
{
    QList<QCommandLineOption> options{
        {u"card"_s, QCoreApplication::translate("CommandLine", "Open the card CODE."), u"CODE"_s},
        {u"theme"_s,
         QCoreApplication::translate("CommandLine", "Use the light or dark palette instead of the system's."),
         u"light|dark"_s},
        {u"page"_s, QCoreApplication::translate("CommandLine", "Show the page reference, sandbox or lab."), u"PAGE"_s},
    };
    // QGuiApplication's own options: it reads and removes them once it exists.
    for (const QString &name :
         {u"platform"_s, u"platformpluginpath"_s, u"platformtheme"_s, u"plugin"_s, u"qwindowgeometry"_s,
          u"qwindowicon"_s, u"qwindowtitle"_s, u"style"_s, u"stylesheet"_s, u"session"_s, u"display"_s, u"geometry"_s})
        options.append(QCommandLineOption(name, QString(), u"VALUE"_s));
    for (const QString &name : {u"reverse"_s, u"widgetcount"_s, u"nograb"_s, u"dograb"_s, u"sync"_s})
        options.append(QCommandLineOption(name));
    for (qsizetype i = 3; i < options.size(); ++i)
        options[i].setFlags(QCommandLineOption::HiddenFromHelp);
    return options;
}

QCommandLineOption GuiCommand::newWindowOption()
{
    return {u"new-window"_s, QCoreApplication::translate(
                                 "CommandLine", "Open a window of its own instead of using the running one (it does "
                                                "not save settings and starts its sandbox on a free port).")};
}

bool GuiCommand::readFileArgument(const QString &argument, WindowRequest &request, QString *error)
{
    QString path = argument;
    if (argument.startsWith("file:"_L1, Qt::CaseInsensitive))
        path = QUrl(argument).toLocalFile();
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        *error = QCoreApplication::translate("CommandLine", "no such file: %1").arg(argument);
        return false;
    }
    if (info.isDir()) {
        *error = QCoreApplication::translate("CommandLine", "%1 is a folder, not a HAR file.").arg(argument);
        return false;
    }
    if (!info.isReadable()) {
        *error = QCoreApplication::translate("CommandLine", "%1 cannot be read.").arg(argument);
        return false;
    }
    request.file = QDir::cleanPath(info.absoluteFilePath());
    return true;
}

bool GuiCommand::readWindowOptions(const QCommandLineParser &parser, WindowRequest &request, QString *error)
{
    // Not every such command has every option (`open` has no --card): read the ones given.
    const QStringList given = parser.optionNames();
    const auto value = [&](const QString &name) {
        return given.contains(name) ? parser.value(name) : QString();
    };
    request.card = value(u"card"_s);
    request.theme = value(u"theme"_s);
    request.page = value(u"page"_s);
    request.language = parser.value(u"lang"_s);
    request.newWindow = given.contains(u"new-window"_s);
    if (!request.theme.isEmpty() && request.theme != "light"_L1 && request.theme != "dark"_L1) {
        *error =
            QCoreApplication::translate("CommandLine", "--theme takes light or dark, not '%1'.").arg(request.theme);
        return false;
    }
    if (!request.page.isEmpty() && request.page != "reference"_L1 && request.page != "sandbox"_L1 &&
        request.page != "lab"_L1) {
        *error = QCoreApplication::translate("CommandLine", "--page takes reference, sandbox or lab, not '%1'.")
                     .arg(request.page);
        return false;
    }
    return true;
}

} // namespace statusdeck::cli
