#!/usr/bin/env bash
# Plans of the directory's count, exact (before) and capped at 1 000 (after), for three broad shapes at N members.
#
#   bench/directory/count-plans.sh                         # N=100000 into spyrales_d_bench, port 8750
#   REUSE_DB=1 bench/directory/count-plans.sh              # the database is already generated: only the plans
#   BENCH_DB=spyrales_bench BENCH_PORT=8282 CAP=1000 bench/directory/count-plans.sh
#
# Steps (unless REUSE_DB=1, prepare-db.sh): recreate the database, start the packaged backend once so that Flyway migrates it, stop
# it, run generate.sql (the same synthetic members as run.sh) and VACUUM ANALYZE. Then, for each shape, the count SQL
# as IdPage builds it before and after the cap (and, for q=data, the capped count with the search parsed in WHERE), each run twice to warm the cache, then under
# EXPLAIN (ANALYZE, BUFFERS); written to count-explain.txt. Read buffers and row counts, not times, on a busy machine.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
N=${N:-100000}
CAP=${CAP:-1000}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
DB=${BENCH_DB:-spyrales_d_bench}
PORT=${BENCH_PORT:-8750}
JAR=${JAR:-$REPO/backend/target/quarkus-app/quarkus-run.jar}
OUT=${OUT:-$HERE/count-explain.txt}
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -X -q)

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'count-plans: %s\n' "$*" >&2; exit 1; }

if [ "${REUSE_DB:-0}" != 1 ]; then
    DB="$DB" N="$N" PORT="$PORT" JAR="$JAR" PG_HOST="$PG_HOST" PG_PORT="$PG_PORT" PG_USER="$PG_USER" \
        "$HERE/prepare-db.sh"
fi

# The directory's statements for each shape, as IdPage writes them: before, the exact count with the search parsed in
# WHERE (directory_tsquery is the app's parser); after, the capped count with the search parsed once, in FROM.
VISIBLE="m.email_verified_at IS NOT NULL AND m.visibility = 'COMMUNITY' AND m.erased_at IS NULL"
MIN_LEVEL_2="EXISTS (SELECT 1 FROM member_skill ms WHERE ms.member_id = m.id AND ms.level >= 2)"
SHAPES=("no filter" "q=data" "minLevel=2")
BEFORE=(
    "FROM member m WHERE $VISIBLE"
    "FROM member m WHERE $VISIBLE AND m.search_vector @@ directory_tsquery('data')"
    "FROM member m WHERE $VISIBLE AND $MIN_LEVEL_2"
)
AFTER=(
    "FROM member m WHERE $VISIBLE"
    "FROM member m, directory_tsquery('data') AS tsq WHERE $VISIBLE AND m.search_vector @@ tsq"
    "FROM member m WHERE $VISIBLE AND $MIN_LEVEL_2"
)
# What the capped count costs with the search parsed in WHERE: the plan filters rows, and parses it for each one.
INLINE="FROM member m WHERE $VISIBLE AND m.search_vector @@ directory_tsquery('data')"

say "Writing the plans to $OUT"
{
    echo "EXPLAIN (ANALYZE, BUFFERS) of the directory's count at N=$N, exact (before) and capped at $CAP (after)."
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ); $(psql --version); machine shared with other work: read buffers and rows, not times."
    plan() {
        echo
        echo "== $1: $2"
        "${PSQL[@]}" -d "$DB" -tA -c '\o /dev/null' -c "$2" -c "$2" -c '\o' -c "EXPLAIN (ANALYZE, BUFFERS) $2"
    }
    capped() { printf 'SELECT count(*) AS n FROM (SELECT 1 %s LIMIT %d) capped' "$1" $((CAP + 1)); }
    for i in "${!SHAPES[@]}"; do
        plan "${SHAPES[$i]}, before" "SELECT count(*) ${BEFORE[$i]}"
        plan "${SHAPES[$i]}, after" "$(capped "${AFTER[$i]}")"
    done
    plan "q=data, capped but the search parsed in WHERE (not what IdPage does)" "$(capped "$INLINE")"
} >"$OUT" 2>&1
grep -E '^==|Buffers: shared|Execution Time' "$OUT" | awk '/^==/ { print; n = 0; next } /Buffers/ && n++ > 0 { next } { print }'
