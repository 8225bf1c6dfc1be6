# Shared helpers of the benchmark scripts (sourced, not run). Each script sets PORT before sourcing.
#   find_java            sets JAVA to a JDK 25 java (JAVA_HOME, /usr/lib/jvm/temurin-25-jdk-amd64, /usr/lib/jvm/*25*)
#   start_app            starts target/ecenter.jar on the data folder $DATA and port $PORT (JVM options in
#                        APP_JAVA_OPTS), sets APP_PID
#   stop_app             stops it
#   wait_healthy         prints the milliseconds until /actuator/health is UP (gives up after 180 s)
#   wait_demo            waits until the demo centre has loaded (on a first start, after the server is up)
#   load_average         the 1-, 5- and 15-minute load averages, to record how busy the machine was
#   sign_in USER         signs in through the form and prints the SESSION cookie
#   api_token USER       prints a bearer token
#   wrk_median FILE      prints the median latency of a `wrk --latency` output
#   bench_in_process TEST FILE RUNS
#                        runs the JUnit benchmark TEST (-Dbench=true, test profile) RUNS times on a fresh test database
#                        each, then prints target/bench/FILE, to which TEST appends one line per run
# Demo accounts have the demo password (README, demo mode only).

DEMO_PASSWORD='Demo@2026'
BASE="http://127.0.0.1:${PORT:-}"
APP_PID=""

find_java() {
  JAVA=${JAVA:-}
  if [ -z "$JAVA" ]; then
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*; do
      if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -q '"25'; then
        JAVA="$candidate/bin/java"; break
      fi
    done
  fi
  [ -n "$JAVA" ] || { echo "No JDK 25 found; set JAVA=/path/to/java" >&2; exit 1; }
}

start_app() {
  # shellcheck disable=SC2086 # APP_JAVA_OPTS holds several options
  ECENTER_DATA_DIR="$DATA" SERVER_PORT=$PORT "$JAVA" ${APP_JAVA_OPTS:-} -jar target/ecenter.jar > "$DATA/app.log" 2>&1 &
  APP_PID=$!
}

stop_app() {
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

cleanup_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$DATA"
}

wait_healthy() {
  local start=$(date +%s%N)
  for _ in $(seq 1 1800); do
    if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      echo $(( ($(date +%s%N) - start) / 1000000 )); return 0
    fi
    sleep 0.1
  done
  echo "the application did not become healthy; see $DATA/app.log" >&2; return 1
}

api_token() {
  curl -fs -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$DEMO_PASSWORD\"}" "$BASE/api/v1/auth/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

wait_demo() {
  for _ in $(seq 1 1800); do
    grep -q "Demo centre loaded" "$DATA/app.log" && return 0
    sleep 0.1
  done
  echo "the demo centre did not load; see $DATA/app.log" >&2; return 1
}

sign_in() {
  local jar="$DATA/cookies" token
  rm -f "$jar"
  token=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$DEMO_PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" {print $7}' "$jar"
}

load_average() {
  cut -d' ' -f1-3 /proc/loadavg
}

wrk_median() {
  awk '/Latency Distribution/ {found=1} found && $1 == "50%" {print $2; exit}' "$1"
}

# "yes" when a wrk latency such as 812.00us or 12.5ms is under the given milliseconds, else "NO".
under_ms() {
  case "$1" in
    *us) echo yes;;
    *ms) awk -v m="${1%ms}" -v limit="$2" 'BEGIN {print (m < limit) ? "yes" : "NO"}';;
    *) echo NO;;
  esac
}

bench_in_process() {
  local test=$1 out=target/bench/$2 runs=$3
  rm -f "$out"
  echo "load before: $(load_average)"
  for _ in $(seq "$runs"); do
    ./mvnw -B -q test -Dtest="$test" -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
  done
  cat "$out"
}
