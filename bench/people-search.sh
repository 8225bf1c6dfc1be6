#!/usr/bin/env bash
# Benchmark of learner search (issue 3, "Search among 100,000 learners: p95 under 50 ms"). Not a test: run on demand
# on an otherwise idle machine.
#   bench/people-search.sh              # writes docs/benchmarks/people-search.md and raw/people-search-*.txt
# Needs: a JDK 25 (found like the build does), curl, psql, hey (apt-get install -y postgresql-client hey).
# What it does:
#   1. starts target/ecenter.jar on a fresh data directory (embedded PostgreSQL, demo centre);
#   2. adds 100,000 learners to the demo centre straight into the database (as the schema owner), with Vietnamese
#      names in realistic proportions (Nguyễn ~38 %), folded search keys as the application writes them, codes
#      BM000001… and phone numbers; then ANALYZE;
#      (a trigger fills people.learner_term, the search terms);
#   3. signs in as the director (API token) and runs GET /api/v1/learners?q=… for a mix of searches (folded and
#      accented names, upper case, a code, a phone prefix, a common given name), REQUESTS each with CONCURRENCY
#      clients, and reports p50/p95/p99 per search from hey, after a baseline row for GET /api/v1/me (no search).
# A validation run on a busy machine (load 9–12 on 2 cores, 20,000 learners) gave p50 100–170 ms for every search
# and for an exact code alike, i.e. the machine's queueing, not the search: run it on an idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."

LEARNERS=${LEARNERS:-100000}
REQUESTS=${REQUESTS:-1000}
CONCURRENCY=${CONCURRENCY:-4}
PORT=${PORT:-18081}

DATA=$(mktemp -d /tmp/ecenter-bench-people.XXXXXX)
OUT=docs/benchmarks
RAW=$OUT/raw
mkdir -p "$RAW"
source bench/lib.sh
find_java
for tool in curl psql hey python3; do
  command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
[ -f target/ecenter.jar ] || ./mvnw -q -B package -DskipTests
trap cleanup_app EXIT

start_app
wait_healthy > /dev/null
wait_demo
TOKEN=$(api_token giamdoc)

PGPORT=$(sed -n 4p "$(find "$DATA" -name postmaster.pid | head -1)")
PSQL=(psql -h 127.0.0.1 -p "$PGPORT" -U ecenter_owner -d ecenter -v ON_ERROR_STOP=1 -q)

echo "Adding $LEARNERS learners…"
"${PSQL[@]}" <<SQL
WITH names AS (
  SELECT
    -- Family names with their folded forms, repeated roughly in proportion to their share of the population.
    ARRAY['Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Trần','Trần','Lê','Lê','Phạm',
          'Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'] AS f,
    ARRAY['nguyen','nguyen','nguyen','nguyen','nguyen','nguyen','nguyen','nguyen','tran','tran','le','le','pham',
          'hoang','huynh','phan','vu','vo','dang','bui','do','ho','ngo','duong','ly'] AS ff,
    ARRAY['Văn','Thị','Minh','Hoàng','Ngọc','Thanh','Đức','Thị Mỹ','Quốc','Gia','Hữu','Thị Ánh','Bảo','Xuân'] AS m,
    ARRAY['van','thi','minh','hoang','ngoc','thanh','duc','thi my','quoc','gia','huu','thi anh','bao','xuan'] AS mf,
    ARRAY['An','Anh','Ánh','Bình','Châu','Cường','Dũng','Duy','Giang','Hà','Hải','Hạnh','Hiếu','Hòa','Hùng','Huy',
          'Khánh','Khoa','Lan','Linh','Long','Mai','Minh','My','Nam','Ngân','Nhung','Phúc','Phương','Quân','Quang',
          'Sơn','Tâm','Thảo','Thắng','Trang','Trí','Tuấn','Tuyết','Vy','Yến'] AS g,
    ARRAY['an','anh','anh','binh','chau','cuong','dung','duy','giang','ha','hai','hanh','hieu','hoa','hung','huy',
          'khanh','khoa','lan','linh','long','mai','minh','my','nam','ngan','nhung','phuc','phuong','quan','quang',
          'son','tam','thao','thang','trang','tri','tuan','tuyet','vy','yen'] AS gf
), picks AS (
  SELECT i,
         1 + floor(random() * 25)::int AS fi,
         1 + floor(random() * 14)::int AS mi,
         1 + floor(random() * 41)::int AS gi
  FROM generate_series(1, $LEARNERS) AS i
)
INSERT INTO people.learner (centre_id, id, code, family_name, middle_name, given_name, full_name, search_key,
                            birth_date, sex, phone)
