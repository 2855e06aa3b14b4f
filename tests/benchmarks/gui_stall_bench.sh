#!/bin/sh
# Benchmark, not a test: how long the window's GUI thread stalls while wrk loads its sandbox.
# Builds tests/benchmarks/gui_stall (the window on its Sandbox page, the sandbox on a free
# port, a 2 ms precise timer on the GUI thread recording how late each tick comes), runs it
# under Xvfb (offscreen when xvfb-run is missing), runs wrk on /redirect-to against the
# window's sandbox for SECONDS, and prints the longest stall and the percentiles.
#
#   tests/benchmarks/gui_stall_bench.sh BUILD_DIR [SECONDS] [CONNECTIONS]
# Needs wrk (Debian wrk); xvfb-run (xvfb, xauth) for a real window. HARNESS=PATH runs another
# gui_stall binary instead (one built from an older commit, to compare under the same load);
# RUNS=N runs it N times and prints the load average before each run.
set -eu
BUILD_DIR=${1:?usage: gui_stall_bench.sh BUILD_DIR [SECONDS] [CONNECTIONS]}
SECONDS_TO_RUN=${2:-10}
CONNECTIONS=${3:-50}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
if [ -z "${HARNESS:-}" ]; then
    cmake --build "$BUILD_DIR" --target gui_stall >/dev/null
    HARNESS="$BUILD_DIR/tests/benchmarks/gui_stall"
fi
RUNS=${RUNS:-1}
OUT=$(mktemp)
PID=
trap 'if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; fi; rm -f "$OUT"' EXIT INT TERM
run=0
while [ "$run" -lt "$RUNS" ]; do
    run=$((run + 1))
    if [ "$RUNS" -gt 1 ]; then echo "run $run of $RUNS, load average $(cut -d' ' -f1-3 /proc/loadavg)"; fi
    : >"$OUT"
    # The harness measures for SECONDS + 2: wrk starts once the URL is printed.
    if command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1400x900x24" "$HARNESS" "$((SECONDS_TO_RUN + 2))" >"$OUT" 2>/dev/null &
    else
        QT_QPA_PLATFORM=offscreen "$HARNESS" "$((SECONDS_TO_RUN + 2))" >"$OUT" 2>/dev/null &
    fi
    PID=$!
    i=0
    until grep -q '^URL ' "$OUT"; do
        i=$((i + 1)); [ $i -gt 300 ] && { echo "the harness did not start" >&2; exit 1; }
        sleep 0.1
    done
    URL=$(awk '/^URL / {print $2}' "$OUT")
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" "${URL}redirect-to?url=/anything&status_code=307" |
        grep -E 'Requests/sec|requests in'
    wait "$PID" || true
    PID=
    grep -v '^URL ' "$OUT"
done
