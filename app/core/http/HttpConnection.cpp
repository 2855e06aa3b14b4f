// Over 400 lines on purpose: one connection's state machine (parsing, the answer queue,
// backpressure, half-close, four deadlines) shares its state; split across files it would
// be harder to follow. Socket I/O is in SocketChannel, the words in ConnectionText.

#include "http/HttpConnection.h"

#include "http/ConnectionHandover.h"
#include "http/ConnectionText.h"
#include "http/Headers.h"
#include "http/HostCheck.h"
#include "http/HttpHandler.h"
#include "http/SocketChannel.h"

#include <chrono>

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

using connectiontext::addressedTo;

namespace {
// How much of the unparsed rest of a read a refusal keeps for the log.
constexpr qsizetype kMaxRefusedTailBytes = 64 * 1024;
} // namespace

HttpConnection::HttpConnection(platform::SocketDescriptor socket, quint64 id, Environment *environment, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_env(environment)
    , m_parser(HttpParser::Type::Request)
{
    // Fixed for the connection's life; asked once, not for every request.
    const platform::Endpoint peer = platform::peerEndpoint(socket);
    const platform::Endpoint local = platform::localEndpoint(socket);
    m_peerAddress = peer.address;
    m_peerAddressText = m_peerAddress.toString();
    m_peerPort = peer.port;
    m_localAddress = local.address;
    m_localPort = local.port;
    m_channel = new SocketChannel(socket, this);
    m_parser.setLimits(m_env->limits);
    connect(m_channel, &SocketChannel::received, this, &HttpConnection::onReceived);
    connect(m_channel, &SocketChannel::inputFinished, this, &HttpConnection::onInputFinished);
    connect(m_channel, &SocketChannel::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_channel, &SocketChannel::closed, this, &HttpConnection::onClosed);
    if (m_env->stats)
        ++m_env->stats->connectionsAccepted;
    armIdleTimer();
}

HttpConnection::~HttpConnection()
{
    cancelTimer(m_headerTimer);
    cancelTimer(m_requestTimer);
    cancelTimer(m_idleTimer);
    cancelTimer(m_delayTimer);
    cancelTimer(m_lingerTimer);
    if (m_env->stats)
        m_env->stats->bufferedOutputBytes -= m_reportedBuffered;
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

std::optional<qint64> HttpConnection::sheddableSince() const
{
    if (m_closing || m_finished || !m_pending.isEmpty() || m_channel->bytesToWrite() > 0)
        return std::nullopt;
    if (m_parser.isMidMessage())
        return m_messageStartMs;
    if (m_idleSinceMs >= 0)
        return m_idleSinceMs;
    return std::nullopt;
}

void HttpConnection::shed()
{
    m_shed = true;
    if (m_env->stats)
        ++m_env->stats->connectionsShed;
    if (!m_parser.isMidMessage()) {
        closeGracefully();
        return;
    }
    refuse(408,
           u"The request was still incomplete when the StatusDeck sandbox needed its connection slot for a new "
           "client; the connection is closed."_s,
           u"timeout: slot given to a new client"_s);
}

void HttpConnection::startMessageClock()
{
    m_messageStartUtc = m_env->clock->currentUtc();
    m_messageStartMs = m_env->clock->nowMs();
    m_messageStartNs = steadyNs();
}

void HttpConnection::onReceived(const QByteArray &bytes)
{
    if (m_env->stats)
        m_env->stats->bytesReceived += quint64(bytes.size());
    if (m_closing)
        return; // draining: what follows a refused request is not read
    m_idleSinceMs = -1;
    if (m_inputOffset >= m_input.size()) {
        m_input = bytes;
        m_inputOffset = 0;
    } else {
        m_input = m_input.sliced(m_inputOffset) + bytes;
        m_inputOffset = 0;
    }
    if (!m_parser.isMidMessage())
        startMessageClock();
    processInput();
    armIdleTimer();
}

void HttpConnection::processInput()
{
    while (m_inputOffset < m_input.size() && !m_closing && !isOverBuffered()) {
        qsizetype used = 0;
        const bool fed =
            m_parser.feedSome(QByteArrayView(m_input).sliced(m_inputOffset), &used, HttpParser::StopAfterMessage);
        m_inputOffset += used;
        QList<HttpMessage> messages = m_parser.takeMessages();
        for (HttpMessage &message : messages) {
            handleMessage(std::move(message), m_messageStartUtc);
            startMessageClock();
            m_continueSent = false;
        }
        if (!fed) {
            const int status = m_parser.errorStatus();
            const QByteArray name = m_parser.errorName();
            const QString reason = m_parser.errorReason();
            refuse(status, connectiontext::parseRefusal(status, reason, name, m_env->limits),
                   QString::fromLatin1(name) + u": "_s + reason);
            return;
        }
        if (m_parser.isFinishedStream()) {
            m_closing = true; // Connection: close or an upgrade: nothing after it is read
            flush();
            return;
        }
    }
    if (m_inputOffset >= m_input.size()) {
        m_input.clear();
        m_inputOffset = 0;
    }
    armRequestTimers();
    sendContinueIfExpected();
    updateBackpressure();
    if (m_channel->inputEnded() && m_input.isEmpty())
        onInputFinished();
}

void HttpConnection::recordCutShortRequest()
{
    // Nothing is lost from the log: a request cut short is recorded with what arrived.
    HttpExchange exchange = newExchange(m_messageStartUtc);
    exchange.method = m_parser.currentMessage().method;
    exchange.target = m_parser.currentMessage().target.left(1024);
    exchange.rawRequest = m_parser.pendingRaw();
    exchange.parseError = u"the client closed the connection before the request was complete"_s;
    exchange.finished = m_env->clock->currentUtc();
    m_env->sink->record(std::move(exchange));
}

void HttpConnection::onInputFinished()
{
    // The peer sends nothing more (a half-close, or gone): what was read is still parsed
    // and answered in full before our side closes.
    if (m_closing || m_finished || !m_input.isEmpty())
        return;
    if (m_parser.isMidMessage() && m_env->sink)
        recordCutShortRequest();
    m_closing = true;
    cancelTimer(m_headerTimer);
    cancelTimer(m_requestTimer);
    flush();
}

void HttpConnection::handleMessage(HttpMessage message, const QDateTime &started)
{
    HttpExchange exchange = newExchange(started);
    exchange.method = message.method;
    exchange.target = message.target;
    exchange.host = headers::value(message.headers, "Host");
    exchange.rawRequest = message.raw; // shared with the message, not copied

    Pending pending;
    pending.head = message.method == "HEAD";
    pending.keepAlive = message.keepAlive && !message.upgrade;
    pending.http10 = message.versionMinor == 0;
    pending.readyAtMs = m_env->clock->nowMs();
    pending.startedNs = m_messageStartNs;

    const qsizetype hostCount = headers::count(message.headers, "Host");
    const std::optional<QByteArray> authority = addressedTo(message);
    if (hostCount > 1 || (hostCount == 0 && !pending.http10)) {
        pending.response = HttpResponse::text(400, "An HTTP/1.1 request needs exactly one Host header "
                                                   "(RFC 9112, section 3.2).\n");
    } else if (authority && !isAllowedHost(*authority, m_env->allowIpLiteralHosts)) {
        pending.response = HttpResponse::text(421, connectiontext::misdirected(*authority));
    } else {
        // HEAD is answered as GET would be, without the body (RFC 9110, section 9.3.2), so the
        // handler sees a GET and Content-Length is the GET's; the log keeps the raw HEAD.
        if (pending.head)
            message.method = "GET";
        const HttpRequestContext context{message, m_id, m_peerAddress, m_peerPort, m_localAddress, m_localPort};
        pending.response = m_env->handler->handle(context);
        pending.readyAtMs += std::clamp<qint64>(pending.response.delayMs, 0, HttpLimits::kMaxDelayMs);
        if (pending.response.takeOver)
            pending.upgradeRequest = message.raw;
    }
    pending.exchange = std::move(exchange);
    enqueue(std::move(pending));
}

void HttpConnection::refuse(int status, const QString &explanation, const QString &parseError)
{
    m_closing = true;
    cancelTimer(m_headerTimer);
    cancelTimer(m_requestTimer);
    HttpExchange exchange = newExchange(m_messageStartUtc.isValid() ? m_messageStartUtc : m_env->clock->currentUtc());
    const HttpMessage &partial = m_parser.currentMessage();
    exchange.method = partial.method;
    exchange.target = partial.target.left(1024);
    // What arrived, not only what the parser took: bytes that are not HTTP at all (a TLS
    // ClientHello, binary garbage) stop llhttp at the first byte. The rest of the read is
    // kept, bounded; the log caps it further.
    exchange.rawRequest = m_parser.pendingRaw();
    const qsizetype unread = m_input.size() - m_inputOffset;
    if (unread > 0)
        exchange.rawRequest.append(QByteArrayView(m_input).sliced(m_inputOffset, qMin(unread, kMaxRefusedTailBytes)));
    exchange.parseError = parseError;
    HttpResponse response = HttpResponse::text(status, explanation.toUtf8() + '\n');
    response.closeAfter = true;
    enqueue({response, exchange, m_env->clock->nowMs(), false, false, false});
}

void HttpConnection::enqueue(Pending pending)
{
    m_pendingBytes += pending.response.body.size();
    m_pending.append(std::move(pending));
    flush();
}

void HttpConnection::flush()
{
    while (!m_pending.isEmpty() && m_channel->isOpen() && !m_channel->isShutDown()) {
        Pending &head = m_pending.first();
        const qint64 now = m_env->clock->nowMs();
        if (head.readyAtMs > now) {
            if (!m_delayTimer) {
                m_delayTimer = m_env->clock->callAt(head.readyAtMs, this, [this] {
                    m_delayTimer = 0;
                    flush();
                    processInput(); // a request read meanwhile may wait behind this answer
                });
            }
            return;
        }
        if (head.response.takeOver) {
            // In order: the answers before the upgrade go out first, then the socket leaves.
            m_handoverWaiting = m_channel->bytesToWrite() > 0;
            if (m_handoverWaiting)
                m_channel->setReading(false); // what the client sends next stays in the kernel for the taker
            else
                handOver();
            return;
        }
        const bool keepAlive = head.keepAlive && !head.response.closeAfter && !m_channel->inputEnded();
        // One wall-clock read serves the Date header and the log's timestamp.
        const QDateTime nowUtc = m_env->clock->currentUtc();
        const QByteArray bytes = serializeResponse(head.response, head.head, keepAlive, head.http10 && keepAlive,
                                                   connectiontext::httpDate(nowUtc));
        head.exchange.status = head.response.status;
        head.exchange.rawResponse = bytes; // shared with what is sent, not copied
        head.exchange.finished = nowUtc;
        if (head.startedNs >= 0)
            head.exchange.elapsedNs = qMax<qint64>(0, steadyNs() - head.startedNs);
        // Logged before it is sent: the kernel may have the answer at once, and a client that
        // has its answer must find the exchange in the log (the redirect lab does).
        const quint64 logId = m_env->sink ? m_env->sink->record(std::move(head.exchange)) : 0;
        m_pendingBytes -= head.response.body.size();
        m_pending.removeFirst();
        send(bytes, logId);
        if (!keepAlive) {
            m_pendingBytes = 0;
            m_pending.clear();
            closeGracefully();
            return;
        }
    }
    if (m_pending.isEmpty() && m_closing) {
        closeGracefully();
        return;
    }
    if (m_pending.isEmpty() && !m_parser.isMidMessage())
        m_idleSinceMs = m_env->clock->nowMs();
    sendContinueIfExpected();
    updateBackpressure();
    armIdleTimer();
}

void HttpConnection::handOver()
{
    Pending head = m_pending.takeFirst();
    ConnectionTaker *taker = head.response.takeOver;
    ConnectionHandover handover;
    handover.input = head.upgradeRequest;
    handover.requestSize = head.upgradeRequest.size();
    // The parser stops at an upgrade: what follows it was read but is the new protocol's.
    if (m_inputOffset < m_input.size())
        handover.input += QByteArrayView(m_input).sliced(m_inputOffset);
    head.exchange.finished = m_env->clock->currentUtc();
    head.exchange.elapsedNs = qMax<qint64>(0, steadyNs() - head.startedNs);
    handover.exchange = std::move(head.exchange);
    handover.sink = m_env->sink;
    handover.socket = m_channel->release();
    // Nothing can wait behind an upgrade (no request after it is parsed).
    m_pending.clear();
    m_pendingBytes = 0;
    m_inFlight.clear();
    m_input.clear();
    m_inputOffset = 0;
    m_handoverWaiting = false;
    m_finished = true;
    cancelTimer(m_headerTimer);
    cancelTimer(m_requestTimer);
    cancelTimer(m_idleTimer);
    cancelTimer(m_delayTimer);
    cancelTimer(m_lingerTimer);
    if (m_env->stats) {
        ++m_env->stats->connectionsHandedOver;
        m_env->stats->bufferedOutputBytes -= m_reportedBuffered;
        m_reportedBuffered = 0;
    }
    Q_EMIT finished(); // the server frees the slot and deletes this connection later
    taker->takeOver(std::move(handover));
}

void HttpConnection::sendContinueIfExpected()
{
    // Only at the head of the line: a 100 for a pipelined request must not overtake
    // the answers still owed to the requests before it.
    if (m_continueSent || m_closing || !m_pending.isEmpty() || !m_parser.isMidMessage() || !m_parser.headersComplete())
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

void HttpConnection::send(const QByteArray &bytes, quint64 logId)
{
    const qint64 begin = m_channel->bytesQueuedTotal();
    m_channel->write(bytes);
    const qint64 end = begin + bytes.size();
    if (logId && m_channel->bytesWrittenTotal() < end)
        m_inFlight.push_back({logId, begin, end});
}

bool HttpConnection::isOverBuffered() const
{
    return m_channel->bytesToWrite() + m_pendingBytes > m_env->limits.maxBufferedOutputBytes ||
           m_pending.size() >= m_env->limits.maxPendingAnswers;
}

void HttpConnection::updateBackpressure()
{
    // Read more only when what was read is parsed and the answers owed are under the bounds.
    m_channel->setReading(!m_closing && m_input.isEmpty() && !isOverBuffered());
    if (!m_env->stats)
        return;
    const qint64 buffered = m_channel->bytesToWrite() + m_pendingBytes;
    m_env->stats->bufferedOutputBytes += buffered - m_reportedBuffered;
    m_reportedBuffered = buffered;
    m_env->stats->peakBufferedOutputBytes = qMax(m_env->stats->peakBufferedOutputBytes, buffered);
}

void HttpConnection::onBytesWritten()
{
    const qint64 written = m_channel->bytesWrittenTotal();
    while (!m_inFlight.empty() && m_inFlight.front().end <= written)
        m_inFlight.pop_front();
    if (m_handoverWaiting) {
        if (m_channel->bytesToWrite() == 0)
            flush(); // the upgrade's turn
        return;
    }
    armIdleTimer(); // a reading client is not idle
    if (m_closing && m_channel->isShutDown() && !m_lingerTimer) {
        m_lingerTimer = m_env->clock->callAfter(HttpLimits::kLingerMs, this, [this] {
            m_lingerTimer = 0;
            m_channel->abort();
        });
    }
    if (!m_input.isEmpty())
        processInput(); // resumes a parser that backpressure stopped
    else
        updateBackpressure();
}

void HttpConnection::armRequestTimers()
{
    if (!m_parser.isMidMessage()) {
        cancelTimer(m_headerTimer);
        cancelTimer(m_requestTimer);
        return;
    }
    if (m_parser.headersComplete())
        cancelTimer(m_headerTimer);
    else if (!m_headerTimer)
        m_headerTimer = m_env->clock->callAt(m_messageStartMs + m_env->limits.headerTimeoutMs, this, [this] {
            m_headerTimer = 0;
            if (m_closing || !m_parser.isMidMessage() || m_parser.headersComplete())
                return;
            refuse(408,
                   u"The request headers did not arrive within %1 seconds; the connection is closed."_s.arg(
                       m_env->limits.headerTimeoutMs / 1000.0),
                   u"timeout: headers incomplete"_s);
        });
    // A body trickled a byte at a time keeps the idle timer happy, not this deadline.
    if (!m_requestTimer)
        m_requestTimer = m_env->clock->callAt(m_messageStartMs + m_env->limits.requestTimeoutMs, this, [this] {
            m_requestTimer = 0;
            if (m_closing || !m_parser.isMidMessage())
                return;
            if (m_env->clock->nowMs() < m_messageStartMs + m_env->limits.requestTimeoutMs) {
                armRequestTimers(); // a later request started meanwhile
                return;
            }
            refuse(408,
                   u"The request did not arrive completely within %1 seconds; the connection is closed."_s.arg(
                       m_env->limits.requestTimeoutMs / 1000.0),
                   u"timeout: request incomplete after %1 s"_s.arg(m_env->limits.requestTimeoutMs / 1000.0));
        });
}

void HttpConnection::armIdleTimer()
{
    if (m_finished)
        return;
    // Every read and write moves the deadline; a timer is only made when none is pending,
    // and a timer that fires early re-schedules itself. A timer per read halved the rate.
    m_idleDeadlineMs = m_env->clock->nowMs() + m_env->limits.idleTimeoutMs;
    if (m_idleTimer == 0)
        scheduleIdleCheck();
}

void HttpConnection::scheduleIdleCheck()
{
    m_idleTimer = m_env->clock->callAt(m_idleDeadlineMs, this, [this] {
        m_idleTimer = 0;
        if (m_env->clock->nowMs() < m_idleDeadlineMs) {
            scheduleIdleCheck();
            return;
        }
        onIdle();
    });
}

void HttpConnection::onIdle()
{
    if (m_channel->bytesToWrite() > 0) {
        m_channel->abort(); // the client has not read for the whole idle timeout
        return;
    }
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
    closeGracefully();
}

void HttpConnection::closeGracefully()
{
    m_closing = true;
    cancelTimer(m_headerTimer);
    cancelTimer(m_requestTimer);
    m_channel->shutdownWhenWritten();
    onBytesWritten(); // starts the lingering close when nothing was queued
}

void HttpConnection::onClosed(bool lost)
{
    Q_UNUSED(lost)
    if (m_finished)
        return;
    m_finished = true;
    // Answers that did not get out whole say so in the log; answers still owed are logged unsent.
    const qint64 written = m_channel->bytesWrittenTotal();
    for (const InFlight &answer : m_inFlight) {
        if (answer.end <= written)
            continue;
        if (m_env->sink)
            m_env->sink->markIncomplete(answer.logId, qMax<qint64>(0, written - answer.begin));
        if (m_env->stats)
            ++m_env->stats->answersNotFullySent;
    }
    m_inFlight.clear();
    for (Pending &owed : m_pending) {
        owed.exchange.status = owed.response.status;
        owed.exchange.finished = m_env->clock->currentUtc();
        owed.exchange.responseIncomplete = true;
        if (m_env->sink)
            m_env->sink->record(std::move(owed.exchange));
        if (m_env->stats)
            ++m_env->stats->answersNotFullySent;
    }
    m_pending.clear();
    m_pendingBytes = 0;
    if (m_parser.isMidMessage() && !m_closing && m_env->sink)
        recordCutShortRequest();
    cancelTimer(m_headerTimer);
    cancelTimer(m_requestTimer);
    cancelTimer(m_idleTimer);
    cancelTimer(m_delayTimer);
    cancelTimer(m_lingerTimer);
    updateBackpressure();
    Q_EMIT finished();
}

} // namespace statusdeck
