#!/usr/bin/env bash
# Measures the dashboards under load: starts Tandem on a fresh data directory, seeds 50 workspaces x
# 20 service levels x 60 months of measurements (bench/dashboard-seed.sql), then drives each
# dashboard endpoint and page with wrk from this second process (20 connections, 2 threads) and
# prints p50/p95/p99 of each of BENCH_RUNS (3) runs of 30 s per request: this machine's
# throughput drifts by a third between runs, so one run says little. First it warms the server:
# BENCH_WARMUP_ROUNDS (3) rounds of BENCH_WARMUP (60 s) per request, all four in turn, then more
# such rounds until one compiles fewer than BENCH_JIT_QUIET (100) methods (the JIT's count, read
# with the JDK's jstat), BENCH_WARMUP_MAX_ROUNDS (10) rounds in all at most; then 15 s of each request
# right before it is measured. The warm-up is long because the launcher's JVM options give the JIT's
# optimising compiler (C2) a method only after eight times the usual calls (for a quicker start):
# on two cores under this load it is still compiling the pages' code ten and more minutes after the
# server starts, and until then a page costs up to twice the CPU it costs later. Finally weighs the
# workspace dashboard's first load: its HTML plus every script and style sheet it names, as sent
# (compressed) and unpacked.
# With BENCH_INTERACTIONS=n it also stores n interaction records over the bench workspaces
# (bench/dashboard-interactions.sql), to show that the dashboards' cost does not grow with them.
# Usage: [BENCH_INTERACTIONS=10000000] bench/dashboards.sh   (needs a JDK's jstat, wrk and psql:
#        apt-get install -y wrk postgresql-client)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18081}
DURATION=${BENCH_DURATION:-30s}
WARMUP=${BENCH_WARMUP:-60s}
WARMUP_ROUNDS=${BENCH_WARMUP_ROUNDS:-3}
WARMUP_MAX_ROUNDS=${BENCH_WARMUP_MAX_ROUNDS:-10}
JIT_QUIET=${BENCH_JIT_QUIET:-100}
RUNS=${BENCH_RUNS:-3}
DIST=config/target/tandem
[ -f "$DIST/tandem-launcher.jar" ] || mvn -B -q -DskipTests package

DATA=$(mktemp -d)
LOG=$(mktemp)
TOKEN=tnd_bench_dashboards_0000000000000000000000000000000000000000
TANDEM_DATA_DIR=$DATA TANDEM_HTTP_PORT=$PORT java -jar "$DIST/tandem-launcher.jar" >"$LOG" 2>&1 &
LAUNCHER=$!
# set -e reaches into the trap: the stopped server's status (143) must not end it before the clean-up
trap 'kill $LAUNCHER 2>/dev/null; wait $LAUNCHER 2>/dev/null || true; rm -rf "$DATA" "$LOG"' EXIT
until curl -sf "http://localhost:$PORT/health/ready" 2>/dev/null | grep -q '"tandem-database","status":"UP"'; do
  kill -0 "$LAUNCHER" 2>/dev/null || { echo "launcher exited early:"; tail -20 "$LOG"; exit 1; }
  sleep 0.5
done
PG_PORT=$(sed -n 4p "$DATA/postmaster.pid")
PSQL=(psql -q -h localhost -p "$PG_PORT" -U postgres -d postgres)

start=$(date +%s)
"${PSQL[@]}" -f bench/dashboard-seed.sql
echo "seeded in $(( $(date +%s) - start )) s"
if [ "${BENCH_INTERACTIONS:-0}" -gt 0 ]; then
  start=$(date +%s)
  "${PSQL[@]}" -v rows="$BENCH_INTERACTIONS" -f bench/dashboard-interactions.sql >/dev/null
  echo "$BENCH_INTERACTIONS interactions stored in $(( $(date +%s) - start )) s:" \
    "$("${PSQL[@]}" -At -c "select count(*) from interactions") records," \
    "$("${PSQL[@]}" -At -c "select count(*) from dashboard_volumes") monthly volume rows"
fi
WORKSPACES=$("${PSQL[@]}" -At -c "select string_agg(id::text, ',' order by id) from workspaces where name like 'Bench x Provider %'")
FIRST=${WORKSPACES%%,*}

