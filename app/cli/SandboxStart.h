#pragma once

#include "sandbox/SandboxServer.h"

class QTextStream;

namespace statusdeck::cli {

// The one way a command starts a sandbox: starts server with options and runs the event
// loop until it listens (true: server.url() and secondUrl() are set) or fails (false, with
// "statusdeck: cannot start the sandbox: ..." printed on err; the command exits 1).
bool startSandboxBlocking(SandboxServer &server, const SandboxServer::Options &options, QTextStream &err);

// A sandbox of a command's own for clients it runs itself (matrix, try): any free port on
// 127.0.0.1, IPv6 and the second origin only when asked.
SandboxServer::Options privateSandboxOptions(bool secondOrigin = false, bool alsoIpv6 = false);

} // namespace statusdeck::cli
