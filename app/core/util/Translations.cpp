#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

using namespace Qt::StringLiterals;

namespace statusdeck {

QString languageFromArguments(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    // The system locale's UI languages in order (LANGUAGE=fr:de, then LC_ALL, LC_MESSAGES,
    // LANG), or the one asked for with --lang.
    const QLocale requested = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *appTranslator = new QTranslator(&app);
    if (!appTranslator->load(requested, u"statusdeck"_s, u"_"_s, u":/i18n"_s)) {
        // No catalogue for this language (or the C locale): the interface stays English, with
        // the English plural forms ("1 card", "2 cards").
        if (appTranslator->load(u"statusdeck_en"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(appTranslator);
        else
            delete appTranslator;
        return {};
    }
    QCoreApplication::installTranslator(appTranslator);
    // The catalogue found may be a later entry of LANGUAGE than the locale's own language.
    const QLocale loaded(appTranslator->language());
    if (loaded.language() == QLocale::English)
        return {};
    QLocale::setDefault(requested.language() == loaded.language() ? requested : loaded);

    // Qt's own strings (dialog buttons, the file dialog, About Qt) from qt6-translations-l10n.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(loaded, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return appTranslator->language();
}

} // namespace statusdeck
