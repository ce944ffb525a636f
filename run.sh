#!/usr/bin/env bash
# Starts the whole platform on this machine with its embedded defaults: a MongoDB wire-protocol
# server in Java and a real Redis (both from the build, nothing to install), the four services and
# the gateway on port 8000. Data is kept under data/ across restarts. Ctrl-C stops everything.
#
#   ./run.sh            build if needed, start, show it working, keep running until Ctrl-C; an app
#                       that stops (a crash, out of memory) is started again by itself
#   ./run.sh --smoke    the same, then stop and exit 0 if everything worked (used by CI)
#   ./run.sh --no-build skip the Maven build (use the jars already in */target)
set -euo pipefail
cd "$(dirname "$0")"

SMOKE=false
BUILD=true
for arg in "$@"; do
  case "$arg" in
    --smoke) SMOKE=true ;;
    --no-build) BUILD=false ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "Unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

DATA_DIR=${DATA_DIR:-data}
LOG_DIR="$DATA_DIR/logs"
GATEWAY_PORT=${GATEWAY_PORT:-8000}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-8090}
MONGO_PORT=${MONGO_PORT:-27017}
REDIS_PORT=${REDIS_PORT:-6379}
VERSION=1.0.0-SNAPSHOT
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# An app out of memory exits (and is started again below) rather than living on broken.
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError}
STORES_JAVA_OPTS=${STORES_JAVA_OPTS:--Xmx1g -XX:+ExitOnOutOfMemoryError}
# The four services listen on SERVICE_PORT_BASE and the next three ports; the gateway is told where.
SERVICE_PORT_BASE=${SERVICE_PORT_BASE:-8081}
SERVICES=("data-simulator:$SERVICE_PORT_BASE" "cashflow-service:$((SERVICE_PORT_BASE + 1))"
          "cost-analyzer:$((SERVICE_PORT_BASE + 2))" "compliance-checker:$((SERVICE_PORT_BASE + 3))")
