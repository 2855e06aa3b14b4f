#pragma once

#include <QtGlobal>

namespace statusdeck {

// Every limit the sandbox server enforces, in one place. The defaults are the documented
// ones (README, "Sandbox server"); tests may lower a copy to exercise a limit cheaply.
struct HttpLimits {
    static constexpr qsizetype kMaxTargetBytes = 8 * 1024;         // else 414
    static constexpr qsizetype kMaxHeaderSectionBytes = 32 * 1024; // else 431
    static constexpr int kMaxHeaderFields = 100;                   // else 431
    static constexpr qint64 kMaxBodyBytes = 8 * 1024 * 1024;       // else 413
    static constexpr qint64 kHeaderTimeoutMs = 10 * 1000;          // else 408
    static constexpr qint64 kIdleTimeoutMs = 5 * 1000;             // idle keep-alive: close; mid-request: 408
    static constexpr int kMaxConnections = 512;                    // else 503
    static constexpr int kRetryAfterSeconds = 5;                   // sent with that 503
    static constexpr qint64 kMaxDelayMs = 10 * 1000;               // /delay/{s} and /delay-ms/{ms} are clamped to this
    static constexpr qint64 kRequestTimeoutMs = 30 * 1000;         // whole request, first byte to last: else 408
    // Backpressure: a connection is not read while its answers not yet sent (queued on the
    // socket or waiting in line) are over either bound; one answer may be larger on its own.
    static constexpr qint64 kMaxBufferedOutputBytes = 4 * 1024 * 1024;
    static constexpr int kMaxPendingAnswers = 64;
    // When fewer slots than this are free, a new connection takes the slot of the one whose
    // request has been incomplete longest, or of a keep-alive connection idle the longest,
    // if that was at least kShedAfterMs ago (408, or closed when idle).
    static constexpr int kReservedConnections = 16;
    static constexpr qint64 kShedAfterMs = 1000;
    static constexpr qint64 kLingerMs = 2000; // draining the peer after our last answer, then closed

    qsizetype maxTargetBytes = kMaxTargetBytes;
    qsizetype maxHeaderSectionBytes = kMaxHeaderSectionBytes;
    int maxHeaderFields = kMaxHeaderFields;
    qint64 maxBodyBytes = kMaxBodyBytes;
    qint64 headerTimeoutMs = kHeaderTimeoutMs;
    qint64 idleTimeoutMs = kIdleTimeoutMs;
    int maxConnections = kMaxConnections;
    qint64 requestTimeoutMs = kRequestTimeoutMs;
    qint64 maxBufferedOutputBytes = kMaxBufferedOutputBytes;
    int maxPendingAnswers = kMaxPendingAnswers;
    int reservedConnections = kReservedConnections;
};

// What a server has done so far, for `serve`, the soak benchmark and tests: counters only
// move forward, except the current figures.
struct HttpServerStats {
    quint64 connectionsAccepted = 0;
    quint64 bytesReceived = 0;          // every byte read from every connection
    quint64 answersNotFullySent = 0;    // the client went before its answer was out
    quint64 connectionsShed = 0;        // slots taken back for new clients
    quint64 connectionsHandedOver = 0;  // upgraded and given to another protocol (/ws)
    qint64 bufferedOutputBytes = 0;     // now: answers queued on sockets or waiting in line
    qint64 peakBufferedOutputBytes = 0; // the most one connection held at once
};

} // namespace statusdeck
