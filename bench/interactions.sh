#!/usr/bin/env bash
# Times interaction import and KPI computation at scale against PostgreSQL doing the same work
# directly, on one server in one run. Starts the one-command run on an empty data directory,
# signs in as the Calltech account manager (a provider's, who may import) and, in the workspace
# "Northwind x Calltech: UK claims":
#   1. generates 1,000,000 interaction records for 2026-11 (bench/InteractionGenerator.java, seed 42);
#   2. plain COPY of that file over JDBC into scratch tables (bench/BenchDb.java: one shaped like
#      interactions, with its checks and indexes, and one bare), each timed;
#   3. the same file through the REST import (POST .../interactions/imports, text/csv, streamed);
#      prints both and the ratio (target: the import within 1.5x of plain COPY);
#   4. KPI computation for that workspace-month: the client's relationship manager drafts a contract
#      with one level per computable metric and makes each computed (PUT .../service-levels/{id}/
#      computation, which computes its months from the records), each timed, against the same
#      definitions as hand-written SQL run directly over JDBC (target: within 2x); both sides'
#      numerators and denominators are printed;
#   5. with --memory: restarts the server with its heap capped at 512 MB and imports a
#      10,000,000-row file (2026-12), printing the duration, the outcome and the server's peak RSS.
# A part whose endpoint is missing (its feature not merged yet) is reported and skipped.
# Before each timing the server is checkpointed, so that no step pays for the previous one's writes.
# Usage: bench/interactions.sh [--memory]   (builds first if config/target/tandem is missing)
# Needs ~1 GB free in /tmp (6 GB with --memory); every generated file and the data directory are removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

MEMORY=false
[ "${1:-}" = "--memory" ] && MEMORY=true
PORT=${BENCH_PORT:-18080}
BASE="http://localhost:$PORT"
DIST=config/target/tandem
PGJAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -1)
[ -f "$DIST/tandem-launcher.jar" ] || mvn -B -q -DskipTests package
[ -n "$PGJAR" ] || { echo "no PostgreSQL JDBC driver in ~/.m2: run mvn package once"; exit 1; }

WORK=$(mktemp -d)
DATA=$WORK/data
JAR=$WORK/cookies
LOG=$WORK/server.log
PID=
stop_server() {
  if [ -n "$PID" ]; then kill -TERM "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=; fi
}
trap 'stop_server; rm -rf "$WORK"' EXIT

start_server() { # $1: JVM options of the server process
  TANDEM_DATA_DIR=$DATA TANDEM_HTTP_PORT=$PORT TANDEM_JAVA_OPTS=$1 java -jar "$DIST/tandem-launcher.jar" >"$LOG" 2>&1 &
  PID=$!
  until curl -sf "$BASE/health/ready" 2>/dev/null | grep -q '"tandem-database","status":"UP"'; do
    kill -0 "$PID" 2>/dev/null || { echo "launcher exited early:"; tail -20 "$LOG"; exit 1; }
    sleep 0.5
  done
  DB="jdbc:postgresql://localhost:$(sed -n 4p "$DATA/postmaster.pid")/postgres?user=postgres&password=postgres"
  sign_in am@calltech.example
  WS=$(curl -s -b "$JAR" "$BASE/api/v1/workspaces" | grep -o '"id":[0-9]*,"name":"Northwind x Calltech: UK claims"' | grep -o '[0-9]*' | head -1)
  [ -n "$WS" ] || { echo "could not sign in and find the Calltech workspace"; exit 1; }
}

sign_in() {
  local state
  state=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login.xhtml" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "login=login" --data-urlencode "login:email=$1" \
    --data-urlencode "login:password=tandem-demo" --data-urlencode "login:sign-in=" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml"
}

db() { java -cp "$PGJAR" bench/BenchDb.java "$@"; }
millis() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }
secs() { awk "BEGIN {printf \"%.1f s\", $1 / 1000}"; }

