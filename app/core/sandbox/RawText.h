#pragma once

// Bytes as the exchange log shows them: text that keeps every byte visible (line ends on
// request, bytes that are not UTF-8 escaped, never replaced) and a hex dump. Pure functions
// with table tests (tests/core/tst_rawtext.cpp).

#include <QByteArrayView>
#include <QString>

namespace statusdeck::rawtext {

// The marks for line ends when they are shown: CR as \r, LF as \n (then a real line break),
// in the same escape style as \xNN, so that any font shows them (the Unicode control
// pictures ␍␊ are missing from common monospace fonts).
inline constexpr QStringView kCrMark = u"\\r";
inline constexpr QStringView kLfMark = u"\\n";

// bytes as text. Valid UTF-8 is decoded; a byte that is not part of a valid UTF-8 sequence and
// a control byte other than tab and line ends are written as \xNN, so nothing is replaced
// with U+FFFD and nothing invisible hides in the view. "\r\n" and a bare "\n" break the
// line; a CR that ends no line is written as \r. With showLineEnds every CR and LF is also
// marked where it is (\r\n before the break), so CRLF and bare LF are told apart. A
// backslash that came is shown as it is: the hex view is the exact one.
QString displayText(QByteArrayView bytes, bool showLineEnds);

// hexdump -C style: "00000000  47 45 54 20 ...  |GET ...|", 16 bytes a line, offsets in hex,
// printable ASCII in the right column and '.' for any other byte. At most maxBytes are
// dumped; a last line says how many more were not.
QString hexDump(QByteArrayView bytes, qsizetype maxBytes = 64 * 1024);

// True when bytes are not text a person reads as HTTP: a NUL, or many bytes that are
// neither printable ASCII nor UTF-8 (a TLS ClientHello, binary garbage).
bool looksBinary(QByteArrayView bytes);

} // namespace statusdeck::rawtext
