#!/usr/bin/env bash
# The matching features through the packaged application, on the directory benchmark's community
# (bench/directory/generate.sql, N members, default 100000):
#   1. GET /api/v1/matching/suggestions for one member: REQUESTS sequential requests, latency
#      percentiles (curl's total time, on the same machine);
#   2. POST /api/v1/matching/runs on the whole community, as an animateur: the run's own duration
#      (loading from PostgreSQL, candidates, solve, saving the proposal) and its figures;
#   3. its confirmation: one programme request per pair, sent in the background, and how long it takes.
# Usage: bench/matching/app.sh   (JAR=… N=… REQUESTS=… BENCH_DB=… BENCH_PORT=…)
#   JAVA_OPTS: options of the server's JVM (e.g. -XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile).
#   REUSE_DB=1: keep the database of a previous run when it holds the N members (generating 100k takes minutes):
#   its runs, pairings, notifications and mails are emptied instead, then the server migrates it as usual.
#   SUGGESTIONS_ONLY=1: stop after the suggestions (no batch run, no confirmation).
#   WARMUP: suggestion requests sent before the measured ones (default 20; the JIT compiles the path over a few hundred).
#   WRK_SECONDS: how long wrk measures the suggestions through one kept-alive connection (default 20; needs wrk),
#   after WRK_WARMUP_SECONDS (default 30) of the same load.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
N=${N:-100000}
REQUESTS=${REQUESTS:-200}
WARMUP=${WARMUP:-20}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
DB=${BENCH_DB:-spyrales_bench_matching}
PORT=${BENCH_PORT:-8283}
JAR=${JAR:-$REPO/backend/target/quarkus-app/quarkus-run.jar}
BASE="http://127.0.0.1:$PORT"
EMAIL=bench.matching@insee.fr
PASSWORD=banc-d-essai-appariement-2026
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -X -q)
WORK=$(mktemp -d)
SERVER_PID=

say() { printf '\n==> %s\n' "$*"; }
# CPU ticks (user + system) of every PostgreSQL process, the server's backends included.
pg_cpu() { for pid in $(pgrep -x postgres); do awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null; done | awk '{ t += $1 } END { print t + 0 }'; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    echo "server log: $WORK/server.log"
}
trap cleanup EXIT

[ -f "$JAR" ] || die "no jar at $JAR: run make build first"
echo "Matching through the application: N=$N members, database $DB, jar $JAR"
echo "Machine: $(nproc) cores; $(psql --version); $(java -version 2>&1 | sed -n 1p)"

REUSE=
if [ "${REUSE_DB:-}" = 1 ] && [ "$("${PSQL[@]}" -d postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" = 1 ] \
    && [ "$("${PSQL[@]}" -d "$DB" -tA -c "SELECT count(*) >= $N FROM member" 2>/dev/null)" = t ]; then
    REUSE=1
    say "Reusing $DB: emptying its runs, pairings, notifications and mails, then starting the backend"
    "${PSQL[@]}" -d "$DB" -c "TRUNCATE matching_run, mentorship, notification, mail_outbox CASCADE" -c "VACUUM ANALYZE"
else
    say "Recreating $DB and starting the backend (Flyway migrates it)"
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
fi
echo "load: $(uptime)"
mkdir -p "$WORK/keys"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
PORT="$PORT" SPYRALES_MANAGEMENT_PORT=0 SPYRALES_JWT_KEY_DIR="$WORK/keys" SPYRALES_COOKIE_SECURE=false SPYRALES_DEMO=false QUARKUS_MAILER_MOCK=true \
    java ${JAVA_OPTS:-} -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
    curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$WORK/server.log"; die "the backend stopped"; }
    sleep 1
done

if [ -z "$REUSE" ]; then
say "Generating $N members"
curl -fsS -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"firstName\":\"Banc\",\"lastName\":\"Appariement\"}" \
    "$BASE/api/v1/auth/register"
"${PSQL[@]}" -d "$DB" -v n="$N" -f "$REPO/bench/directory/generate.sql" >/dev/null
"${PSQL[@]}" -d "$DB" -c "UPDATE member SET email_verified_at = now(), wants_mentor = true WHERE email = '$EMAIL'" \
    -c "INSERT INTO member_role (member_id, role) SELECT id, 'animateur' FROM member WHERE email = '$EMAIL'" \
    -c "VACUUM ANALYZE"
fi
"${PSQL[@]}" -d "$DB" -tA -c "SELECT count(*) FILTER (WHERE wants_mentor) || ' want a mentor, ' || count(*) FILTER (WHERE can_mentor AND mentor_capacity > 0) || ' can mentor' FROM member"

