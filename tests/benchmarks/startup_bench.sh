#!/bin/sh
# Benchmark, not a test: how long `statusdeck screenshot --card 307 --theme light OUT.png`
# takes from exec to exit, against a bare Qt Widgets program that renders one QLabel to a PNG
# the same way (tests/benchmarks/bare_window), alternating runs so that neither gets a warmer
# machine. Prints the median wall time and the median peak RSS of each, and the ratios.
#
#   tests/benchmarks/startup_bench.sh [BUILD_DIR] [ROUNDS]
# Needs GNU time (Debian package time) for the peak RSS; builds bare_window with cmake into
# BUILD_DIR/bare_window on first use.
set -eu

BUILD_DIR=${1:-build}
ROUNDS=${2:-20}
BIN="$BUILD_DIR/bin/statusdeck"
HERE=$(cd "$(dirname "$0")" && pwd)
BARE_DIR="$BUILD_DIR/bare_window"
BARE="$BARE_DIR/bare_window"

[ -x /usr/bin/time ] || { echo "GNU time is not installed (apt-get install time)" >&2; exit 1; }
[ -x "$BIN" ] || { echo "no $BIN; build first" >&2; exit 1; }
if [ ! -x "$BARE" ]; then
    cmake -S "$HERE/bare_window" -B "$BARE_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$BARE_DIR" >/dev/null
fi

export QT_QPA_PLATFORM=offscreen
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT INT TERM
# A private settings folder: the screenshot does not read the user's state anyway, but a
# first run must not write into $HOME either.
export XDG_CONFIG_HOME="$OUT/config"

# One run: prints "milliseconds peak-RSS-KiB".
run() {
    start=$(date +%s%N)
    /usr/bin/time -f %M -o "$OUT/rss" "$@" >/dev/null 2>"$OUT/err" || { cat "$OUT/err" >&2; exit 1; }
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 )) $(tail -n 1 "$OUT/rss")"
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
SD_MS=$(median "$OUT/sd" 1)
SD_KB=$(median "$OUT/sd" 2)
BARE_MS=$(median "$OUT/bare" 1)
BARE_KB=$(median "$OUT/bare" 2)
echo "statusdeck screenshot --card 307: median $SD_MS ms, peak RSS $SD_KB KiB ($ROUNDS runs)"
echo "bare Qt window (one QLabel):      median $BARE_MS ms, peak RSS $BARE_KB KiB ($ROUNDS runs)"
awk -v a="$SD_MS" -v b="$BARE_MS" -v c="$SD_KB" -v d="$BARE_KB" \
    'BEGIN { printf "ratio statusdeck/bare: time %.2f, peak RSS %.2f\n", a / b, c / d }'
