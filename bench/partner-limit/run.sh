#!/usr/bin/env bash
# The database side of one partner call's rate limit and usage count, before (GCRA upsert) and after (Bucket4j's
# state under SELECT … FOR UPDATE), with pgbench. See bench/README.md « Partner rate limit ».
set -euo pipefail
cd "$(dirname "$0")"
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
DB=${DB:-spyrales_bench_limit}
SECONDS_EACH=${SECONDS_EACH:-10}
pg=(-h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER")

echo "== recreating $DB"
dropdb "${pg[@]}" --if-exists "$DB"
createdb "${pg[@]}" "$DB"
psql "${pg[@]}" -d "$DB" -q -v ON_ERROR_STOP=1 -f schema.sql

cpu_busy() { awk '/^cpu /{print $2+$3+$4+$6+$7+$8, $5}' /proc/stat; }

echo "| limiter | clients (buckets) | connections | calls/s | mean latency (ms) | machine CPU busy % |"
echo "|---|---|---|---|---|---|"
for clients in 1 1000; do
  for connections in 1 8; do
    for script in gcra bucket4j; do
      read -r busy0 idle0 < <(cpu_busy)
      out=$(pgbench "${pg[@]}" -n -M prepared -f "$script.sql" -D clients="$clients" -c "$connections" -j 2 \
        -T "$SECONDS_EACH" "$DB" 2>&1)
      read -r busy1 idle1 < <(cpu_busy)
      tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out" | head -1)
      lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")
      busy=$(awk -v b=$((busy1 - busy0)) -v i=$((idle1 - idle0)) 'BEGIN{printf "%.0f", 100*b/(b+i)}')
      echo "| $script | $clients | $connections | ${tps%.*} | $lat | $busy |"
    done
  done
done
dropdb "${pg[@]}" "$DB"
