#!/bin/sh
# Benchmark, not a test: wrk against `statusdeck serve` on /redirect-code/307 and against a tiny
# Node.js http server answering the same redirect, alternating rounds so that neither gets a
# warmer machine. Prints both request rates and their ratio.
#
#   tests/benchmarks/redirect_bench.sh [BUILD_DIR] [ROUNDS] [SECONDS] [CONNECTIONS]
# Needs wrk (Debian package wrk) and node.
set -eu

BUILD_DIR=${1:-build}
ROUNDS=${2:-3}
SECONDS_PER_RUN=${3:-5}
CONNECTIONS=${4:-50}
BIN="$BUILD_DIR/bin/statusdeck"
SD_PORT=${SD_PORT:-18088}
NODE_PORT=${NODE_PORT:-18089}

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
command -v node >/dev/null || { echo "node is not installed" >&2; exit 1; }
[ -x "$BIN" ] || { echo "no $BIN; build first" >&2; exit 1; }

"$BIN" serve --port "$SD_PORT" >/dev/null 2>&1 &
SD_PID=$!
node -e '
const http = require("http");
http.createServer((req, res) => {
  res.writeHead(307, {"Location": "/anything?hop=1", "Content-Type": "text/plain; charset=utf-8"});
  res.end("Redirecting to /anything?hop=1 with 307.\n");
}).listen(Number(process.argv[1]), "127.0.0.1");
' "$NODE_PORT" &
NODE_PID=$!
trap 'kill "$SD_PID" "$NODE_PID" 2>/dev/null || true' EXIT INT TERM

for port in "$SD_PORT" "$NODE_PORT"; do
    i=0
    until curl -s -o /dev/null "http://127.0.0.1:$port/redirect-code/307"; do
        i=$((i + 1)); [ $i -gt 100 ] && { echo "server on $port did not start" >&2; exit 1; }
        sleep 0.1
    done
done

rate() {
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "http://127.0.0.1:$1/redirect-code/307" |
        awk '/Requests\/sec/ {print $2}'
}

SD_TOTAL=0
NODE_TOTAL=0
r=1
while [ $r -le "$ROUNDS" ]; do
    sd=$(rate "$SD_PORT")
    nd=$(rate "$NODE_PORT")
    echo "round $r: statusdeck $sd req/s, node $nd req/s"
    SD_TOTAL=$(awk "BEGIN{print $SD_TOTAL + $sd}")
    NODE_TOTAL=$(awk "BEGIN{print $NODE_TOTAL + $nd}")
    r=$((r + 1))
done
awk -v s="$SD_TOTAL" -v n="$NODE_TOTAL" -v k="$ROUNDS" 'BEGIN {
    printf "mean: statusdeck %.0f req/s, node %.0f req/s, ratio statusdeck/node %.2f\n", s / k, n / k, s / n }'
