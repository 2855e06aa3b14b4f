// Every full catalogue (translations/statusdeck_<lang>.ts for each language in
// STATUSDECK_LANGUAGES) is complete: every message has a finished translation, the
// placeholders (%1, %n), HTML tags and the accelerator (&) of its source survive in it, a
// plural message has as many forms as Qt gives its language, and all catalogues hold the same
// messages. The English catalogue has the English plural forms of every %n message.

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString type;
    bool numerus = false;
    QStringList forms; // the translation, or its plural forms
};

struct Catalogue {
    QString language; // the TS element's language attribute
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = u"cannot read "_s + path;
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "TS"_L1) {
            catalogue.language = xml.attributes().value(u"language"_s).toString();
        } else if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            message = Message{context, {}, {}, xml.attributes().value(u"numerus"_s) == "yes"_L1, {}};
        } else if (xml.name() == "source"_L1) {
            message.source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            message.type = xml.attributes().value(u"type"_s).toString();
            QString text;
            while (!(xml.isEndElement() && xml.name() == "translation"_L1) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == "numerusform"_L1)
                    message.forms.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (!message.numerus)
                message.forms = {text};
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error = path + u": "_s + xml.errorString();
    return catalogue;
}

QStringList sortedTags(const QString &text)
{
    static const QRegularExpression tag(u"</?([a-zA-Z][a-zA-Z0-9]*)"_s);
    QStringList tags;
    auto it = tag.globalMatch(text);
    while (it.hasNext())
        tags.append(it.next().captured(1).toLower());
    tags.sort();
    return tags;
}

bool hasAccelerator(QString text)
{
    static const QRegularExpression accelerator(u"&[^&\\s]"_s);
    return text.remove(u"&&"_s).contains(accelerator);
}

// How many plural forms Qt's lupdate and QTranslator use for a language (Qt's numerus rules,
// qtbase/src/corelib/kernel/qtranslator.cpp and linguist's numerus.cpp): one for the languages
// without plural inflection, two for these with a singular and a plural (French and
// Brazilian Portuguese count 0 as singular, German and Spanish do not).
int pluralForms(const QString &language)
{
    static const QHash<QString, int> forms = {{u"de"_s, 2}, {u"fr"_s, 2}, {u"es"_s, 2}, {u"pt"_s, 2},
                                              {u"ja"_s, 1}, {u"zh"_s, 1}, {u"en"_s, 2}};
    return forms.value(language.section(u'_', 0, 0), -1);
}

