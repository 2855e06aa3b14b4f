#!/bin/sh
# Runs tests/a11y/atspi_check.py against the built binary in a virtual X server (xvfb-run)
# and a private D-Bus session (dbus-run-session), where the AT-SPI bus is started on demand.
# Skips (exit 77) naming the Debian package of what is missing; fails instead when CI=true.
#     run_atspi_check.sh STATUSDECK_BINARY
set -u
here=$(cd "$(dirname "$0")" && pwd)
binary=$1

missing=""
command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb (xvfb-run)"
command -v xauth >/dev/null 2>&1 || missing="$missing xauth"
command -v dbus-run-session >/dev/null 2>&1 || missing="$missing dbus-daemon (dbus-run-session)"
[ -x /usr/libexec/at-spi-bus-launcher ] || missing="$missing at-spi2-core"
# Debian's python3 (not a virtualenv's or pyenv's) has Debian's pyatspi.
python=/usr/bin/python3
[ -x "$python" ] || python=$(command -v python3 || true)
if [ -z "$python" ] || ! "$python" -c 'import pyatspi' >/dev/null 2>&1; then
    missing="$missing python3-pyatspi"
fi
if [ -n "$missing" ]; then
    echo "SKIP: the AT-SPI check needs:$missing (apt-get install -y python3-pyatspi at-spi2-core dbus-daemon xvfb xauth)"
    if [ "${CI:-}" = "true" ]; then
        echo "FAIL: CI=true, so a missing program fails the test"
        exit 1
    fi
    exit 77
fi

unset QT_QPA_PLATFORM
exec xvfb-run -a -s "-screen 0 1400x900x24" \
    dbus-run-session -- "$python" "$here/atspi_check.py" "$@"
