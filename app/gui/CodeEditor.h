#pragma once

#include <Qsci/qsciscintilla.h>

class QsciLexer;

namespace statusdeck::gui {

// The shared read-only code view: monospace font, line numbers, no wrapping, and
// lexer colours adjusted to the current palette so dark themes stay readable.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);

    // language: "javascript", "python", "http", "" (plain text).
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    void setCode(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QString m_language;
    QsciLexer *m_lexer = nullptr;
};

} // namespace statusdeck::gui
