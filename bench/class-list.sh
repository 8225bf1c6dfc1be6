#!/usr/bin/env bash
# Benchmark of the class list page (issue 3: "Class list page for a class of 45: median under 30 ms at 20 concurrent
# clients"). Not a test: run on demand on an otherwise idle machine.
#   bench/class-list.sh        # writes docs/benchmarks/class-list.md and raw/class-list-*.txt
# Needs: a JDK 25, curl, python3, wrk (apt-get install -y wrk).
# Starts target/ecenter.jar on a fresh data folder (embedded PostgreSQL, demo centre with 1,200 learners), signs in
# as 10A1's homeroom teacher gv.toan, checks that 10A1's class list shows its 45 learners, warms up, then runs wrk with
# 20 clients sending requests back to back, and one client alone.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18082}
DATA=$(mktemp -d /tmp/ecenter-bench-class.XXXXXX)
OUT=docs/benchmarks
RAW=$OUT/raw
mkdir -p "$RAW"
source bench/lib.sh
find_java
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f target/ecenter.jar ] || ./mvnw -q -B package -DskipTests
trap cleanup_app EXIT

start_app
wait_healthy > /dev/null
wait_demo
token=$(api_token gv.toan)
class_id=$(curl -fs -H "Authorization: Bearer $token" "$BASE/api/v1/classes" \
  | python3 -c 'import json,sys; print(next(c["id"] for c in json.load(sys.stdin) if c["name"] == "10A1"))')
session=$(sign_in gv.toan)
page="$BASE/academics/classes/$class_id"
rows=$(curl -fs -H "Cookie: SESSION=$session" "$page" | grep -c '<tr' || true)
[ "$rows" -ge 45 ] || { echo "the class list shows $rows rows, not 45 learners" >&2; exit 1; }

load_before=$(load_average)
# Warm-up long enough for the JIT to compile the page's paths (runs with 20 s of warm-up varied between 35 and 50 ms).
wrk -t2 -c20 -d60s -H "Cookie: SESSION=$session" "$page" > /dev/null
wrk -t1 -c1 -d20s --latency -H "Cookie: SESSION=$session" "$page" > "$RAW/class-list-wrk-one-client.txt"
wrk -t2 -c20 -d30s --latency -H "Cookie: SESSION=$session" "$page" > "$RAW/class-list-wrk.txt"
median=$(wrk_median "$RAW/class-list-wrk.txt")
rps=$(awk '/Requests\/sec/ {print $2}' "$RAW/class-list-wrk.txt")
single=$(wrk_median "$RAW/class-list-wrk-one-client.txt")
errors=$(grep -E 'Non-2xx|Socket errors' "$RAW/class-list-wrk.txt" || true)
[ -n "$errors" ] || errors="none"

cat > "$OUT/class-list.md" <<MD
# Class list page — benchmark results

Produced by \`bench/class-list.sh\` on $(date -u +%Y-%m-%d) (UTC); raw outputs in \`raw/class-list-*.txt\`.
Machine: $(nproc) cores, $(uname -sr); $("$JAVA" -version 2>&1 | head -1). Load average before the run: $load_before.
The application, its embedded PostgreSQL 18 and wrk share the same cores.

| Target (issue 3) | Result | Target met |
|---|---|---|
| Class list page for a class of 45, 20 concurrent clients: median under 30 ms | median $median, $rps requests/s, errors: $errors | $(under_ms "$median" 30) |
| (for reference) one client alone | median $single | — |

Method: the demo centre (30 classes, about 1,200 learners) on a fresh data folder; signed in through the form as
\`gv.toan\`, homeroom teacher of 10A1 (45 learners); \`GET /academics/classes/{10A1}\` is the whole class-list page in
the layout. 60 s warm-up with 20 clients (the JIT has compiled the page's paths by then; with 20 s, runs varied between 35 and 50 ms), then \`wrk -t1 -c1 -d20s --latency\` and \`wrk -t2 -c20 -d30s --latency\`
(each client sends its next request as soon as the last is answered).
MD
cat "$OUT/class-list.md"
