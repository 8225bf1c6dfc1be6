#!/usr/bin/env bash
# The timetable engine's own construction and the search that mends what it leaves (ConflictSearch) alone (issue 5),
# seed after seed in one warm JVM pinned to one CPU: the harness behind the "construction and repair, one core"
# tables of docs/benchmarks/timetable.md (the repair rounds of sessions 3-9 gave way to that search in session 10).
#   bench/timetable-construction.sh FILE [FIRST_SEED] [SEEDS] [LIMIT_MS]
#     FILE       a .fet or XHSTT .xml file, e.g. bench/data/fet/Vietnam-HungYen-secondary.fet
#     FIRST_SEED default 1; SEEDS default 12; LIMIT_MS per seed, default 20000
#   CPU=1 pins to another CPU (default 0), so that two variants can run side by side; JVM_OPTS passes JVM options;
#   OUT appends the output to a file as well (e.g. OUT=docs/benchmarks/raw/timetable-construction-seeds.txt).
# Prints one line per seed and a last line with the sum of the times and the median of the seeds that completed.
# The times of single seeds vary a lot (a seed's chain of random choices decides how long the mending takes):
# compare variants on a dozen seeds or more, and run the same variant twice to see the spread.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
find_java
[ $# -ge 1 ] || { sed -n 2,11p "$0" >&2; exit 2; }
FILE=$1
FIRST_SEED=${2:-1}
SEEDS=${3:-12}
LIMIT_MS=${4:-20000}
[ -d target/lib ] || ./mvnw -q -B -DskipTests package
./mvnw -q -B -o compile
CLASSES=target/bench/construction-classes
mkdir -p "$CLASSES"
"$(dirname "$JAVA")/javac" -nowarn -d "$CLASSES" -cp "target/classes:target/lib/*" bench/ConstructionSeeds.java
read -r -a OPTS <<< "${JVM_OPTS:-}"
{
  echo "$(date -u '+%F %H:%M') UTC, commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main || echo '+changes'), CPU ${CPU:-0}, JVM options: ${JVM_OPTS:-none}, load averages: $(load_average)"
  taskset -c "${CPU:-0}" "$JAVA" "${OPTS[@]}" -cp "$CLASSES:target/classes:target/lib/*" \
    vn.edu.ecenter.timetable.engine.ConstructionSeeds "$FILE" "$FIRST_SEED" "$SEEDS" "$LIMIT_MS"
} | if [ -n "${OUT:-}" ]; then tee -a "$OUT"; else cat; fi
