#!/usr/bin/env bash
# Every list and search endpoint at scale (issue 16): through the packaged app with wrk, and side by side with
# pgbench replaying exactly the SQL the app sent for the same request.
#
#   bench/lists/run.sh                        # builds the data if needed, then every shape
#   DURATION=10 WARMUP=5 bench/lists/run.sh   # longer measures (seconds)
#   SHAPES="members_all events_upcoming" bench/lists/run.sh   # some shapes only
#   REUSE_DB=1 bench/lists/run.sh             # keep the generated database of a previous run (its matching run)
#   REUSE_DB=1 CAPTURE_ONLY=1 bench/lists/run.sh   # only write each shape's pgbench script to bench/lists/sql/
#
# Steps:
#   1. (unless REUSE_DB=1 finds it) recreate spyrales_lists_bench, start the jar once (Flyway migrates), register the
#      bench member through the API, make them animateur and admin in SQL, generate 100k members
#      (bench/directory/generate.sql), the library (bench/library/generate.sql: 3k members, 50k resources, 100k
#      ratings), the activity (bench/stats/generate-activity.sql: pairings, 20k projects, 5k events and 100k
#      registrations, 10k more resources), then generate-extras.sql (challenges and entries, notifications, reports,
#      the bench member's registrations), VACUUM ANALYZE, and one matching run through the API (its proposals).
#   2. Capture: ALTER DATABASE … SET log_min_duration_statement = 0, start the app with its scheduler off (no job
#      interleaves its statements), send each shape a few times (the driver switches to named statements after 5),
#      then once more with the log's size noted before and after: capture.py turns that slice of
#      /var/log/postgresql/postgresql-15-main.log into the shape's pgbench script. RESET the setting, stop the app.
#   3. Measure: start the app as in production (scheduler on); for each shape, log in again (tokens last 15 min), then
#      wrk -t1 -c1 and pgbench -c1, wrk -t2 -c4 and pgbench -c4 -j2, each after a warm-up of the same load, DURATION
#      seconds each, latency percentiles (pgbench's from its per-transaction log), the 1-minute load average after
#      each measure. The table goes to last-results.md, EXPLAIN (ANALYZE, BUFFERS) of the slowest statements of the
#      shapes over their target to last-explain.txt.
#
# Needs: PostgreSQL on 127.0.0.1:5432 (trust auth for postgres) whose log is readable at PG_LOG, java 17, psql,
# pgbench, wrk, curl, jq, python3, and the packaged jar (make backend-build). Only loopback traffic.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
PG_LOG=${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
DB=${BENCH_DB:-spyrales_lists_bench}
PORT=${BENCH_PORT:-8410}
JAR=${JAR:-$REPO/backend/target/quarkus-app/quarkus-run.jar}
DURATION=${DURATION:-6}
WARMUP=${WARMUP:-3}
# GLOBAL_WARMUP: seconds of a first pass over every shape (default 2) before the measures.
N=${N:-100000}
RESULTS_OUT=${RESULTS_OUT:-$HERE/last-results.md}
EXPLAIN_OUT=${EXPLAIN_OUT:-$HERE/last-explain.txt}
BASE="http://127.0.0.1:$PORT"
EMAIL=bench.lists@insee.fr
PASSWORD=banc-d-essai-listes-2026
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -X -q)
export PGHOST=$PG_HOST PGPORT=$PG_PORT PGUSER=$PG_USER

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
load1() { cut -d' ' -f1 /proc/loadavg; }

for tool in java psql pgbench wrk curl jq python3 awk; do command -v "$tool" >/dev/null || die "$tool is missing"; done
[ -f "$JAR" ] || die "no jar at $JAR: make backend-build, or JAR=…"
[ -r "$PG_LOG" ] || die "cannot read PostgreSQL's log $PG_LOG (PG_LOG=…): the SQL of each request is read there"
pg_isready -h "$PG_HOST" -p "$PG_PORT" -q || die "PostgreSQL does not answer on $PG_HOST:$PG_PORT"

WORK=$(mktemp -d /tmp/spyrales-bench-lists.XXXXXX)
# shellcheck source=../lib/app.sh
source "$HERE/../lib/app.sh"
cleanup() {
    local rc=$?
    stop_app
    # Never leave the database logging every statement.
    "${PSQL[@]}" -d postgres -c "ALTER DATABASE $DB RESET log_min_duration_statement" >/dev/null 2>&1 || true
    if [ "$rc" = 0 ]; then rm -rf "$WORK"; else echo "bench failed (exit $rc): work files kept in $WORK" >&2; fi
}
trap cleanup EXIT
# Raised login limits (a login per shape), no demo community.
export SPYRALES_RATE_LIMIT_LOGIN_PER_IP=100000 SPYRALES_RATE_LIMIT_LOGIN_PER_EMAIL=100000 SPYRALES_DEMO=false

