#pragma once

#include "http/HttpHandler.h"
#include "http/HttpResponse.h"

#include <optional>

namespace statusdeck {

// The sandbox's answers for the redirect lab's real browsers: the runner page
// (/lab/browser-runner, resources/lab/browser-runner.html; the cells come in its fragment), the
// page's reports (/lab/browser-report, 204: the lab reads them from the log), and CORS for the
// lab's own URLs (a target with lab=TOKEN, also inside /redirect-to's url): a preflight is
// answered permissively (204, every asked method and header allowed, never cached) and logged
// like every request, so a cross-origin cell can run and shows its preflight.
std::optional<HttpResponse> labRoute(const HttpRequestContext &context);
// A lab URL's answer to a request with Origin gets Access-Control-Allow-Origin (that origin) and
// -Credentials, so a browser lets a cross-origin cell's script see it.
void addLabCors(const HttpRequestContext &context, HttpResponse &response);

} // namespace statusdeck