# Streams the file as the body (curl -T reads as it sends); prints "status milliseconds", keeps the answer.
import_file() { # $1 file, $2 answer file
  local start status
  db checkpoint "$DB"
  start=$(date +%s%N)
  status=$(curl -s -o "$2" -w '%{http_code}' -b "$JAR" -X POST -T "$1" -H 'Content-Type: text/csv' \
    -H 'X-Requested-By: bench' -H 'Expect:' "$BASE/api/v1/workspaces/$WS/interactions/imports?fileName=$(basename "$1")")
  echo "$status $(millis "$start")"
}

peak_rss_mb() { # the Payara Micro process (the launcher's child): its peak resident memory
  awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$(pgrep -P "$PID" java)/status"
}

echo "Tandem interaction benchmarks on $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
HEAP_OPTS="-Xms128m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
start_server "$HEAP_OPTS"

FILE=$WORK/interactions-2026-11.csv
start=$(date +%s%N)
java bench/InteractionGenerator.java --rows 1000000 --month 2026-11 --seed 42 --out "$FILE" 2>"$WORK/gen.txt"
echo "generated 1,000,000 rows ($(du -m "$FILE" | cut -f1) MB) in $(secs "$(millis "$start")"): $(cat "$WORK/gen.txt")"

echo
echo "== Import of 1,000,000 rows"
copy=$(db copy "$DB" "$FILE")
shaped=$(echo "$copy" | sed -n 's/copy_shaped_ms=//p')
bare=$(echo "$copy" | sed -n 's/copy_bare_ms=//p')
printf '%-52s %10s\n' "plain COPY, table shaped like interactions" "$(secs "$shaped")" \
  "plain COPY, bare table (no checks, no indexes)" "$(secs "$bare")"
IMPORTED=false
probe=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$BASE/api/v1/workspaces/$WS/interactions/imports")
if [ "$probe" != 200 ]; then
  echo "REST import: GET .../interactions/imports answers $probe; the import is not in this build, skipped"
else
  read -r status took < <(import_file "$FILE" "$WORK/answer.json")
  if [ "$status" = 201 ]; then
    IMPORTED=true
    printf '%-52s %10s   %sx shaped COPY, %sx bare COPY (target 1.5x)\n' "REST import (201 Created)" "$(secs "$took")" \
      "$(ratio "$took" "$shaped")" "$(ratio "$took" "$bare")"
    echo "  server (heap capped at 512 MB) peak RSS so far: $(peak_rss_mb) MB"
  else
    echo "REST import answered $status after $(secs "$took"): $(head -c 600 "$WORK/answer.json")"
  fi
fi

echo
echo "== KPI computation for the workspace-month (1,000,000 records)"
# Tandem computes a level's months when the client makes it computed (PUT .../computation), which
# only a draft contract allows: the client's relationship manager drafts a contract of its own
# with one level per computable metric from 2026-11, then switches each over, timed, and reads
# 2026-11 back.
if [ "$IMPORTED" != true ]; then
  echo "no records imported: skipped"
elif ! command -v python3 >/dev/null; then
  echo "python3 (to read the JSON answers) is missing: skipped"
