#!/usr/bin/env bash
# Benchmarks of the platform foundation (issue 2, §8). Not a test: run on demand on an otherwise idle machine.
#   bench/platform-foundation.sh            # writes docs/benchmarks/platform-foundation.md and raw/ outputs
# Needs: a JDK 25 (found like the build does), curl, wrk and psql (apt-get install -y wrk postgresql-client).
# Measures, with the embedded database already initialised:
#   1. time from `java -jar target/ecenter.jar` to /actuator/health = UP (5 runs)
#   2. heap in use after start, one signed-in page view and a full GC (jcmd GC.run, GC.heap_info)
#   3. the signed-in home page: 50 concurrent clients firing back to back (wrk -c50, the target), and one client
#      alone (wrk -c1: the service time of one page without queueing)
#   4. the database work of one signed-in page view, independent of the machine's load: statements, commits and WAL
#      fsyncs per request, counted by PostgreSQL (pg_stat_statements, loaded for this last run only)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
DATA=$(mktemp -d /tmp/ecenter-bench.XXXXXX)
source bench/lib.sh
find_java
JCMD="$(dirname "$JAVA")/jcmd"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install -y postgresql-client" >&2; exit 1; }

OUT=docs/benchmarks
RAW=$OUT/raw
mkdir -p "$RAW"

[ -f target/ecenter.jar ] || ./mvnw -q -B package -DskipTests

trap cleanup_app EXIT

# Runs SQL as the embedded server's superuser (the server runs while the application does).
sql() {
  psql -X -q -At -h 127.0.0.1 -p "$(sed -n 4p "$DATA/postgres/postmaster.pid")" -U postgres ecenter -c "$1"
}

echo "1/4 first start (initialises the embedded database and loads the demo centre)…"
start_app; wait_healthy > /dev/null; wait_demo; stop_app

echo "2/4 start-up time, 5 runs…"
# The GC log of each run (the last run serves the load test).
export APP_JAVA_OPTS="-Xlog:gc:file=$DATA/gc.log:uptime"
startups=()
for run in 1 2 3 4 5; do
  launched=$(date +%s%N)
  start_app
  wait_healthy > /dev/null
  startups+=( $(( ($(date +%s%N) - launched) / 1000000 )) )
  if [ $run -lt 5 ]; then stop_app; fi
done
sorted=($(printf '%s\n' "${startups[@]}" | sort -n))
startup_median=${sorted[2]}

session=$(sign_in giamdoc)
[ -n "$session" ] || { echo "sign-in failed" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$session" "$BASE/")
[ "$status" = 200 ] || { echo "the home page answered $status, not 200" >&2; exit 1; }

echo "   heap after a full GC…"
"$JCMD" "$APP_PID" GC.run > /dev/null
sleep 1
"$JCMD" "$APP_PID" GC.heap_info > "$RAW/heap-after-gc.txt"
heap_used_kb=$(grep -o 'used [0-9]*K' "$RAW/heap-after-gc.txt" | head -1 | grep -o '[0-9]*')
heap_used_mb=$(( heap_used_kb / 1024 ))
rss_mb=$(( $(awk '/VmRSS/ {print $2}' /proc/$APP_PID/status) / 1024 ))

echo "3/4 signed-in home page, 50 concurrent clients and one alone…"
wrk -t2 -c50 -d20s -H "Cookie: SESSION=$session" "$BASE/" > /dev/null
load_single=$(load_average)
wrk -t1 -c1 -d20s --latency -H "Cookie: SESSION=$session" "$BASE/" > "$RAW/home-wrk-one-client.txt"
single_median=$(wrk_median "$RAW/home-wrk-one-client.txt")
single_rps=$(awk '/Requests\/sec/ {print $2}' "$RAW/home-wrk-one-client.txt")
load_fifty=$(load_average)
gc_from=$(wc -l < "$DATA/gc.log")
wrk -t2 -c50 -d30s --latency -H "Cookie: SESSION=$session" "$BASE/" > "$RAW/home-wrk.txt"
# Garbage-collection pauses during the 50-client run (the GC log of the running application).
tail -n +"$((gc_from + 1))" "$DATA/gc.log" | grep 'Pause' > "$RAW/home-gc.txt" || true
gc_pauses=$(wc -l < "$RAW/home-gc.txt")
gc_longest=$(grep -o '[0-9.]*ms$' "$RAW/home-gc.txt" | tr -d 'ms' | sort -g | tail -1)
gc_total=$(grep -o '[0-9.]*ms$' "$RAW/home-gc.txt" | tr -d 'ms' | awk '{t += $1} END {printf "%.0f", t}')
median=$(wrk_median "$RAW/home-wrk.txt")
rps=$(awk '/Requests\/sec/ {print $2}' "$RAW/home-wrk.txt")
errors=$(grep -E 'Non-2xx|Socket errors' "$RAW/home-wrk.txt" || true)
[ -n "$errors" ] || errors="none"

echo "4/4 database work per signed-in page view…"
sql "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" > /dev/null
stop_app
start_app; wait_healthy > /dev/null
sql "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" > /dev/null
session=$(sign_in giamdoc)
for _ in $(seq 1 50); do curl -fs -o /dev/null -H "Cookie: SESSION=$session" "$BASE/"; done
sleep 11 # idle backends report their statistics after 10 s
sql "SELECT pg_stat_statements_reset()" > /dev/null
sql "SELECT pg_stat_reset_shared('io')" > /dev/null
commits_before=$(sql "SELECT xact_commit FROM pg_stat_database WHERE datname = 'ecenter'")
views=200
for _ in $(seq 1 $views); do curl -fs -o /dev/null -H "Cookie: SESSION=$session" "$BASE/"; done
sleep 11
commits_after=$(sql "SELECT xact_commit FROM pg_stat_database WHERE datname = 'ecenter'")
sql "SELECT round(calls::numeric / $views, 2) || ' | ' || regexp_replace(query, '\s+', ' ', 'g')
     FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'ecenter')
     AND query NOT LIKE '%pg_stat%' ORDER BY calls DESC" > "$RAW/home-statements.txt"
