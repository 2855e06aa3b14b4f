#!/bin/sh
# Soak benchmark, not a test: REQUESTS requests (default 1,000,000) to `statusdeck serve`, half
# on /redirect-to and half POSTs of 10 KB bodies to /anything (two wrk runs side by side, in
# slices of SLICE seconds until the count is reached), with hostile clients alongside for the
# whole run: SLOW clients that send their headers a byte every 0.3 s (they get 408 and come
# back) and STUCK clients that pipeline 1 MiB POSTs to /anything and never read (backpressure,
# then closed after 5 s without progress; they come back). Prints the server's RSS every slice
# and at the end, with its peak (VmHWM). Loopback only; every loop is bounded by count and time.
#
#   tests/benchmarks/soak.sh [BUILD_DIR] [REQUESTS] [SLICE_SECONDS]
#   SLOW=20 STUCK=8 CONNECTIONS=20 MAX_MINUTES=30
# Needs wrk (Debian wrk), python3 and curl.
set -eu

BUILD_DIR=${1:-build}
REQUESTS=${2:-1000000}
SLICE=${3:-10}
SLOW=${SLOW:-20}
STUCK=${STUCK:-8}
CONNECTIONS=${CONNECTIONS:-20}
MAX_MINUTES=${MAX_MINUTES:-30}
PORT=${SD_PORT:-18188}
BIN="$BUILD_DIR/bin/statusdeck"
PYTHON=$(command -v /usr/bin/python3 || command -v python3)

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -x "$BIN" ] || { echo "no $BIN; build first" >&2; exit 1; }
WORK=$(mktemp -d)

"$BIN" serve --port "$PORT" >/dev/null 2>"$WORK/serve.err" &
SD_PID=$!
trap 'kill "$SD_PID" ${HOSTILE_PID:-} 2>/dev/null || true; wait 2>/dev/null; rm -rf "$WORK"' EXIT INT TERM
i=0
until curl -s -o /dev/null "http://127.0.0.1:$PORT/get"; do
    i=$((i + 1)); [ $i -gt 100 ] && { echo "serve did not start" >&2; exit 1; }
    sleep 0.1
done

rss() { awk '/^VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$SD_PID/status"; }
peak() { awk '/^VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$SD_PID/status"; }
echo "start: RSS $(rss) MB"

# The hostile clients, for at most MAX_MINUTES.
cat >"$WORK/hostile.py" <<'PY'
import socket, sys, threading, time
port, slow, stuck, seconds = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
end = time.time() + seconds
counts = {"slow": 0, "stuck": 0}
def slow_client():
    request = b"GET /get HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + b"x" * 200 + b"\r\n\r\n"
    while time.time() < end:
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=15)
            for byte in request:
                if time.time() >= end:
                    break
                s.send(bytes([byte]))
                time.sleep(0.3)
            s.close()
        except OSError:
            time.sleep(0.2)
        counts["slow"] += 1
def stuck_client():
    body = b"x" * (1024 * 1024)
    request = b"POST /anything HTTP/1.1\r\nHost: localhost\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    while time.time() < end:
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=10)
            s.settimeout(10)
            while time.time() < end:
                s.sendall(request)  # blocks once the server stops reading (backpressure)
        except OSError:
            time.sleep(0.2)
        counts["stuck"] += 1
threads = [threading.Thread(target=slow_client, daemon=True) for _ in range(slow)]
threads += [threading.Thread(target=stuck_client, daemon=True) for _ in range(stuck)]
for t in threads:
    t.start()
while time.time() < end:
    time.sleep(0.5)
print("hostile clients: %d slow connections, %d stuck connections" % (counts["slow"], counts["stuck"]), flush=True)
PY
"$PYTHON" "$WORK/hostile.py" "$PORT" "$SLOW" "$STUCK" "$((MAX_MINUTES * 60))" &
HOSTILE_PID=$!

cat >"$WORK/post10k.lua" <<'LUA'
wrk.method = "POST"
wrk.body = string.rep("a", 10240)
wrk.headers["Content-Type"] = "application/octet-stream"
LUA

done_requests=0
started=$(date +%s)
slice=1
while [ "$done_requests" -lt "$REQUESTS" ]; do
    [ $(( $(date +%s) - started )) -lt $((MAX_MINUTES * 60)) ] || { echo "time limit reached"; break; }
    wrk -t1 -c"$CONNECTIONS" -d"${SLICE}s" "http://127.0.0.1:$PORT/redirect-to?url=/anything&status_code=302" \
        >"$WORK/redirect.out" &
    W1=$!
    wrk -t1 -c"$CONNECTIONS" -d"${SLICE}s" -s "$WORK/post10k.lua" "http://127.0.0.1:$PORT/anything" >"$WORK/anything.out"
    wait "$W1"
    a=$(awk '/requests in/ {print $1}' "$WORK/redirect.out")
    b=$(awk '/requests in/ {print $1}' "$WORK/anything.out")
    done_requests=$((done_requests + a + b))
    echo "slice $slice: $a redirects + $b POSTs of 10 KB; total $done_requests; RSS $(rss) MB"
    slice=$((slice + 1))
done
kill "$HOSTILE_PID" 2>/dev/null || true
echo "end: $done_requests requests in $(( $(date +%s) - started )) s; RSS $(rss) MB, peak RSS (VmHWM) $(peak) MB"
cat "$WORK/serve.err" | grep -v "^statusdeck: stopping" || true
