#pragma once

#include <Qsci/qscilexercpp.h>

#include <QString>

class QsciLexer;

namespace statusdeck::gui {

// QScintilla has no Go or Rust lexer; their syntax is close enough to C++ for the C++
// lexer with their own keyword lists.
class GoLexer : public QsciLexerCPP
{
    Q_OBJECT
public:
    using QsciLexerCPP::QsciLexerCPP;
    const char *language() const override { return "Go"; }
    const char *keywords(int set) const override;
};

class RustLexer : public QsciLexerCPP
{
    Q_OBJECT
public:
    using QsciLexerCPP::QsciLexerCPP;
    const char *language() const override { return "Rust"; }
    const char *keywords(int set) const override;
};

// The lexer for a snippet language ("javascript", "python", "go", "shell", ...);
// nullptr for plain text.
QsciLexer *createLexer(const QString &language, QObject *parent);

} // namespace statusdeck::gui
