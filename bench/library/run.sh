#!/usr/bin/env bash
# Benchmark of the library search (GET /api/v1/resources with its facets) at 50,000 resources and 100,000 ratings.
#
#   bench/library/run.sh                         # jar from backend/target
#   BENCH_PORT=8301 CONNECTIONS=4 DURATION=10s bench/library/run.sh
#
# Steps: recreate the database, start the packaged backend once (Flyway migrates), register one bench user
# through the API, generate the library in SQL (generate.sql), VACUUM ANALYZE, warm up, then for each query shape:
# wrk through the API, and pgbench on the same SQL (sql_for.py: facet cells with every count, page with its rows and
# marks) at the same concurrency; p50/p99 of both and their ratio. EXPLAIN ANALYZE of the SQL goes to
# last-explain.txt, the table to last-results.md.
#
# Needs: java 17, psql, pgbench, python3, curl, wrk (apt-get install -y wrk), a built jar. Only loopback traffic.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
DB=${BENCH_DB:-spyrales_bench_library}
export BENCH_DB=$DB PG_HOST PG_PORT PG_USER  # read by sql_for.py
PORT=${BENCH_PORT:-8283}
JAR=${JAR:-$REPO/backend/target/quarkus-app/quarkus-run.jar}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-4}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
EXPLAIN_OUT=${EXPLAIN_OUT:-$HERE/last-explain.txt}
RESULTS_OUT=${RESULTS_OUT:-$HERE/last-results.md}

BASE="http://127.0.0.1:$PORT"
BENCH_EMAIL=bench.bibliotheque@insee.fr
BENCH_PASSWORD=banc-d-essai-bibliotheque-2026
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -X -q)

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
# shellcheck source=../lib/cpu.sh
source "$HERE/../lib/cpu.sh"

for tool in java psql pgbench python3 curl wrk awk; do
    command -v "$tool" >/dev/null || die "$tool is missing$([ "$tool" = wrk ] && echo ' (apt-get install -y wrk)')"
done
[ -f "$JAR" ] || die "no jar at $JAR: build the backend first (make backend-build) or set JAR=..."
pg_isready -h "$PG_HOST" -p "$PG_PORT" -q || die "PostgreSQL does not answer on $PG_HOST:$PG_PORT"

WORK=$(mktemp -d /tmp/spyrales-bench-library.XXXXXX)
SERVER_PID=
stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=
}
cleanup() {
    local rc=$?
    stop_server
    if [ "$rc" = 0 ]; then rm -rf "$WORK"; else echo "bench failed (exit $rc): work files kept in $WORK" >&2; fi
}
trap cleanup EXIT

echo "Library benchmark: database $DB, port $PORT, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, pgbench -j$THREADS -c$CONNECTIONS"
echo "Machine: $(nproc) cores, $(free -h | awk '/^Mem:/ { print $2 }') RAM; $(psql --version); $(java -version 2>&1 | sed -n 1p)"

say "Recreating database $DB"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

say "Starting the backend on port $PORT (Flyway migrates $DB)"
mkdir -p "$WORK/keys"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" \
QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
PORT="$PORT" \
SPYRALES_MANAGEMENT_PORT=0 \
SPYRALES_JWT_KEY_DIR="$WORK/keys" \
SPYRALES_RATE_LIMIT_LOGIN_PER_IP=100000 \
SPYRALES_RATE_LIMIT_LOGIN_PER_EMAIL=100000 \
SPYRALES_COOKIE_SECURE=false \
SPYRALES_DEMO=false QUARKUS_MAILER_MOCK=true \
    java -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
    if curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1; then break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -50 "$WORK/server.log"; die "the backend stopped during start-up"; }
    sleep 1
done
curl -fsS "$BASE/q/health/ready" >/dev/null || { tail -50 "$WORK/server.log"; die "the backend is not ready"; }

say "Registering $BENCH_EMAIL through the API, then marking the address verified in SQL"
status=$(curl -sS -o "$WORK/register.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\",\"firstName\":\"Banc\",\"lastName\":\"Essai\"}" \
    "$BASE/api/v1/auth/register")
[ "$status" = 202 ] || { cat "$WORK/register.json"; die "register answered $status"; }
"${PSQL[@]}" -d "$DB" -c "UPDATE member SET email_verified_at = now() WHERE lower(email) = '$BENCH_EMAIL'"

say "Generating the library (bench/library/generate.sql)"
t0=$(date +%s)
"${PSQL[@]}" -d "$DB" -P pager=off -f "$HERE/generate.sql"
GEN_S=$(( $(date +%s) - t0 ))
"${PSQL[@]}" -d "$DB" -c "VACUUM ANALYZE"

