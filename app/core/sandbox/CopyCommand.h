#pragma once

// "Copy as curl" and "Copy as fetch" of the exchange log: a logged request written as a
// command that sends it again. Pure functions with table tests (tests/core/tst_copycommand.cpp).

#include "sandbox/ExchangeParts.h"

#include <QString>

namespace statusdeck::copycommand {

// A JavaScript string literal in double quotes: \ and " escaped, control characters,
// U+2028 and U+2029 as escapes, so the literal is valid on one line.
QString jsString(const QString &text);

// A curl command line for request: the method (none for GET, --head for HEAD, none for a
// POST with a body), the URL, each header (not those curl writes itself from the URL and the
// body: Host when it names the URL's authority, framing, hop-by-hop), the body with
// --data-raw. A body that is not text (a NUL, bytes that are not UTF-8) goes through
// printf with octal escapes and --data-binary @-.
QString curl(const ExchangeRequest &request);

// A fetch() call for request: method, headers, body. Headers fetch() may not set (the Fetch
// standard's forbidden request headers: Host, Cookie, Connection, ...) are left out and named
// in a comment; a body that is not UTF-8 text is a Uint8Array; a GET or HEAD body (fetch
// refuses one) is left out with a comment.
QString fetch(const ExchangeRequest &request);

} // namespace statusdeck::copycommand
