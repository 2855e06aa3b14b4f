#pragma once

#include "http/HttpExchange.h"
#include "platform/SocketIo.h"

#include <QByteArray>

namespace statusdeck {

// An upgraded connection leaving the HTTP server for another protocol (a WebSocket).
//
// The HTTP side reads its socket itself (SocketChannel, QSocketNotifier), so by the time a
// handler has said "take this one over", the upgrade request has been read from the kernel
// and perhaps some bytes after it. The handover is clean when, in this order:
//   1. every answer owed to the requests before the upgrade is in the kernel (pipelining
//      keeps its order; the upgrade waits for them),
//   2. the channel stops reading and lets go of the descriptor without closing it (its
//      notifiers are deleted, so nothing of the HTTP server watches it any more),
//   3. the taker gets the descriptor, every byte read but not consumed by HTTP (the upgrade
//      request exactly as it arrived, then whatever followed it), and the request's log
//      entry, not recorded yet.
// A taker that runs its own handshake (QWebSocketServer::handleConnection) reads the request
// again from those bytes, so nothing the client sent is lost or read twice. The taker owns
// the descriptor from then on (it closes it on failure) and records the exchange with the
// answer it sent.
struct ConnectionHandover {
    platform::SocketDescriptor socket = -1;
    QByteArray input;                 // the upgrade request as it arrived, then what followed
    qsizetype requestSize = 0;        // how much of input is the upgrade request
    HttpExchange exchange;            // the request's side filled in; the answer is the taker's
    HttpExchangeSink *sink = nullptr; // where to record it; may be null
};

// Takes connections over; lives on the server's thread and outlives the servers using it.
class ConnectionTaker
{
public:
    virtual ~ConnectionTaker() = default;
    virtual void takeOver(ConnectionHandover handover) = 0;
};

} // namespace statusdeck
