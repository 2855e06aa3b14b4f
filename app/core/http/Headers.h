#pragma once

// The one header vocabulary of the program: a list that keeps arrival order and the
// original case, case-insensitive lookups over it, and the single definition of which
// fields describe the message or the connection rather than what a client asked for.
// Every layer (parser, responses, router, lab, real clients) uses these, so "framing"
// and "hop-by-hop" mean the same thing everywhere.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace statusdeck {

using HeaderList = QList<QPair<QByteArray, QByteArray>>; // in order, original case

namespace headers {

// Field names are case-insensitive (RFC 9110, section 5.1).
bool sameName(QByteArrayView a, QByteArrayView b);

// The first value of a field; a null QByteArray when the field is absent.
QByteArray value(const HeaderList &list, QByteArrayView name);
bool contains(const HeaderList &list, QByteArrayView name);
qsizetype count(const HeaderList &list, QByteArrayView name);
// Replaces the first occurrence's value (and removes later ones), or appends.
void set(HeaderList &list, const QByteArray &name, const QByteArray &value);
void remove(HeaderList &list, QByteArrayView name);

// How the body is delimited (RFC 9112, section 6): Content-Length, Transfer-Encoding.
bool isFraming(QByteArrayView name);

// Fields that concern one connection, not the message end to end (RFC 9110, section
// 7.6.1): Connection and the fields it conventionally lists: Keep-Alive,
// Proxy-Connection, TE, Transfer-Encoding, Upgrade.
bool isHopByHop(QByteArrayView name);

// What an HTTP client writes by itself from the URL, the body and the connection: Host,
// framing, hop-by-hop fields and Expect. A redirect follow-up that lacks one of these did
// not "drop" a header its user set.
bool isTransport(QByteArrayView name);

// What our server's connection writes on every answer, so a handler must not: framing,
// Connection and Date.
bool isWrittenByConnection(QByteArrayView name);

// A field that can go on the wire as it is: the name a token (RFC 9110, section 5.1), the
// value without CR, LF, NUL or another control character but HTAB (section 5.5). Anything
// else could split a response or smuggle a header, so the server never writes it.
bool isToken(QByteArrayView name);
bool isSafeToSend(QByteArrayView name, QByteArrayView value);

} // namespace headers
} // namespace statusdeck
