#!/bin/sh
# Ranked search speed: mean and worst time per keystroke over the built-in cards.
# Usage: sh tests/benchmarks/search_bench.sh BUILD_DIR [ROUNDS]
# BUILD_DIR is a configured build of this project; the benchmark target is built there.
set -eu
build=${1:?usage: search_bench.sh BUILD_DIR [ROUNDS]}
cmake --build "$build" --target search_bench >/dev/null
"$build/tests/benchmarks/search_bench" "${2:-200}"
