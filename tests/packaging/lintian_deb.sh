#!/bin/bash
# lintian --pedantic on the .deb: any E: or W: line fails (info and pedantic tags are
# printed for the record).   lintian_deb.sh OUT_DIR
set -eu
. "$(dirname "$0")/common.sh"
need lintian lintian
deb=$(ls "$1"/statusdeck_*.deb)
report=$(lintian --pedantic --info --display-experimental "$deb" 2>&1 | grep -v '^running with root privileges' || true)
printf '%s\n' "$report"
if printf '%s\n' "$report" | grep -E '^(E|W): '; then
    fail "lintian reports errors or warnings for $(basename "$deb")"
fi
finish
