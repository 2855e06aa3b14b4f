#include "Lexers.h"

#include "HttpLexer.h"

#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexercsharp.h>
#include <Qsci/qscilexerhtml.h>
#include <Qsci/qscilexerjava.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexerruby.h>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

const char *GoLexer::keywords(int set) const
{
    if (set == 1)
        return "break case chan const continue default defer else fallthrough for func go goto if import "
               "interface map package range return select struct switch type var";
    if (set == 2)
        return "bool byte error float32 float64 int int64 nil rune string true false uint uint64 any";
    return nullptr;
}

const char *RustLexer::keywords(int set) const
{
    if (set == 1)
        return "as async await break const continue crate dyn else enum extern false fn for if impl in let "
               "loop match mod move mut pub ref return self Self static struct super trait true type unsafe "
               "use where while";
    if (set == 2)
        return "bool char f32 f64 i32 i64 str String u8 u16 u32 u64 usize Option Result Some None Ok Err Vec";
    return nullptr;
}

QsciLexer *createLexer(const QString &language, QObject *parent)
{
    if (language == "javascript"_L1)
        return new QsciLexerJavaScript(parent);
    if (language == "python"_L1)
        return new QsciLexerPython(parent);
    if (language == "java"_L1)
        return new QsciLexerJava(parent);
    if (language == "csharp"_L1)
        return new QsciLexerCSharp(parent);
    if (language == "ruby"_L1)
        return new QsciLexerRuby(parent);
    if (language == "go"_L1)
        return new GoLexer(parent);
    if (language == "rust"_L1)
        return new RustLexer(parent);
    if (language == "php"_L1)
        return new QsciLexerHTML(parent); // handles the <?php ... ?> part
    if (language == "http"_L1)
        return new HttpLexer(parent);
    if (language == "json"_L1)
        return new QsciLexerJSON(parent);
    // Shell commands and nginx/Apache configuration: # comments, strings, words.
    if (language == "shell"_L1 || language == "nginx"_L1 || language == "apache"_L1)
        return new QsciLexerBash(parent);
    return nullptr;
}

} // namespace statusdeck::gui
