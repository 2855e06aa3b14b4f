#pragma once

#include "http/HttpMessage.h"
#include "http/HttpResponse.h"

#include <QHostAddress>

namespace statusdeck {

// One complete request and where it came from, as a handler sees it.
struct HttpRequestContext {
    const HttpMessage &request;
    quint64 connectionId = 0;
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    QHostAddress localAddress;
    quint16 localPort = 0;
};

// What the server calls for every accepted request (the Host check and the limits have
// already passed). Called on the server's thread; must not block.
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;
    virtual HttpResponse handle(const HttpRequestContext &context) = 0;
};

} // namespace statusdeck