statements=$(sql "SELECT round(coalesce(sum(calls), 0)::numeric / $views, 2) FROM pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'ecenter') AND query NOT LIKE '%pg_stat%'")
commits=$(awk -v a="$commits_before" -v b="$commits_after" -v n=$views 'BEGIN {printf "%.2f", (b - a) / n}')
fsyncs=$(sql "SELECT round(coalesce(sum(fsyncs), 0)::numeric / $views, 2) FROM pg_stat_io WHERE object = 'wal'")
sql "ALTER SYSTEM RESET shared_preload_libraries" > /dev/null
stop_app

java_version=$("$JAVA" -version 2>&1 | head -1)
cat > "$OUT/platform-foundation.md" <<EOF
# Platform foundation — benchmark results

Produced by \`bench/platform-foundation.sh\` on $(date -u +%Y-%m-%d) (UTC); raw outputs in \`raw/\`.
Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(uname -sr); $java_version.
The application and the load generator (wrk) share the same 2 cores; the embedded PostgreSQL 18 runs there too.

| Target (issue 2 §8) | Result | Target met |
|---|---|---|
| \`java -jar\` to healthy, database initialised: under 15 s | median ${startup_median} ms (runs: ${startups[*]} ms) | $([ "$startup_median" -lt 15000 ] && echo yes || echo NO) |
| Heap in use after start and a full GC: under 300 MB | ${heap_used_mb} MB (process RSS ${rss_mb} MB) | $([ "$heap_used_mb" -lt 300 ] && echo yes || echo NO) |
| Signed-in home page, 50 concurrent clients: median under 20 ms, no errors | median ${median}, ${rps} requests/s, errors: ${errors} (load average before: ${load_fifty}) | $(under_ms "$median" 20) |
| (for reference) garbage collection during the 50-client run | ${gc_pauses} pauses, ${gc_total} ms in all, longest ${gc_longest:-0} ms (\`raw/home-gc.txt\`) | — |
| (for reference) one client alone: the time to serve one page | median ${single_median}, ${single_rps} requests/s (load average before: ${load_single}) | — |
| (for reference) database work per signed-in page view, counted by PostgreSQL | ${statements} statements, ${commits} commits, ${fsyncs} WAL fsyncs (\`raw/home-statements.txt\`) | — |

Method: each start-up run launches the jar with the already initialised data folder and polls
\`/actuator/health\` every 100 ms; the time includes starting the embedded PostgreSQL. The heap figure is
\`jcmd GC.heap_info\` "used" right after \`jcmd GC.run\`, following one signed-in page view. The load test signs in as
the demo director (\`giamdoc\`), checks that \`/\` answers 200 with that session and warms up for 20 s, then runs
\`wrk -t2 -c50 -d30s --latency\` (50 clients, each sending its next request as soon as the last is answered) and
\`wrk -t1 -c1 -d20s --latency\` (one client). With 50 clients back to back the median is the queueing time at the
throughput these 2 cores reach while also running wrk and PostgreSQL: median ≈ 50 / throughput. Every request renders
the home page; the session is read from the database on every request, the centre and school year at most every
30 s per node ([ADR 0008](../adr/0008-session-reads-and-writes.md)). The load averages show how busy the machine was
(other work included) when each run started. The database work per page view is counted over 200 sequential views
with \`pg_stat_statements\` (statements including \`BEGIN\`), \`pg_stat_database\` (commits, including background
workers' few) and \`pg_stat_io\` (WAL fsyncs); it does not depend on the machine's load.
EOF
echo "written $OUT/platform-foundation.md"
cat "$OUT/platform-foundation.md"
