#pragma once

#include <Qsci/qscilexercustom.h>

namespace statusdeck::gui {

// Highlights a raw HTTP/1.x message: the start line, header names, header values and
// the body, for the sandbox's exchange view and the lab's hop view.
class HttpLexer : public QsciLexerCustom
{
    Q_OBJECT
public:
    enum Style { Default = 0, StartLine = 1, HeaderName = 2, HeaderValue = 3, Body = 4, Marker = 5 };

    explicit HttpLexer(QObject *parent = nullptr);

    const char *language() const override { return "HTTP"; }
    QString description(int style) const override;
    QColor defaultColor(int style) const override;
    QFont defaultFont(int style) const override;
    void styleText(int start, int end) override;
};

} // namespace statusdeck::gui
