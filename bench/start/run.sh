#!/usr/bin/env bash
# Start time and memory of the packaged app, on a database already migrated and holding the demo community (the
# start that matters in production: a restart or a new replica). For each way of starting the JVM: RUNS starts,
# milliseconds from launch to /q/health/ready (median and extremes) and resident memory once ready; then, started
# once more, a minute's reading load (wrk, 4 connections, bench/start/mix.lua) and the memory after it.
#
#   bench/start/run.sh                          # jar from backend/target (make build)
#   RUNS=9 LOAD_SECONDS=30 bench/start/run.sh
#
# Ways of starting (VARIANTS):
#   plain    java -jar, the JVM's defaults (G1, heap up to a quarter of the RAM);
#   appcds   plus -XX:SharedArchiveFile: the classes of a whole start, archived by a first start run with
#            -XX:ArchiveClassesAtExit (Java 17 AppCDS, dynamic archive);
#   small    appcds plus -XX:+UseSerialGC -Xmx256m: what a 2-CPU container with 512 MiB of memory gets;
#   c1       small plus -XX:TieredStopAtLevel=1: the quick compiler only (less compiling during the start, slower
#            code at its peak: the load column says how much);
#   aot25    only when JAVA25 names a Java 25 `java`: its ahead-of-time cache (JEP 483/514, classes loaded and
#            linked, written by a first start with -XX:AOTCacheOutput) with the options of c1. Not the project's
#            runtime (Java 17): what the next LTS would give the same jar.
#
# Needs: java 17, psql, curl, wrk, a built jar (make build, or JAR=...).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
DB=${BENCH_DB:-spyrales_bench_start}
PORT=${BENCH_PORT:-8286}
JAR=${JAR:-$REPO/backend/target/quarkus-app/quarkus-run.jar}
RUNS=${RUNS:-5}
LOAD_SECONDS=${LOAD_SECONDS:-60}
JAVA25=${JAVA25:-}
VARIANTS=${VARIANTS:-plain appcds small c1${JAVA25:+ aot25}}
RESULTS_OUT=${RESULTS_OUT:-$HERE/last-results.md}
BASE="http://127.0.0.1:$PORT"
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -X -q)
WORK=$(mktemp -d /tmp/spyrales-bench-start.XXXXXX)
ARCHIVE=$WORK/app.jsa
AOT_CACHE=$WORK/app.aot
# shellcheck source=../lib/cpu.sh
source "$HERE/../lib/cpu.sh"
# shellcheck source=../lib/app.sh
source "$HERE/../lib/app.sh"
trap 'stop_app; rm -rf "$WORK"' EXIT

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
for tool in java psql curl wrk awk sort; do command -v "$tool" >/dev/null || die "$tool is needed"; done
[ -f "$JAR" ] || die "no jar at $JAR (make build, or JAR=...)"

options_of() {
    case $1 in
        plain) echo "" ;;
        appcds) echo "-XX:SharedArchiveFile=$ARCHIVE -Xlog:cds=off -Xlog:cds+dynamic=off" ;;
        small) echo "-XX:SharedArchiveFile=$ARCHIVE -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC -Xmx256m" ;;
        c1) echo "$(options_of small) -XX:TieredStopAtLevel=1" ;;
        aot25) echo "-XX:AOTCache=$AOT_CACHE -XX:+UseSerialGC -Xmx256m -XX:TieredStopAtLevel=1" ;;
        *) die "unknown variant $1" ;;
    esac
}

token() {
    curl -fsS "$BASE/api/v1/auth/login" -H 'content-type: application/json' \
        -d '{"email":"lea.moreau@justice.gouv.fr","password":"Demo-Spyrales-2026"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}

say "Recreating $DB: a first start migrates it, loads the demo community and archives the classes it used"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
SPYRALES_DEMO=true start_app "$DB" "$PORT" "$WORK/first.log" \
    "-XX:ArchiveClassesAtExit=$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off
TOKEN=$(token) wrk -t1 -c2 -d5s -s "$HERE/mix.lua" "$BASE" >/dev/null
stop_app
[ -s "$ARCHIVE" ] || die "no class archive was written"
if [ -n "$JAVA25" ]; then
    say "Java 25: a start with the same reading writes the ahead-of-time cache"
    JAVA=$JAVA25 start_app "$DB" "$PORT" "$WORK/aot-training.log" "-XX:AOTCacheOutput=$AOT_CACHE"
    TOKEN=$(token) wrk -t1 -c2 -d5s -s "$HERE/mix.lua" "$BASE" >/dev/null
    stop_app
    [ -s "$AOT_CACHE" ] || die "no ahead-of-time cache was written"
fi
java_of() { if [ "$1" = aot25 ]; then echo "$JAVA25"; else echo java; fi; }

rows=()
for variant in $VARIANTS; do
    read -r -a options <<<"$(options_of "$variant")"
    times=()
    for run in $(seq 1 "$RUNS"); do
        busy=$(machine_busy)
        JAVA=$(java_of "$variant") start_app "$DB" "$PORT" "$WORK/$variant-$run.log" "${options[@]}"
        ms=$READY_MS
        read -r rss _ <<<"$(app_memory)"
        stop_app
        times+=("$ms")
        echo "$variant run $run: ready in $ms ms, RSS $rss MiB (machine ${busy}% busy before)"
    done
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    median=$(sed -n "$(( (RUNS + 1) / 2 ))p" <<<"$sorted")
    fastest=$(head -1 <<<"$sorted")
    slowest=$(tail -1 <<<"$sorted")
    JAVA=$(java_of "$variant") start_app "$DB" "$PORT" "$WORK/$variant-load.log" "${options[@]}"
    read -r ready_rss _ <<<"$(app_memory)"
    busy=$(machine_busy)
    rate=$(TOKEN=$(token) wrk -t2 -c4 -d"${LOAD_SECONDS}s" -s "$HERE/mix.lua" "$BASE" | awk '/Requests\/sec/ { print $2 }')
    read -r load_rss peak <<<"$(app_memory)"
    stop_app
    rows+=("| $variant | \`$(options_of "$variant" | sed 's/ -Xlog:cds=off -Xlog:cds+dynamic=off//; s#'"$ARCHIVE"'#app.jsa#; s#'"$AOT_CACHE"'#app.aot#')\` | **$median** | $fastest – $slowest | $ready_rss | $load_rss | $peak | $rate | $busy |")
done

{
    echo "Start on a migrated database with the demo community; $RUNS starts per way; load: wrk -c4 ${LOAD_SECONDS}s (mix.lua)."
    echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1)."
    echo
    echo "| way | JVM options | ready ms (median) | fastest – slowest | RSS ready MiB | RSS after load MiB | peak RSS MiB | load req/s | machine busy % before load |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
} | tee "$RESULTS_OUT"