QString catalogPath(const QString &language)
{
    return QStringLiteral(STATUSDECK_SOURCE_DIR "/translations/statusdeck_") + language + u".ts"_s;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isComplete_data()
    {
        QTest::addColumn<QString>("language");
        const QStringList languages = QStringLiteral(STATUSDECK_LANGUAGES).split(u' ', Qt::SkipEmptyParts);
        QVERIFY(languages.size() >= 6);
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void isComplete()
    {
        QFETCH(QString, language);
        const Catalogue catalogue = readCatalogue(catalogPath(language));
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        // The file name says the language; lupdate writes it with its territory (fr_FR).
        QVERIFY2(catalogue.language == language || catalogue.language.startsWith(language + u'_'),
                 qPrintable(u"language attribute '%1' in statusdeck_%2.ts"_s.arg(catalogue.language, language)));
        const int forms = pluralForms(language);
        QVERIFY2(forms > 0, qPrintable(u"add the plural form count of '%1' to pluralForms()"_s.arg(language)));

        static const QRegularExpression placeholder(u"%(\\d+|n)"_s);
        QStringList problems;
        int messages = 0;
        for (const Message &message : catalogue.messages) {
            if (message.type == "vanished"_L1 || message.type == "obsolete"_L1)
                continue;
            ++messages;
            const QString where = message.context + u": "_s + message.source;
            if (message.type == "unfinished"_L1) {
                problems.append(u"unfinished: "_s + where);
                continue;
            }
            if (message.numerus != message.source.contains(u"%n"_s))
                problems.append(u"numerus='yes' %1: %2"_s.arg(
                    message.numerus ? u"on a message without %n"_s : u"missing on a %n message"_s, where));
            if (message.numerus && message.forms.size() != forms)
                problems.append(u"%1 plural form(s), %2 has %3: %4"_s.arg(message.forms.size())
                                    .arg(language)
                                    .arg(forms)
                                    .arg(where));
            for (const QString &form : message.forms) {
                if (form.trimmed().isEmpty()) {
                    problems.append(u"empty translation: "_s + where);
                    continue;
                }
                auto it = placeholder.globalMatch(message.source);
                while (it.hasNext()) {
                    const QString ph = it.next().captured();
                    if (!form.contains(ph))
                        problems.append(u"placeholder %1 lost in '%2': %3"_s.arg(ph, form, where));
                }
                if (sortedTags(form) != sortedTags(message.source))
                    problems.append(u"HTML tags differ in '%1': %2"_s.arg(form, where));
                if (hasAccelerator(message.source) && !hasAccelerator(form))
                    problems.append(u"accelerator lost in '%1': %2"_s.arg(form, where));
                // A line break the source does not have (the German "Show line ends (\r\n)" once
                // had a real one where its source has the escape's four characters).
                if (form.contains(u'\n') && !message.source.contains(u'\n'))
                    problems.append(u"a line break the source does not have in '%1': %2"_s.arg(form, where));
                if (form.contains(u"(s)"_s) && !message.source.contains(u"(s)"_s))
                    problems.append(u"'(s)' in a plural form '%1': %2"_s.arg(form, where));
            }
        }
        QVERIFY(messages > 20);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The catalogues hold the same messages as the German one (lupdate ran over all of them).
    void sameMessages_data() { isComplete_data(); }

    void sameMessages()
    {
        QFETCH(QString, language);
        const auto keys = [](const Catalogue &catalogue) {
            QStringList list;
            for (const Message &message : catalogue.messages) {
                if (message.type != "vanished"_L1 && message.type != "obsolete"_L1)
                    list.append(message.context + u" | "_s + message.source);
            }
            list.sort();
            return list;
        };
        const Catalogue german = readCatalogue(catalogPath(u"de"_s));
        const Catalogue catalogue = readCatalogue(catalogPath(language));
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        const QStringList expected = keys(german);
        const QStringList actual = keys(catalogue);
        QStringList problems;
        for (const QString &key : expected) {
            if (!actual.contains(key))
                problems.append(u"missing: "_s + key);
        }
        for (const QString &key : actual) {
            if (!expected.contains(key))
                problems.append(u"not in German: "_s + key);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The desktop entry and the AppStream metainfo speak every language too: GenericName,
    // Comment and Keywords (and the actions' names), the summary (at most 35 characters,
    // as for the English one) and keywords.
    void packagingIsTranslated_data() { isComplete_data(); }

    void packagingIsTranslated()
    {
        QFETCH(QString, language);
        QFile desktop(QStringLiteral(STATUSDECK_SOURCE_DIR "/packaging/io.github.statusdeck.StatusDeck.desktop"));
        QVERIFY2(desktop.open(QIODevice::ReadOnly), qPrintable(desktop.fileName()));
        const QString entry = QString::fromUtf8(desktop.readAll());
        QStringList problems;
        for (const QString &key : {u"GenericName"_s, u"Comment"_s, u"Keywords"_s}) {
            if (!entry.contains(u"\n%1[%2]="_s.arg(key, language)))
                problems.append(u"desktop entry: no %1[%2]"_s.arg(key, language));
        }
        if (entry.count(u"\nName[%1]="_s.arg(language)) < entry.count(u"[Desktop Action "_s))
            problems.append(u"desktop entry: an action has no Name[%1]"_s.arg(language));

        QFile metainfo(QStringLiteral(STATUSDECK_SOURCE_DIR "/packaging/io.github.statusdeck.StatusDeck.metainfo.xml"));
        QVERIFY2(metainfo.open(QIODevice::ReadOnly), qPrintable(metainfo.fileName()));
        QXmlStreamReader xml(&metainfo);
        bool summary = false;
        bool keyword = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.attributes().value(u"xml:lang"_s) != language)
                continue;
            const QString name = xml.name().toString();
            const QString text = xml.readElementText();
            if (name == "summary"_L1) {
                summary = true;
                if (text.size() > 35)
                    problems.append(
                        u"metainfo: the %1 summary has %2 characters, at most 35"_s.arg(language).arg(text.size()));
            }
            keyword = keyword || name == "keyword"_L1;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        if (!summary)
            problems.append(u"metainfo: no <summary xml:lang=\"%1\">"_s.arg(language));
        if (!keyword)
            problems.append(u"metainfo: no <keyword xml:lang=\"%1\">"_s.arg(language));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // English is the source language; its catalogue gives the plural forms, so the window
    // says "1 card" and "88 cards", never "card(s)". Every %n message of the German
    // catalogue is in it with a singular and a plural.
    void englishHasEveryPluralForm()
    {
        const Catalogue english = readCatalogue(catalogPath(u"en"_s));
        const Catalogue german = readCatalogue(catalogPath(u"de"_s));
        QVERIFY2(english.error.isEmpty(), qPrintable(english.error));
        QStringList problems;
        QStringList englishSources;
        for (const Message &message : english.messages) {
            if (!message.source.contains(u"%n"_s))
                continue;
            englishSources.append(message.source);
            if (!message.type.isEmpty())
                problems.append(u"unfinished: "_s + message.source);
            if (message.forms.size() != 2)
                problems.append(u"%1 forms: %2"_s.arg(message.forms.size()).arg(message.source));
            for (const QString &form : message.forms) {
                if (!form.contains(u"%n"_s) || form.contains(u"(s)"_s))
                    problems.append(u"bad form '%1' of: %2"_s.arg(form, message.source));
            }
        }
        QVERIFY(englishSources.contains(u"%n card(s)"_s));
        QVERIFY(englishSources.contains(u"%n exchange(s)"_s));
        for (const Message &message : german.messages) {
            if (message.source.contains(u"%n"_s) && !englishSources.contains(message.source))
                problems.append(u"not in English: "_s + message.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
