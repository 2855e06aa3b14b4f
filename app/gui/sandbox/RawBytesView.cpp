#include "sandbox/RawBytesView.h"

#include "http/HttpExchange.h"

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

void RawBytesView::setLogged(const QByteArray &raw, bool truncated, QStringList notes)
{
    // "\n[... StatusDeck: N more bytes not kept ...]" (ExchangeLog::kTruncationMark): the log's
    // words, not bytes that came, so never in the text or the hex of the bytes.
    const qsizetype mark = truncated ? raw.lastIndexOf("\n[... StatusDeck: ") : -1;
    if (mark >= 0)
        notes.prepend(QString::fromLatin1(raw.mid(mark + 6, raw.size() - mark - 11)));
    setBytes(mark >= 0 ? raw.left(mark) : raw, notes.join(u" · "_s));
}

void RawBytesView::showExchange(RawBytesView *request, RawBytesView *response, const HttpExchange &exchange)
{
    QStringList requestNotes;
    if (!exchange.parseError.isEmpty())
        requestNotes.append(tr("parse error: %1").arg(exchange.parseError));
    if (exchange.rawRequest.isEmpty())
        requestNotes.append(tr("no bytes arrived"));
    request->setLogged(exchange.rawRequest, exchange.requestTruncated, requestNotes);
    QStringList responseNotes;
    if (exchange.responseIncomplete)
        responseNotes.append(
            tr("the client went after %n byte(s) of the answer", nullptr, int(exchange.responseBytesSent)));
    response->setLogged(exchange.rawResponse, exchange.responseTruncated, responseNotes);
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
