#!/bin/sh
# Benchmark, not a test: how long `statusdeck screenshot --card 307 --theme light OUT.png`
# takes from exec to exit, against a bare Qt Widgets program that renders one QLabel to a PNG
# the same way (tests/benchmarks/bare_window), alternating runs so that neither gets a warmer
# machine. Prints the median wall time, CPU time (user + sys, all threads) and peak RSS of
# each, the ratios of the medians and the median of each round's CPU-time ratio. Both take
# their picture and write their PNG the same way (app/gui/PngWriter.cpp).
#
#   tests/benchmarks/startup_bench.sh [BUILD_DIR] [ROUNDS]
# Needs python3 (wait4() gives the child's CPU time to the microsecond and its peak RSS);
# builds bare_window with cmake into BUILD_DIR/bare_window on first use.
set -eu

BUILD_DIR=${1:-build}
ROUNDS=${2:-20}
BIN="$BUILD_DIR/bin/statusdeck"
HERE=$(cd "$(dirname "$0")" && pwd)
BARE_DIR="$BUILD_DIR/bare_window"
BARE="$BARE_DIR/bare_window"

command -v python3 >/dev/null || { echo "python3 is not installed (apt-get install python3)" >&2; exit 1; }
[ -x "$BIN" ] || { echo "no $BIN; build first" >&2; exit 1; }
if [ ! -x "$BARE" ]; then
    { cmake -S "$HERE/bare_window" -B "$BARE_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$BUILD_DIR/bare_window.log" 2>&1 &&
        cmake --build "$BARE_DIR" >>"$BUILD_DIR/bare_window.log" 2>&1; } ||
        { cat "$BUILD_DIR/bare_window.log" >&2; echo "building the bare window failed (above)" >&2; exit 1; }
fi

export QT_QPA_PLATFORM=offscreen
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT INT TERM
# A private settings folder: the screenshot neither shows nor changes the user's state, but a
# first run must not write into $HOME either.
export XDG_CONFIG_HOME="$OUT/config"

# One run: prints "wall-ms cpu-ms peak-RSS-KiB".
run() {
    python3 -c '
import os, sys, time
start = time.monotonic()
pid = os.fork()
if pid == 0:
    fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(fd, 2)
    out = os.open(os.devnull, os.O_WRONLY)
    os.dup2(out, 1)
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
wall = (time.monotonic() - start) * 1000
if os.waitstatus_to_exitcode(status) != 0:
    sys.exit(1)
print("%.1f %.1f %d" % (wall, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss))
' "$OUT/err" "$@" || { cat "$OUT/err" >&2; exit 1; }
}

# Warm the page cache for both before measuring.
run "$BIN" screenshot --card 307 --theme light "$OUT/sd.png" >/dev/null
run "$BARE" "$OUT/bare.png" >/dev/null

: >"$OUT/sd"
: >"$OUT/bare"
r=1
while [ $r -le "$ROUNDS" ]; do
    run "$BIN" screenshot --card 307 --theme light "$OUT/sd.png" >>"$OUT/sd"
    run "$BARE" "$OUT/bare.png" >>"$OUT/bare"
    r=$((r + 1))
done

median() { cut -d' ' -f"$2" "$1" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# The spread: lowest and highest of the column.
range() { cut -d' ' -f"$2" "$1" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "-" hi }'; }
for f in sd bare; do
    eval "${f}_MS=\$(median \"\$OUT/$f\" 1) ${f}_CPU=\$(median \"\$OUT/$f\" 2) ${f}_KB=\$(median \"\$OUT/$f\" 3)"
    eval "${f}_MSR=\$(range \"\$OUT/$f\" 1) ${f}_CPUR=\$(range \"\$OUT/$f\" 2)"
done
echo "statusdeck screenshot --card 307: wall $sd_MS ms ($sd_MSR), CPU $sd_CPU ms ($sd_CPUR), peak RSS $sd_KB KiB"
echo "bare Qt window (one QLabel):      wall $bare_MS ms ($bare_MSR), CPU $bare_CPU ms ($bare_CPUR), peak RSS $bare_KB KiB"
echo "medians of $ROUNDS paired runs each (lowest-highest in brackets); load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
awk -v a="$sd_MS" -v b="$bare_MS" -v c="$sd_CPU" -v d="$bare_CPU" -v e="$sd_KB" -v f="$bare_KB" \
    'BEGIN { printf "ratio statusdeck/bare: wall time %.2f, CPU time %.2f, peak RSS %.2f\n", a / b, c / d, e / f }'
# Each round's pair (statusdeck, then the bare window) ran back to back: the median of the
# rounds' own ratios follows a machine whose speed drifts between rounds better than the
# ratio of the medians.
paste -d' ' "$OUT/sd" "$OUT/bare" | awk '{ print $2 / $5 }' | sort -n |
    awk '{ v[NR] = $1 } END { printf "paired: median of the %d per-round CPU-time ratios %.2f\n", NR, (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
