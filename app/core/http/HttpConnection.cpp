#include "http/HttpConnection.h"

#include "http/HostCheck.h"
#include "http/HttpHandler.h"

#include <QScopeGuard>

#include <QLocale>
#include <QTcpSocket>

#include <limits>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

// How long a closed-for-writing connection keeps draining the client's bytes, so that
// unread input does not turn our final answer into a reset (nginx's lingering close).
constexpr qint64 kLingerMs = 2000;

// The Date header changes once a second; formatting it through QLocale for every answer
// cost more than the rest of the serialisation. Each server thread keeps the last one.
QByteArray httpDate(const QDateTime &utc)
{
    struct Cached {
        qint64 second = std::numeric_limits<qint64>::min();
        QByteArray text;
    };
    thread_local Cached cached;
    const qint64 second = utc.toSecsSinceEpoch();
    if (second != cached.second) {
        cached.second = second;
        cached.text = QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
    }
    return cached.text;
}

// What a request is addressed to, for the DNS-rebinding check: an absolute-form target's
// authority wins over Host (RFC 9112, section 3.2.2), so "GET http://evil.example/" with
// "Host: 127.0.0.1" is refused too. nullopt when there is neither (HTTP/1.0 without Host).
std::optional<QByteArray> addressedTo(const HttpMessage &request)
{
    if (std::optional<QByteArray> authority = targetAuthority(request.method, request.target))
        return authority;
    if (request.hasHeader("Host"))
        return request.header("Host");
    return std::nullopt;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, quint64 id, const Environment *environment, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_id(id)
    , m_env(environment)
    , m_parser(HttpParser::Type::Request)
{
    socket->setParent(this);
    // Fixed for the connection's life; asked once, not for every request.
    m_peerAddress = socket->peerAddress();
    m_peerAddressText = m_peerAddress.toString();
    m_peerPort = socket->peerPort();
    m_localAddress = socket->localAddress();
    m_localPort = socket->localPort();
    m_parser.setLimits(m_env->limits);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::shutdownWhenWritten);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError && m_socket)
            m_socket->abort();
    });
    armIdleTimer();
}

HttpConnection::~HttpConnection()
{
    cancelTimer(m_headerTimer);
    cancelTimer(m_idleTimer);
    cancelTimer(m_delayTimer);
    cancelTimer(m_lingerTimer);
}

void HttpConnection::cancelTimer(Clock::TimerId &timer)
{
    if (timer)
        m_env->clock->cancel(timer);
    timer = 0;
}

HttpExchange HttpConnection::newExchange(const QDateTime &started) const
{
    HttpExchange exchange;
    exchange.connectionId = m_id;
    exchange.origin = m_env->origin;
    exchange.clientAddress = m_peerAddressText;
    exchange.clientPort = m_peerPort;
    exchange.started = started;
    return exchange;
}

void HttpConnection::refuseOverCapacity()
{
    m_closing = true;
    HttpResponse response = HttpResponse::text(503, "The StatusDeck sandbox already serves " +
                                                        QByteArray::number(m_env->limits.maxConnections) +
                                                        " connections, its limit. Try again in a few seconds.\n");
    response.setHeader("Retry-After", QByteArray::number(HttpLimits::kRetryAfterSeconds));
    response.closeAfter = true;
    HttpExchange exchange = newExchange(m_env->clock->currentUtc());
    exchange.parseError = u"refused: connection limit reached"_s;
    enqueue({response, exchange, 0, false, false, false});
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    const auto handled = qScopeGuard([this] {
        if (m_env->readsHandled)
            ++*m_env->readsHandled;
    });
    if (m_closing || data.isEmpty())
        return; // draining: what follows a refused request is not read
    if (!m_parser.isMidMessage()) {
        m_messageStartUtc = m_env->clock->currentUtc();
        m_messageStartMs = m_env->clock->nowMs();
    }
    const bool fed = m_parser.feed(data);
    QList<HttpMessage> messages = m_parser.takeMessages();
    for (HttpMessage &message : messages) {
        handleMessage(std::move(message), m_messageStartUtc);
        m_messageStartUtc = m_env->clock->currentUtc();
        m_messageStartMs = m_env->clock->nowMs();
        m_continueSent = false;
    }
    if (!fed) {
        const int status = m_parser.errorStatus();
        const QString reason = m_parser.errorReason();
        QString explanation;
        switch (status) {
        case 414:
            explanation = reason + u" The StatusDeck sandbox accepts request targets up to %1 bytes."_s.arg(
                                       m_env->limits.maxTargetBytes);
            break;
        case 431:
            explanation = reason + u" The StatusDeck sandbox accepts up to %1 header fields and %2 bytes of headers."_s
                                       .arg(m_env->limits.maxHeaderFields)
                                       .arg(m_env->limits.maxHeaderSectionBytes);
            break;
        case 413:
            explanation = reason + u" The body was not read; the connection is closed."_s;
            break;
        default:
            explanation = u"The request could not be parsed as HTTP/1.1: %1 (%2)."_s.arg(
                reason, QString::fromLatin1(m_parser.errorName()));
        }
        refuse(status, explanation, QString::fromLatin1(m_parser.errorName()) + u": "_s + reason);
        return;
    }
    if (m_parser.isFinishedStream()) {
        m_closing = true; // Connection: close or an upgrade: nothing after it is read
        flush();
        return;
    }
    armHeaderTimer();
    sendContinueIfExpected();
    armIdleTimer();
}

