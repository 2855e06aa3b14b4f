#!/bin/sh
# HAR import speed: the time readHarFile() takes on a generated devtools-like HAR.
# Usage: sh tests/benchmarks/har_import_bench.sh BUILD_DIR [ENTRIES] [BODY_BYTES] [ROUNDS]
set -eu
build=${1:?usage: har_import_bench.sh BUILD_DIR [ENTRIES] [BODY_BYTES] [ROUNDS]}
cmake --build "$build" --target har_import_bench >/dev/null
"$build/tests/benchmarks/har_import_bench" "${2:-10000}" "${3:-4000}" "${4:-5}"
