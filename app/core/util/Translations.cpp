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
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *appTranslator = new QTranslator(&app);
    if (!appTranslator->load(locale, u"statusdeck"_s, u"_"_s, u":/i18n"_s)) {
        // English, and the C locale, get the English plural forms ("1 card", "2 cards").
        if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
            if (appTranslator->load(u"statusdeck_en"_s, u":/i18n"_s))
                QCoreApplication::installTranslator(appTranslator);
            else
                delete appTranslator;
            return {};
        }
        delete appTranslator;
        return {};
    }
    QCoreApplication::installTranslator(appTranslator);
    if (locale.language() == QLocale::English)
        return {};
    QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return appTranslator->language();
}

} // namespace statusdeck