export DATA_SIMULATOR_URI="http://127.0.0.1:$SERVICE_PORT_BASE"
export CASHFLOW_SERVICE_URI="http://127.0.0.1:$((SERVICE_PORT_BASE + 1))"
export COST_ANALYZER_URI="http://127.0.0.1:$((SERVICE_PORT_BASE + 2))"
export COMPLIANCE_CHECKER_URI="http://127.0.0.1:$((SERVICE_PORT_BASE + 3))"
BASE="http://127.0.0.1:$GATEWAY_PORT"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\033[31mrun.sh: %s\033[0m\n' "$*" >&2; exit 1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

command -v "$JAVA" >/dev/null || fail "no java found: install a JDK 17 or newer"
command -v curl >/dev/null || fail "curl is needed to check the platform: install it (e.g. apt-get install curl)"
java_major=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
[ "${java_major%%.*}" -ge 17 ] 2>/dev/null || fail "Java 17 or newer is needed (found ${java_major:-none})"

for port in "$MONGO_PORT" "$REDIS_PORT" "$GATEWAY_PORT" "$MANAGEMENT_PORT" "${SERVICES[@]##*:}"; do
  port_open "$port" && fail "port $port is already in use (another run of the platform?); stop it first"
done

if $BUILD; then
  say "Building (./mvnw package, tests skipped; run the tests with ./mvnw verify)"
  ./mvnw -q -B -DskipTests package
fi
for jar in api-gateway data-simulator cashflow-service cost-analyzer compliance-checker; do
  [ -f "$jar/target/$jar-$VERSION-exec.jar" ] || fail "$jar/target/$jar-$VERSION-exec.jar is missing: run without --no-build"
done
[ -f common/target/local-stores.classpath ] || fail "common/target/local-stores.classpath is missing: run without --no-build"

mkdir -p "$LOG_DIR"
# Local secrets: made once, kept in data/ (git-ignored), never in the repository.
SECRETS="$DATA_DIR/local-secrets.env"
if [ ! -f "$SECRETS" ]; then
  umask 077
  {
    echo "JWT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')"
    echo "ADMIN_CLIENT_ID=admin"
    echo "ADMIN_CLIENT_SECRET=$(head -c 24 /dev/urandom | base64 | tr -d '\n/+=')"
  } > "$SECRETS"
  umask 022
fi
# The console's demo MERCHANT user, added to secrets made by an earlier release too.
if ! grep -q '^DEMO_MERCHANT_PASSWORD=' "$SECRETS"; then
  umask 077
  {
    echo "DEMO_MERCHANT_USER=demo"
    echo "DEMO_MERCHANT_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '\n/+=')"
  } >> "$SECRETS"
  umask 022
fi
set -a
# shellcheck disable=SC1090
. "$SECRETS"
set +a
export MONGODB_URI="mongodb://127.0.0.1:$MONGO_PORT/merchant_analysis"
export REDIS_URI="redis://127.0.0.1:$REDIS_PORT/0"

PIDS=()
NAMES=()
CMDS=()
STARTED_AT=()
RESTARTS=()
stop_all() {
  trap - INT TERM EXIT
  if [ ${#PIDS[@]} -gt 0 ]; then
    say "Stopping the platform"
    # The gateway first, then the services, then the stores: nothing loses what it needs while it still
    # answers, and the stores close their files last.
    stop_apps api-gateway
    stop_apps data-simulator cashflow-service cost-analyzer compliance-checker
    stop_apps local-stores
    echo "Stopped. Data is kept in $DATA_DIR/."
  fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

stop_apps() { # names: SIGTERM to each, then wait for all of them (40 s at most, then SIGKILL)
  local pids=() name i deadline
  for name in "$@"; do
    for i in "${!NAMES[@]}"; do
      [ "${NAMES[$i]}" = "$name" ] && pids+=("${PIDS[$i]}")
    done
  done
  [ ${#pids[@]} -gt 0 ] || return 0
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  deadline=$((SECONDS + 40))
  for pid in "${pids[@]}"; do
    while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}

start() { # name, environment (NAME=value words, or -), command...: starts it with its log in $LOG_DIR
  local name=$1 environment=$2; shift 2
  [ "$environment" = - ] && environment=
  NAMES+=("$name")
  CMDS+=("env $environment $(printf '%q ' "$@")")
  RESTARTS+=(0)
  STARTED_AT+=(0)
  PIDS+=(0)
  launch $((${#NAMES[@]} - 1)) ">"
}

launch() { # index, ">" to start a new log or ">>" to add to it
  # Each app in a process group of its own, led by the app itself: a stop or a restart reaches the
  # processes it started too (the stores' Redis).
  if [ "$2" = ">" ]; then
    eval "exec setsid ${CMDS[$1]}" > "$LOG_DIR/${NAMES[$1]}.log" 2>&1 &
  else
    eval "exec setsid ${CMDS[$1]}" >> "$LOG_DIR/${NAMES[$1]}.log" 2>&1 &
  fi
  PIDS[$1]=$!
  STARTED_AT[$1]=$SECONDS
}

check_alive() {
  for i in "${!PIDS[@]}"; do
    if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      echo "--- last lines of $LOG_DIR/${NAMES[$i]}.log ---" >&2
      tail -n 30 "$LOG_DIR/${NAMES[$i]}.log" >&2 || true
      fail "${NAMES[$i]} stopped unexpectedly"
    fi
  done
}

# Starts again, alone, each app that stopped: after 1 s, then 2, 4 ... up to 30 s while it keeps
# stopping; the count starts over once it has run for 2 minutes. The other apps keep serving.
supervise() {
  local i code delay
  while true; do
    for i in "${!PIDS[@]}"; do
      kill -0 "${PIDS[$i]}" 2>/dev/null && continue
      code=0
      wait "${PIDS[$i]}" 2>/dev/null || code=$?
      kill -KILL -- "-${PIDS[$i]}" 2>/dev/null || true # what it started and left behind
      if [ $((SECONDS - STARTED_AT[i])) -ge 120 ]; then RESTARTS[i]=0; fi
      RESTARTS[i]=$((RESTARTS[i] + 1))
      delay=$((1 << (RESTARTS[i] - 1)))
      [ "$delay" -le 30 ] || delay=30
      printf '\033[33mrun.sh: %s stopped (exit status %s); starting it again in %s s (restart %s; log %s)\033[0m\n' \
        "${NAMES[$i]}" "$code" "$delay" "${RESTARTS[$i]}" "$LOG_DIR/${NAMES[$i]}.log" >&2
      sleep "$delay"
      launch "$i" ">>"
    done
    sleep 1
  done
}

say "Starting the embedded MongoDB wire server (:$MONGO_PORT) and Redis (:$REDIS_PORT), data in $DATA_DIR/stores"
# shellcheck disable=SC2086
start local-stores - "$JAVA" $STORES_JAVA_OPTS \
  -cp "common/target/classes:$(cat common/target/local-stores.classpath)" \
  com.merchantanalysis.common.localstores.LocalStores \
  --mongo-port "$MONGO_PORT" --redis-port "$REDIS_PORT" --data-dir "$DATA_DIR/stores"
# Opening a large store file takes a while: wait as long as the stores process lives (at most
# STORES_START_TIMEOUT seconds), saying every 10 s how far it is.
stores_started=$(date +%s)
until port_open "$MONGO_PORT" && port_open "$REDIS_PORT"; do
  check_alive
  waited=$(( $(date +%s) - stores_started ))
  [ "$waited" -lt "${STORES_START_TIMEOUT:-1800}" ] || fail "the stores did not open within ${STORES_START_TIMEOUT:-1800} s; see $LOG_DIR/local-stores.log"
  if [ "$waited" -gt 0 ] && [ $(( waited % 10 )) -eq 0 ]; then
    echo "  still opening the store after ${waited} s ($(du -sh "$DATA_DIR/stores" 2>/dev/null | cut -f1) on disk)…"
    sleep 1
  fi
  sleep 0.5
done

started=$(date +%s)
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*} port=${entry##*:}
  say "Starting $name on :$port"
  # shellcheck disable=SC2086
  start "$name" "SERVER_PORT=$port" "$JAVA" $JAVA_OPTS -jar "$name/target/$name-$VERSION-exec.jar"
done
say "Starting api-gateway on :$GATEWAY_PORT (actuator on :$MANAGEMENT_PORT)"
# shellcheck disable=SC2086
start api-gateway "SERVER_PORT=$GATEWAY_PORT MANAGEMENT_PORT=$MANAGEMENT_PORT" \
  "$JAVA" $JAVA_OPTS -jar "api-gateway/target/api-gateway-$VERSION-exec.jar"

say "Waiting until $BASE/services/health shows every service UP"
for _ in $(seq 1 240); do
  check_alive
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/services/health" || true)
  [ "$code" = 200 ] && break
  sleep 1
done
[ "$code" = 200 ] || fail "the platform did not come up within 4 minutes; logs are in $LOG_DIR/"
echo "All UP after $(( $(date +%s) - started )) s:"
curl -s "$BASE/services/health"; echo

say "Showing it working"
TOKEN=$(curl -s -X POST "$BASE/auth/token" -d "grant_type=client_credentials" \
  --data-urlencode "client_id=$ADMIN_CLIENT_ID" --data-urlencode "client_secret=$ADMIN_CLIENT_SECRET" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || fail "could not get a token for the admin client"
echo "Got a token for the admin client '$ADMIN_CLIENT_ID'."
api() { # METHOD PATH [JSON]: answers the body; fails on anything but 2xx
  local code
  code=$(curl -s -o "$LOG_DIR/last-response.json" -w '%{http_code}' -X "$1" "$BASE$2" \
    -H "Authorization: Bearer $TOKEN" ${3:+-H 'Content-Type: application/json' -d "$3"})
  case "$code" in 2??) cat "$LOG_DIR/last-response.json" ;; *) fail "$1 $2 answered $code: $(head -c 300 "$LOG_DIR/last-response.json")" ;; esac
}
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p" | head -1; }

MERCHANT_ID=$(api GET "/api/v1/simulator/merchants?size=1" | sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')
if [ -z "$MERCHANT_ID" ]; then
  MERCHANT_ID=$(api POST /api/v1/simulator/merchants \
    '{"archetype":"hotpot","name":"老码头火锅 (demo)","city":"Chengdu","cityTier":2,"openingDate":"2024-01-01",
      "openingCashBalance":120000.00}' | field id)
  [ -n "$MERCHANT_ID" ] || fail "could not create the demo merchant"
  echo "Created a demo hotpot restaurant $MERCHANT_ID."
fi
# A store written by an earlier release is migrated to the current layout by data-simulator on start;
# merchant requests answer 503 until it is done.
migrating_since=$(date +%s)
while [ "$(curl -s -o "$LOG_DIR/last-response.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
           "$BASE/api/v1/simulator/merchants/$MERCHANT_ID")" = 503 ]; do
  check_alive
  waited=$(( $(date +%s) - migrating_since ))
  [ "$waited" -lt 3600 ] || fail "the stored data was not migrated within an hour; see $LOG_DIR/data-simulator.log"
  [ $(( waited % 15 )) -eq 0 ] && echo "  waiting for data-simulator to migrate the stored data (${waited} s): $(grep -o 'Layout migration: [0-9]* transactions[^;]*' "$LOG_DIR/data-simulator.log" | tail -1)"
  sleep 1
done
if [ "$(api GET "/api/v1/simulator/merchants/$MERCHANT_ID" | field dataVersion)" = 0 ]; then
  FROM=$(date -d '-120 days' +%F) TO=$(date -d '-1 day' +%F)
  say "Simulating its last 120 days ($FROM to $TO), with a fee overcharge and cash structuring planted"
  JOB_ID=$(api POST "/api/v1/simulator/merchants/$MERCHANT_ID/simulations" \
    "{\"from\":\"$FROM\",\"to\":\"$TO\",\"seed\":42,\"inject\":[{\"event\":\"FEE_OVERCHARGE\"},{\"event\":\"STRUCTURING\"}]}" | field id)
  [ -n "$JOB_ID" ] || fail "could not start the simulation"
  for _ in $(seq 1 300); do
    state=$(api GET "/api/v1/simulator/jobs/$JOB_ID" | field state)
    case "$state" in SUCCEEDED) break ;; FAILED) fail "simulation job $JOB_ID failed: $(cat "$LOG_DIR/last-response.json")" ;; esac
    sleep 1
  done
  [ "$state" = SUCCEEDED ] || fail "simulation job $JOB_ID did not finish in 5 minutes"
  echo "  job $JOB_ID: $(sed -n 's/.*"progress":\({[^}]*}\).*/\1/p' "$LOG_DIR/last-response.json")"
fi
echo "Merchant $MERCHANT_ID as each service sees it:"
for path in "simulator/merchants/$MERCHANT_ID" "simulator/merchants/$MERCHANT_ID/daily" \
            "cashflow/merchants/$MERCHANT_ID/summary" "costs/merchants/$MERCHANT_ID/summary" \
            "compliance/merchants/$MERCHANT_ID/summary"; do
  body=$(api GET "/api/v1/$path")
  echo "  GET /api/v1/$path -> 200 ${body:0:200}…"
done
# The console's demo user: a MERCHANT bound to the demo restaurant, created once (409: it exists).
code=$(curl -s -o "$LOG_DIR/last-response.json" -w '%{http_code}' -X POST "$BASE/auth/users" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$DEMO_MERCHANT_USER\",\"password\":\"$DEMO_MERCHANT_PASSWORD\",\"roles\":[\"MERCHANT\"],\"merchantId\":\"$MERCHANT_ID\"}")
case "$code" in
  201) echo "Created the console user '$DEMO_MERCHANT_USER' for merchant $MERCHANT_ID." ;;
  409) ;;
  *) fail "could not create the console user: $code $(head -c 300 "$LOG_DIR/last-response.json")" ;;
esac
[ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/auth/login" -H 'Content-Type: application/json' \
     -d "{\"username\":\"$DEMO_MERCHANT_USER\",\"password\":\"$DEMO_MERCHANT_PASSWORD\"}")" = 200 ] \
  || fail "the console user '$DEMO_MERCHANT_USER' cannot sign in (POST /auth/login)"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/console/")" = 200 ] || fail "the console is not served at $BASE/console/"
body=$(api GET "/merchant/analyze?merchantId=$MERCHANT_ID")
echo "The merchant report joining them: GET /merchant/analyze?merchantId=$MERCHANT_ID -> 200"
echo "  sections: $(echo "$body" | grep -o '"\(cash\|cost\|compliance\)":{"status":"[a-z]*"' | tr '\n' ' ')"
echo "  ${body:0:300}…"
cat <<EOF

The platform is running.

The merchant console (商户经营看板): $BASE/console/
  user:     $DEMO_MERCHANT_USER   (MERCHANT: the demo restaurant, $MERCHANT_ID)
  password: $DEMO_MERCHANT_PASSWORD

Admin client (local only, kept in $SECRETS):
  client_id:     $ADMIN_CLIENT_ID
  client_secret: $ADMIN_CLIENT_SECRET

Try it:
  curl $BASE/health
  curl $BASE/services/health
  TOKEN=\$(curl -s -X POST $BASE/auth/token -d grant_type=client_credentials \\
      -d client_id=$ADMIN_CLIENT_ID -d client_secret=$ADMIN_CLIENT_SECRET | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  curl -H "Authorization: Bearer \$TOKEN" '$BASE/api/v1/simulator/merchants?size=5'
  curl -H "Authorization: Bearer \$TOKEN" '$BASE/api/v1/cashflow/merchants/$MERCHANT_ID/forecast?horizon=30'
  curl -H "Authorization: Bearer \$TOKEN" $BASE/api/v1/costs/merchants/$MERCHANT_ID/fee-audit
  curl -H "Authorization: Bearer \$TOKEN" -X POST -H 'Content-Type: application/json' \\
      -d '{"from":"$(date -d '-90 days' +%F)","to":"$(date -d '-1 day' +%F)"}' \\
      $BASE/api/v1/compliance/merchants/$MERCHANT_ID/checks
  curl -H "Authorization: Bearer \$TOKEN" '$BASE/merchant/analyze?merchantId=$MERCHANT_ID'
API docs (Swagger UI over every service): $BASE/swagger-ui.html
Logs: $LOG_DIR/<app>.log    Stop: Ctrl-C
EOF

if $SMOKE; then
  say "Smoke run passed"
  exit 0
fi
say "Running. An app that stops is started again by itself; Ctrl-C stops everything"
supervise
