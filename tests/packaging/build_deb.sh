#!/bin/bash
# Fixture: builds the .deb (and the -dbgsym .ddeb) with cpack from the build tree into
# OUT_DIR, for the install and lintian tests.   build_deb.sh BUILD_DIR OUT_DIR
set -eu
. "$(dirname "$0")/common.sh"
build=$1 out=$2
cpack=${CPACK:-cpack}
need "$cpack" cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
rm -rf "$out"
mkdir -p "$out"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    exit 1
}
ls "$out"/statusdeck_*.deb
