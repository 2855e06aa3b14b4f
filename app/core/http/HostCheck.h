#pragma once

#include <QByteArray>

#include <optional>

namespace statusdeck {

// DNS-rebinding protection: a page on evil.example whose name is re-pointed at 127.0.0.1
// still sends "Host: evil.example", so only loopback names and addresses are served:
// localhost, *.localhost, 127.0.0.0/8, [::1], each with an optional port.
// allowIpLiterals: the user bound a non-loopback address on purpose; any IP literal is
// accepted too (a rebinding attack needs a DNS name), other names still are not.
bool isAllowedHost(const QByteArray &hostHeader, bool allowIpLiterals = false);

// The authority a request target carries, "host[:port]", for isAllowedHost(): an absolute-form
// target's ("http://evil.example/", any scheme), which RFC 9112, section 3.2.2, says wins over
// Host, or CONNECT's authority-form target (section 3.2.3). Userinfo ("user@") is dropped.
// nullopt for the origin-form and the asterisk-form, whose authority is the Host header's.
std::optional<QByteArray> targetAuthority(const QByteArray &method, const QByteArray &target);

} // namespace statusdeck
