#!/usr/bin/env bash
# A database of N synthetic members for the directory's plan scripts (count-plans.sh, keyset-plans.sh): recreate it,
# start the packaged backend once so that Flyway migrates it, stop it, run generate.sql (the same synthetic members as
# run.sh) and VACUUM ANALYZE. Environment: DB, N, PORT, JAR, PG_HOST, PG_PORT, PG_USER (the callers set them).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -X -q)

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'prepare-db: %s\n' "$*" >&2; exit 1; }

[ -f "$JAR" ] || die "no jar at $JAR: build the backend first (make backend-build) or set JAR=..."
say "Recreating database $DB"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
WORK=$(mktemp -d /tmp/spyrales-directory-db.XXXXXX)
say "Starting the backend on port $PORT so that Flyway migrates $DB (log in $WORK/server.log)"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
    PORT="$PORT" SPYRALES_JWT_KEY_DIR="$WORK/keys" SPYRALES_DEMO=false QUARKUS_MAILER_MOCK=true \
    java -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$WORK/server.log"; die "the backend stopped during start-up"; }
    sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || die "the backend is not ready after 300 s"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
trap - EXIT
say "Generating $N members (generate.sql), then VACUUM ANALYZE"
"${PSQL[@]}" -d "$DB" -v n="$N" -f "$HERE/generate.sql"
"${PSQL[@]}" -d "$DB" -c "VACUUM ANALYZE"
