// The German catalogue is complete: every message has a finished translation, and the
// placeholders (%1, %n) of the source text survive in it.

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsComplete()
    {
        QFile file(QStringLiteral(STATUSDECK_SOURCE_DIR "/translations/statusdeck_de.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString source;
        int messages = 0;
        QStringList problems;
        static const QRegularExpression placeholder(u"%(\\d|n)"_s);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == "source"_L1) {
                source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                ++messages;
                const QString type = xml.attributes().value(u"type"_s).toString();
                QString text;
                // Plural forms are <numerusform> children.
                while (!(xml.isEndElement() && xml.name() == "translation"_L1) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                }
                if (type == "vanished"_L1 || type == "obsolete"_L1)
                    continue;
                if (type == "unfinished"_L1 || text.trimmed().isEmpty()) {
                    problems.append(u"untranslated: "_s + source);
                    continue;
                }
                auto it = placeholder.globalMatch(source);
                while (it.hasNext()) {
                    const QString ph = it.next().captured();
                    if (!text.contains(ph))
                        problems.append(u"placeholder %1 lost in: %2"_s.arg(ph, source));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 20);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // English is the source language; its catalogue gives the plural forms, so the window
    // says "1 card" and "88 cards", never "card(s)". Every %n message of the German
    // catalogue is in it with a singular and a plural.
    void englishHasEveryPluralForm()
    {
        const auto numerusMessages = [](const QString &path, QStringList *problems) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                problems->append(u"cannot read "_s + path);
                return QStringList();
            }
            QXmlStreamReader xml(&file);
            QStringList sources;
            QString source;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == "source"_L1)
                    source = xml.readElementText();
                if (!xml.isStartElement() || xml.name() != "translation"_L1 || !source.contains(u"%n"_s))
                    continue;
                sources.append(source);
                if (!xml.attributes().value(u"type"_s).isEmpty())
                    problems->append(u"unfinished: "_s + source);
                QStringList forms;
                while (!(xml.isEndElement() && xml.name() == "translation"_L1) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == "numerusform"_L1)
                        forms.append(xml.readElementText());
                }
                if (forms.size() != 2)
                    problems->append(u"%1 forms: %2"_s.arg(forms.size()).arg(source));
                for (const QString &form : std::as_const(forms)) {
                    if (!form.contains(u"%n"_s) || form.contains(u"(s)"_s))
                        problems->append(u"bad form '%1' of: %2"_s.arg(form, source));
                }
            }
            return sources;
        };
        QStringList problems;
        const QStringList english =
            numerusMessages(QStringLiteral(STATUSDECK_SOURCE_DIR "/translations/statusdeck_en.ts"), &problems);
        QStringList german =
            numerusMessages(QStringLiteral(STATUSDECK_SOURCE_DIR "/translations/statusdeck_de.ts"), &problems);
        QVERIFY(english.contains(u"%n card(s)"_s));
        QVERIFY(english.contains(u"%n exchange(s)"_s));
        for (const QString &source : std::as_const(german)) {
            if (!english.contains(source))
                problems.append(u"not in English: "_s + source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
