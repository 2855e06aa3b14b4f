#include "WindowCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

QString WindowCommand::synopsis() const
{
    return u"[CODE | FILE.har] [--card CODE] [--theme light|dark] [--page PAGE] [--new-window]"_s;
}

QString WindowCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "HTTP status code reference and redirect lab. With no command, "
                       "opens the window (on the card CODE, or with FILE.har in the exchange log, if given); when "
                       "it is open already, brings it to the front and opens the card "
                       "or file there.");
}

QList<QCommandLineOption> WindowCommand::options() const
{
    QList<QCommandLineOption> options = windowOptions();
    options.insert(3, newWindowOption());
    options.insert(
        4, QCommandLineOption({u"v"_s, u"version"_s}, QCoreApplication::translate("CommandLine", "Show the version.")));
    return options;
}

WindowRequest WindowCommand::request(const QCommandLineParser &parser, QString *error) const
{
    WindowRequest request;
    if (!readWindowOptions(parser, request, error))
        return request;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QCoreApplication::translate("CommandLine", "unknown command '%1'.").arg(positional.first());
        return request;
    }
    if (!positional.isEmpty()) {
        // A card is a code (404) or a card id (499-nginx), so it starts with a digit. A file
        // (what the desktop entry's %f passes) ends in .har, has a folder in it or exists;
        // any other word was meant as a command.
        const QString &word = positional.first();
        const bool looksLikeFile = word.endsWith(".har"_L1, Qt::CaseInsensitive) || word.contains(u'/') ||
                                   word.contains(u'\\') || word.startsWith("file:"_L1, Qt::CaseInsensitive);
        if (looksLikeFile || (!word.isEmpty() && !word.front().isDigit() && QFileInfo::exists(word))) {
            readFileArgument(word, request, error);
            return request;
        }
        if (word.isEmpty() || !word.front().isDigit()) {
            *error = QCoreApplication::translate("CommandLine", "unknown command '%1'.").arg(word);
            return request;
        }
        if (!request.card.isEmpty() && request.card != word) {
            *error = QCoreApplication::translate("CommandLine", "give one card, not both %1 and --card %2.")
                         .arg(word, request.card);
            return request;
        }
        request.card = word;
    }
    return request;
}

} // namespace statusdeck::cli
