#pragma once

#include "CodeEditor.h"

#include <QStringList>

namespace statusdeck {
struct HttpExchange;
}

namespace statusdeck::gui {

// One side of an exchange as it went over the wire: the bytes as text that hides nothing
// (sandbox/RawText: line ends kept, CR LF marked on request, bytes that are not UTF-8 as \xNN)
// or as a hex dump with offsets and ASCII. A note (a parse error, bytes the log did not keep)
// follows the bytes, set apart, never mixed into the hex.
class RawBytesView final : public CodeEditor
{
    Q_OBJECT
public:
    explicit RawBytesView(QWidget *parent = nullptr);

    void setBytes(const QByteArray &bytes, const QString &note = {});
    // One side of a logged exchange: the log's own mark where it cut the bytes (truncated)
    // becomes a note after them, with notes.
    void setLogged(const QByteArray &raw, bool truncated, QStringList notes);
    // Both sides of a logged exchange, each with its notes (a parse error, no bytes at all, an
    // answer the client did not take whole): the Sandbox page's detail and the lab's hop pane.
    static void showExchange(RawBytesView *request, RawBytesView *response, const HttpExchange &exchange);
    void setShowLineEnds(bool show);
    void setHex(bool hex);
    bool showsLineEnds() const { return m_lineEnds; }
    bool isHex() const { return m_hex; }
    const QByteArray &bytes() const { return m_bytes; }

private:
    void render();

    QByteArray m_bytes;
    QString m_note;
    bool m_lineEnds = false;
    bool m_hex = false;
};

} // namespace statusdeck::gui