login() {
    TOKEN=$(curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" \
        "$BASE/api/v1/auth/login" | jq -r .accessToken)
    [ -n "$TOKEN" ] && [ "$TOKEN" != null ] || die "login failed"
}

echo "List benchmark: database $DB, port $PORT, $DURATION s a measure after $WARMUP s of warm-up"
echo "Machine: $(nproc) cores, $(free -h | awk '/^Mem:/ { print $2 }') RAM; $(psql --version); $(java -version 2>&1 | sed -n 1p)"
echo "load: $(uptime)"

# --- 1. Data -----------------------------------------------------------------------------------------------------
if [ "${REUSE_DB:-}" = 1 ] && [ "$("${PSQL[@]}" -d "$DB" -tA -c "SELECT count(*) FROM matching_run WHERE status <> 'RUNNING'" 2>/dev/null || true)" = 1 ]; then
    say "Reusing $DB"
else
    say "Recreating $DB and starting the backend once (Flyway migrates it)"
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    start_app "$DB" "$PORT" "$WORK/server-prepare.log"
    status=$(curl -sS -o "$WORK/register.json" -w '%{http_code}' -H 'Content-Type: application/json' \
        -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"firstName\":\"Banc\",\"lastName\":\"Listes\"}" \
        "$BASE/api/v1/auth/register")
    [ "$status" = 202 ] || { cat "$WORK/register.json"; die "register answered $status"; }
    "${PSQL[@]}" -d "$DB" -c "UPDATE member SET email_verified_at = now() WHERE lower(email) = '$EMAIL'" \
        -c "INSERT INTO member_role (member_id, role) SELECT id, r FROM member, unnest(ARRAY['animateur', 'admin']) r WHERE lower(email) = '$EMAIL'"
    t0=$(date +%s)
    say "Generating $N members (bench/directory/generate.sql)"
    "${PSQL[@]}" -d "$DB" -v n="$N" -f "$REPO/bench/directory/generate.sql" >/dev/null
    say "Generating the library (bench/library/generate.sql)"
    "${PSQL[@]}" -d "$DB" -f "$REPO/bench/library/generate.sql" >/dev/null
    say "Generating the activity (bench/stats/generate-activity.sql)"
    "${PSQL[@]}" -d "$DB" -f "$REPO/bench/stats/generate-activity.sql" >/dev/null
    say "Generating challenges, notifications, reports (generate-extras.sql)"
    "${PSQL[@]}" -d "$DB" -v bench_email="$EMAIL" -f "$HERE/generate-extras.sql" >/dev/null
    echo "generated in $(( $(date +%s) - t0 )) s"
    say "One matching run through the API (its proposals are listed below)"
    login
    run=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{}' "$BASE/api/v1/matching/runs" | jq -r .id)
    while [ "$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/matching/runs/$run" | jq -r .status)" = RUNNING ]; do sleep 2; done
    curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/matching/runs/$run" | jq -c '{status, figures}'
    stop_app
    "${PSQL[@]}" -d "$DB" -c "VACUUM ANALYZE"
fi
"${PSQL[@]}" -d "$DB" -tA -F ' ' -c "SELECT 'members', count(*) FROM member UNION ALL SELECT 'resources', count(*) FROM training_resource
    UNION ALL SELECT 'projects', count(*) FROM project UNION ALL SELECT 'events', count(*) FROM event
    UNION ALL SELECT 'event registrations', count(*) FROM event_registration UNION ALL SELECT 'pairings', count(*) FROM mentorship
    UNION ALL SELECT 'challenge entries', count(*) FROM challenge_entry UNION ALL SELECT 'notifications', count(*) FROM notification
    UNION ALL SELECT 'matching proposals', count(*) FROM matching_proposal" | tee "$WORK/counts"

# --- The shapes: name, then the path; {run}, {challenge}, {event}, {pairing} are resolved below ------------------
ALL_SHAPES=(
    "members_all|/api/v1/members"
    "members_q_elodie|/api/v1/members?q=elodie"
    "members_q_data|/api/v1/members?q=data"
    "members_python_mentor_occ|/api/v1/members?skill=python&canMentor=true&region=OCC"
    "projects_all|/api/v1/projects"
    "projects_recruiting|/api/v1/projects?status=RECRUITING"
    "projects_q_1234|/api/v1/projects?q=1234"
    "resources_all|/api/v1/resources"
    "resources_q_donnees|/api/v1/resources?q=donnees"
    "resources_q_krigeage|/api/v1/resources?q=krigeage"
    "events_upcoming|/api/v1/events?when=UPCOMING"
    "events_past|/api/v1/events?when=PAST"
    "events_q_atelier_42|/api/v1/events?q=atelier%2042"
    "event_registrations|/api/v1/events/{event}/registrations"
    "my_registrations|/api/v1/me/registrations"
    "challenges|/api/v1/challenges"
    "challenge_entries|/api/v1/challenges/{challenge}/entries"
    "my_notifications|/api/v1/me/notifications"
    "matching_runs|/api/v1/matching/runs"
    "matching_proposals|/api/v1/matching/runs/{run}/proposals"
    "matching_proposals_q|/api/v1/matching/runs/{run}/proposals?q=martin"
    "console_members_q|/api/v1/animation/members?q=martin"
    "console_pairings|/api/v1/animation/pairings"
    "console_pairings_filtered|/api/v1/animation/pairings?status=ACCEPTED&region=OCC"
    "console_mentor_candidates|/api/v1/animation/pairings/{pairing}/mentor-candidates"
    "console_mentor_candidates_q|/api/v1/animation/pairings/{pairing}/mentor-candidates?q=martin"
    "console_queues|/api/v1/animation/queues"
    "console_project_reports|/api/v1/animation/project-reports"
    "mentorship_reports|/api/v1/mentorships/reports"
    "my_mentorships|/api/v1/mentorships"
    "paths|/api/v1/paths"
    "organizations_q|/api/v1/organizations?q=insee"
    "audit_events|/api/v1/audit-events"
    "stats_members|/api/v1/stats/members"
    "stats|/api/v1/stats"
)
RUN_ID=$("${PSQL[@]}" -d "$DB" -tA -c "SELECT id FROM matching_run ORDER BY started_at DESC LIMIT 1")
CHALLENGE_ID=$("${PSQL[@]}" -d "$DB" -tA -c "SELECT md5('bench-lists-challenge-31')::uuid")
PAIRING_ID=$("${PSQL[@]}" -d "$DB" -tA -c "SELECT id FROM mentorship WHERE status = 'ACCEPTED' ORDER BY id LIMIT 1")
EVENT_ID=$("${PSQL[@]}" -d "$DB" -tA -c "SELECT event_id FROM event_registration GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
declare -A PATH_OF
NAMES=()
for entry in "${ALL_SHAPES[@]}"; do
    name=${entry%%|*}
    if [ -n "${SHAPES:-}" ] && [[ " $SHAPES " != *" $name "* ]]; then continue; fi
    path=${entry#*|}
    path=${path//\{run\}/$RUN_ID}; path=${path//\{challenge\}/$CHALLENGE_ID}; path=${path//\{event\}/$EVENT_ID}; path=${path//\{pairing\}/$PAIRING_ID}
    PATH_OF[$name]=$path
    NAMES+=("$name")
done
[ "${#NAMES[@]}" -gt 0 ] || die "no shape selected (SHAPES=$SHAPES)"

# --- 2. Capture each shape's SQL ----------------------------------------------------------------------------------
say "Capturing the SQL of each shape from PostgreSQL's log (log_min_duration_statement = 0 on $DB, scheduler off)"
"${PSQL[@]}" -d postgres -c "ALTER DATABASE $DB SET log_min_duration_statement = 0"
QUARKUS_SCHEDULER_ENABLED=false start_app "$DB" "$PORT" "$WORK/server-capture.log"
login
declare -A CAPTURE TOTAL
for name in "${NAMES[@]}"; do
    url="$BASE${PATH_OF[$name]}"
    # Ten requests first: the JDBC driver names a statement after five executions, and caches fill.
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$url" || die "$name: GET ${PATH_OF[$name]} failed"
    done
    sleep 0.3
    before=$(stat -c %s "$PG_LOG")
    status=$(curl -sS -o "$WORK/$name.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$url")
    [ "$status" = 200 ] || { head -c 400 "$WORK/$name.json"; die "$name answered $status"; }
    sleep 0.5  # the log is written by the backends, let it catch up
    tail -c +"$((before + 1))" "$PG_LOG" >"$WORK/$name.log"
    CAPTURE[$name]=$(python3 "$HERE/capture.py" "$DB" "$WORK/$name.log" "$WORK/$name.sql")
    TOTAL[$name]=$(jq -r 'if type == "object" and (.total | type) == "number" then .total elif type == "array" then length else "-" end' "$WORK/$name.json" 2>/dev/null || echo -)
    echo "$name: ${CAPTURE[$name]} total=${TOTAL[$name]}"
done
stop_app
"${PSQL[@]}" -d postgres -c "ALTER DATABASE $DB RESET log_min_duration_statement"
mkdir -p "$HERE/sql"
for name in "${NAMES[@]}"; do cp "$WORK/$name.sql" "$HERE/sql/$name.sql"; done
[ "${CAPTURE_ONLY:-}" = 1 ] && { echo "CAPTURE_ONLY=1: the scripts are in $HERE/sql/"; exit 0; }

# --- 3. Measure --------------------------------------------------------------------------------------------------
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
# wrk_measure <threads> <connections> <seconds> <url>: the BENCH line of report.lua.
wrk_measure() {
    wrk -t"$1" -c"$2" -d"$3s" --timeout 10s --latency -s "$REPO/bench/directory/report.lua" -H "Authorization: Bearer $TOKEN" "$4" | grep '^BENCH '
}
# pgbench_measure <clients> <seconds> <script>: "tps p50 p99 failed" from pgbench's per-transaction log.
pgbench_measure() {
    local out
    rm -f "$WORK"/pgb.*
    out=$(pgbench -n -M prepared -c "$1" -j "$(( $1 > 1 ? 2 : 1 ))" -T "$2" -f "$3" --log --log-prefix="$WORK/pgb" "$DB" 2>&1) \
        || { echo "$out" >&2; die "pgbench failed on $3"; }
    local tps
    tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<<"$out" | head -1)
    cat "$WORK"/pgb.* | awk '{ print $3 / 1000 }' | sort -n | awk -v tps="$tps" '{ v[NR] = $1 } END {
        printf "%s %.2f %.2f\n", tps, v[int(NR * 0.50) + 1], v[int(NR * 0.99) + 1] }'
}

say "Measuring: the app as in production (scheduler on), each shape through wrk and pgbench side by side"
start_app "$DB" "$PORT" "$WORK/server-measure.log"
# The scheduled jobs run once at start; at this scale the hourly mentorship reminders keep one transaction open for
# about a minute (and a core busy). Measure after the app's transactions are all short again (at most 180 s).
t0=$(date +%s)
while [ "$("${PSQL[@]}" -d postgres -tA -c "SELECT count(*) FROM pg_stat_activity WHERE datname = '$DB'
        AND pid <> pg_backend_pid() AND xact_start < now() - interval '2 seconds'")" != 0 ] && [ $(( $(date +%s) - t0 )) -lt 180 ]; do
    sleep 2
done
echo "start-up jobs done $(( $(date +%s) - t0 )) s after ready; $(grep -c 'Error occurred while executing task' "$WORK/server-measure.log" || true) job(s) failed:"
grep -o 'Error occurred while executing task for trigger [^:]*' "$WORK/server-measure.log" || true
# A first pass over every shape, so that the JIT has compiled the shared path (token, transactions, JSON) before the
# first shape is measured; each shape then has its own warm-up of the same load as its measure.
login
for name in "${NAMES[@]}"; do
    wrk -t1 -c2 -d"${GLOBAL_WARMUP:-2}s" --timeout 10s -H "Authorization: Bearer $TOKEN" "$BASE${PATH_OF[$name]}" >/dev/null
done
declare -A R
for name in "${NAMES[@]}"; do
    login
    url="$BASE${PATH_OF[$name]}"
    echo
    echo "--- $name: GET ${PATH_OF[$name]}  (${CAPTURE[$name]})"
    for c in 1 4; do
        t=$(( c > 1 ? 2 : 1 ))
        wrk -t"$t" -c"$c" -d"${WARMUP}s" --timeout 10s -H "Authorization: Bearer $TOKEN" "$url" >/dev/null
        line=$(wrk_measure "$t" "$c" "$DURATION" "$url")
        R[$name.$c.api_rps]=$(field rps "$line"); R[$name.$c.api_p50]=$(field p50_ms "$line"); R[$name.$c.api_p99]=$(field p99_ms "$line")
        R[$name.$c.api_err]=$(( $(field socket_errors "$line") + $(field non2xx "$line") ))
        R[$name.$c.api_load]=$(load1)
        pgbench -n -M prepared -c "$c" -j "$t" -T 1 -f "$WORK/$name.sql" "$DB" >/dev/null 2>&1 || true
        read -r tps p50 p99 < <(pgbench_measure "$c" "$DURATION" "$WORK/$name.sql")
        R[$name.$c.sql_tps]=$tps; R[$name.$c.sql_p50]=$p50; R[$name.$c.sql_p99]=$p99; R[$name.$c.sql_load]=$(load1)
        echo "c$c  API ${R[$name.$c.api_rps]} req/s p50 ${R[$name.$c.api_p50]} p99 ${R[$name.$c.api_p99]} (errors ${R[$name.$c.api_err]}, load ${R[$name.$c.api_load]})" \
             " | pgbench $tps tx/s p50 $p50 p99 $p99 (load ${R[$name.$c.sql_load]})"
    done
done
stop_app

# --- Results -----------------------------------------------------------------------------------------------------
say "Results ($RESULTS_OUT)"
{
    echo "# Every list at scale — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Database $DB: $(tr '\n' ',' <"$WORK/counts" | sed 's/,$//; s/,/, /g'). $DURATION s a measure after $WARMUP s of"
    echo "warm-up; wrk -t1 -c1 / -t2 -c4 through the packaged app, pgbench -M prepared -c1 / -c4 -j2 on the SQL the app sent"
    echo "for the same request (\`sql/<shape>.sql\`). Latencies in ms; load = 1-minute load average after the measure."
    echo "Machine: $(nproc) cores, shared: read the load beside each figure."
    echo
    echo "| shape | total | stmts | c | API req/s | API p50 | API p99 | SQL tx/s | SQL p50 | SQL p99 | API/SQL tx | p99 API/SQL | load API / SQL | errors |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|"
    for name in "${NAMES[@]}"; do
        stmts=$(field statements " ${CAPTURE[$name]}")
        for c in 1 4; do
            awk -v n="$name" -v p="${PATH_OF[$name]}" -v tot="${TOTAL[$name]}" -v st="$stmts" -v c="$c" \
                -v ar="${R[$name.$c.api_rps]}" -v a50="${R[$name.$c.api_p50]}" -v a99="${R[$name.$c.api_p99]}" \
                -v sr="${R[$name.$c.sql_tps]}" -v s50="${R[$name.$c.sql_p50]}" -v s99="${R[$name.$c.sql_p99]}" \
                -v la="${R[$name.$c.api_load]}" -v ls="${R[$name.$c.sql_load]}" -v e="${R[$name.$c.api_err]}" 'BEGIN {
                label = (c == 1) ? sprintf("`%s` `%s`", n, p) : ""
                printf "| %s | %s | %s | %d | %.1f | %.2f | %.2f | %.1f | %.2f | %.2f | %.0f %% | %.1f | %s / %s | %s |\n",
                    label, (c == 1 ? tot : ""), (c == 1 ? st : ""), c, ar, a50, a99, sr, s50, s99,
                    (sr > 0 ? 100 * ar / sr : 0), (s99 > 0 ? a99 / s99 : 0), la, ls, e }'
        done
    done
} | tee "$RESULTS_OUT"
{ echo; echo "## Issue 16's targets per shape (verdicts.py)"; echo; python3 "$HERE/verdicts.py" "$RESULTS_OUT"; } >"$WORK/verdicts.md"
cat "$WORK/verdicts.md" | tee -a "$RESULTS_OUT"

# --- Plans of the shapes over their target ------------------------------------------------------------------------
say "EXPLAIN (ANALYZE, BUFFERS) of the slowest statements of the shapes over 10 ms at one connection ($EXPLAIN_OUT)"
{
    echo "# EXPLAIN (ANALYZE, BUFFERS) — $(date -u '+%Y-%m-%d %H:%M UTC'), database $DB, load $(load1)"
    echo "# For each shape whose API p50 at one connection is over 10 ms: its statements that took 1 ms or more"
    echo "# (as logged during the capture), with the parameters inlined as in sql/<shape>.sql."
    for name in "${NAMES[@]}"; do
        awk -v x="${R[$name.1.api_p50]}" 'BEGIN { exit !(x > 10) }' || continue
        echo
        echo "################ $name: GET ${PATH_OF[$name]} (API p50 ${R[$name.1.api_p50]} ms at one connection)"
        python3 "$HERE/capture.py" --slow 1.0 "$DB" "$WORK/$name.log" | while IFS= read -r -d '' sql; do
            echo
            echo "-- $(head -c 300 <<<"$sql" | tr '\n' ' ')…"
            "${PSQL[@]}" -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS) $sql" 2>&1 || true
        done
    done
} >"$EXPLAIN_OUT"
echo "done: $RESULTS_OUT, $EXPLAIN_OUT"
