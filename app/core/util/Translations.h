#pragma once

#include <QString>

class QCoreApplication;

namespace statusdeck {

// The language asked for with --lang CODE (or --lang=CODE) anywhere in argv; empty when absent.
QString languageFromArguments(int argc, char **argv);

// Installs the app's and Qt's own translations for a language (the system locale when
// empty). Returns the language that was loaded, or an empty string for the source language.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace statusdeck
