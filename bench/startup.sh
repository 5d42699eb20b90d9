#!/usr/bin/env bash
# Measures the one-command run: time from launch to readiness UP, and the resident memory of
# the Payara Micro server process once ready. Runs twice: a cold first start on an empty data
# directory (initdb, all migrations, demo data) and a restart on the data the first run left.
# Usage: bench/startup.sh   (builds first if config/target/tandem is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18080}
DIST=config/target/tandem
[ -f "$DIST/tandem-launcher.jar" ] || mvn -B -q -DskipTests package

DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT

measure() {
  local label=$1 log
  log=$(mktemp)
  local start end pid server rss pg_rss
  start=$(date +%s%N)
  TANDEM_DATA_DIR=$DATA TANDEM_HTTP_PORT=$PORT java -jar "$DIST/tandem-launcher.jar" >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$PORT/health/ready" 2>/dev/null | grep -q '"tandem-database","status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "launcher exited early:"; tail -20 "$log"; exit 1; fi
    sleep 0.1
  done
  end=$(date +%s%N)
  server=$(pgrep -P "$pid" java)
  sleep 2 # let start-up garbage settle before reading memory
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$server/status")
  local postmaster
  postmaster=$(head -1 "$DATA/postmaster.pid")
  # RSS summed over the postmaster and its workers; shared buffers count once per process.
  pg_rss=$(ps -o rss= -p "$postmaster,$(pgrep -d, -P "$postmaster")" | awk '{s+=$1} END {print s+0}')
  printf '%-28s ready in %5.1f s   server RSS %4d MB   embedded PostgreSQL RSS %4d MB\n' \
    "$label" "$(awk "BEGIN {print ($end-$start)/1e9}")" $((rss / 1024)) $((pg_rss / 1024))
  kill -TERM "$pid"
  wait "$pid" || true
  if [ -e "$DATA/postmaster.pid" ]; then echo "  PostgreSQL did NOT shut down cleanly"; else echo "  stopped cleanly"; fi
  rm -f "$log"
}

echo "Tandem start-up benchmark on $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
measure "cold (empty data directory)"
measure "restart (existing data)"
