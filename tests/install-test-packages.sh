#!/bin/sh
# Installs what the test suite runs besides the build itself: the frameworks the snippet
# tests (tests/snippets) start for real, from Debian 12, and Express from npm into
# tests/snippets/node/node_modules (pinned by its package-lock.json). Run as root.
set -eu
here=$(cd "$(dirname "$0")" && pwd)

export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=900 update
apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends \
    curl \
    python3 python3-flask python3-fastapi python3-uvicorn python3-django gunicorn \
    golang-go \
    php-cli \
    nginx-light \
    apache2 \
    nodejs npm

# nginx and apache2 start a system service on install where one can; the tests run their
# own instances on free ports and need neither.
cd "$here/snippets/node"
npm ci --no-audit --no-fund
