#pragma once

#include "lab/ClientProfile.h"

// The profiles of Python's httpx and aiohttp and of HTTPie, observed against the real programs
// (Debian 12: httpx 0.23.3, aiohttp 3.8.4, HTTPie 3.2.1); ClientProfile::all() lists them.
namespace statusdeck::lab::profiles {

const ClientProfile &httpx();
const ClientProfile &aiohttp();
const ClientProfile &httpie();

} // namespace statusdeck::lab::profiles