void HttpConnection::handleMessage(HttpMessage message, const QDateTime &started)
{
    HttpExchange exchange = newExchange(started);
    exchange.method = message.method;
    exchange.target = message.target;
    exchange.rawRequest = message.raw; // shared with the message, not copied

    Pending pending;
    pending.head = message.method == "HEAD";
    pending.keepAlive = message.keepAlive && !message.upgrade;
    pending.http10 = message.versionMinor == 0;
    pending.readyAtMs = m_env->clock->nowMs();

    const qsizetype hostCount = headers::count(message.headers, "Host");
    const std::optional<QByteArray> authority = addressedTo(message);
    if (hostCount > 1 || (hostCount == 0 && !pending.http10)) {
        pending.response = HttpResponse::text(400, "An HTTP/1.1 request needs exactly one Host header "
                                                   "(RFC 9112, section 3.2).\n");
    } else if (authority && !isAllowedHost(*authority, m_env->allowIpLiteralHosts)) {
        pending.response = HttpResponse::text(
            421, "Misdirected Request: this StatusDeck sandbox only answers requests addressed to localhost, "
                 "*.localhost, 127.0.0.0/8 or [::1], not to '" +
                     *authority +
                     "'.\n\nThis is DNS-rebinding protection: a web page on another name that is made to resolve "
                     "to 127.0.0.1 still sends its own name in Host, so it cannot read this server's answers.\n");
    } else {
        // HEAD is answered as GET would be, without the body (RFC 9110, section 9.3.2), so the
        // handler sees a GET and Content-Length is the GET's; the log keeps the raw HEAD.
        if (pending.head)
            message.method = "GET";
        const HttpRequestContext context{message, m_id, m_peerAddress, m_peerPort, m_localAddress, m_localPort};
        pending.response = m_env->handler->handle(context);
        pending.readyAtMs += std::clamp<qint64>(pending.response.delayMs, 0, HttpLimits::kMaxDelayMs);
    }
    pending.exchange = std::move(exchange);
    enqueue(std::move(pending));
}

void HttpConnection::refuse(int status, const QString &explanation, const QString &parseError)
{
    m_closing = true;
    cancelTimer(m_headerTimer);
    HttpExchange exchange = newExchange(m_messageStartUtc.isValid() ? m_messageStartUtc : m_env->clock->currentUtc());
    const HttpMessage &partial = m_parser.currentMessage();
    exchange.method = partial.method;
    exchange.target = partial.target.left(1024);
    exchange.rawRequest = m_parser.pendingRaw();
    exchange.parseError = parseError;
    HttpResponse response = HttpResponse::text(status, explanation.toUtf8() + '\n');
    response.closeAfter = true;
    enqueue({response, exchange, m_env->clock->nowMs(), false, false, false});
}

void HttpConnection::enqueue(Pending pending)
{
    m_pending.append(std::move(pending));
    flush();
}

void HttpConnection::flush()
{
    while (!m_pending.isEmpty() && m_socket && !m_shutDown) {
        Pending &head = m_pending.first();
        const qint64 now = m_env->clock->nowMs();
        if (head.readyAtMs > now) {
            if (!m_delayTimer) {
                m_delayTimer = m_env->clock->callAt(head.readyAtMs, this, [this] {
                    m_delayTimer = 0;
                    flush();
                });
            }
            return;
        }
        const bool keepAlive = head.keepAlive && !head.response.closeAfter;
        // One wall-clock read serves the Date header and the log's timestamp.
        const QDateTime nowUtc = m_env->clock->currentUtc();
        const QByteArray bytes =
            serializeResponse(head.response, head.head, keepAlive, head.http10 && keepAlive, httpDate(nowUtc));
        head.exchange.status = head.response.status;
        head.exchange.rawResponse = bytes; // shared with what is sent, not copied
        head.exchange.finished = nowUtc;
        // Logged before it is sent: send() may hand the answer to the kernel at once, and a
        // client that has its answer must find the exchange in the log (the redirect lab does).
        if (m_env->sink)
            m_env->sink->record(std::move(head.exchange));
        send(bytes);
        m_pending.removeFirst();
        if (!keepAlive) {
            m_pending.clear();
            closeGracefully();
            return;
        }
    }
    if (m_pending.isEmpty() && m_closing) {
        closeGracefully();
        return;
    }
    sendContinueIfExpected();
    armIdleTimer();
}

