#!/usr/bin/env bash
# Instructions lotsa runs per answered web chat message, counted by callgrind: repeatable
# whatever else the machine is doing (the same binary twice agrees within 0.5%), so two
# commits can be compared on a busy machine where seconds cannot. User-space only: system
# calls' kernel time is not in it, so a change there still needs deploy/bench.sh.
#
#   deploy/bench-instructions.sh [fresh|kept] [seconds]
#       LOTSA_BIN=path/to/lotsa   the build to count (default target/release/lotsa); its
#                                 checkout's flows and locales are used (../.. of the binary)
#
# fresh: 20 users, a new socket for every 11-message walk (sv, en, ar in turn);
# kept: 60 users on one socket each, 120 ms between messages (under the per-connection
# rate limit). lotsa on core 0 under callgrind, the load generator on core 1. Prints
# `instructions_per_msg=…`; docs/performance.md has the figures (issue 26's bisection).
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-fresh}
SECS=${2:-10}
if ! command -v valgrind >/dev/null; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends valgrind
fi
cargo build --release --bin lotsa --example load
LOTSA_BIN=${LOTSA_BIN:-target/release/lotsa}
root=$(cd "$(dirname "$LOTSA_BIN")/../.." && pwd)
[ -d "$root/flows" ] || root=.
OUT=$(mktemp -d target/bench-instructions.XXXXXX)
printf '[limits]\nmax_connections = 20000\nmax_connections_per_address = 20000\n' >"$OUT/bench.toml"
if grep -qa opens_per_address_per_minute "$LOTSA_BIN"; then
    printf 'opens_per_address_per_minute = 100000000\n' >>"$OUT/bench.toml"
fi
LOTSA_CONFIG="$OUT/bench.toml" LOTSA_BIND=127.0.0.1:0 LOTSA_METRICS_BIND=off LOTSA_LOG_FORMAT=json RUST_LOG=info \
    LOTSA_FLOWS_DIR="$root/flows" LOTSA_LOCALES_DIR="$root/locales" \
    taskset -c 0 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$OUT/callgrind.out" \
    "$LOTSA_BIN" >"$OUT/server.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
port=""
for _ in $(seq 600); do
    port=$(grep -o '"port":[0-9]*' "$OUT/server.log" | head -1 | cut -d: -f2 || true)
    [ -n "$port" ] && break
    sleep 0.5
done
[ -n "$port" ] || { echo "bench-instructions: lotsa did not start, see $OUT/server.log" >&2; exit 1; }
URL="ws://127.0.0.1:$port/chat/ws"
if [ "$MODE" = fresh ]; then users=(--users 20 --fresh); else users=(--users 60 --think-ms 120); fi
# Warm: the sockets, the allocator and valgrind's translations; not counted.
taskset -c 1 target/release/examples/load --url "$URL" "${users[@]}" --seconds 5 --warmup 1 >/dev/null
callgrind_control -i on "$PID" >/dev/null 2>&1
callgrind_control -z "$PID" >/dev/null 2>&1
taskset -c 1 target/release/examples/load --url "$URL" "${users[@]}" --seconds "$SECS" --warmup 0 >"$OUT/load.log"
callgrind_control -d "$PID" >/dev/null 2>&1
messages=$(grep -o 'messages=[0-9]*' "$OUT/load.log" | head -1 | cut -d= -f2)
errors=$(grep -o 'errors=[0-9]*' "$OUT/load.log" | head -1 | cut -d= -f2)
total=$(grep -h '^totals:\|^summary:' "$OUT/callgrind.out.1" | head -1 | awk '{print $2}')
echo "mode=$MODE messages=$messages errors=$errors instructions=$total instructions_per_msg=$((total / messages))"
[ "$errors" = 0 ] || { echo "bench-instructions: the load saw errors; the count mixes in their path" >&2; exit 1; }
