# Shared by the benchmarks: start the packaged app on a database and wait until it is ready. Sourced, not run.
# Needs PG_HOST, PG_PORT, PG_USER, JAR and WORK (a scratch directory) set by the caller; JAVA, the java to run
# (java on the PATH by default).
APP_PID=
READY_MS=

# start_app <database> <port> <log file> [java options…]: starts the app, waits for /q/health/ready (300 s at most)
# and sets READY_MS, the milliseconds from launch to ready (not printed: called in $(…), APP_PID would be lost).
# Extra environment comes from the caller's exports.
start_app() {
    local db=$1 port=$2 log=$3 t0 t1
    shift 3
    mkdir -p "$WORK/keys"
    t0=$(date +%s%N)
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" \
    QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
    PORT="$port" \
    SPYRALES_MANAGEMENT_PORT=0 \
    SPYRALES_JWT_KEY_DIR="$WORK/keys" \
    SPYRALES_PUBLIC_URL="http://127.0.0.1:$port" \
    SPYRALES_COOKIE_SECURE=false \
    QUARKUS_MAILER_MOCK=true \
        "${JAVA:-java}" "$@" -jar "$JAR" >"$log" 2>&1 &
    APP_PID=$!
    until curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then tail -50 "$log" >&2; echo "bench: the app stopped during start-up" >&2; return 1; fi
        if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -ge 300 ]; then tail -50 "$log" >&2; echo "bench: not ready after 300 s" >&2; return 1; fi
        # Every 100 ms: polling faster (a curl process each time) took CPU from the start it measures (+2 s).
        sleep 0.1
    done
    t1=$(date +%s%N)
    READY_MS=$(( (t1 - t0) / 1000000 ))
}

# The app's resident memory now and at its peak, in MiB: "rss peak".
app_memory() {
    awk '/^VmRSS/ { rss = $2 } /^VmHWM/ { hwm = $2 } END { printf "%d %d", rss / 1024, hwm / 1024 }' "/proc/$APP_PID/status"
}

stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        # A port still answering after this would make the next start look instant.
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}
