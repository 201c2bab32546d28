#!/usr/bin/env bash
# Benchmark of the member directory (GET /api/v1/members) at N members (default 100000).
#
#   bench/directory/run.sh                      # N=100000, jar from backend/target
#   N=20000 JAR=/path/quarkus-run.jar bench/directory/run.sh
#   QUIET_BUSY=15 EXTRA=1 bench/directory/run.sh  # wait for a quiet machine; add broad filters and sort=createdAt
#   TRY_SQL=/path/to/change.sql bench/directory/run.sh   # measure with a schema change applied
#
# Steps: recreate the database, start the packaged backend once (Flyway migrates), register
# one bench user through the API, generate N members in SQL (generate.sql), VACUUM ANALYZE,
# warm the JVM up, run wrk on each query shape, write the plans of the count and page SQL to last-explain.txt,
# stop the server and print a markdown table (also written to last-results.md).
#
# Needs: java 17, psql, curl, wrk (Debian: apt-get install -y wrk), a built jar
# (make backend-build, or set JAR=...). Only loopback traffic.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

N=${N:-100000}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
DB=${BENCH_DB:-spyrales_bench}
PORT=${BENCH_PORT:-8282}
JAR=${JAR:-$REPO/backend/target/quarkus-app/quarkus-run.jar}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-8}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-8s}                      # per shape, in one warm-up pass before the measures
SINGLE_DURATION=${SINGLE_DURATION:-5s}   # extra one-connection run (service time); 0 to skip
QUIET_BUSY=${QUIET_BUSY:-}                # e.g. 15: before each shape, wait until other processes use < 15% CPU
QUIET_WAIT=${QUIET_WAIT:-600}             # ... but at most this many seconds
PAGE_SIZE=20                              # the API default
EXPLAIN_OUT=${EXPLAIN_OUT:-$HERE/last-explain.txt}
RESULTS_OUT=${RESULTS_OUT:-$HERE/last-results.md}

BASE="http://127.0.0.1:$PORT"
BENCH_EMAIL=bench.user@insee.fr
BENCH_PASSWORD=banc-d-essai-annuaire-2026

PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -X -q)

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
# CPU busy (%) of the whole machine over 2 s while our server is idle: what other processes use.
# shellcheck source=../lib/cpu.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/cpu.sh"
background_busy() { machine_busy; }
# CPU ticks (1/100 s) of the whole machine (total, busy), of our server and of the PostgreSQL backends
# connected to the bench database (found by their process title), to tell afterwards the CPU each request
# cost and how much other processes took meanwhile.
cpu_snapshot() {
    awk '/^cpu / { t = 0; for (i = 2; i <= 9; i++) t += $i; printf "%d %d ", t, t - $5 - $6 }' /proc/stat
    { cat "/proc/$SERVER_PID/stat" 2>/dev/null || echo "(x) x 0 0 0 0 0 0 0 0 0 0 0 0"; } | awk '{ sub(/^.*\) /, ""); printf "%d ", $12 + $13 }'
    for p in $(pgrep -f "^postgres: .* $DB " || true); do cat "/proc/$p/stat" 2>/dev/null || true; done |
        awk '{ sub(/^.*\) /, ""); s += $12 + $13 } END { print s + 0 }'
}
# cpu_use "<snapshot before>" "<snapshot after>" <ticks used by wrk> <requests>
#   -> "<% of the machine used by other processes> <server CPU ms per request> <PostgreSQL CPU ms per request>"
cpu_use() {
    awk -v a="$1" -v b="$2" -v w="$3" -v n="$4" 'BEGIN { split(a, x); split(b, y); t = y[1] - x[1]
        j = y[3] - x[3]; p = y[4] - x[4]; o = (y[2] - x[2]) - j - p - w; if (o < 0) o = 0; if (n < 1) n = 1
        printf "%.0f %.1f %.1f\n", (t > 0 ? 100 * o / t : 0), 10 * j / n, 10 * p / n }'
}
# With QUIET_BUSY=<percent>, wait (at most QUIET_WAIT seconds) until other processes use less CPU than that.
wait_quiet() {
    local busy deadline=$(( $(date +%s) + QUIET_WAIT ))
    busy=$(background_busy)
    while [ -n "$QUIET_BUSY" ] && [ "$busy" -ge "$QUIET_BUSY" ] && [ "$(date +%s)" -lt "$deadline" ]; do
        echo "  machine busy (${busy}% CPU used by other processes): waiting"
        sleep 10
        busy=$(background_busy)
    done
    BUSY=$busy
}

