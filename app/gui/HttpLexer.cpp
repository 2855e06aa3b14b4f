#include "HttpLexer.h"

#include "Theme.h"

#include <Qsci/qsciscintilla.h>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

HttpLexer::HttpLexer(QObject *parent)
    : QsciLexerCustom(parent)
{}

QString HttpLexer::description(int style) const
{
    switch (style) {
    case Default:
        return tr("Default");
    case StartLine:
        return tr("Start line");
    case HeaderName:
        return tr("Header name");
    case HeaderValue:
        return tr("Header value");
    case Body:
        return tr("Body");
    case Marker:
        return tr("Truncation mark");
    default:
        return {};
    }
}

QColor HttpLexer::defaultColor(int style) const
{
    switch (style) {
    case StartLine:
        return QColor(0x1a, 0x4f, 0xa8);
    case HeaderName:
        return QColor(0x8a, 0x2b, 0x90);
    case HeaderValue:
        return QColor(0x20, 0x20, 0x20);
    case Body:
        return QColor(0x3c, 0x5a, 0x20);
    case Marker:
        return QColor(0xb0, 0x30, 0x30);
    default:
        return QsciLexerCustom::defaultColor(style);
    }
}

QFont HttpLexer::defaultFont(int style) const
{
    QFont font = monospaceFont();
    font.setBold(style == StartLine || style == HeaderName);
    return font;
}

void HttpLexer::styleText(int, int)
{
    // Messages are small: restyle the whole text so the header/body boundary is always right.
    QsciScintilla *scintilla = editor();
    if (!scintilla)
        return;
    const QByteArray text = scintilla->text().toUtf8();
    startStyling(0);
    bool inBody = false;
    qsizetype pos = 0;
    int lineNumber = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        end = end < 0 ? text.size() : end + 1;
        const QByteArray line = text.mid(pos, end - pos);
        const int length = int(line.size());
        if (line.startsWith("[…") || line.startsWith("[...")) {
            setStyling(length, Marker);
        } else if (inBody) {
            setStyling(length, Body);
        } else if (lineNumber == 0) {
            setStyling(length, StartLine);
        } else if (line.trimmed().isEmpty()) {
            setStyling(length, Default);
            inBody = true;
        } else {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0) {
                setStyling(length, HeaderValue);
            } else {
                setStyling(int(colon + 1), HeaderName);
                setStyling(length - int(colon + 1), HeaderValue);
            }
        }
        pos = end;
        ++lineNumber;
    }
}

} // namespace statusdeck::gui