SELECT c.id, gen_random_uuid(), 'BM' || lpad(p.i::text, 6, '0'), n.f[p.fi], n.m[p.mi], n.g[p.gi],
       n.f[p.fi] || ' ' || n.m[p.mi] || ' ' || n.g[p.gi], n.ff[p.fi] || ' ' || n.mf[p.mi] || ' ' || n.gf[p.gi],
       date '2005-01-01' + (random() * 3000)::int, CASE WHEN random() < 0.5 THEN 'MALE' ELSE 'FEMALE' END,
       '09' || lpad((random() * 99999999)::int::text, 8, '0')
FROM picks p CROSS JOIN names n CROSS JOIN centres.centre c
WHERE c.code = 'LQD';
ANALYZE people.learner;
SQL
"${PSQL[@]}" -At -c "SELECT count(*) FROM people.learner" | sed 's/^/learners in the database: /'
# The plan of the search for "nguyen van an" as the application runs it: as the application role, inside the demo
# centre, so that row-level security applies (the owner bypasses it, and its plans would mislead).
psql -h 127.0.0.1 -p "$PGPORT" -U ecenter_app -d ecenter -v ON_ERROR_STOP=1 -q > "$RAW/people-search-plan.txt" <<'SQL'
BEGIN;
SELECT set_config('ecenter.system', 'on', true) \g /dev/null
SELECT set_config('ecenter.centre_id', (SELECT id::text FROM centres.centre WHERE code = 'LQD'), true) \g /dev/null
SELECT set_config('ecenter.system', '', true) \g /dev/null
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, code, family_name, middle_name, given_name, full_name, birth_date, sex, phone FROM people.learner
 WHERE deidentified_at IS NULL
   AND id IN (SELECT learner_id FROM people.learner_term WHERE term ^@ 'nguyen van an' ORDER BY term LIMIT 60);
ROLLBACK;
SQL

QUERIES=("nguyen van an" "Nguyễn Văn An" "NGUYEN VAN AN" "tran thi my" "le hoang" "Phạm Thị Ánh Tuyết" "BM012345" \
         "bm0999" "0912" "tuyet" "khoa" "duong quoc")
REPORT=$OUT/people-search.md
{
  echo "# Learner search benchmark"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB"
  echo "- $LEARNERS generated learners plus the demo centre; GET /api/v1/learners?q=… as the director (bearer token)"
  echo "- $REQUESTS requests per search, $CONCURRENCY concurrent clients (hey); target: p95 under 50 ms"
  echo
  echo "| Search | p50 (ms) | p95 (ms) | p99 (ms) | requests/s |"
  echo "|---|---:|---:|---:|---:|"
} > "$REPORT"
# Baseline: an authenticated API call that does no search (token check, transaction, JSON), to tell the search's own
# cost from the cost of any request on this machine.
hey -n 50 -c "$CONCURRENCY" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me" > /dev/null
hey -n "$REQUESTS" -c "$CONCURRENCY" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me" > "$RAW/people-search-baseline-me.txt"
base_ms() { awk -v p="$1%" '$1 == p && $2 == "in" {printf "%.1f", $3 * 1000}' "$RAW/people-search-baseline-me.txt"; }
echo "| (baseline: \`GET /api/v1/me\`, no search) | $(base_ms 50) | $(base_ms 95) | $(base_ms 99) | $(awk '/Requests\/sec/ {printf "%.0f", $2}' "$RAW/people-search-baseline-me.txt") |" | tee -a "$REPORT"
for q in "${QUERIES[@]}"; do
  encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$q")
  url="$BASE/api/v1/learners?q=$encoded"
  curl -fs -H "Authorization: Bearer $TOKEN" "$url" > /dev/null
  hey -n 50 -c "$CONCURRENCY" -H "Authorization: Bearer $TOKEN" "$url" > /dev/null   # warm-up
  slug=$(printf '%s' "$encoded" | tr -c 'A-Za-z0-9' '_' | cut -c1-40)
  hey -n "$REQUESTS" -c "$CONCURRENCY" -H "Authorization: Bearer $TOKEN" "$url" > "$RAW/people-search-$slug.txt"
  ms() { awk -v p="$1%" '$1 == p && $2 == "in" {printf "%.1f", $3 * 1000}' "$RAW/people-search-$slug.txt"; }
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$RAW/people-search-$slug.txt")
  echo "| \`$q\` | $(ms 50) | $(ms 95) | $(ms 99) | $rps |" | tee -a "$REPORT"
done
echo "Written $REPORT"
