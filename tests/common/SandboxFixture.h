#pragma once

// A sandbox on free ports for a suite's initTestCase(), shared by the suites that run
// clients against it (lab, matrix, server, live demo, httpbin). Header-only: the support
// library itself needs no statusdeck_core.

#include "sandbox/SandboxServer.h"

namespace statusdeck::testsupport {

// Starts server on a free port, loopback IPv4 only unless asked; false when it did not
// listen within the timeout (server.errorString() then says why, if it failed).
inline bool startSandbox(SandboxServer &server, bool secondOrigin = false, bool alsoIpv6 = false, int timeoutMs = 10000)
{
    SandboxServer::Options options;
    options.port = 0;
    options.secondOrigin = secondOrigin;
    options.alsoIpv6 = alsoIpv6;
    return server.startAndWait(options, timeoutMs);
}

} // namespace statusdeck::testsupport