# 20 sessions of the bench portfolio viewer, one per connection's worth of load
sign_in() {
  local jar view
  jar=$(mktemp)
  view=$(curl -s -c "$jar" "http://localhost:$PORT/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' \
         | sed 's/.*value="//; s/"$//' | head -1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "login=login" \
       --data-urlencode "login:email=bench-portfolio@bench.example" --data-urlencode "login:password=tandem-demo" \
       --data-urlencode "login:sign-in=" --data-urlencode "jakarta.faces.ViewState=$view" "http://localhost:$PORT/login.xhtml"
  awk '$6 ~ /^JSESSIONID/ {printf "%s%s=%s", sep, $6, $7; sep="; "} END {print ""}' "$jar"
  rm -f "$jar"
}
COOKIES=$(for i in $(seq 1 20); do sign_in; done | paste -sd'|' -)
case $COOKIES in *JSESSIONID=*) ;; *) echo "could not sign in"; exit 1 ;; esac
export WORKSPACES COOKIES

# the first request computes every workspace's snapshot (as after a restart); time it alone
printf 'first portfolio request (cold)     %s s\n' "$(curl -s -o /dev/null -w '%{time_total}' \
  -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/portfolio?from=2025-01&to=2025-12")"

TARGETS=(
  "GET /api/v1/portfolio|/api/v1/portfolio?from=2025-01&to=2025-12"
  "GET /api/v1/workspaces/{id}/dashboard|/api/v1/workspaces/{id}/dashboard?from=2025-01&to=2025-12"
  "portfolio page|/dashboard/portfolio.xhtml?from=2025-01&to=2025-12"
  "workspace dashboard page|/dashboard/workspace.xhtml?workspace={id}&from=2025-01&to=2025-12"
)
load() {
  TARGET=$1 wrk -t2 -c20 -d"$2" -s bench/dashboard-load.lua "http://localhost:$PORT"
}
# a redirect (to sign in) would not count as an error in wrk: check one request of each first
for entry in "${TARGETS[@]}"; do
  target=${entry#*|}
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: ${COOKIES%%|*}" "http://localhost:$PORT${target//\{id\}/$FIRST}")" = 200 ] \
    || { echo "${entry%%|*} does not answer 200"; exit 1; }
done
# the server's JVM is the launcher's child; jstat counts the methods its JIT has compiled (without a
# count the warm-up would stop after its fixed rounds, as if the JIT were quiet: stop here instead)
SERVER=$(pgrep -P "$LAUNCHER" -x java) || { echo "the server's JVM is not running"; exit 1; }
compiled() {
  local count
  count=$(jstat -compiler "$SERVER" 2>/dev/null | awk 'NR == 2 {print $1}')
  [ -n "$count" ] || { echo "jstat cannot read the server's JIT (it comes with a JDK)" >&2; exit 1; }
  echo "$count"
}
start=$(date +%s)
round=0
before=$(compiled)
while :; do
  round=$(( round + 1 ))
  for entry in "${TARGETS[@]}"; do load "${entry#*|}" "$WARMUP" >/dev/null; done
  after=$(compiled)
  echo "warm-up round $round: the JIT compiled $(( after - before )) methods"
  if [ "$round" -ge "$WARMUP_MAX_ROUNDS" ] || { [ "$round" -ge "$WARMUP_ROUNDS" ] && [ $(( after - before )) -lt "$JIT_QUIET" ]; }; then
    break
  fi
  before=$after
done
echo "warmed for $(( $(date +%s) - start )) s"
for entry in "${TARGETS[@]}"; do
  load "${entry#*|}" 15s >/dev/null
  for run in $(seq 1 "$RUNS"); do
    printf '%-34s ' "${entry%%|*}"
    load "${entry#*|}" "$DURATION" | tail -1
  done
done

# first load of the workspace dashboard: HTML, then each script and style sheet it names
weigh() {
  curl -s -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $TOKEN" "$@"
}
page="http://localhost:$PORT/dashboard/workspace.xhtml?workspace=$FIRST&from=2025-01&to=2025-12"
html=$(curl -s -H "Authorization: Bearer $TOKEN" "$page")
sent=$(weigh --compressed "$page"); raw=$(printf '%s' "$html" | wc -c); count=0
for asset in $(printf '%s' "$html" | grep -oE '(src|href)="[^"]+\.(js|css)[^"]*"' | sed -E 's/^(src|href)="//; s/"$//; s/&amp;/\&/g' | sort -u); do
  sent=$(( sent + $(weigh --compressed "http://localhost:$PORT$asset") ))
  raw=$(( raw + $(weigh "http://localhost:$PORT$asset") ))
  count=$(( count + 1 ))
done
echo "workspace dashboard first load: HTML + $count scripts and style sheets: $(( sent / 1024 )) KiB sent, $(( raw / 1024 )) KiB unpacked (HTML alone $(( $(printf '%s' "$html" | wc -c) / 1024 )) KiB)"
