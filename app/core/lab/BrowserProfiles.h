#pragma once

#include "lab/ClientProfile.h"

namespace statusdeck::lab {

// The profiles of a browser's other two ways to make a request (its fetch() is the "fetch"
// profile): an HTML form submission ("form") and a top-level navigation ("navigate"). Observed
// in Chromium and Firefox headless; each decision names its rule in resources/lab/rules/browsers.json.
const ClientProfile &formProfile();
const ClientProfile &navigateProfile();

} // namespace statusdeck::lab
