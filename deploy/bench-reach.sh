#!/usr/bin/env bash
# The mailbox and handoff at scale (issues 23 and 25): 10,000 waiting mailbox items on
# Redis (memory per item, time to list a region's mailbox), then 1,000 live cases across
# two lotsa instances on one Redis (relay p99 each way, Redis memory per case).
#
#   deploy/bench-reach.sh      (from the repository root or anywhere; about 2 minutes
#                               after the release build)
#   ITEMS=10000 CASES=1000 ROUNDS=3 deploy/bench-reach.sh   (the defaults)
#
# Pinning as in deploy/bench.sh: both lotsa instances on core $SERVER_CPU (default 0); the
# load generators and redis-server on $LOAD_CPU (default 1). The mailbox benchmark is a
# library client of Redis (no lotsa server), so it runs on $SERVER_CPU, where lotsa would.
# Each part gets a fresh redis-server (no persistence), so INFO memory deltas are its own.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/bench-lib.sh

SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
ITEMS=${ITEMS:-10000}
CASES=${CASES:-1000}
ROUNDS=${ROUNDS:-3}
OUT=target/bench
mkdir -p "$OUT"

# 1,000 people and their 1,000 sockets on B, plus the load generator's own.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" -lt $((CASES * 2 + 200)) ]; then
    echo "bench-reach: the open-file limit is $(ulimit -n); $CASES cases need about $((CASES * 2 + 200))" >&2
    exit 1
fi
if ! command -v redis-server >/dev/null; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends redis-server redis-tools
fi

cargo build --release --bin lotsa --example mailbox_scale --example handoff_scale
BIN=target/release

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

# A fresh redis-server on core $LOAD_CPU; sets REDIS_PID and REDIS_URL.
start_redis() {
    local port
    port=$(free_ports)
    taskset -c "$LOAD_CPU" redis-server --port "$port" --save "" --appendonly no --logfile "" >/dev/null &
    REDIS_PID=$!
    PIDS+=("$REDIS_PID")
    redis_ready "$port"
    REDIS_URL="redis://127.0.0.1:$port"
}

stop() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# Starts lotsa on core $SERVER_CPU with $OUT/reach.toml; sets LOTSA_PID and LOTSA_ADDR.
start_lotsa() {
    local log="$OUT/reach-$1.log"
    env LOTSA_CONFIG="$OUT/reach.toml" LOTSA_BIND=127.0.0.1:0 LOTSA_METRICS_BIND=off LOTSA_LOG_FORMAT=json \
        RUST_LOG=info LOTSA_FLOWS_DIR=flows LOTSA_LOCALES_DIR=locales \
        taskset -c "$SERVER_CPU" "$BIN/lotsa" >"$log" 2>&1 &
    LOTSA_PID=$!
    PIDS+=("$LOTSA_PID")
    local port=""
    for _ in $(seq 100); do
        port=$(grep -o '"port":[0-9]*' "$log" | head -1 | cut -d: -f2 || true)
        [ -n "$port" ] && break
        sleep 0.1
    done
    [ -n "$port" ] || { echo "bench-reach: lotsa did not start, see $log" >&2; exit 1; }
    LOTSA_ADDR="127.0.0.1:$port"
}

: >"$OUT/reach-results"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -r)"
echo "pinning: lotsa on core $SERVER_CPU, load generators and redis-server on core $LOAD_CPU"
echo

echo "== mailbox: $ITEMS waiting items through Mailbox::leave on RedisKv"
start_redis
taskset -c "$SERVER_CPU" "$BIN/examples/mailbox_scale" "$REDIS_URL" "$ITEMS" 200 | tee -a "$OUT/reach-results" |
    grep -v '^RESULT' | sed 's/^/    /'
stop "$REDIS_PID"

echo "== handoff: $CASES live cases, people on instance B, staff consoles on instance A, one Redis"
start_redis
"$BIN/examples/handoff_scale" config "$REDIS_URL" "$CASES" >"$OUT/reach.toml"
start_lotsa a
A_PID=$LOTSA_PID A_ADDR=$LOTSA_ADDR
start_lotsa b
B_PID=$LOTSA_PID B_ADDR=$LOTSA_ADDR
taskset -c "$LOAD_CPU" "$BIN/examples/handoff_scale" run "$A_ADDR" "$B_ADDR" "$REDIS_URL" "$CASES" "$ROUNDS" \
    "$A_PID" "$B_PID" | tee -a "$OUT/reach-results" | grep -v '^RESULT' | sed 's/^/    /'
stop "$A_PID"
stop "$B_PID"
stop "$REDIS_PID"
