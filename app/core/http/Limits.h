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

    qsizetype maxTargetBytes = kMaxTargetBytes;
    qsizetype maxHeaderSectionBytes = kMaxHeaderSectionBytes;
    int maxHeaderFields = kMaxHeaderFields;
    qint64 maxBodyBytes = kMaxBodyBytes;
    qint64 headerTimeoutMs = kHeaderTimeoutMs;
    qint64 idleTimeoutMs = kIdleTimeoutMs;
    int maxConnections = kMaxConnections;
};

} // namespace statusdeck
