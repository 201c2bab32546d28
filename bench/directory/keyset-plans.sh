#!/usr/bin/env bash
# A deep page of the directory read by number (OFFSET) and by cursor (`after`, keyset), at N members: the SQL plans,
# then the same pages through the API.
#
#   bench/directory/keyset-plans.sh                      # N=100000 into spyrales_f_bench, port 8402
#   REUSE_DB=1 bench/directory/keyset-plans.sh           # the database is already generated (prepare-db.sh)
#   PAGE=4000 SIZE=20 REPEAT=15 BENCH_DB=... BENCH_PORT=... bench/directory/keyset-plans.sh
#
# Steps: prepare-db.sh (unless REUSE_DB=1); for each shape, the page's SQL as IdPage writes it, with OFFSET and with
# the row-value condition after the row that ends the page before (KeysetOrder), each run twice to warm the cache, then
# under EXPLAIN (ANALYZE, BUFFERS), into keyset-explain.txt; then the packaged backend on BENCH_PORT, a bench member
# (registered through the API, verified in SQL), and REPEAT requests of the page by number and of the page by the
# cursor that the page before answered (`next`), one at a time with curl: median and max time_total. The script checks
# that both answers hold the same members. Read buffers and rows first on a shared machine; the load is printed.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
N=${N:-100000}
PAGE=${PAGE:-4000}
SIZE=${SIZE:-20}
REPEAT=${REPEAT:-15}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
DB=${BENCH_DB:-spyrales_f_bench}
PORT=${BENCH_PORT:-8402}
JAR=${JAR:-$REPO/backend/target/quarkus-app/quarkus-run.jar}
OUT=${OUT:-$HERE/keyset-explain.txt}
BASE="http://127.0.0.1:$PORT"
BENCH_EMAIL=banc.keyset@insee.fr
BENCH_PASSWORD=Statistiques-et-tartines-42
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -X -q)

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'keyset-plans: %s\n' "$*" >&2; exit 1; }

[ -f "$JAR" ] || die "no jar at $JAR: build the backend first (make backend-build) or set JAR=..."
if [ "${REUSE_DB:-0}" != 1 ]; then
    DB="$DB" N="$N" PORT="$PORT" JAR="$JAR" PG_HOST="$PG_HOST" PG_PORT="$PG_PORT" PG_USER="$PG_USER" \
        "$HERE/prepare-db.sh"
fi

OFFSET=$((PAGE * SIZE))
VISIBLE="m.email_verified_at IS NOT NULL AND m.visibility = 'COMMUNITY' AND m.erased_at IS NULL"
RANK="CAST(ts_rank_cd(m.search_vector, tsq) AS numeric)"
# Each shape: its API query, FROM … WHERE as IdPage writes it, its keys (the SELECT list and ORDER BY), its keyset
# condition with :k0, :k1… for the keys of the row before the page (KeysetOrder.condition), and the page to read.
SHAPES=("name,asc" "createdAt,desc" "q=data")
QUERIES=("sort=name,asc" "sort=createdAt,desc" "q=data")
MATCHES=(
    "FROM member m WHERE ($VISIBLE)"
    "FROM member m WHERE ($VISIBLE)"
    "FROM member m, directory_tsquery('data') AS tsq WHERE ($VISIBLE AND m.search_vector @@ tsq)"
)
KEYS=("lower(m.display_name), m.id" "m.created_at, m.id" "$RANK, lower(m.display_name), m.id")
ORDERS=("lower(m.display_name), m.id" "m.created_at DESC, m.id" "$RANK DESC, lower(m.display_name), m.id")
CONDITIONS=(
    "(lower(m.display_name), m.id) > (:k0, :k1)"
    "(m.created_at <= :k0 AND (m.created_at < :k0 OR (m.created_at = :k0 AND m.id > :k1)))"
    "($RANK <= :k0 AND ($RANK < :k0 OR ($RANK = :k0 AND (lower(m.display_name), m.id) > (:k1, :k2))))"
)
# q=data matches about a quarter of the members: its deep page is page 1 000 (rows 20 000…).
PAGES=("$PAGE" "$PAGE" $((PAGE / 4)))

load() { printf 'load average %s, other processes busy %s' "$(cut -d' ' -f1-3 /proc/loadavg)" "$(top -bn1 | awk -F, '/Cpu/ { print 100 - $4 }' | tr -dc '0-9.')%"; }

