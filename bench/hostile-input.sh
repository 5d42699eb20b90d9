#!/usr/bin/env bash
# Times how fast hostile numbers are refused: starts the one-command run on an empty data
# directory, signs in as the demo procurement analyst and sends each value as a contract's annual
# value, a regime figure for the simulator and a contract's version, printing status and time per
# request. Each should answer within milliseconds (before the fix, 1e1000000 held a core for
# minutes): 4xx, except 0.001 as a percentage, which the regime keeps (four decimals), so the
# simulation runs and stores nothing.
# Usage: bench/hostile-input.sh   (builds first if config/target/tandem is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18080}
BASE="http://localhost:$PORT"
DIST=config/target/tandem
[ -f "$DIST/tandem-launcher.jar" ] || mvn -B -q -DskipTests package

DATA=$(mktemp -d)
JAR=$(mktemp)
LOG=$(mktemp)
TANDEM_DATA_DIR=$DATA TANDEM_HTTP_PORT=$PORT java -jar "$DIST/tandem-launcher.jar" >"$LOG" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null; wait $PID 2>/dev/null || true; rm -rf "$DATA" "$JAR" "$LOG"' EXIT
until curl -sf "$BASE/health/ready" 2>/dev/null | grep -q '"status":"UP"'; do
  kill -0 "$PID" 2>/dev/null || { echo "launcher exited early:"; tail -20 "$LOG"; exit 1; }
  sleep 0.2
done

sign_in() {
  local state
  state=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login.xhtml" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "login=login" --data-urlencode "login:email=$1" \
    --data-urlencode "login:password=tandem-demo" --data-urlencode "login:sign-in=" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml"
}

post() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$JAR" -H 'Content-Type: application/json' \
    -H 'X-Requested-By: bench' -X "$1" --data-binary "$3" "$BASE/api/v1/$2"
}

sign_in procurement@northwind.example
WS=$(curl -s -b "$JAR" "$BASE/api/v1/workspaces" | grep -o '"id":[0-9]*,"name":"Northwind x Calltech: UK claims"' | grep -o '[0-9]*' | head -1)

echo "Hostile numbers, $(nproc) cores, $(java -version 2>&1 | head -1); status and seconds per request"
for value in 1e1000000 -1e1000000 1e-1000000 1e17 0.001 "1$(printf '0%.0s' {1..399})"; do
  shown=${value:0:12}
  contract="{\"reference\":\"B-1\",\"type\":\"STATEMENT_OF_WORK\",\"title\":\"Bench\",\"effectiveDate\":\"2027-01-01\",\"expiryDate\":\"2028-01-01\",\"noticePeriodDays\":30,\"currency\":\"GBP\",\"annualValue\":$value,\"monthlyCharges\":100}"
  regime="{\"atRiskPercent\":$value,\"poolAllocationCapPercent\":100,\"earnBackPeriods\":0,\"continuousImprovementPercent\":0,\"clientGainSharePercent\":50}"
  version="{\"status\":\"ACTIVE\",\"version\":$value}"
  printf '%-14s annualValue %s   atRiskPercent %s   version %s\n' "$shown" \
    "$(post POST "workspaces/$WS/contracts" "$contract")" \
    "$(post POST "workspaces/$WS/contracts/1/credit-simulation" "$regime")" \
    "$(post POST "workspaces/$WS/contracts/1/status" "$version")"
done
