#pragma once

#include "platform/SocketIo.h"

#include <QByteArray>
#include <QObject>

#include <deque>

class QSocketNotifier;

namespace statusdeck {

// One accepted TCP socket, driven with QSocketNotifier over the platform seam instead of
// QTcpSocket, so that the two directions end separately: the peer's end of input (a
// half-close) stops reading but not sending, and a shutdown of ours is followed by a
// lingering drain of the peer's bytes, so the answer is not turned into a reset.
// Counts every byte it queued and sent, so the owner knows what reached the kernel.
class SocketChannel final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kReadChunkBytes = 64 * 1024;

    SocketChannel(platform::SocketDescriptor socket, QObject *parent = nullptr);
    ~SocketChannel() override; // closes the socket

    bool isOpen() const { return m_socket >= 0; }
    bool inputEnded() const { return m_inputEnded; }

    // Sends at once what the kernel takes and keeps the rest, in order.
    void write(const QByteArray &bytes);
    qint64 bytesToWrite() const { return m_queuedBytes; }
    qint64 bytesWrittenTotal() const { return m_sentTotal; }
    qint64 bytesQueuedTotal() const { return m_sentTotal + m_queuedBytes; }

    // Backpressure: while off, nothing is read, so the peer's TCP window closes.
    void setReading(bool on);
    // Once everything is sent: FIN, then read and drop until the peer closes (or abort()).
    void shutdownWhenWritten();
    bool isShutDown() const { return m_shutDown; }
    void abort();
    // For a handover (http/ConnectionHandover.h): stops watching the socket and gives up its
    // descriptor without closing it; the channel is closed from then on, and nothing is emitted.
    // Only when nothing is queued (bytesToWrite() == 0), so no answer is lost.
    platform::SocketDescriptor release();

Q_SIGNALS:
    void received(const QByteArray &bytes);
    void inputFinished();   // the peer will send nothing more
    void bytesWritten();    // some queued bytes reached the kernel
    void closed(bool lost); // the socket is closed; lost: bytes were still queued

private:
    void onReadable();
    void onWritable();
    void sendQueued();
    void finish(bool lost);
    void updateReadNotifier();

    platform::SocketDescriptor m_socket;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    std::deque<QByteArray> m_queue;
    qsizetype m_headOffset = 0; // bytes of m_queue.front() already sent
    qint64 m_queuedBytes = 0;
    qint64 m_sentTotal = 0;
    bool m_reading = true;
    bool m_inputEnded = false;
    bool m_shutdownRequested = false;
    bool m_shutDown = false;
};

} // namespace statusdeck
