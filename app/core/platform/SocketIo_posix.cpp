// POSIX sockets (Linux, macOS, the BSDs). See SocketIo.h.

#include "platform/SocketIo.h"

#include <cerrno>

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace statusdeck::platform {

namespace {

// Linux and the BSDs have MSG_NOSIGNAL; on macOS Qt sets SO_NOSIGPIPE on the sockets it
// creates, and prepareAcceptedSocket() sets it on ours.
#ifdef MSG_NOSIGNAL
constexpr int kSendFlags = MSG_NOSIGNAL;
#else
constexpr int kSendFlags = 0;
#endif

bool wouldBlock(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK || error == EINTR;
}

Endpoint endpointOf(int (*query)(int, sockaddr *, socklen_t *), SocketDescriptor socket)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (query(int(socket), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
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
    const int fd = int(socket);
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0)
        return false;
#if !defined(MSG_NOSIGNAL) && defined(SO_NOSIGPIPE)
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
    return true;
}

qint64 receive(SocketDescriptor socket, char *data, qint64 maxSize)
{
    const ssize_t got = ::recv(int(socket), data, size_t(maxSize), 0);
    if (got >= 0)
        return qint64(got);
    return wouldBlock(errno) ? kWouldBlock : kSocketError;
}

qint64 send(SocketDescriptor socket, const char *data, qint64 size)
{
    const ssize_t sent = ::send(int(socket), data, size_t(size), kSendFlags);
    if (sent >= 0)
        return qint64(sent);
    return wouldBlock(errno) ? kWouldBlock : kSocketError;
}

void shutdownWrite(SocketDescriptor socket)
{
    ::shutdown(int(socket), SHUT_WR);
}

void closeSocket(SocketDescriptor socket)
{
    ::close(int(socket));
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