say "Writing the plans to $OUT"
{
    echo "EXPLAIN (ANALYZE, BUFFERS) of a deep directory page at N=$N, size $SIZE: by number (OFFSET) and by cursor (keyset)."
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ); $(psql --version); $(load)"
    plan() {
        echo
        echo "== $1"
        echo "$2"
        "${PSQL[@]}" -d "$DB" -tA -c '\o /dev/null' -c "$2" -c "$2" -c '\o' -c "EXPLAIN (ANALYZE, BUFFERS) $2"
    }
    for i in "${!SHAPES[@]}"; do
        offset=$((PAGES[i] * SIZE))
        # The keys of the last row before the page, as the cursor holds them; quoted as SQL literals.
        before=$("${PSQL[@]}" -d "$DB" -tA -F $'\t' -c \
            "SELECT ${KEYS[$i]} ${MATCHES[$i]} ORDER BY ${ORDERS[$i]} LIMIT 1 OFFSET $((offset - 1))")
        condition=${CONDITIONS[$i]}
        k=0
        while IFS= read -r value; do
            literal="'${value//\'/\'\'}'"
            case "$k:${SHAPES[$i]}" in
                0:createdAt*) literal="$literal::timestamptz" ;;
                0:q=*) literal="$literal::numeric" ;;
            esac
            condition=${condition//:k$k/$literal}
            k=$((k + 1))
        done < <(printf '%s\n' "$before" | tr '\t' '\n')
        plan "${SHAPES[$i]}, page ${PAGES[$i]} by number" \
            "SELECT ${KEYS[$i]} ${MATCHES[$i]} ORDER BY ${ORDERS[$i]} LIMIT $((SIZE + 1)) OFFSET $offset"
        plan "${SHAPES[$i]}, page ${PAGES[$i]} by cursor" \
            "SELECT ${KEYS[$i]} ${MATCHES[$i]} AND $condition ORDER BY ${ORDERS[$i]} LIMIT $((SIZE + 1))"
    done
} >"$OUT" 2>&1
grep -E '^==|Buffers: shared|Execution Time|^ *->|^Limit' "$OUT" | awk '/^==/ { print; n = 0; next } /Buffers/ && n++ > 0 { next } { print }' | grep -E '^==|Execution|Buffers' || true

say "Starting the backend on port $PORT against $DB"
WORK=$(mktemp -d /tmp/spyrales-keyset.XXXXXX)
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
    PORT="$PORT" SPYRALES_MANAGEMENT_PORT=0 SPYRALES_JWT_KEY_DIR="$WORK/keys" SPYRALES_COOKIE_SECURE=false \
    SPYRALES_DEMO=false QUARKUS_MAILER_MOCK=true java -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$WORK/server.log"; die "the backend stopped during start-up"; }
    sleep 1
done
curl -fsS "$BASE/q/health/ready" >/dev/null || die "the backend is not ready after 300 s"
"${PSQL[@]}" -d "$DB" -c "DELETE FROM member WHERE lower(email) = '$BENCH_EMAIL'"
status=$(curl -sS -o "$WORK/register.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\",\"firstName\":\"Banc\",\"lastName\":\"Essai\"}" \
    "$BASE/api/v1/auth/register")
[ "$status" = 202 ] || { cat "$WORK/register.json"; die "register answered $status"; }
"${PSQL[@]}" -d "$DB" -c "UPDATE member SET email_verified_at = now() WHERE lower(email) = '$BENCH_EMAIL'"
TOKEN=$(curl -sS -H 'Content-Type: application/json' \
    -d "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\"}" "$BASE/api/v1/auth/login" |
    sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || die "login failed"

get() { curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/members?$1"; }
ids() { python3 -c 'import json, sys; print(" ".join(i["id"] for i in json.load(sys.stdin)["items"]))'; }
timed() {
    local url=$1 times=()
    for _ in $(seq 1 "$REPEAT"); do
        times+=("$(curl -fsS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/members?$url")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "median %.1f ms, max %.1f ms", t[int((NR + 1) / 2)], t[NR] }'
}

say "Through the API, $REPEAT requests each, one at a time ($(load))"
echo "| shape | page | by number (\`page\`) | by cursor (\`after\`) |"
echo "|---|---|---|---|"
for i in "${!SHAPES[@]}"; do
    q="${QUERIES[$i]}&size=$SIZE"
    get "$q&page=${PAGES[$i]}" >/dev/null   # warm-up
    after=$(get "$q&page=$((PAGES[i] - 1))" | python3 -c 'import json, sys; print(json.load(sys.stdin)["next"])')
    [ "$(get "$q&page=${PAGES[$i]}" | ids)" = "$(get "$q&after=$after" | ids)" ] ||
        die "${SHAPES[$i]}: the page by cursor differs from the page by number"
    echo "| ${SHAPES[$i]} | ${PAGES[$i]} | $(timed "$q&page=${PAGES[$i]}") | $(timed "$q&after=$after") |"
done
echo
echo "$(load) at the end"
