# Shell helpers the benchmark scripts share (sourced, not run).

# Whether something listens on 127.0.0.1:$1.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A port where nothing listens, with $1 more free after it (default 0) and each of those
# free at +100 too (a cluster node's bus port). Below Linux's ephemeral range (32768
# and up), so no outgoing connection holds one either.
free_ports() {
    local extra=${1:-0} port busy i
    while :; do
        port=$((10000 + RANDOM % 20000))
        busy=0
        for i in $(seq 0 "$extra"); do
            if listening $((port + i)) || { [ "$extra" -gt 0 ] && listening $((port + i + 100)); }; then
                busy=1
            fi
        done
        [ "$busy" = 0 ] && break
    done
    echo "$port"
}

# Waits for redis-server on port $1; stops the run if it never answers (redis-benchmark
# would otherwise retry a refused connection for ever).
redis_ready() {
    for _ in $(seq 50); do [ "$(redis-cli -p "$1" ping 2>/dev/null)" = PONG ] && return; sleep 0.1; done
    echo "bench: redis-server on port $1 did not start" >&2
    exit 1
}