for tool in java psql curl wrk awk; do
    command -v "$tool" >/dev/null || die "$tool is missing$([ "$tool" = wrk ] && echo ' (apt-get install -y wrk)')"
done
[ -f "$JAR" ] || die "no jar at $JAR: build the backend first (make backend-build) or set JAR=..."
pg_isready -h "$PG_HOST" -p "$PG_PORT" -q || die "PostgreSQL does not answer on $PG_HOST:$PG_PORT"

WORK=$(mktemp -d /tmp/spyrales-bench.XXXXXX)
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
    if [ "$rc" = 0 ]; then rm -rf "$WORK"; else echo "bench failed (exit $rc): server log and work files kept in $WORK" >&2; fi
}
trap cleanup EXIT
# The server must still be there (its log tells why not).
check_server() {
    kill -0 "$SERVER_PID" 2>/dev/null && return 0
    local rc=0
    wait "$SERVER_PID" 2>/dev/null || rc=$?
    SERVER_PID=
    tail -40 "$WORK/server.log" >&2
    die "the backend stopped (exit status $rc); log in $WORK/server.log"
}

echo "Directory benchmark: N=$N members, database $DB, port $PORT, wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
echo "Jar: $JAR"
echo "Machine: $(nproc) cores, $(free -h | awk '/^Mem:/ { print $2 }') RAM; $(psql --version); $(java -version 2>&1 | sed -n 1p)"

# ---------------------------------------------------------------------------------------
say "Recreating database $DB"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

say "Starting the backend on port $PORT (Flyway migrates $DB); log in $WORK/server.log"
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
curl -fsS "$BASE/q/health/ready" >/dev/null || { tail -50 "$WORK/server.log"; die "the backend is not ready after 120 s"; }
echo "ready: $(curl -fsS "$BASE/q/health/ready" | tr -d ' \n')"

say "Registering $BENCH_EMAIL through the API, then marking the address verified in SQL"
status=$(curl -sS -o "$WORK/register.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\",\"firstName\":\"Banc\",\"lastName\":\"Essai\"}" \
    "$BASE/api/v1/auth/register")
[ "$status" = 202 ] || { cat "$WORK/register.json"; die "register answered $status"; }
"${PSQL[@]}" -d "$DB" -c "UPDATE member SET email_verified_at = now() WHERE lower(email) = '$BENCH_EMAIL'"

say "Generating $N members (bench/directory/generate.sql)"
wait_quiet
GEN_BUSY=$BUSY
echo "other processes used ${GEN_BUSY}% CPU just before"
t0=$(now)
"${PSQL[@]}" -d "$DB" -v n="$N" -f "$HERE/generate.sql" | tee "$WORK/generate.log"
GEN_TOTAL=$(elapsed "$t0")
GEN_MEMBERS=$(sed -n 's/.*GENERATION members_s=\([0-9.]*\).*/\1/p' "$WORK/generate.log")
GEN_SKILLS=$(sed -n 's/.*skills_s=\([0-9.]*\).*/\1/p' "$WORK/generate.log")
echo "generation: ${GEN_TOTAL}s in all (members ${GEN_MEMBERS}s, skills + search_vector refresh ${GEN_SKILLS}s)"

if [ -n "${TRY_SQL:-}" ]; then
    say "Applying $TRY_SQL (a change to try: the figures are then not those of the migrations alone)"
    t0=$(now)
    "${PSQL[@]}" -d "$DB" -f "$TRY_SQL"
    echo "applied in $(elapsed "$t0")s"
fi

say "VACUUM ANALYZE"
t0=$(now)
"${PSQL[@]}" -d "$DB" -c "VACUUM ANALYZE"
VACUUM_S=$(elapsed "$t0")
echo "vacuum analyze: ${VACUUM_S}s"
"${PSQL[@]}" -d "$DB" -P pager=off -c "SELECT relname, pg_size_pretty(pg_relation_size(oid)) AS size FROM pg_class
    WHERE relname IN ('member', 'member_skill', 'member_directory_idx', 'member_search_idx', 'member_skill_skill_level_idx',
                      'member_skill_pkey', 'member_region_idx', 'member_can_mentor_idx') ORDER BY relname"

