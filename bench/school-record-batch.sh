#!/usr/bin/env bash
# Times the học bạ of a 45-learner grade-12 class (three school years each) printed as one PDF background job (issue 4
# target: under 10 s) with SchoolRecordBatchBenchmark against the embedded PostgreSQL of the test profile. Results are
# appended to target/bench/school-record-batch.txt. Run it on a quiet machine (see `uptime`).
#   bench/school-record-batch.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_in_process SchoolRecordBatchBenchmark school-record-batch.txt "${1:-3}"
