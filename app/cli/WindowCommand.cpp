#include "WindowCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace statusdeck::cli {

QString WindowCommand::synopsis() const
{
    return u"[CODE] [--card CODE] [--theme light|dark] [--page PAGE]"_s;
}

QString WindowCommand::summary() const
{
    return QCoreApplication::translate("CommandLine", "HTTP status code reference and redirect lab. With no command, "
                                                      "opens the window (on the card CODE, if given).");
}

QList<QCommandLineOption> WindowCommand::options() const
{
    QList<QCommandLineOption> options = windowOptions();
    options.insert(
        3, QCommandLineOption({u"v"_s, u"version"_s}, QCoreApplication::translate("CommandLine", "Show the version.")));
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
        // A card is a code (404) or a card id (499-nginx), so it starts with a digit; any
        // other word was meant as a command.
        const QString &word = positional.first();
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