TOKEN=$(curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" \
    "$BASE/api/v1/auth/login" | jq -r .accessToken)
AUTH=(-H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json')
curl -fsS -o /dev/null -X PATCH "${AUTH[@]}" \
    -d '{"skills":[{"code":"python","level":1},{"code":"statistiques","level":2}],"learningSkills":["python","statistiques","dataviz"]}' \
    "$BASE/api/v1/me"

say "GET /api/v1/matching/suggestions?limit=10: $REQUESTS sequential requests after $WARMUP to warm up"
for _ in $(seq 1 "$WARMUP"); do curl -fsS -o /dev/null "${AUTH[@]}" "$BASE/api/v1/matching/suggestions?limit=10"; done
for _ in $(seq 1 "$REQUESTS"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' "${AUTH[@]}" "$BASE/api/v1/matching/suggestions?limit=10"
done | sort -n >"$WORK/latencies"
curl -fsS "${AUTH[@]}" "$BASE/api/v1/matching/suggestions?limit=10" | jq -c '{suggestions: (.items | length), best: .items[0].score}'
echo "load: $(uptime)"
awk '{ v[NR] = $1 * 1000 } END { printf "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    v[int(NR * 0.5)], v[int(NR * 0.9)], v[int(NR * 0.99)], v[NR] }' "$WORK/latencies"
# The same through one kept-alive connection, as the directory benchmark measures every list (curl above pays a new
# process and a new connection a request, a few milliseconds that are not the server's).
if command -v wrk >/dev/null; then
    say "The same, one connection kept alive: wrk -t1 -c1 -d${WRK_SECONDS:-20}s --latency after ${WRK_WARMUP_SECONDS:-30} s of warm-up"
    # A server that has run a while has compiled this path (C2): warm it up with the same load first.
    wrk -t1 -c1 -d"${WRK_WARMUP_SECONDS:-30}s" -H "Authorization: Bearer $TOKEN" \
        "$BASE/api/v1/matching/suggestions?limit=10" >/dev/null
    server_before=$(awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat")
    pg_before=$(pg_cpu)
    wrk -t1 -c1 -d"${WRK_SECONDS:-20}s" --latency -H "Authorization: Bearer $TOKEN" \
        "$BASE/api/v1/matching/suggestions?limit=10" | tee "$WORK/wrk" | sed -n '/Latency Distribution/,/Requests\/sec/p'
    requests=$(awk '/requests in/ { print $1 }' "$WORK/wrk")
    awk -v s="$(( $(awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat") - server_before ))" \
        -v p="$(( $(pg_cpu) - pg_before ))" -v n="$requests" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "CPU a request: server %.1f ms, PostgreSQL %.1f ms\n", s * 1000 / hz / n, p * 1000 / hz / n }'
    echo "load: $(uptime)"
fi
[ "${SUGGESTIONS_ONLY:-}" = 1 ] && exit 0

say "POST /api/v1/matching/runs on the whole community"
RUN=$(curl -fsS "${AUTH[@]}" -d '{}' "$BASE/api/v1/matching/runs" | jq -r .id)
while [ "$(curl -fsS "${AUTH[@]}" "$BASE/api/v1/matching/runs/$RUN" | jq -r .status)" = RUNNING ]; do sleep 1; done
curl -fsS "${AUTH[@]}" "$BASE/api/v1/matching/runs/$RUN" | jq -c '{status, figures}'
echo "load: $(uptime)"
echo "server memory: $(awk '/VmHWM/ { printf "peak RSS %.0f MiB", $2 / 1024 }' "/proc/$SERVER_PID/status")"

say "POST /api/v1/matching/runs/{id}/confirm: the requests leave in the background, ${SPYRALES_MATCHING_CONFIRMATION_BATCH_SIZE:-500} pairs per transaction"
start=$(date +%s.%N)
status=$(curl -sS -o "$WORK/confirm.json" -w '%{http_code}' -X POST "${AUTH[@]}" "$BASE/api/v1/matching/runs/$RUN/confirm")
answered=$(date +%s.%N)
[ "$status" = 202 ] || { cat "$WORK/confirm.json"; die "confirm answered $status"; }
# Polled in SQL: the access token lives 15 minutes, a large confirmation may take longer.
while [ "$("${PSQL[@]}" -d "$DB" -tA -c "SELECT status FROM matching_run WHERE id = '$RUN'")" = CONFIRMING ]; do sleep 1; done
end=$(date +%s.%N)
echo "answered 202 in $(awk -v a="$start" -v b="$answered" 'BEGIN { printf "%.2f", b - a }') s; all sent in $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", b - a }') s"
echo "load: $(uptime)"
"${PSQL[@]}" -d "$DB" -tA -c "SELECT status || ': ' || created_count || ' created, ' || skipped_count || ' skipped' FROM matching_run WHERE id = '$RUN'"
echo "server memory: $(awk '/VmHWM/ { printf "peak RSS %.0f MiB", $2 / 1024 }' "/proc/$SERVER_PID/status")"