login() {
    local body
    body=$(curl -sS -H 'Content-Type: application/json' \
        -d "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\"}" "$BASE/api/v1/auth/login")
    TOKEN=$(printf '%s' "$body" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
    [ -n "$TOKEN" ] || die "login failed: $body"
}

SHAPES=(none q_donnees q_krigeage q_donnees_filters rating_sort)
declare -A QS
QS[none]=''
QS[q_donnees]='q=donnees'
QS[q_krigeage]='q=krigeage'
QS[q_donnees_filters]='q=donnees&programmingLanguage=PYTHON&level=BEGINNER&freeOnly=true'
QS[rating_sort]='sort=rating&type=TUTORIAL&type=COURSE'

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
# p50 and p99 (ms) of pgbench's per-transaction log (third column: latency in microseconds).
pgbench_percentiles() {
    cat "$WORK"/pgb.* | awk '{ print $3 / 1000 }' | sort -n | awk '{ v[NR] = $1 } END {
        printf "%.2f %.2f %d\n", v[int(NR * 0.50) + 1], v[int(NR * 0.99) + 1], NR }'
}

say "Warming up: wrk -d$WARMUP on every shape"
login
for s in "${SHAPES[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" \
        "$BASE/api/v1/resources${QS[$s]:+?${QS[$s]}}" >/dev/null
done

declare -A TOTAL A_RPS A_P50 A_P99 A_ERR P_TPS P_P50 P_P99 BUSY
for s in "${SHAPES[@]}"; do
    login
    url="$BASE/api/v1/resources${QS[$s]:+?${QS[$s]}}"
    echo
    echo "--- GET ${url#"$BASE"}"
    status=$(curl -sS -o "$WORK/page.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$url")
    [ "$status" = 200 ] || { head -c 500 "$WORK/page.json"; die "answered $status"; }
    TOTAL[$s]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["total"])' "$WORK/page.json")
    BUSY[$s]=$(machine_busy)
    line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$REPO/bench/directory/report.lua" \
        -H "Authorization: Bearer $TOKEN" "$url" | grep '^BENCH ')
    A_RPS[$s]=$(field rps "$line"); A_P50[$s]=$(field p50_ms "$line"); A_P99[$s]=$(field p99_ms "$line")
    A_ERR[$s]=$(( $(field socket_errors "$line") + $(field non2xx "$line") ))
    echo "API: total=${TOTAL[$s]} ${line#BENCH }"
    python3 "$HERE/sql_for.py" "${QS[$s]}" all >"$WORK/$s.sql"
    rm -f "$WORK"/pgb.*
    (cd "$WORK" && pgbench -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -n -j"$THREADS" -c"$CONNECTIONS" \
        -T"${DURATION%s}" -f "$WORK/$s.sql" -l --log-prefix=pgb "$DB" >"$WORK/pgbench.out" 2>&1) \
        || { cat "$WORK/pgbench.out"; die "pgbench failed"; }
    P_TPS[$s]=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench.out" | head -1)
    read -r P_P50[$s] P_P99[$s] _ < <(pgbench_percentiles)
    echo "SQL (pgbench): tps=${P_TPS[$s]} p50=${P_P50[$s]} ms p99=${P_P99[$s]} ms; others' CPU ${BUSY[$s]}%"
done

say "Writing plans to $EXPLAIN_OUT"
{
    echo "EXPLAIN (ANALYZE, BUFFERS) of the library search SQL (sql_for.py), $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    for s in q_donnees q_krigeage none; do
        for part in count page; do
            python3 "$HERE/sql_for.py" "${QS[$s]}" "$part" >"$WORK/explain.sql"
            sql=$(sed -n 1p "$WORK/explain.sql")
            echo
            echo "== ${QS[$s]:-(no filter)} — $part"
            "${PSQL[@]}" -d "$DB" -tA -c '\o /dev/null' -c "$sql" -c '\o' -c "EXPLAIN (ANALYZE, BUFFERS) $sql"
        done
    done
} >"$EXPLAIN_OUT" 2>&1

stop_server

{
    echo "Library search benchmark — 50,000 resources (90 % published), 100,000 ratings; $(nproc) cores;"
    echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION through the API, pgbench -j$THREADS -c$CONNECTIONS -T${DURATION%s} on the same SQL; $(date -u +%Y-%m-%d)"
    echo
    echo "Generation ${GEN_S}s."
    echo
    echo "| query | total | API req/s | API p50 ms | API p99 ms | errors | SQL tx/s | SQL p50 ms | SQL p99 ms | p50 API/SQL | others' CPU % |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for s in "${SHAPES[@]}"; do
        ratio=$(awk -v a="${A_P50[$s]}" -v b="${P_P50[$s]}" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')
        echo "| \`${QS[$s]:-(no filter)}\` | ${TOTAL[$s]} | ${A_RPS[$s]} | ${A_P50[$s]} | ${A_P99[$s]} | ${A_ERR[$s]} | ${P_TPS[$s]} | ${P_P50[$s]} | ${P_P99[$s]} | $ratio | ${BUSY[$s]} |"
    done
    echo
    echo "- API: the whole request (JWT, facet cells beside the page, page, rows, caller's marks, JSON)."
    echo "- SQL: one pgbench transaction runs the same statements one after another (facet cells, page of ids, its"
    echo "  rows, the caller's bookmarks and done marks) with literal values."
    echo "- others' CPU %: share of the machine other processes used just before the measure (2 shared cores)."
} >"$RESULTS_OUT"
say "Results (also in $RESULTS_OUT)"
cat "$RESULTS_OUT"
