#!/usr/bin/env bash
# Imports a large generated interaction file through the REST endpoint with the server's heap
# capped (512 MB, the launcher's default TANDEM_JAVA_OPTS), to show that the import streams: the
# file (about 116 bytes a row, 1.1 GB for ten million rows) is never held by the server. Starts
# the one-command run on an empty data directory, signs in as Calltech's account manager and
# streams bench/InteractionGenerator.java's output with curl (chunked, never whole in memory either).
# Prints the answer, the time, and the server process's peak resident memory while importing.
# Usage: bench/import-large.sh [ROWS]   (default 10000000; builds first if config/target/tandem is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-10000000}
PORT=${BENCH_PORT:-18081}
BASE="http://localhost:$PORT"
DIST=config/target/tandem
[ -f "$DIST/tandem-launcher.jar" ] || mvn -B -q -DskipTests package

DATA=$(mktemp -d)
JAR=$(mktemp)
LOG=$(mktemp)
OUT=$(mktemp)
export TANDEM_JAVA_OPTS=${TANDEM_JAVA_OPTS:--Xms128m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
TANDEM_DATA_DIR=$DATA TANDEM_HTTP_PORT=$PORT java -jar "$DIST/tandem-launcher.jar" >"$LOG" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null; wait $PID 2>/dev/null || true; rm -rf "$DATA" "$JAR" "$LOG" "$OUT"' EXIT
until curl -sf "$BASE/health/ready" 2>/dev/null | grep -q '"status":"UP"'; do
  kill -0 "$PID" 2>/dev/null || { echo "launcher exited early:"; tail -20 "$LOG"; exit 1; }
  sleep 0.2
done

state=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login.xhtml" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "login=login" --data-urlencode "login:email=am@calltech.example" \
  --data-urlencode "login:password=tandem-demo" --data-urlencode "login:sign-in=" \
  --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml"
WS=$(curl -s -b "$JAR" "$BASE/api/v1/workspaces" | grep -o '"id":[0-9]*,"name":"Northwind x Calltech: UK claims"' | grep -o '[0-9]*' | head -1)

# The Payara Micro server is the launcher's child java process.
SERVER=$(pgrep -P "$PID" java | head -1 || true)
SERVER=${SERVER:-$PID}
peak=0
sample() {
  while kill -0 "$SERVER" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status" 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss && echo "$peak" >"$OUT.peak"
    sleep 0.5
  done
}
sample &
SAMPLER=$!

echo "Importing $ROWS rows, $(nproc) cores, $(java -version 2>&1 | head -1), server options: $TANDEM_JAVA_OPTS"
start=$(date +%s.%N)
status=$(java bench/InteractionGenerator.java --rows "$ROWS" --month 2026-03 --seed 7 --out - \
  | curl -s -o "$OUT" -w '%{http_code}' -b "$JAR" -H 'Content-Type: text/csv' -H 'X-Requested-By: bench' \
      -X POST -T - "$BASE/api/v1/workspaces/$WS/interactions/imports?fileName=bench-$ROWS.csv")
end=$(date +%s.%N)
kill "$SAMPLER" 2>/dev/null || true
echo "answer: $status $(head -c 400 "$OUT")"
echo "seconds: $(echo "$end - $start" | bc)"
echo "server peak RSS: $(( $(cat "$OUT.peak" 2>/dev/null || echo 0) / 1024 )) MB"
grep -q "OutOfMemoryError" "$LOG" && echo "OutOfMemoryError in the server log" || echo "no OutOfMemoryError in the server log"
rm -f "$OUT.peak"