login() {
    local body
    check_server
    body=$(curl -sS -H 'Content-Type: application/json' \
        -d "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\"}" "$BASE/api/v1/auth/login")
    TOKEN=$(printf '%s' "$body" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
    [ -n "$TOKEN" ] || die "login failed: $body"
}

# ---------------------------------------------------------------------------------------
# The query shapes: API query string, and the SQL MemberDirectory builds for it
# (tsquery, extra WHERE conditions in the order the Java code appends them, page number).
VISIBLE="m.email_verified_at IS NOT NULL AND m.visibility = 'COMMUNITY' AND m.erased_at IS NULL"
SHAPES=(none q_elodie q_statisticien_python skill_r_min3 mentor_occ q_martin_python_mentor deep_page)
declare -A LABEL QS TSQ EXTRA PAGE ORDER   # ORDER: a sort= other than the default
LABEL[none]='no filter (page 0, by name)';              QS[none]='';                                   TSQ[none]='';                      EXTRA[none]='';  PAGE[none]=0
LABEL[q_elodie]='q=elodie';                             QS[q_elodie]='q=elodie';                       TSQ[q_elodie]='elodie:*';          EXTRA[q_elodie]=''; PAGE[q_elodie]=0
LABEL[q_statisticien_python]='q=statisticien python';   QS[q_statisticien_python]='q=statisticien%20python'; TSQ[q_statisticien_python]='statisticien:* & python:*'; EXTRA[q_statisticien_python]=''; PAGE[q_statisticien_python]=0
LABEL[skill_r_min3]='skill=r&minLevel=3';               QS[skill_r_min3]='skill=r&minLevel=3';         TSQ[skill_r_min3]=''
EXTRA[skill_r_min3]=" AND EXISTS (SELECT 1 FROM member_skill ms WHERE ms.member_id = m.id AND ms.skill_code = 'r' AND ms.level >= 3)"; PAGE[skill_r_min3]=0
LABEL[mentor_occ]='canMentor=true&region=OCC';          QS[mentor_occ]='canMentor=true&region=OCC';    TSQ[mentor_occ]=''
EXTRA[mentor_occ]=" AND m.region_code = 'OCC' AND m.can_mentor = true"; PAGE[mentor_occ]=0
LABEL[q_martin_python_mentor]='q=martin&skill=python&canMentor=true'; QS[q_martin_python_mentor]='q=martin&skill=python&canMentor=true'; TSQ[q_martin_python_mentor]='martin:*'
EXTRA[q_martin_python_mentor]=" AND EXISTS (SELECT 1 FROM member_skill ms WHERE ms.member_id = m.id AND ms.skill_code = 'python' AND ms.level >= 1) AND m.can_mentor = true"; PAGE[q_martin_python_mentor]=0
LABEL[deep_page]='page=200 (no filter, offset 4000)';   QS[deep_page]='page=200';                      TSQ[deep_page]='';                 EXTRA[deep_page]=''; PAGE[deep_page]=200
# EXTRA=1 adds broad single filters, where the count query has the most rows to go through.
if [ "${EXTRA:-0}" = 1 ]; then
    SHAPES+=(x_can_mentor x_wants_mentor x_region_idf x_skill_python x_min_level2 x_q_data x_newest)
    LABEL[x_can_mentor]='canMentor=true';   QS[x_can_mentor]='canMentor=true';   EXTRA[x_can_mentor]=" AND m.can_mentor = true"
    LABEL[x_wants_mentor]='wantsMentor=true'; QS[x_wants_mentor]='wantsMentor=true'; EXTRA[x_wants_mentor]=" AND m.wants_mentor = true"
    LABEL[x_region_idf]='region=IDF';       QS[x_region_idf]='region=IDF';       EXTRA[x_region_idf]=" AND m.region_code = 'IDF'"
    LABEL[x_skill_python]='skill=python';   QS[x_skill_python]='skill=python'
    EXTRA[x_skill_python]=" AND EXISTS (SELECT 1 FROM member_skill ms WHERE ms.member_id = m.id AND ms.skill_code = 'python' AND ms.level >= 1)"
    LABEL[x_min_level2]='minLevel=2 (any skill)'; QS[x_min_level2]='minLevel=2'
    EXTRA[x_min_level2]=" AND EXISTS (SELECT 1 FROM member_skill ms WHERE ms.member_id = m.id AND ms.level >= 2)"
    LABEL[x_q_data]='q=data';               QS[x_q_data]='q=data';               TSQ[x_q_data]='data:*'
    LABEL[x_newest]='sort=createdAt,desc'; QS[x_newest]='sort=createdAt,desc'; ORDER[x_newest]='m.created_at DESC, m.id'
    for s in x_can_mentor x_wants_mentor x_region_idf x_skill_python x_min_level2 x_q_data x_newest; do
        TSQ[$s]=${TSQ[$s]:-}; EXTRA[$s]=${EXTRA[$s]:-}; PAGE[$s]=0
    done
fi

where_sql() {
    local s=$1 w=$VISIBLE
    [ -n "${TSQ[$s]}" ] && w+=" AND m.search_vector @@ to_tsquery('french_unaccent', '${TSQ[$s]}')"
    printf '%s%s' "$w" "${EXTRA[$s]}"
}
count_sql() { printf 'SELECT count(*) FROM member m WHERE %s' "$(where_sql "$1")"; }
page_sql() {
    local s=$1 order="lower(m.display_name), m.id"
    [ -n "${TSQ[$s]}" ] && order="ts_rank_cd(m.search_vector, to_tsquery('french_unaccent', '${TSQ[$s]}')) DESC, lower(m.display_name), m.id"
    [ -n "${ORDER[$s]:-}" ] && order=${ORDER[$s]}
    printf 'SELECT m.id FROM member m WHERE %s ORDER BY %s LIMIT %d OFFSET %d' \
        "$(where_sql "$s")" "$order" "$PAGE_SIZE" $(( ${PAGE[$s]} * PAGE_SIZE ))
}
# Execution time (ms) of one SQL statement, server side: median of 5 runs after 2 warm-up runs, in one session
# (the first statements of a new PostgreSQL backend are several times slower on this kind of VM).
sql_ms() {
    local args=() i
    for i in 1 2 3 4 5 6 7; do args+=(-c "EXPLAIN (ANALYZE, TIMING OFF) $1"); done
    "${PSQL[@]}" -d "$DB" -tA "${args[@]}" | sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p' | tail -n 5 | sort -n | sed -n 3p
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

say "Warming up the JVM and the caches: wrk -d$WARMUP on every shape"
login
for s in "${SHAPES[@]}"; do
    line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/report.lua" -H "Authorization: Bearer $TOKEN" \
        "$BASE/api/v1/members${QS[$s]:+?${QS[$s]}}" | grep '^BENCH ')
    echo "  ${LABEL[$s]}: ${line#BENCH }"
done

say "Benchmarking GET /api/v1/members (per shape: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency)"
declare -A TOTAL SQLC SQLP R_RPS R_P50 R_P99 R_ERR S_P50 R_BUSY R_OTHERS R_JCPU R_PCPU
TIMEFORMAT='%U %S'   # for `time wrk`: user and system seconds
for s in "${SHAPES[@]}"; do
    wait_quiet
    R_BUSY[$s]=$BUSY
    login   # access tokens live 15 minutes: a fresh one for every shape
    url="$BASE/api/v1/members${QS[$s]:+?${QS[$s]}}"
    echo
    echo "--- ${LABEL[$s]}: GET ${url#"$BASE"}"
    status=$(curl -sS -o "$WORK/page.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$url")
    [ "$status" = 200 ] || { head -c 500 "$WORK/page.json"; die "GET ${url#"$BASE"} answered $status"; }
    TOTAL[$s]=$(sed -n 's/.*"total":\([0-9]*\).*/\1/p' "$WORK/page.json")
    items=$(grep -o '"displayName"' "$WORK/page.json" | wc -l || true)
    echo "total=${TOTAL[$s]}, items on the page=$items; other processes used ${R_BUSY[$s]}% CPU just before"
    SQLC[$s]=$(sql_ms "$(count_sql "$s")")
    SQLP[$s]=$(sql_ms "$(page_sql "$s")")
    echo "SQL execution (psql, literal values): count ${SQLC[$s]} ms, page ${SQLP[$s]} ms"
    before=$(cpu_snapshot)
    out=$( { time wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/report.lua" \
              -H "Authorization: Bearer $TOKEN" "$url"; } 2>"$WORK/wrk.time")
    wrk_ticks=$(awk 'NF == 2 && $1 ~ /^[0-9.]+$/ { s += ($1 + $2) * 100 } END { printf "%d", s }' "$WORK/wrk.time")
    read -r R_OTHERS[$s] R_JCPU[$s] R_PCPU[$s] < <(cpu_use "$before" "$(cpu_snapshot)" "$wrk_ticks" \
        "$(sed -n 's/^BENCH requests=\([0-9]*\).*/\1/p' <<<"$out")")
    echo "CPU per request: backend ${R_JCPU[$s]} ms, PostgreSQL ${R_PCPU[$s]} ms; other processes used ${R_OTHERS[$s]}% of the machine meanwhile"
    printf '%s\n' "$out" | sed -n '/Latency Distribution/,/Requests\/sec/p'
    line=$(grep '^BENCH ' <<<"$out")
    R_RPS[$s]=$(field rps "$line"); R_P50[$s]=$(field p50_ms "$line"); R_P99[$s]=$(field p99_ms "$line")
    R_ERR[$s]=$(( $(field socket_errors "$line") + $(field non2xx "$line") ))
    [ "${R_ERR[$s]}" = 0 ] || echo "WARNING: ${R_ERR[$s]} failed or non-2xx responses"
    if [ "$SINGLE_DURATION" != 0 ]; then
        line=$(wrk -t1 -c1 -d"$SINGLE_DURATION" -s "$HERE/report.lua" -H "Authorization: Bearer $TOKEN" "$url" | grep '^BENCH ')
        S_P50[$s]=$(field p50_ms "$line")
        echo "one connection: p50 ${S_P50[$s]} ms"
    else
        S_P50[$s]=-
    fi
done

# ---------------------------------------------------------------------------------------
say "Writing plans to $EXPLAIN_OUT"
wait_quiet
echo "other processes used ${BUSY}% CPU just before"
{
    echo "EXPLAIN (ANALYZE, BUFFERS) of the directory SQL, as MemberDirectory builds it, N=$N, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "(other processes used ${BUSY}% CPU just before: timings are only meaningful when that is low)"
    echo "Each statement runs twice before it is explained, in the same session (warm backend and cache)."
    echo "Custom plans use literal values. The backend sends bind parameters: after 5 executions on a connection the JDBC"
    echo "driver prepares the statement on the server, and PostgreSQL then keeps a generic plan when its estimated cost is"
    echo "not above the custom plans' average. The generic plans of the same statements follow the custom ones."
    for s in q_statisticien_python q_elodie skill_r_min3; do
        for kind in count page; do
            sql=$("${kind}_sql" "$s")
            echo
            echo "=================================================================================="
            echo "== ${LABEL[$s]} — $kind query (custom plan)"
            echo "== $sql"
            echo "=================================================================================="
            "${PSQL[@]}" -d "$DB" -tA -c '\o /dev/null' -c "$sql" -c "$sql" -c '\o' -c "EXPLAIN (ANALYZE, BUFFERS) $sql"
        done
    done
    {
        # Generic plans: the same statements with $n parameters, as the JDBC driver prepares them.
        cat <<SQL
\\echo
\\echo ==================================================================================
\\echo == Generic plans (bind parameters): what a server-side prepared statement may end up using
\\echo ==================================================================================
SET plan_cache_mode = force_generic_plan;
PREPARE q_count(text) AS SELECT count(*) FROM member m WHERE $VISIBLE AND m.search_vector @@ to_tsquery('french_unaccent', \$1);
PREPARE q_page(text, int, int) AS SELECT m.id FROM member m WHERE $VISIBLE AND m.search_vector @@ to_tsquery('french_unaccent', \$1)
    ORDER BY ts_rank_cd(m.search_vector, to_tsquery('french_unaccent', \$1)) DESC, lower(m.display_name), m.id LIMIT \$2 OFFSET \$3;
PREPARE s_count(text, int) AS SELECT count(*) FROM member m WHERE $VISIBLE
    AND EXISTS (SELECT 1 FROM member_skill ms WHERE ms.member_id = m.id AND ms.skill_code = \$1 AND ms.level >= \$2);
PREPARE s_page(text, int, int, int) AS SELECT m.id FROM member m WHERE $VISIBLE
    AND EXISTS (SELECT 1 FROM member_skill ms WHERE ms.member_id = m.id AND ms.skill_code = \$1 AND ms.level >= \$2)
    ORDER BY lower(m.display_name), m.id LIMIT \$3 OFFSET \$4;
\\o /dev/null
EXECUTE q_count('statisticien:* & python:*'); EXECUTE q_page('statisticien:* & python:*', $PAGE_SIZE, 0);
EXECUTE s_count('r', 3); EXECUTE s_page('r', 3, $PAGE_SIZE, 0);
\\o
\\echo
\\echo == q=statisticien python, count (generic)
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q_count('statisticien:* & python:*');
\\echo
\\echo == q=statisticien python, page (generic)
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q_page('statisticien:* & python:*', $PAGE_SIZE, 0);
\\echo
\\echo == skill=r&minLevel=3, count (generic)
EXPLAIN (ANALYZE, BUFFERS) EXECUTE s_count('r', 3);
\\echo
\\echo == skill=r&minLevel=3, page (generic)
EXPLAIN (ANALYZE, BUFFERS) EXECUTE s_page('r', 3, $PAGE_SIZE, 0);
SQL
    } | "${PSQL[@]}" -d "$DB" -tA
} >"$EXPLAIN_OUT" 2>&1
grep -E '^(==|Execution Time)|Index|Bitmap' "$EXPLAIN_OUT" | grep -v '^== SELECT' | sed -E 's/  +/ /g' | sed -n '1,80p'

say "Stopping the backend"
stop_server

# ---------------------------------------------------------------------------------------
{
    echo "Directory benchmark — N=$N members, $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $(date -u +%Y-%m-%d)"
    [ -z "${TRY_SQL:-}" ] || { echo; echo "With $(basename "$TRY_SQL") applied after generation."; }
    echo
    echo "Generation: ${GEN_TOTAL}s (members ${GEN_MEMBERS}s, skills + search_vector refresh ${GEN_SKILLS}s; other processes used ${GEN_BUSY}% CPU just before); VACUUM ANALYZE ${VACUUM_S}s"
    echo
    echo "| shape | total | req/s | p50 ms | p99 ms | errors | 1-conn p50 ms | CPU ms/req backend | CPU ms/req PostgreSQL | SQL count ms | SQL page ms | others' CPU % |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for s in "${SHAPES[@]}"; do
        echo "| \`${LABEL[$s]}\` | ${TOTAL[$s]} | ${R_RPS[$s]} | ${R_P50[$s]} | ${R_P99[$s]} | ${R_ERR[$s]} | ${S_P50[$s]} | ${R_JCPU[$s]} | ${R_PCPU[$s]} | ${SQLC[$s]} | ${SQLP[$s]} | ${R_OTHERS[$s]} |"
    done
    echo
    echo "- req/s, p50, p99: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency through the API (JWT, JSON, Hibernate, PostgreSQL)."
    echo "- 1-conn p50: wrk -t1 -c1 -d$SINGLE_DURATION, the time of one request without queueing."
    echo "- CPU ms/req: CPU time the backend (JVM) and its PostgreSQL backends spent per request during the -c$CONNECTIONS measure;"
    echo "  steadier than latencies when the machine is shared."
    echo "- SQL ms: server-side execution time of the count and page SQL in psql (literal values, median of 5 in a warm session)."
    echo "- others' CPU %: share of the machine used during the -c$CONNECTIONS measure by processes other than this backend,"
    echo "  its PostgreSQL backends and wrk. Latencies are only comparable between runs when it is near 0."
} >"$RESULTS_OUT"
say "Results (also in $RESULTS_OUT)"
cat "$RESULTS_OUT"