else
  RM_JAR=$JAR.rm
  JAR=$RM_JAR sign_in rm@northwind.example
  api() { # $1 method, $2 path, $3 JSON body: prints the answer, fails on a status other than 2xx
    local status
    status=$(curl -s -o "$WORK/answer.json" -w '%{http_code}' -b "$RM_JAR" -X "$1" -H 'Content-Type: application/json' \
      -H 'X-Requested-By: bench' --data "$3" "$BASE/api/v1/workspaces/$WS/$2")
    case $status in 2*) cat "$WORK/answer.json" ;; *) echo "$1 $2 answered $status: $(head -c 300 "$WORK/answer.json")" >&2; return 1 ;; esac
  }
  field() { python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
  contract=$(api POST contracts '{"reference": "BENCH-KPI", "type": "STATEMENT_OF_WORK", "title": "KPI benchmark",
    "effectiveDate": "2026-11-01", "expiryDate": "2028-10-31", "noticePeriodDays": 90, "renewalTerms": "",
    "currency": "GBP", "annualValue": 100000.00, "monthlyCharges": 8000.00}' | field id)
  # metric, its parameter, expected and minimum, and the conventions the computation takes
  while read -r metric parameter expected minimum terms; do
    [ "$terms" = - ] && terms=''
    level=$(api POST "contracts/$contract/service-levels" "{\"name\": \"Bench $metric\", \"metric\": \"$metric\",
      $( [ "$parameter" = - ] || echo "\"metricParameter\": $parameter," ) \"critical\": false, \"allocationPercent\": 0,
      \"effectiveFrom\": \"2026-11\", \"expectedLevel\": $expected, \"minimumLevel\": $minimum}")
    echo "$(echo "$level" | field id) $(echo "$level" | field version) $metric $parameter $terms"
  done >"$WORK/levels.txt" <<'LEVELS'
SERVICE_LEVEL 20 80 75 ,"shortAbandonSeconds":5,"abandonTreatment":"IGNORE"
AVERAGE_SPEED_OF_ANSWER - 30 45 -
ABANDONMENT_RATE - 5 8 ,"shortAbandonSeconds":5
FIRST_CONTACT_RESOLUTION 7 70 65 ,"resolutionBasis":"REPEAT_CONTACT"
AVERAGE_HANDLE_TIME - 300 360 -
CSAT - 80 75 -
LEVELS
  tandem=0 specs=()
  while read -r id version metric parameter terms; do
    [ "$parameter" = - ] && spec=$metric || spec=$metric:$parameter
    specs+=("$spec")
    db checkpoint "$DB"
    start=$(date +%s%N)
    api PUT "service-levels/$id/computation" "{\"computed\":true$terms,\"version\":$version}" >/dev/null
    took=$(millis "$start")
    tandem=$((tandem + took))
    figures=$(curl -s -b "$RM_JAR" "$BASE/api/v1/workspaces/$WS/service-levels/$id/kpis?from=2026-11&to=2026-11" | python3 -c '
import json, sys
m = json.load(sys.stdin)["months"][0]
print(int(float(m["numerator"])), int(float(m["denominator"])))' || echo "not readable")
    printf '  %-36s Tandem %9s  (2026-11: %s)\n' "$spec" "$(secs "$took")" "$figures"
  done <"$WORK/levels.txt"
  db kpi "$DB" "$WS" 2026-11 "${specs[@]}" >"$WORK/sql.txt"
  while read -r _ spec numerator denominator ms; do
    printf '  %-36s SQL    %9s  (2026-11: %s %s)\n' "$spec" "$(secs "$ms")" "$numerator" "$denominator"
  done < <(grep '^sql ' "$WORK/sql.txt")
  sql=$(sed -n 's/kpi_sql_ms=//p' "$WORK/sql.txt")
  printf '%-52s %10s\n' "hand-written SQL over JDBC, the same levels" "$(secs "$sql")"
  printf '%-52s %10s   %sx (target 2x)\n' "Tandem, making them computed (REST)" "$(secs "$tandem")" \
    "$(ratio "$tandem" "$sql")"
fi
rm -f "$FILE"

if [ "$MEMORY" = true ]; then
  echo
  echo "== 10,000,000 rows with the server's heap capped at 512 MB"
  stop_server
  start_server "$HEAP_OPTS"
  BIG=$WORK/interactions-2026-12.csv
  java bench/InteractionGenerator.java --rows 10000000 --month 2026-12 --seed 43 --id-prefix M --out "$BIG" 2>/dev/null
  echo "generated 10,000,000 rows ($(du -m "$BIG" | cut -f1) MB); server JVM options: $HEAP_OPTS"
  probe=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$BASE/api/v1/workspaces/$WS/interactions/imports")
  if [ "$probe" != 200 ]; then
    echo "REST import not in this build: skipped"
  else
    read -r status took < <(import_file "$BIG" "$WORK/answer.json")
    echo "REST import answered $status after $(secs "$took"); server peak RSS $(peak_rss_mb) MB"
    head -c 600 "$WORK/answer.json"; echo
  fi
  rm -f "$BIG"
fi
