#!/usr/bin/env bash
# Times the import of 5,000 learners from .xlsx with full validation (issue 3 target: under 10 s): a generated file,
# then the dry run, the real import and the re-import (all rows unchanged), each timed on its own, against the
# embedded PostgreSQL of the test profile. Results are appended to target/bench/learner-import.txt.
# Run it on a quiet machine (see `uptime`); a loaded machine measures the neighbours, not the import.
#   bench/learner-import.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_in_process LearnerImportBenchmark learner-import.txt "${1:-3}"
