#!/usr/bin/env bash
# Benchmark of the public statistics at N members (default 100000): how long the snapshot's refresh takes (every
# aggregate over the real tables, StatsService.refresh), and what a request to GET /api/v1/stats/... costs.
#
#   bench/stats/run.sh                     # N=100000, jar from backend/target
#   N=20000 JAR=/path/quarkus-run.jar bench/stats/run.sh
#   REUSE_DB=1 bench/stats/run.sh          # keep the database of the last run (no migration, no generation)
#
# Steps: recreate the database, start the packaged backend once (Flyway migrates), stop it; generate N members
# (bench/directory/generate.sql) and their activity (generate-activity.sql); start the backend again (it recomputes
# the statistics at start and logs « Statistics recomputed in N ms »), restart it once more (a second refresh, the
# database's cache warm); warm the JVM up, then wrk each of the five endpoints with 1 and 8 connections. Prints a
# markdown table, also written to last-results.md.
#
# Needs: java 17, psql, curl, wrk (Debian: apt-get install -y wrk), a built jar (make backend-build, or JAR=...).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

N=${N:-100000}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
DB=${BENCH_DB:-spyrales_bench_stats}
PORT=${BENCH_PORT:-8283}
JAR=${JAR:-$REPO/backend/target/quarkus-app/quarkus-run.jar}
DURATION=${DURATION:-10s}
RESULTS_OUT=${RESULTS_OUT:-$HERE/last-results.md}
BASE="http://127.0.0.1:$PORT"
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -X -q)
WORK=$(mktemp -d /tmp/spyrales-bench-stats.XXXXXX)
SERVER_PID=
# shellcheck source=../lib/cpu.sh
source "$HERE/../lib/cpu.sh"

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=
}
trap stop_server EXIT

for tool in java psql curl wrk awk; do command -v "$tool" >/dev/null || die "$tool is needed"; done
[ -f "$JAR" ] || die "no jar at $JAR (make backend-build, or JAR=...)"

start_server() {
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" \
    QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
    PORT="$PORT" \
    SPYRALES_MANAGEMENT_PORT=0 \
    SPYRALES_JWT_KEY_DIR="$WORK/keys" \
    SPYRALES_COOKIE_SECURE=false \
    SPYRALES_DEMO=false QUARKUS_MAILER_MOCK=true \
        java -jar "$JAR" >"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 300); do
        if curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1; then return 0; fi
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -50 "$WORK/server.log"; die "the backend stopped during start-up"; }
        sleep 1
    done
    tail -50 "$WORK/server.log"
    die "the backend is not ready after 300 s"
}
# The duration of the refresh the running server made at its start, in ms (each start writes a new log).
start_refresh_ms() {
    for _ in $(seq 1 600); do
        if grep -q 'Statistics recomputed in' "$WORK/server.log"; then
            grep -o 'Statistics recomputed in [0-9]* ms' "$WORK/server.log" | head -1 | awk '{ print $4 }'
            return 0
        fi
        sleep 1
    done
    die "the start's refresh is not in the log"
}

echo "Statistics benchmark: N=$N members, database $DB, port $PORT, wrk -d$DURATION"
echo "Machine: $(nproc) cores, $(free -h | awk '/^Mem:/ { print $2 }') RAM; $(psql --version); $(java -version 2>&1 | sed -n 1p)"

mkdir -p "$WORK/keys"
if [ -z "${REUSE_DB:-}" ]; then
    say "Recreating $DB and migrating it (one start of the backend)"
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    start_server
    stop_server

    say "Generating $N members, then their activity"
    t0=$(date +%s)
    "${PSQL[@]}" -d "$DB" -v n="$N" -f "$REPO/bench/directory/generate.sql" >/dev/null
    "${PSQL[@]}" -d "$DB" -f "$HERE/generate-activity.sql"
    echo "generated in $(( $(date +%s) - t0 )) s"
fi
community=$("${PSQL[@]}" -d "$DB" -tA -c "SELECT format('%s members, %s pairings, %s sessions, %s feedbacks, %s projects, %s events, %s registrations, %s resources done, %s path follows',
    (SELECT count(*) FROM member), (SELECT count(*) FROM mentorship), (SELECT count(*) FROM mentorship_session),
    (SELECT count(*) FROM mentorship_feedback), (SELECT count(*) FROM project), (SELECT count(*) FROM event),
    (SELECT count(*) FROM event_registration), (SELECT count(*) FROM training_resource_done),
    (SELECT count(*) FROM learning_path_follow))")
echo "$community"

say "Starting the backend twice (each start recomputes the statistics)"
start_server
REFRESH_COLD=$(start_refresh_ms)
stop_server
start_server
REFRESH_WARM=$(start_refresh_ms)
echo "refresh: ${REFRESH_COLD} ms (first start after generation), ${REFRESH_WARM} ms (second start)"

ENDPOINTS="members mentorships projects events training"
say "Warming up"
for e in $ENDPOINTS; do wrk -t1 -c4 -d3s "$BASE/api/v1/stats/$e" >/dev/null; done
sleep 5

# wrk_row <endpoint> <connections> -> "| endpoint | c | req/s | p50 | p99 | bytes |"
wrk_row() {
    local out bytes
    out=$(wrk -t"$([ "$2" -gt 1 ] && echo 2 || echo 1)" -c"$2" -d"$DURATION" --latency "$BASE/api/v1/stats/$1")
    echo "$out" | grep -q 'Non-2xx' && die "non-2xx answers on $1: $out"
    bytes=$(curl -fsS -o /dev/null -w '%{size_download}' "$BASE/api/v1/stats/$1")
    echo "$out" | awk -v e="$1" -v c="$2" -v b="$bytes" '
        / 50%/ { p50 = $2 } / 99%/ { p99 = $2 } /^Requests\/sec/ { rps = $2 }
        END { printf "| `/stats/%s` | %s | %.0f | %s | %s | %s |\n", e, c, rps, p50, p99, b }'
}

BUSY=$(machine_busy)
echo "the machine was ${BUSY}% busy over the 2 s before the measures (our idle server included)"

{
    echo "# Statistics benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Community: $community."
    echo "Machine: $(nproc) cores; $(psql --version | awk '{ print $1, $3 }'); $(java -version 2>&1 | sed -n 1p);"
    echo "The machine was ${BUSY}% busy over the 2 s before the measures (our idle server included; the figures are"
    echo "worth what that allows)."
    echo
    echo "Refresh of the snapshot (every aggregate, in one transaction): **${REFRESH_COLD} ms** at the first start after"
    echo "the data were generated, **${REFRESH_WARM} ms** at the next start (PostgreSQL's cache warm, JVM cold both times)."
    echo
    echo "| endpoint | connections | req/s | p50 | p99 | body (bytes) |"
    echo "|---|---|---|---|---|---|"
    for e in $ENDPOINTS; do
        wrk_row "$e" 1
        wrk_row "$e" 8
    done
} | tee "$RESULTS_OUT"
