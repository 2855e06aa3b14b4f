#pragma once

// A sandbox on free ports for a suite's initTestCase(), shared by the suites that run
// clients against it (lab, matrix, server). Header-only: the support library itself needs
// no statusdeck_core.

#include "sandbox/SandboxServer.h"

#include <QSignalSpy>

namespace statusdeck::testsupport {

// Starts server on a free port, loopback IPv4 only unless asked; false when it did not
// start within the timeout.
inline bool startSandbox(SandboxServer &server, bool secondOrigin = false, bool alsoIpv6 = false, int timeoutMs = 10000)
{
    SandboxServer::Options options;
    options.port = 0;
    options.secondOrigin = secondOrigin;
    options.alsoIpv6 = alsoIpv6;
    QSignalSpy started(&server, &SandboxServer::started);
    server.start(options);
    return started.wait(timeoutMs);
}

} // namespace statusdeck::testsupport
