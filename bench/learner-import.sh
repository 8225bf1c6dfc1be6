#!/usr/bin/env bash
# Times the import of 5,000 learners from .xlsx with full validation (issue 3 target: under 10 s): a generated file,
# then the dry run, the real import and the re-import (all rows unchanged), each timed on its own, against the
# embedded PostgreSQL of the test profile. Results are appended to target/bench/learner-import.txt.
# Run it on a quiet machine (see `uptime`); a loaded machine measures the neighbours, not the import.
#   bench/learner-import.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
rm -f target/bench/learner-import.txt
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  ./mvnw -B -q test -Dtest=LearnerImportBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
done
cat target/bench/learner-import.txt
