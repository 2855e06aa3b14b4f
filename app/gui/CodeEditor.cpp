#include "CodeEditor.h"

#include "Lexers.h"
#include "Theme.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    setReadOnly(true);
    setUtf8(true);
    setWrapMode(WrapNone);
    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, u"0000"_s);
    setMarginWidth(1, 0);
    setCaretLineVisible(false);
    setFolding(NoFoldStyle);
    setTabWidth(4);
    setIndentationsUseTabs(false);
    setFrameShape(QFrame::NoFrame);
    // Horizontal scrollbar only as wide as the longest line, not Scintilla's fixed 2000 px.
    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1);
    setLanguage({});
}

void CodeEditor::setLanguage(const QString &language)
{
    if (m_lexer && language == m_language)
        return;
    m_language = language;
    QsciLexer *lexer = createLexer(language, this);
    setLexer(lexer);
    delete m_lexer;
    m_lexer = lexer;
    applyColours();
}

void CodeEditor::setCode(const QString &code)
{
    setText(code);
    setMarginWidth(0, QString(QString::number(lines()).size() + 2, u'0'));
}

void CodeEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void CodeEditor::applyColours()
{
    const QPalette pal = palette();
    const QColor paper = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), isDark(pal) ? 0.04 : 0.025);
    const QColor ink = pal.color(QPalette::Text);
    QFont font = monospaceFont();
    font.setPointSizeF(std::max(9.5, font.pointSizeF()));

    if (m_lexer) {
        m_lexer->setDefaultPaper(paper);
        m_lexer->setDefaultFont(font);
        for (int style = 0; style <= QsciScintillaBase::STYLE_MAX; ++style) {
            if (m_lexer->description(style).isEmpty())
                continue;
            m_lexer->setPaper(paper, style);
            QFont styleFont = font;
            styleFont.setBold(m_lexer->defaultFont(style).bold());
            styleFont.setItalic(false);
            m_lexer->setFont(styleFont, style);
            QColor colour = m_lexer->defaultColor(style);
            // The lexers' defaults are for white paper: on a dark one, flip lightness.
            if (isDark(pal)) {
                colour = QColor::fromHslF(colour.hslHueF(), colour.hslSaturationF(),
                                          std::max(0.62f, 1.0f - colour.lightnessF()));
            }
            if (colour == Qt::black || colour == Qt::white)
                colour = ink;
            m_lexer->setColor(colour, style);
        }
    } else {
        setPaper(paper);
        setColor(ink);
        setFont(font);
    }
    setMarginsBackgroundColor(mix(paper, ink, 0.05));
    setMarginsForegroundColor(mix(ink, paper, 0.5));
    setMarginsFont(font);
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
}

} // namespace statusdeck::gui
