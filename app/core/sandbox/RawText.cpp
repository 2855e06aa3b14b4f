#include "sandbox/RawText.h"

using namespace Qt::StringLiterals;

namespace statusdeck::rawtext {

namespace {

// The length of the valid UTF-8 sequence at bytes[i] (RFC 3629, section 4: no overlong
// forms, no surrogates, nothing above U+10FFFF), 0 when there is none.
qsizetype utf8Length(QByteArrayView bytes, qsizetype i)
{
    const auto at = [&](qsizetype k) {
        return quint8(bytes.at(k));
    };
    const quint8 lead = at(i);
    if (lead < 0x80)
        return 1;
    qsizetype length = 0;
    quint8 low = 0x80;
    quint8 high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    if (at(i + 1) < low || at(i + 1) > high)
        return 0;
    for (qsizetype k = 2; k < length; ++k) {
        if (at(i + k) < 0x80 || at(i + k) > 0xBF)
            return 0;
    }
    return length;
}

QString escaped(quint8 byte)
{
    return u"\\x"_s + QString::number(byte, 16).rightJustified(2, u'0').toUpper();
}

} // namespace

QString displayText(QByteArrayView bytes, bool showLineEnds)
{
    QString text;
    text.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const quint8 byte = quint8(bytes.at(i));
        if (byte == '\r') {
            const bool crlf = i + 1 < bytes.size() && bytes.at(i + 1) == '\n';
            if (crlf) {
                if (showLineEnds) {
                    text += kCrMark;
                    text += kLfMark;
                }
                text += u'\n';
                i += 2;
            } else {
                text += kCrMark; // a CR that ends no line is shown, never dropped
                ++i;
            }
            continue;
        }
        if (byte == '\n') {
            if (showLineEnds)
                text += kLfMark;
            text += u'\n';
            ++i;
            continue;
        }
        if (byte == '\t') {
            text += u'\t';
            ++i;
            continue;
        }
        if (byte < 0x20 || byte == 0x7F) {
            text += escaped(byte);
            ++i;
            continue;
        }
        const qsizetype length = utf8Length(bytes, i);
        if (length == 0) {
            text += escaped(byte);
            ++i;
            continue;
        }
        text += QString::fromUtf8(bytes.sliced(i, length));
        i += length;
    }
    return text;
}

QString hexDump(QByteArrayView bytes, qsizetype maxBytes)
{
    const qsizetype shown = qMin(bytes.size(), qMax<qsizetype>(0, maxBytes));
    QString text;
    text.reserve(shown / 16 * 78 + 80);
    for (qsizetype line = 0; line < shown; line += 16) {
        text += QString::number(line, 16).rightJustified(8, u'0') + u"  "_s;
        QString ascii;
        for (qsizetype k = 0; k < 16; ++k) {
            if (line + k < shown) {
                const quint8 byte = quint8(bytes.at(line + k));
                text += QString::number(byte, 16).rightJustified(2, u'0') + u' ';
                ascii += byte >= 0x20 && byte < 0x7F ? QChar(char16_t(byte)) : QChar(u'.');
            } else {
                text += u"   "_s;
            }
            if (k == 7)
                text += u' ';
        }
        text += u" |"_s + ascii + u"|\n"_s;
    }
    text += QString::number(shown, 16).rightJustified(8, u'0') + u'\n';
    if (shown < bytes.size())
        text += u"[… %1 more bytes not shown …]\n"_s.arg(bytes.size() - shown);
    return text;
}

bool looksBinary(QByteArrayView bytes)
{
    qsizetype odd = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const quint8 byte = quint8(bytes.at(i));
        if (byte == 0)
            return true;
        if (byte == '\r' || byte == '\n' || byte == '\t' || (byte >= 0x20 && byte < 0x7F)) {
            ++i;
            continue;
        }
        const qsizetype length = byte >= 0x80 ? utf8Length(bytes, i) : 0;
        if (length > 0) {
            i += length;
            continue;
        }
        ++odd;
        ++i;
    }
    return odd * 10 > bytes.size() || odd >= 8;
}

} // namespace statusdeck::rawtext
