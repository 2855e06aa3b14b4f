#!/bin/sh
# Benchmark, not a test: wrk against `statusdeck serve` (exchange log on, a line per exchange
# printed) on /redirect-to, against a plain Node.js http server answering the same redirect,
# and against nginx (one worker, access log on) returning it, side by side in one run:
# rounds alternate between the three so that none gets a warmer machine. Prints each rate per
# round, the means and the ratios statusdeck/node and statusdeck/nginx.
#
#   tests/benchmarks/redirect_bench.sh [BUILD_DIR] [ROUNDS] [SECONDS] [CONNECTIONS]
#   PROFILE=perf  also records the server under wrk with `perf record -g` for one more round
#                 and prints its hottest symbols (linux-perf; falls back to nothing if absent).
# Needs wrk (Debian wrk), node (nodejs), nginx (nginx-light) and curl.
set -eu

BUILD_DIR=${1:-build}
ROUNDS=${2:-3}
SECONDS_PER_RUN=${3:-5}
CONNECTIONS=${4:-50}
BIN="$BUILD_DIR/bin/statusdeck"
SD_PORT=${SD_PORT:-18088}
NODE_PORT=${NODE_PORT:-18089}
NGINX_PORT=${NGINX_PORT:-18090}
TARGET='/redirect-to?url=/anything&status_code=307'

for tool in wrk node nginx curl; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] ||
        { echo "$tool is not installed (Debian: wrk, nodejs, nginx-light, curl)" >&2; exit 1; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$BIN" ] || { echo "no $BIN; build first" >&2; exit 1; }
WORK=$(mktemp -d)

"$BIN" serve --port "$SD_PORT" >/dev/null 2>"$WORK/serve.err" &
SD_PID=$!
node -e '
const http = require("http");
http.createServer((req, res) => {
  res.writeHead(307, {"Location": "/anything?hop=1", "Content-Type": "text/plain; charset=utf-8"});
  res.end("Redirecting to /anything?hop=1 with 307.\n");
}).listen(Number(process.argv[1]), "127.0.0.1");
' "$NODE_PORT" &
NODE_PID=$!
mkdir -p "$WORK/nginx/logs"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
error_log $WORK/nginx/logs/error.log;
pid $WORK/nginx/nginx.pid;
events { worker_connections 1024; }
http {
    access_log $WORK/nginx/logs/access.log;
    client_body_temp_path $WORK/nginx;
    proxy_temp_path $WORK/nginx;
    fastcgi_temp_path $WORK/nginx;
    uwsgi_temp_path $WORK/nginx;
    scgi_temp_path $WORK/nginx;
    absolute_redirect off;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location = /redirect-to { return 307 /anything?hop=1; }
    }
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' 2>/dev/null &
NGINX_PID=$!
trap 'kill "$SD_PID" "$NODE_PID" "$NGINX_PID" 2>/dev/null || true; wait 2>/dev/null; rm -rf "$WORK"' EXIT INT TERM

for port in "$SD_PORT" "$NODE_PORT" "$NGINX_PORT"; do
    i=0
    until curl -s -o /dev/null "http://127.0.0.1:$port$TARGET"; do
        i=$((i + 1)); [ $i -gt 100 ] && { echo "server on $port did not start" >&2; exit 1; }
        sleep 0.1
    done
done

rate() {
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "http://127.0.0.1:$1$TARGET" | awk '/Requests\/sec/ {print $2}'
}

SD_TOTAL=0
NODE_TOTAL=0
NGINX_TOTAL=0
r=1
while [ $r -le "$ROUNDS" ]; do
    sd=$(rate "$SD_PORT")
    nd=$(rate "$NODE_PORT")
    ng=$(rate "$NGINX_PORT")
    echo "round $r: statusdeck $sd req/s, node $nd req/s, nginx $ng req/s"
    SD_TOTAL=$(awk "BEGIN{print $SD_TOTAL + $sd}")
    NODE_TOTAL=$(awk "BEGIN{print $NODE_TOTAL + $nd}")
    NGINX_TOTAL=$(awk "BEGIN{print $NGINX_TOTAL + $ng}")
    r=$((r + 1))
done
awk -v s="$SD_TOTAL" -v n="$NODE_TOTAL" -v g="$NGINX_TOTAL" -v k="$ROUNDS" 'BEGIN {
    printf "mean: statusdeck %.0f req/s, node %.0f req/s, nginx %.0f req/s\n", s / k, n / k, g / k
    printf "ratio statusdeck/node %.2f, statusdeck/nginx %.2f\n", s / n, s / g }'
if grep -q "got no line" "$WORK/serve.err"; then
    echo "serve reported skipped lines:"; cat "$WORK/serve.err"
fi

if [ "${PROFILE:-}" = perf ] && command -v perf >/dev/null; then
    perf record -q -g -p "$SD_PID" -o "$WORK/perf.data" -- sleep "$SECONDS_PER_RUN" >/dev/null 2>&1 &
    PERF_PID=$!
    rate "$SD_PORT" >/dev/null
    wait "$PERF_PID" || true
    echo "hottest symbols in statusdeck serve (perf report --no-children, self time):"
    perf report -i "$WORK/perf.data" --no-children --sort dso,symbol --stdio 2>/dev/null |
        grep -E '^ +[0-9]' | head -40
fi
