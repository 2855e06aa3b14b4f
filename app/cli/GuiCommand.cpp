#include "GuiCommand.h"

#include "Io.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

bool GuiCommand::readWindowOptions(const QCommandLineParser &parser, WindowRequest &request, QString *error)
{
    request.card = parser.value(u"card"_s);
    request.theme = parser.value(u"theme"_s);
    request.page = parser.value(u"page"_s);
    request.language = parser.value(u"lang"_s);
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
