#pragma once

#include <QByteArray>

namespace statusdeck {

// DNS-rebinding protection: a page on evil.example whose name is re-pointed at 127.0.0.1
// still sends "Host: evil.example", so only loopback names and addresses are served:
// localhost, *.localhost, 127.0.0.0/8, [::1], each with an optional port.
// allowIpLiterals: the user bound a non-loopback address on purpose; any IP literal is
// accepted too (a rebinding attack needs a DNS name), other names still are not.
bool isAllowedHost(const QByteArray &hostHeader, bool allowIpLiterals = false);

} // namespace statusdeck
