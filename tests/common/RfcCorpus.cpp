#include "RfcCorpus.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString RfcCorpus::directory()
{
    const QString fromEnv = qEnvironmentVariable("STATUSDECK_RFC_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(STATUSDECK_DEFAULT_RFC_DIR) : fromEnv;
}

bool RfcCorpus::isAvailable() const
{
    return QFile::exists(QDir(directory()).filePath(u"rfc9110.plain.txt"_s));
}

QString RfcCorpus::fileFor(const QString &document) const
{
    const QDir dir(directory());
    static const QRegularExpression rfc(u"^RFC (\\d+)$"_s);
    if (const auto match = rfc.match(document); match.hasMatch()) {
        for (const QString &name :
             {u"rfc%1.plain.txt"_s.arg(match.captured(1)), u"rfc%1.txt"_s.arg(match.captured(1))}) {
            if (QFile::exists(dir.filePath(name)))
                return dir.filePath(name);
        }
        return {};
    }
    if (document == "IANA HTTP Status Code Registry"_L1 && QFile::exists(dir.filePath(u"iana-http-status-codes.txt"_s)))
        return dir.filePath(u"iana-http-status-codes.txt"_s);
    return {};
}

QString RfcCorpus::text(const QString &document)
{
    const QString path = fileFor(document);
    if (path.isEmpty())
        return {};
    if (auto it = m_cache.constFind(path); it != m_cache.constEnd())
        return *it;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // RFC Editor .txt files are paginated; the ".plain.txt" renderings are not.
    const bool paginated = !path.endsWith(u".plain.txt"_s) && path.contains(u"/rfc"_s);
    QString normalised = normalise(QString::fromUtf8(file.readAll()), paginated);
    // The registry's text table wraps long descriptions around the reference column
    // ("... extension [draft-...] registered ..."); its XML holds each description whole.
    if (path.endsWith(u"iana-http-status-codes.txt"_s)) {
        QFile xml(QDir(directory()).filePath(u"iana-http-status-codes.xml"_s));
        if (xml.open(QIODevice::ReadOnly))
            normalised += u'\n' + normalise(QString::fromUtf8(xml.readAll()), false);
    }
    m_cache.insert(path, normalised);
    return normalised;
}

QString RfcCorpus::normalise(const QString &input, bool paginated)
{
    QString text = input;
    if (paginated) {
        static const QRegularExpression pageFooter(u"\\[Page \\d+\\]\\s*$"_s);
        QStringList kept;
        for (const QString &line : text.split(u'\n')) {
            if (line.startsWith(u'\f') || pageFooter.match(line).hasMatch())
                continue;
            kept.append(line);
        }
        text = kept.join(u'\n');
        static const QRegularExpression hyphenBreak(u"(\\w)-\\n\\s*(\\w)"_s);
        text.replace(hyphenBreak, u"\\1-\\2"_s);
    }
    text.replace(QChar(0x2014), u"--"_s);
    text.replace(QChar(0x201C), u'"').replace(QChar(0x201D), u'"');
    text.replace(QChar(0x2018), u'\'').replace(QChar(0x2019), u'\'');
    return text.simplified();
}
