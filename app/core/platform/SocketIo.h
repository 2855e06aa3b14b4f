#pragma once

// The socket calls the HTTP server makes below Qt, behind one interface with a POSIX and
// a Windows implementation (SocketIo_posix.cpp, SocketIo_win.cpp; CMake builds one).
// HttpConnection drives an accepted socket itself with QSocketNotifier: QTcpSocket treats
// the peer's end of input as the end of the connection and drops what it has not sent
// yet, which loses answers to half-closed clients (`nc -N`, some HTTP/1.0 clients).

#include <QHostAddress>
#include <QtGlobal>

namespace statusdeck::platform {

using SocketDescriptor = qintptr;

// What receive() and send() return besides a byte count.
inline constexpr qint64 kWouldBlock = -1;  // try again when the notifier fires
inline constexpr qint64 kSocketError = -2; // reset, broken pipe: the connection is gone

struct Endpoint {
    QHostAddress address;
    quint16 port = 0;
};

// Non-blocking mode, and no SIGPIPE for writes to a closed peer where the platform raises it.
bool prepareAcceptedSocket(SocketDescriptor socket);

// Bytes read (> 0), 0 at the end of the peer's input, kWouldBlock or kSocketError.
qint64 receive(SocketDescriptor socket, char *data, qint64 maxSize);
// Bytes the kernel took (>= 0, possibly fewer than size), kWouldBlock or kSocketError.
qint64 send(SocketDescriptor socket, const char *data, qint64 size);
// Ends our direction only (a FIN): the peer reads everything, then sees the end.
void shutdownWrite(SocketDescriptor socket);
void closeSocket(SocketDescriptor socket);

Endpoint peerEndpoint(SocketDescriptor socket);
Endpoint localEndpoint(SocketDescriptor socket);

} // namespace statusdeck::platform
