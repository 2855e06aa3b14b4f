// Winsock 2. See SocketIo.h. Built on Windows only (app/core/CMakeLists.txt links ws2_32);
// it has not been compiled or run here (README, "Platforms").

#include "platform/SocketIo.h"

#include <winsock2.h>
#include <ws2tcpip.h>

namespace statusdeck::platform {

namespace {

bool wouldBlock(int error)
{
    return error == WSAEWOULDBLOCK || error == WSAEINTR;
}

Endpoint endpointOf(int(WSAAPI *query)(SOCKET, sockaddr *, int *), SocketDescriptor socket)
{
    sockaddr_storage storage{};
    int length = int(sizeof storage);
    if (query(SOCKET(socket), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    Endpoint endpoint;
    endpoint.address = QHostAddress(reinterpret_cast<const sockaddr *>(&storage));
    if (storage.ss_family == AF_INET)
        endpoint.port = ntohs(reinterpret_cast<const sockaddr_in *>(&storage)->sin_port);
    else if (storage.ss_family == AF_INET6)
        endpoint.port = ntohs(reinterpret_cast<const sockaddr_in6 *>(&storage)->sin6_port);
    return endpoint;
}

} // namespace

bool prepareAcceptedSocket(SocketDescriptor socket)
{
    u_long nonBlocking = 1; // Windows has no SIGPIPE
    return ::ioctlsocket(SOCKET(socket), FIONBIO, &nonBlocking) == 0;
}

qint64 receive(SocketDescriptor socket, char *data, qint64 maxSize)
{
    const int got = ::recv(SOCKET(socket), data, int(qMin<qint64>(maxSize, 1 << 30)), 0);
    if (got >= 0)
        return qint64(got);
    return wouldBlock(::WSAGetLastError()) ? kWouldBlock : kSocketError;
}

qint64 send(SocketDescriptor socket, const char *data, qint64 size)
{
    const int sent = ::send(SOCKET(socket), data, int(qMin<qint64>(size, 1 << 30)), 0);
    if (sent >= 0)
        return qint64(sent);
    return wouldBlock(::WSAGetLastError()) ? kWouldBlock : kSocketError;
}

void shutdownWrite(SocketDescriptor socket)
{
    ::shutdown(SOCKET(socket), SD_SEND);
}

void closeSocket(SocketDescriptor socket)
{
    ::closesocket(SOCKET(socket));
}

Endpoint peerEndpoint(SocketDescriptor socket)
{
    return endpointOf(::getpeername, socket);
}

Endpoint localEndpoint(SocketDescriptor socket)
{
    return endpointOf(::getsockname, socket);
}

} // namespace statusdeck::platform
