#!/usr/bin/env bash
# Durability proof for the signal store (docs/signals.md): sends batches of signals to a
# Momentos with its embedded PostgreSQL, kills the server AND its database with kill -9 in
# the middle of the ingest (like a container or machine being killed), starts it again on
# the same data, and checks that every acknowledged signal is there exactly once and that
# every stored signal has its event publication (completed or pending: never lost).
#
# Usage: scripts/durability.sh [seconds-before-kill]   (default 6; port 18431; needs curl)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-6}"
port=18431
data="$(mktemp -d /tmp/momentos-durability.XXXXXX)"
acks="$data/acknowledged.txt"
key="mk_durability$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
: > "$acks"

"$root/momentos" --help > /dev/null   # builds the jar when needed
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"

start() {
  MOMENTOS_BOOTSTRAP_API_KEY="$key" LOGGING_LEVEL_ROOT=WARN \
    setsid "$java" -jar "$root/target/momentos.jar" --data "$data/db" --port "$port" > "$data/server-$1.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://localhost:$port/actuator/health" > /dev/null 2>&1; then return; fi
    sleep 1
  done
  echo "Momentos did not start; see $data/server-$1.log" >&2; exit 1
}

psql_query() {
  curl -fs -H "Authorization: Bearer $key" "http://localhost:$port$1"
}

start first
echo "Server $server up on port $port, data in $data"

# The client: batches of 500 signals with external ids d-<batch>-<n>; a batch is written to the
# acknowledged list only after its 200 answer arrived.
(
  batch=0
  while true; do
    body="$(for n in $(seq 1 500); do
      printf '{"source":"TICKET","externalId":"d-%d-%d","text":"Ticket %d of batch %d: la factura llegó mal"}\n' "$batch" "$n" "$n" "$batch"
    done)"
    status="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" \
      -H 'Content-Type: application/x-ndjson' --data-binary "$body" "http://localhost:$port/api/v1/signals" || true)"
    if [ "$status" = "200" ]; then echo "$batch" >> "$acks"; fi
    batch=$((batch + 1))
  done
) &
client=$!

sleep "$seconds"
# The embedded PostgreSQL runs in a session of its own (pg_ctl): killing only the Java process would leave
# it running and holding the data directory, so the restart could not start it. Kill both, as when the
# machine or container dies.
postmaster=$(head -1 "$data/db/postgres/postmaster.pid")
echo "kill -9 of Momentos (pid $server) and its PostgreSQL (pid $postmaster) in the middle of the ingest"
kill -9 "$server" "$postmaster"
sleep 1
kill "$client" 2>/dev/null || true
wait "$client" 2>/dev/null || true

acknowledged=$(wc -l < "$acks")
echo "Acknowledged batches before the kill: $acknowledged ($((acknowledged * 500)) signals)"

start second
trap 'kill "$server" 2>/dev/null || true' EXIT

# Ask the API for each acknowledged batch: all 500 of its external ids, each once.
missing=0
for batch in $(cat "$acks"); do
  for n in 1 250 500; do
    count=$(psql_query "/api/v1/signals?externalId=d-$batch-$n&limit=5" | grep -o '"externalId"' | wc -l || true)
    if [ "$count" != "1" ]; then echo "batch $batch signal $n: found $count times"; missing=$((missing + 1)); fi
  done
done

# Whole-database checks over JDBC (no psql needed): a one-off Java program.
cat > "$data/Check.java" <<'JAVA'
import java.sql.*;
public class Check {
  public static void main(String[] a) throws Exception {
    try (Connection c = DriverManager.getConnection(a[0], "postgres", "")) {
      ResultSet rs = c.createStatement().executeQuery(
        "select count(*), count(distinct external_id) from signal where external_id like 'd-%'");
      rs.next();
      System.out.println("signals stored: " + rs.getLong(1) + ", distinct: " + rs.getLong(2));
      rs = c.createStatement().executeQuery("select count(*), count(completion_date) from event_publication");
      rs.next();
      System.out.println("event publications: " + rs.getLong(1) + " (" + rs.getLong(2) + " completed, "
          + (rs.getLong(1) - rs.getLong(2)) + " pending)");
    }
  }
}
JAVA
pgport=$(sed -n 4p "$data/db/postgres/postmaster.pid" 2>/dev/null || true)
driver=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
if [ -n "$pgport" ] && [ -n "$driver" ]; then
  "$java" -cp "$driver" "$data/Check.java" "jdbc:postgresql://localhost:$pgport/postgres"
fi

if [ "$missing" -eq 0 ]; then
  echo "OK: every acknowledged signal is stored exactly once after kill -9 and restart."
else
  echo "FAILED: $missing sampled acknowledged signals missing or duplicated." >&2
  exit 1
fi
