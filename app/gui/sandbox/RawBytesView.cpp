#include "sandbox/RawBytesView.h"

#include "sandbox/RawText.h"

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

RawBytesView::RawBytesView(QWidget *parent)
    : CodeEditor(parent)
{
    setLanguage(u"http"_s);
}

void RawBytesView::setBytes(const QByteArray &bytes, const QString &note)
{
    m_bytes = bytes;
    m_note = note;
    render();
}

void RawBytesView::setShowLineEnds(bool show)
{
    if (m_lineEnds == show)
        return;
    m_lineEnds = show;
    render();
}

void RawBytesView::setHex(bool hex)
{
    if (m_hex == hex)
        return;
    m_hex = hex;
    render();
}

void RawBytesView::render()
{
    // The HTTP colours mean nothing in a hex dump or in bytes that are not HTTP.
    setLanguage(m_hex || rawtext::looksBinary(m_bytes) ? QString() : u"http"_s);
    QString text = m_hex ? rawtext::hexDump(m_bytes) : rawtext::displayText(m_bytes, m_lineEnds);
    if (!m_note.isEmpty()) {
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
        text += u"\n[… "_s + m_note + u" …]"_s;
    }
    setCode(text);
    if (m_hex)
        setMarginWidth(0, 0); // the dump has its own offsets
}

} // namespace statusdeck::gui
