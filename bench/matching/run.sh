#!/usr/bin/env bash
# Benchmark of the matching engine (fr.spyrales.matching.engine) on synthetic communities.
#
#   bench/matching/run.sh                          # 1k, 5k, 20k and 100k mentees, mentors a fifth of that
#   SIZES="1000 20000" bench/matching/run.sh       # other sizes
#   BUILD_DIR=/tmp/other-target bench/matching/run.sh   # engine classes from another build directory
#   QUIET_BUSY=15 bench/matching/run.sh            # before each size, wait for < 15 % CPU used by others
#
# Each size runs in its own JVM with -Xmx1g: one first run (class loading, JIT, OR-Tools native
# library), then RUNS measured runs (LARGE_RUNS from 100k mentees up), of which the table shows the
# medians. Needs java 17 and maven; compiles the backend if the engine classes in $BUILD_DIR are
# missing or stale. No database.
# Prints a markdown table, also written to last-results.md.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

BUILD_DIR=${BUILD_DIR:-$REPO/backend/target}
SIZES=${SIZES:-1000 5000 20000 100000}
K=${K:-50}
SEED=${SEED:-2026}
RUNS=${RUNS:-3}
LARGE_RUNS=${LARGE_RUNS:-1}   # measured runs from 100k mentees up, where one run takes about a minute
HEAP=${HEAP:-1g}
QUIET_BUSY=${QUIET_BUSY:-}    # e.g. 15: before each size, wait until other processes use < 15 % CPU
QUIET_WAIT=${QUIET_WAIT:-600} # ... but at most this many seconds
RESULTS_OUT=${RESULTS_OUT:-$HERE/last-results.md}

WORK=$BUILD_DIR/bench-matching
CLASSPATH_FILE=$WORK/classpath.txt

say() { printf '==> %s\n' "$*" >&2; }
# CPU busy (%) of the whole machine over 2 s; between two sizes, that is other processes.
# shellcheck source=../lib/cpu.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/cpu.sh"
wait_for_quiet() {
    [ -n "$QUIET_BUSY" ] || return 0
    local start=$SECONDS busy
    while busy=$(machine_busy); [ "$busy" -ge "$QUIET_BUSY" ] && [ $((SECONDS - start)) -lt "$QUIET_WAIT" ]; do
        sleep 3
    done
    say "other processes use $busy % CPU (waited $((SECONDS - start)) s)"
}

ENGINE_SOURCES=$REPO/backend/src/main/java/fr/spyrales/matching/engine
ENGINE_CLASS=$BUILD_DIR/classes/fr/spyrales/matching/engine/OptimalAssignment.class
if [ ! -f "$ENGINE_CLASS" ] || [ -n "$(find "$ENGINE_SOURCES" -name '*.java' -newer "$ENGINE_CLASS" | head -1)" ]; then
    say "Compiling the backend into $BUILD_DIR (engine classes missing or older than their sources)"
    mvn -B -q -f "$REPO/backend/pom.xml" compile -DskipTests -Dbuild.dir="$BUILD_DIR"
fi
mkdir -p "$WORK"
if [ ! -s "$CLASSPATH_FILE" ] || [ "$REPO/backend/pom.xml" -nt "$CLASSPATH_FILE" ]; then
    say "Resolving the backend's runtime classpath"
    mvn -B -q -f "$REPO/backend/pom.xml" dependency:build-classpath -Dbuild.dir="$BUILD_DIR" \
        -Dmdep.includeScope=runtime -Dmdep.outputFile="$CLASSPATH_FILE" >/dev/null
fi
CP="$BUILD_DIR/classes:$(cat "$CLASSPATH_FILE")"

say "Compiling the benchmark"
rm -rf "$WORK/classes"
javac --release 17 -d "$WORK/classes" -cp "$CP" "$HERE"/src/*.java

JAVA=(java "-Xmx$HEAP" -cp "$WORK/classes:$CP" MatchingBench)
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)

{
    echo "Matching benchmark — k=$K, seed $SEED, -Xmx$HEAP, one JVM per size, $(nproc) cores ($CPU), $(date -u +%F)"
    echo
    "${JAVA[@]}" --header
} > "$RESULTS_OUT.tmp"
for size in $SIZES; do
    runs=$RUNS
    [ "$size" -ge 100000 ] && runs=$LARGE_RUNS
    wait_for_quiet
    say "$size mentees, $((size / 5)) mentors, k=$K: a first run and $runs measured"
    "${JAVA[@]}" "$size" "$K" "$SEED" "$runs" >> "$RESULTS_OUT.tmp"
done
mv "$RESULTS_OUT.tmp" "$RESULTS_OUT"
echo >&2
cat "$RESULTS_OUT"
