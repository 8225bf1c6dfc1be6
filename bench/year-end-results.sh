#!/usr/bin/env bash
# Times the year-end results (CN) of 1,200 learners x 7 subjects in 27 classes (issue 4 target: under 2 s) with
# ResultsBenchmark against the embedded PostgreSQL of the test profile. Results are appended to
# target/bench/year-end-results.txt. Run it on a quiet machine (see `uptime`).
#   bench/year-end-results.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_in_process ResultsBenchmark year-end-results.txt "${1:-3}"
