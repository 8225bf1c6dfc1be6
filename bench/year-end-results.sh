#!/usr/bin/env bash
# Times the year-end results (CN) of 1,200 learners x 7 subjects in 27 classes (issue 4 target: under 2 s) with
# ResultsBenchmark against the embedded PostgreSQL of the test profile. Results are appended to
# target/bench/year-end-results.txt. Run it on a quiet machine (see `uptime`).
#   bench/year-end-results.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
rm -f target/bench/year-end-results.txt
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  ./mvnw -B -q test -Dtest=ResultsBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
done
cat target/bench/year-end-results.txt
