#!/bin/sh
# Installs what the test suite needs besides the build itself, non-interactively, as root:
# the display and validators the GUI and packaging tests use, AT-SPI and pyatspi for the
# accessibility check (tests/a11y), the frameworks the snippet tests (tests/snippets) start
# for real, httpbin for the sandbox comparison, Python's websockets for /ws, wrk for the
# benchmarks, the real clients of the redirect lab (curl, wget, python3 with requests, httpx
# and aiohttp, HTTPie, node, golang-go, which also builds the lab's Go client, and the real
# browsers Chromium and Firefox ESR), the packaging tools, clang for the fuzzers, and Express
# from npm into tests/snippets/node/node_modules and har-validator into tests/har/node_modules
# (each pinned by its package-lock.json).
set -eu
here=$(cd "$(dirname "$0")" && pwd)

export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=900 update
apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends \
    xvfb xauth clang-format \
    python3-pyatspi at-spi2-core dbus-daemon \
    desktop-file-utils appstream \
    curl wget python3 python3-requests python3-httpx python3-aiohttp httpie \
    chromium firefox-esr \
    python3-flask python3-fastapi python3-uvicorn python3-django gunicorn \
    python3-httpbin python3-websockets \
    golang-go \
    php-cli \
    ruby-rails puma \
    rustfmt default-jdk-headless \
    nginx-light \
    apache2 \
    nodejs \
    lintian help2man dpkg-dev file binutils shared-mime-info python3-yaml \
    wrk \
    clang-14 libclang-rt-14-dev

# Debian's nodejs comes without npm, a separate package; a Node.js from elsewhere (as on
# machines with NodeSource's build) brings its own npm and conflicts with Debian's.
if ! command -v npm >/dev/null 2>&1; then
    apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends npm
fi

# nginx and apache2 start a system service on install where one can; the tests run their
# own instances on free ports and need neither.
cd "$here/snippets/node"
npm ci --no-audit --no-fund
# The HAR 1.2 schema check of `serve --har` (tests/har/validate.js): har-validator, pinned.
cd "$here/har"
npm ci --no-audit --no-fund
