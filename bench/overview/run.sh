#!/usr/bin/env bash
# « Mon espace » benchmark: the statements of GET /api/v1/me/overview (read from OverviewRepository.java) on a
# synthetic community (generate.sql), for a busy member and for a newcomer, with pgbench. No backend needed: the
# schema comes from the Flyway migrations applied in version order. Results go to last-results.md.
# Needs: psql, pgbench, python3; PostgreSQL on 127.0.0.1:5432 with trust auth for postgres.
set -euo pipefail
cd "$(dirname "$0")"
PG_HOST=${PG_HOST:-127.0.0.1} PG_PORT=${PG_PORT:-5432} PG_USER=${PG_USER:-postgres}
DB=${DB:-spyrales_bench_overview}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -X -q)
MIGRATIONS=../../backend/src/main/resources/db/migration
REPOSITORY=../../backend/src/main/java/fr/spyrales/overview/OverviewRepository.java

echo "==> Recreating $DB and applying the migrations"
dropdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" --if-exists "$DB"
createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$DB"
for file in $(python3 -c '
import os, sys
files = [f for f in os.listdir(sys.argv[1]) if f.endswith(".sql")]
key = lambda f: tuple(int(p) for p in f.split("__")[0][1:].split("_"))
print("\n".join(sorted(files, key=key)))' "$MIGRATIONS"); do
  "${PSQL[@]}" -d "$DB" -f "$MIGRATIONS/$file" >/dev/null
done

echo "==> Generating the community"
start=$(date +%s)
"${PSQL[@]}" -d "$DB" -f generate.sql >/dev/null
echo "    generated in $(( $(date +%s) - start )) s"

busy=$("${PSQL[@]}" -d "$DB" -tA -c "SELECT md5('busy')::uuid")
newcomer=$("${PSQL[@]}" -d "$DB" -tA -c "SELECT md5('m19999')::uuid")
python3 sql_for.py "$REPOSITORY" "$busy" > /tmp/overview-busy.sql
python3 sql_for.py "$REPOSITORY" "$newcomer" > /tmp/overview-newcomer.sql
statements=$(grep -c ';$' /tmp/overview-busy.sql)

{
  echo "# « Mon espace » benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Community: $("${PSQL[@]}" -d "$DB" -tA -c "SELECT count(*) FROM member") members,"\
       "$("${PSQL[@]}" -d "$DB" -tA -c "SELECT count(*) FROM mentorship") pairings,"\
       "$("${PSQL[@]}" -d "$DB" -tA -c "SELECT count(*) FROM notification") notifications,"\
       "$("${PSQL[@]}" -d "$DB" -tA -c "SELECT count(*) FROM project") projects,"\
       "$("${PSQL[@]}" -d "$DB" -tA -c "SELECT count(*) FROM event_registration") event registrations."
  echo "One overview = $statements statements (pgbench: one transaction = one overview, 1 client, ${SECONDS_PER_RUN} s)."
  echo
  echo "| member | overviews/s | mean latency of one overview (ms) |"
  echo "|---|---|---|"
  for who in busy newcomer; do
    out=$(pgbench -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -n -c 1 -T "$SECONDS_PER_RUN" -f "/tmp/overview-$who.sql" "$DB" 2>&1)
    tps=$(echo "$out" | awk -F'= ' '/^tps/ {split($2, a, " "); print a[1]}')
    lat=$(echo "$out" | awk -F'= ' '/latency average/ {split($2, a, " "); print a[1]}')
    echo "| $who | $tps | $lat |"
  done
} | tee last-results.md
