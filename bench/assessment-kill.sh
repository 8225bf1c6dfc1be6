#!/usr/bin/env bash
# Durability check of online tests (issue 6): "Killing the application (kill -9) in the middle of such a run and
# starting it again loses no answer that the server had confirmed". The rush of bench/assessment.sh (same settings,
# same preparation) with, once KILL_AT (0.4) of the planned saves are confirmed, kill -9 of the application's JVM, a
# pause of DOWNTIME (5) seconds and a restart on the same data folder; the clients retry what failed meanwhile. Prints
# and records (docs/benchmarks/raw/assessment-kill.txt, docs/benchmarks/assessment.md) the verdict
#   lost_confirmed_answers=<n>
# KILL_TARGET=all kills the embedded PostgreSQL too (a crash of the whole server). Package the application first:
#   ./mvnw -q -B -o package -DskipTests
#   bench/assessment-kill.sh                         # 1,000 learners, as the benchmark
#   LEARNERS=60 DURATION=60 bench/assessment-kill.sh # a smoke run
# Exits with status 3 when a confirmed answer was lost.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=kill bench/assessment.sh
raw=docs/benchmarks/raw/assessment-kill.txt
[ "${KILL_TARGET:-app}" = all ] && raw=docs/benchmarks/raw/assessment-kill-all.txt
lost=$(grep -o '^lost_confirmed_answers=[0-9]*' "$raw" | tail -1 | cut -d= -f2)
[ "$lost" = 0 ] || exit 3
