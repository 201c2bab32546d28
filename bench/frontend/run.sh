#!/usr/bin/env bash
# First-visit weight and speed of the front end, through the packaged app (gzip and cache headers as in production),
# with the demo community loaded: the bundle sizes of the build, then Chromium's figures (measure.mjs).
#
#   bench/frontend/run.sh                           # jar from backend/target (make bench-frontend builds it)
#   JAR=/path/quarkus-run.jar RUNS=9 bench/frontend/run.sh
#   PAGES=/,/statistiques PROFILES=mobile bench/frontend/run.sh
#
# Needs: java 17, psql, curl, node (the front end's node_modules: playwright-core), /usr/bin/chromium, a built jar.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
DB=${BENCH_DB:-spyrales_bench_frontend}
PORT=${BENCH_PORT:-8284}
JAR=${JAR:-$REPO/backend/target/quarkus-app/quarkus-run.jar}
RESULTS_OUT=${RESULTS_OUT:-$HERE/last-results.md}
BASE="http://127.0.0.1:$PORT"
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -X -q)
WORK=$(mktemp -d /tmp/spyrales-bench-frontend.XXXXXX)
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

for tool in java psql curl node gzip; do command -v "$tool" >/dev/null || die "$tool is needed"; done
[ -x /usr/bin/chromium ] || die "Chromium is missing: apt-get install chromium"
[ -f "$JAR" ] || die "no jar at $JAR (make build, or JAR=...)"
[ -d "$REPO/frontend/node_modules/playwright-core" ] || die "the front end's dependencies are missing (make frontend-deps)"

say "Recreating $DB and starting the app with the demo community on port $PORT"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
mkdir -p "$WORK/keys"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" \
QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
PORT="$PORT" \
SPYRALES_JWT_KEY_DIR="$WORK/keys" \
SPYRALES_PUBLIC_URL="$BASE" \
SPYRALES_COOKIE_SECURE=false \
SPYRALES_DEMO=true QUARKUS_MAILER_MOCK=true \
    java -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
    curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -50 "$WORK/server.log"; die "the app stopped during start-up"; }
    sleep 1
done
curl -fsS "$BASE/q/health/ready" >/dev/null || { tail -50 "$WORK/server.log"; die "the app is not ready after 300 s"; }

# What the first page asks for, read from the index.html the app serves: its script and stylesheet, and the DSFR's
# script, which react-dsfr imports as soon as it starts.
index=$(curl -fsS "$BASE/")
size_row() {
    local file=$1 raw gz
    raw=$(curl -fsS "$BASE$file" | wc -c)
    gz=$(curl -fsS "$BASE$file" | gzip -6 | wc -c)
    printf '| `%s` | %.1f | %.1f |\n' "${file##*/}" "$(echo "$raw / 1024" | bc -l)" "$(echo "$gz / 1024" | bc -l)"
}
entry_js=$(grep -o 'src="/assets/[^"]*\.js"' <<<"$index" | sed 's/src="//; s/"$//')
entry_css=$(grep -o 'href="/assets/[^"]*\.css"' <<<"$index" | sed 's/href="//; s/"$//')
dsfr_js=/assets/$(curl -fsS "$BASE$entry_js" | grep -o 'dsfr\.module-[A-Za-z0-9_-]*\.js' | head -1)

BUSY=$(machine_busy)
say "Measuring with Chromium (the machine was ${BUSY}% busy over the last 2 s)"
figures=$(node "$HERE/measure.mjs" "$BASE")

{
    echo "# Front-end benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Jar: \`${JAR#"$REPO/"}\`. Machine: $(nproc) cores, Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{ print $2 }');"
    echo "${BUSY}% busy over the 2 s before the measures, load average $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo "What the first page loads (gzip -6, as the app compresses; KiB):"
    echo
    echo "| file | raw | gzip |"
    echo "|---|---|---|"
    size_row "$entry_js"
    [ "$dsfr_js" != /assets/ ] && size_row "$dsfr_js"
    for css in $entry_css; do size_row "$css"; done
    echo
    echo "$figures"
} | tee "$RESULTS_OUT"
