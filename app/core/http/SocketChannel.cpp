#include "http/SocketChannel.h"

#include <QSocketNotifier>

namespace statusdeck {

SocketChannel::SocketChannel(platform::SocketDescriptor socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    platform::prepareAcceptedSocket(socket);
    m_readNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(socket, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SocketChannel::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &SocketChannel::onWritable);
}

SocketChannel::~SocketChannel()
{
    if (m_socket >= 0) {
        m_readNotifier->setEnabled(false);
        m_writeNotifier->setEnabled(false);
        platform::closeSocket(m_socket);
    }
}

void SocketChannel::write(const QByteArray &bytes)
{
    if (m_socket < 0 || m_shutDown || bytes.isEmpty())
        return;
    m_queue.push_back(bytes);
    m_queuedBytes += bytes.size();
    if (m_queue.size() == 1)
        sendQueued(); // straight to the kernel when nothing is waiting before these bytes
}

void SocketChannel::sendQueued()
{
    while (!m_queue.empty() && m_socket >= 0) {
        const QByteArray &head = m_queue.front();
        const qint64 sent = platform::send(m_socket, head.constData() + m_headOffset, head.size() - m_headOffset);
        if (sent == platform::kSocketError) {
            finish(true);
            return;
        }
        if (sent == platform::kWouldBlock || sent == 0)
            break;
        m_sentTotal += sent;
        m_queuedBytes -= sent;
        m_headOffset += qsizetype(sent);
        if (m_headOffset == head.size()) {
            m_queue.pop_front(); // the answer's memory goes as soon as the kernel has it
            m_headOffset = 0;
        }
    }
    if (m_socket < 0)
        return;
    m_writeNotifier->setEnabled(!m_queue.empty());
    if (m_queue.empty() && m_shutdownRequested && !m_shutDown) {
        m_shutDown = true;
        platform::shutdownWrite(m_socket);
        if (m_inputEnded)
            finish(false);
        else
            updateReadNotifier(); // keep draining what the peer still sends
    }
}

void SocketChannel::onWritable()
{
    const qint64 before = m_sentTotal;
    sendQueued();
    if (m_sentTotal != before)
        Q_EMIT bytesWritten();
}

void SocketChannel::onReadable()
{
    if (m_socket < 0)
        return;
    QByteArray buffer(kReadChunkBytes, Qt::Uninitialized);
    const qint64 got = platform::receive(m_socket, buffer.data(), buffer.size());
    if (got == platform::kWouldBlock)
        return;
    if (got == platform::kSocketError) {
        finish(!m_queue.empty());
        return;
    }
    if (got == 0) {
        m_inputEnded = true;
        updateReadNotifier();
        if (m_shutDown) {
            finish(false); // the lingering close is over
            return;
        }
        Q_EMIT inputFinished();
        return;
    }
    if (m_shutDown)
        return; // lingering: read and dropped
    buffer.truncate(qsizetype(got));
    Q_EMIT received(buffer);
}

void SocketChannel::setReading(bool on)
{
    m_reading = on;
    updateReadNotifier();
}

void SocketChannel::updateReadNotifier()
{
    if (m_socket >= 0)
        m_readNotifier->setEnabled(!m_inputEnded && (m_reading || m_shutDown));
}

void SocketChannel::shutdownWhenWritten()
{
    m_shutdownRequested = true;
    sendQueued();
}

void SocketChannel::abort()
{
    finish(!m_queue.empty());
}

platform::SocketDescriptor SocketChannel::release()
{
    Q_ASSERT(m_queue.empty());
    const platform::SocketDescriptor socket = m_socket;
    if (socket < 0)
        return socket;
    // Deleted, not just disabled: the taker makes its own notifiers for this descriptor, and
    // two for one descriptor on one thread are not allowed.
    delete m_readNotifier;
    delete m_writeNotifier;
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    m_socket = -1;
    return socket;
}

void SocketChannel::finish(bool lost)
{
    if (m_socket < 0)
        return;
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    platform::closeSocket(m_socket);
    m_socket = -1;
    m_queue.clear();
    m_queuedBytes = 0;
    Q_EMIT closed(lost);
}

} // namespace statusdeck