void HttpConnection::sendContinueIfExpected()
{
    // Only at the head of the line: a 100 for a pipelined request must not overtake
    // the answers still owed to the requests before it.
    if (m_continueSent || m_closing || !m_pending.isEmpty() || !m_socket || !m_parser.isMidMessage() ||
        !m_parser.headersComplete())
        return;
    const HttpMessage &head = m_parser.currentMessage();
    if (head.versionMinor < 1 || head.header("Expect").trimmed().compare("100-continue", Qt::CaseInsensitive) != 0)
        return;
    // A request we are going to refuse anyway does not get its body invited.
    const std::optional<QByteArray> authority = addressedTo(head);
    if (!authority || !isAllowedHost(*authority, m_env->allowIpLiteralHosts))
        return;
    m_continueSent = true;
    send(serializeInterim({100, {}}));
}

void HttpConnection::send(const QByteArray &bytes)
{
#ifdef Q_OS_UNIX
    // Straight to the kernel when nothing is queued before these bytes. QTcpSocket::write()
    // only buffers and enables the write notifier; the glib dispatcher answers that with two
    // eventfd writes and one more poll round per answer (seen with strace under wrk).
    if (m_socket->bytesToWrite() == 0) {
        const ssize_t sent =
            ::send(int(m_socket->socketDescriptor()), bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL);
        if (sent == bytes.size())
            return;
        // The kernel took part of it (or nothing: EAGAIN, or an error that QTcpSocket then
        // reports its own way): QTcpSocket queues the rest and writes it when it can.
        if (sent > 0) {
            m_socket->write(bytes.constData() + sent, bytes.size() - qsizetype(sent));
            return;
        }
    }
#endif
    m_socket->write(bytes);
}

void HttpConnection::armHeaderTimer()
{
    if (!m_parser.isMidMessage() || m_parser.headersComplete()) {
        cancelTimer(m_headerTimer);
        return;
    }
    if (m_headerTimer)
        return;
    m_headerTimer = m_env->clock->callAt(m_messageStartMs + m_env->limits.headerTimeoutMs, this, [this] {
        m_headerTimer = 0;
        if (m_closing || !m_parser.isMidMessage() || m_parser.headersComplete())
            return;
        refuse(408,
               u"The request headers did not arrive within %1 seconds; the connection is closed."_s.arg(
                   m_env->limits.headerTimeoutMs / 1000.0),
               u"timeout: headers incomplete"_s);
    });
}

void HttpConnection::armIdleTimer()
{
    if (m_closing) {
        cancelTimer(m_idleTimer);
        return;
    }
    // Every read moves the deadline; a timer is only made when none is pending, and a timer
    // that fires early re-schedules itself. A timer per read halved the request rate.
    m_idleDeadlineMs = m_env->clock->nowMs() + m_env->limits.idleTimeoutMs;
    if (m_idleTimer == 0)
        scheduleIdleCheck();
}

void HttpConnection::scheduleIdleCheck()
{
    m_idleTimer = m_env->clock->callAt(m_idleDeadlineMs, this, [this] {
        m_idleTimer = 0;
        if (m_closing)
            return;
        if (m_env->clock->nowMs() < m_idleDeadlineMs) {
            scheduleIdleCheck();
            return;
        }
        onIdle();
    });
}

void HttpConnection::onIdle()
{
    if (m_closing || !m_pending.isEmpty())
        return; // we owe an answer (a delay); flush() re-arms the idle timer
    if (m_parser.isMidMessage()) {
        refuse(408,
               u"Nothing arrived for %1 seconds in the middle of a request; the connection is closed."_s.arg(
                   m_env->limits.idleTimeoutMs / 1000.0),
               u"timeout: request incomplete"_s);
        return;
    }
    // An idle keep-alive connection is closed without an answer: there is no request to answer.
    m_closing = true;
    closeGracefully();
}

void HttpConnection::closeGracefully()
{
    m_closing = true;
    cancelTimer(m_headerTimer);
    cancelTimer(m_idleTimer);
    shutdownWhenWritten();
}

void HttpConnection::shutdownWhenWritten()
{
    if (!m_closing || m_shutDown || !m_socket || m_socket->bytesToWrite() > 0)
        return;
    m_shutDown = true;
#ifdef Q_OS_UNIX
    // Half-close: the client reads our answer to the end, then closes its side; whatever
    // it still sends is read and dropped meanwhile, so the kernel does not reset.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_lingerTimer = m_env->clock->callAfter(kLingerMs, this, [this] {
        m_lingerTimer = 0;
        if (m_socket)
            m_socket->abort();
        onDisconnected();
    });
#else
    m_socket->disconnectFromHost();
#endif
}

void HttpConnection::onDisconnected()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_parser.isMidMessage() && !m_closing && m_env->sink) {
        // Nothing is lost from the log: a request cut short is recorded with what arrived.
        HttpExchange exchange = newExchange(m_messageStartUtc);
        exchange.method = m_parser.currentMessage().method;
        exchange.target = m_parser.currentMessage().target.left(1024);
        exchange.rawRequest = m_parser.pendingRaw();
        exchange.parseError = u"the client closed the connection before the request was complete"_s;
        exchange.finished = m_env->clock->currentUtc();
        m_env->sink->record(std::move(exchange));
    }
    cancelTimer(m_headerTimer);
    cancelTimer(m_idleTimer);
    cancelTimer(m_delayTimer);
    cancelTimer(m_lingerTimer);
    Q_EMIT finished();
}

} // namespace statusdeck
