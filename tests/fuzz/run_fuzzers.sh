#!/bin/sh
# Builds the libFuzzer harnesses with Clang (Debian clang-14, libclang-rt-14-dev) into their
# own folder and runs each for a bounded number of inputs and time; any crash, leak,
# sanitizer report or failed check (the harnesses abort on a finding) fails the run.
#   tests/fuzz/run_fuzzers.sh [SECONDS_EACH] [BUILD_DIR] [SEED]   (default 120 s, build-fuzz, 1)
# With the default seed the run is reproducible: the same seed, input count and Qt hash seed
# give the same inputs on every machine, so CI runs exactly what was run before a commit.
# RUNS_parser / RUNS_router set the input counts; a SEED of 0 picks a random one, for longer
# exploratory runs by hand.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-120}
build=${2:-"$root/build-fuzz"}
seed=${3:-1}
cxx=$(command -v clang++-14 || command -v clang++ || true)
cc=$(command -v clang-14 || command -v clang || true)
if [ -z "$cxx" ] || [ -z "$cc" ]; then
    echo "run_fuzzers: clang not found (Debian packages clang-14 libclang-rt-14-dev)" >&2
    exit 1
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER="$cc" \
    -DCMAKE_CXX_COMPILER="$cxx" -DSTATUSDECK_FUZZ=ON -DSTATUSDECK_HARDENING=OFF -DSTATUSDECK_WERROR=OFF >/dev/null
cmake --build "$build" -j"${JOBS:-2}" --target fuzz_parser fuzz_router
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export QT_QPA_PLATFORM=offscreen
export QT_HASH_SEED=0
status=0
for harness in parser router; do
    case $harness in
    parser) runs=${RUNS_parser:-400000} ;;
    router) runs=${RUNS_router:-150000} ;;
    esac
    work=$(mktemp -d)
    # New inputs go to the scratch folder; the committed seeds are only read.
    if "$build/tests/fuzz/fuzz_$harness" -seed="$seed" -runs="$runs" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -dict="$here/http.dict" -artifact_prefix="$build/fuzz_$harness-" -print_final_stats=1 \
        "$work" "$here/corpus/$harness" >"$build/fuzz_$harness.log" 2>&1; then
        echo "fuzz_$harness: $(grep -E 'stat::number_of_executed_units' "$build/fuzz_$harness.log" | awk '{print $2}') runs, no finding"
    else
        echo "fuzz_$harness: FINDING (artifact in $build, log follows)" >&2
        tail -n 60 "$build/fuzz_$harness.log" >&2
        status=1
    fi
    rm -rf "$work"
done
exit $status
