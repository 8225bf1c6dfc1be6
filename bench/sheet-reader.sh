#!/usr/bin/env bash
# How much heap SheetReader needs: writes learner sheets of 5,000, 20,000 (the most rows an import takes) and 50,000
# rows (refused) and reads each in a JVM of a small heap (-Xmx), to show that the reading is a stream and not a
# workbook held in memory. An OutOfMemoryError is printed as such. Results go to target/bench/sheet-reader.txt.
#   bench/sheet-reader.sh [heap, default 64m]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=0
. bench/lib.sh
find_java
heap="${1:-64m}"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt >/dev/null
mkdir -p target/bench
out=target/bench/sheet-reader.txt
echo "load before: $(load_average); heap -Xmx$heap" | tee "$out"
for rows in 5000 20000 50000; do
  "$JAVA" -Xmx"$heap" -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
    vn.edu.ecenter.platform.spreadsheet.SheetReaderMemoryProbe "$rows" 2>&1 \
    | grep -E "rows|OutOfMemoryError" | head -1 | tee -a "$out"
done
