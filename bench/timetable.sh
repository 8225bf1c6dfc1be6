#!/usr/bin/env bash
# Timetable benchmark (issue 5), run on an otherwise idle machine:
#   - every XHSTT instance of bench/data/xhstt solved for each of XHSTT_SECONDS (default "60 600") seconds, seed 1,
#     with the infeasibility and objective our evaluator gives the written solution, next to the best known;
#   - the generated demo-size centre (timetable solve --generated-centre) for data seeds CENTRE_SEEDS, limit 10 s;
#   - every FET file of bench/data/fet solved until the first complete timetable (or FET_SECONDS, default 600), by
#     eCenter and by FET's own fet-cl (Debian package "fet"; a peer measured, never a dependency) in the same run,
#     once for each of our seeds FET_SEEDS (default "1"; fet-cl picks its own seed each time); "seconds" is our
#     engine's time, "whole_process" also counts the JVM's start.
# Raw outputs go to docs/benchmarks/raw/timetable-*.txt; the tables for docs/benchmarks/timetable.md are printed.
# Usage: bench/timetable.sh            (XHSTT_SECONDS="60" FET_SECONDS=120 bench/timetable.sh for a shorter run)
#   PARTS="xhstt centre fet" chooses the parts (default all three); PIN=1 runs every solver pinned to that CPU with
#   taskset (the engine searches in one thread), so that other work can use the other core without disturbing it;
#   ENGINE_OPTS passes JVM options to our solver (e.g. -Decenter.timetable.construction=true); LABEL is added to the
#   names of the raw output files (LABEL=-construction: raw/timetable-fet-construction.txt …); FET_FILES chooses the
#   FET files (default bench/data/fet/*.fet).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
find_java

XHSTT_SECONDS=${XHSTT_SECONDS:-"60 600"}
PARTS=${PARTS:-"xhstt centre fet"}
PINNED=()
[ -z "${PIN:-}" ] || PINNED=(taskset -c "$PIN")
wanted() { [[ " $PARTS " == *" $1 "* ]]; }
read -r -a ENGINE <<< "${ENGINE_OPTS:-}"
FET_SECONDS=${FET_SECONDS:-600}
RAW=docs/benchmarks/raw
WORK=target/bench/timetable
mkdir -p "$RAW" "$WORK"
[ -f target/ecenter.jar ] || ./mvnw -q -B -DskipTests package
! wanted fet || command -v fet-cl >/dev/null || { echo "fet-cl not found: apt-get install fet" >&2; exit 1; }

echo "$(date -u '+%F %H:%M') UTC, parts: $PARTS, XHSTT seconds: $XHSTT_SECONDS, FET seconds: $FET_SECONDS, pinned to CPU: ${PIN:-none}, engine options: ${ENGINE_OPTS:-none}" | tee -a "$RAW/timetable-load.txt"
echo "load averages before: $(load_average)" | tee -a "$RAW/timetable-load.txt"

wanted xhstt && for seconds in $XHSTT_SECONDS; do
  out="$RAW/timetable-xhstt-${seconds}s${LABEL:-}.txt"
  : > "$out"
  for instance in bench/data/xhstt/*.xml; do
    name=$(basename "$instance" .xml)
    line=$("${PINNED[@]}" "$JAVA" "${ENGINE[@]}" -jar target/ecenter.jar timetable solve --xhstt "$instance" --out "$WORK/$name-${seconds}s.xml" \
             --seconds "$seconds" --seed 1 2> "$WORK/$name-${seconds}s.log" | tail -n 1)
    echo "$name $line" | tee -a "$out"
  done
done

# The generated demo-size centre (30 classes, 60 teachers, sáng/chiều): time to no hard violation, limit 10 s.
wanted centre && out="$RAW/timetable-centre${LABEL:-}.txt" && : > "$out" &&
for data_seed in ${CENTRE_SEEDS:-1 2 3 4 5}; do
  line=$("${PINNED[@]}" "$JAVA" "${ENGINE[@]}" -jar target/ecenter.jar timetable solve --generated-centre "$data_seed" --seconds 10 --seed 1 \
           2> "$WORK/centre-$data_seed.log" | tail -n 1)
  echo "data-seed=$data_seed $line" | tee -a "$out"
done

wanted fet && out="$RAW/timetable-fet${LABEL:-}.txt" && : > "$out" &&
for fet in ${FET_FILES:-bench/data/fet/*.fet}; do
  name=$(basename "$fet" .fet)
  for seed in ${FET_SEEDS:-1}; do
    began=$(date +%s.%N)
    ours=$("${PINNED[@]}" "$JAVA" "${ENGINE[@]}" -jar target/ecenter.jar timetable solve --fet "$fet" --out "$WORK/ours-$name" \
             --seconds "$FET_SECONDS" --seed "$seed" 2> "$WORK/ours-$name.log" | tail -n 1)
    ours_wall=$(echo "$(date +%s.%N) - $began" | bc -l | xargs printf '%.1f')
    rm -rf "$WORK/fet-$name"
    began=$(date +%s.%N)
    "${PINNED[@]}" fet-cl --inputfile="$fet" --outputdir="$WORK/fet-$name" --timelimitseconds="$FET_SECONDS" > "$WORK/fet-$name.log" 2>&1 || true
    ended=$(date +%s.%N)
    if grep -q "Simulation successful" "$WORK/fet-$name.log"; then fet_result=complete; else fet_result=incomplete; fi
    echo "$name seed $seed ours: $ours whole_process=$ours_wall | fet-cl: $fet_result seconds=$(echo "$ended - $began" | bc -l | xargs printf '%.1f')" | tee -a "$out"
  done
done

echo "load averages after: $(load_average)" | tee -a "$RAW/timetable-load.txt"

wanted xhstt && python3 - "$RAW" "${LABEL:-}" $XHSTT_SECONDS <<'PY'
import csv, re, sys
raw, label, seconds = sys.argv[1], sys.argv[2], sys.argv[3:]
best = {r['file'][:-4]: (int(r['best_infeasibility']), int(r['best_objective']))
        for r in csv.DictReader(open('bench/data/xhstt/best_known.csv'))}
results = {}
for s in seconds:
    for line in open(f'{raw}/timetable-xhstt-{s}s{label}.txt'):
        m = re.match(r'(\S+) infeasibility=(\d+) objective=(\d+)', line)
        if m:
            results.setdefault(m[1], {})[s] = (int(m[2]), int(m[3]))
head = ' | '.join(f'after {s} s (inf, obj) | gap' for s in seconds)
print(f'| instance | best known (inf, obj) | {head} |')
print('|---|---|' + '---|---|' * len(seconds))
for name, (bi, bo) in best.items():
    cells = []
    for s in seconds:
        r = results.get(name, {}).get(s)
        if r is None:
            cells += ['—', '—']
        else:
            gap = f'{(r[1] - bo) / max(bo, 10):.2f}' if r[0] == 0 else 'infeasible'
            cells += [f'({r[0]}, {r[1]})', gap]
    print(f'| {name} | ({bi}, {bo}) | ' + ' | '.join(cells) + ' |')
PY
