#!/usr/bin/env bash
# The backend suite in two parts side by side, each a Maven run with its own build directory, test application and
# database: one test at a time keeps about one core busy (the client, the app and PostgreSQL wait on each other), so
# two parts share the machine's two cores. Part « securite » is the security package (the authorisation matrix and
# the contract fuzzer, about half of the suite's time) in target/; part « autres » everything else, in target/autres/.
#
# Usage: test-parts.sh <jdbc url of the first part's database> <jdbc url of the second part's> [maven options…]
set -uo pipefail
cd "$(dirname "$0")"
first_db=$1 second_db=$2
shift 2

part() {
  local name=$1 url=$2
  shift 2
  SPYRALES_TEST_DB_URL=$url mvn -B test -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 | sed -u "s/^/[$name] /"
}

part securite "$first_db" -Dtest='fr/spyrales/security/**/*' "$@" &
first=$!
# The manifest drift test needs the packaged build: it runs with the jar (make), not here.
part autres "$second_db" -Dbuild.dir="$PWD/target/autres" -Dtest='!fr/spyrales/security/**/*, !**/KubernetesManifestsDriftTest' "$@" &
second=$!

wait $first
first_status=$?
wait $second
second_status=$?
if [ $first_status -ne 0 ] || [ $second_status -ne 0 ]; then
  echo "Backend tests failed (securite: exit $first_status, autres: exit $second_status): see the lines marked [securite] and [autres] above."
  exit 1
fi
