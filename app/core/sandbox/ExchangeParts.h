#pragma once

// What the exchange log reads out of an exchange's raw bytes, with llhttp like everything
// else: the request (to copy it as a command, replay or edit it) and a few response fields.

#include "http/Headers.h"
#include "http/HttpExchange.h"

#include <QUrl>

#include <optional>

namespace statusdeck {

struct ExchangeRequest {
    QByteArray method;
    QUrl url; // the origin it arrived at and its target
    HeaderList headers;
    QByteArray body; // de-chunked
};

// The request of an exchange; nullopt when its bytes are not a whole HTTP request (garbage,
// a request cut short, or one the log cut).
std::optional<ExchangeRequest> exchangeRequest(const HttpExchange &exchange);

// The request's header fields, also of a request whose body was cut short; empty when the
// header section did not parse.
HeaderList requestHeaders(const HttpExchange &exchange);

// The URL a request went to: its origin and its target (an absolute-form target as it is).
QUrl exchangeUrl(const HttpExchange &exchange);

// The Location of a redirect, resolved against the request's URL; empty when there is none.
QUrl redirectLocation(const HttpExchange &exchange);

} // namespace statusdeck
