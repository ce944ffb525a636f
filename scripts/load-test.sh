#!/usr/bin/env bash
# Load test of the running local platform (start it with ./run.sh first) with ApacheBench (ab -k).
#
#   scripts/load-test.sh                 5000 requests at concurrency 100 per run (the issue's figures)
#   N=1000 C=50 scripts/load-test.sh     other sizes
#
# It gets a real token for the admin client (data/local-secrets.env), finds or creates a merchant
# (and simulates half a year of its data when data-simulator can), starts the same gateway jar in its
# bare routing mode (gateway/bare/BareRoutingApplication: routing only, no token check, rate limiter,
# security chain, observations or our filters) on BARE_PORT in front of the same data-simulator, warms
# up, then measures:
#   1. GET /merchant/analyze, cached (the report is in Redis)
#   2. GET /merchant/analyze, uncached (Cache-Control: no-cache: every section recomputed)
#   3. a trivial authenticated GET (one merchant from data-simulator) through the gateway
#   4. the same GET through the bare routing mode
#   5. the same GET directly on data-simulator (which checks the token itself)
#   6. 3, 4 and 5 again at concurrency 1, for the latency the gateway adds
# and prints requests/s, p50/p95/p99, failed and non-2xx requests, and the CPU time per request of the
# process that answered (from /proc/<pid>/stat before and after each run, less the JIT compiler
# threads' time, which is warm-up). Then: the gateway's CPU per
# trivial request as a ratio to the bare mode's (the figure to judge: both run in the same minutes on
# the same machine), the CPU per report summed over every process of the platform and split by process
# (gateway, each service, the MongoDB wire server, Redis), and the issue-21 targets.
#
# The gateway's rate limits are per client and would refuse most of a 5000-request run. To measure
# with the limiter on but not refusing, start the platform with high limits:
#   RATE_LIMIT_REPLENISH_RATE=100000 RATE_LIMIT_BURST_CAPACITY=100000 \
#   ANALYZE_RATE_LIMIT_REPLENISH_RATE=100000 ANALYZE_RATE_LIMIT_BURST_CAPACITY=100000 \
#   JAVA_OPTS="-Xms128m -Xmx512m" ./run.sh
# (run.sh's default JAVA_OPTS stop the JIT at C1 for a fast start: not what a load test should measure).
# BARE_JAVA_OPTS (default "-Xms128m -Xmx512m") should match the gateway's JAVA_OPTS.
# A platform on other ports (run.sh's GATEWAY_PORT, SERVICE_PORT_BASE, MONGO_PORT, REDIS_PORT): set
# GATEWAY, SIMULATOR (the first service port), MONGO_PORT and REDIS_PORT; BARE=false skips the bare mode.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-5000}
C=${C:-100}
N1=${N1:-2000}
# The JIT keeps compiling for tens of thousands of requests; figures before that are not steady state.
# WARMUP is the most each gateway gets, in rounds of WARMUP_ROUND (see warm_until_steady below).
WARMUP=${WARMUP:-100000}
WARMUP_ROUND=${WARMUP_ROUND:-5000}
GATEWAY=${GATEWAY:-http://127.0.0.1:8000}
SIMULATOR=${SIMULATOR:-http://127.0.0.1:8081}
SECRETS=${SECRETS:-data/local-secrets.env}
TIMEOUT=${AB_TIMEOUT:-20}
OUT=${OUT:-data/load-test}
BARE=${BARE:-true}
BARE_PORT=${BARE_PORT:-$(( ${GATEWAY##*:} + 10 ))}
BARE_JAR=${BARE_JAR:-api-gateway/target/api-gateway-1.0.0-SNAPSHOT-exec.jar}
BARE_JAVA_OPTS=${BARE_JAVA_OPTS:--Xms128m -Xmx512m}
BARE_URL="http://127.0.0.1:$BARE_PORT"
SIMULATOR_PORT=${SIMULATOR##*:}
SERVICE_PORT_BASE=${SERVICE_PORT_BASE:-$SIMULATOR_PORT}
MONGO_PORT=${MONGO_PORT:-27017}
REDIS_PORT=${REDIS_PORT:-6379}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\033[31mload-test: %s\033[0m\n' "$*" >&2; exit 1; }

if ! command -v ab >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "Installing ab (Debian package apache2-utils)"
    apt-get install -y -q apache2-utils >/dev/null || fail "could not install apache2-utils"
  else
    fail "ab is missing: install it with 'sudo apt-get install apache2-utils' (Debian/Ubuntu) or 'brew install httpd' (macOS)"
  fi
fi
command -v curl >/dev/null || fail "curl is needed"
[ -f "$SECRETS" ] || fail "$SECRETS is missing: start the platform with ./run.sh first"
# shellcheck disable=SC1090
. "$SECRETS"
curl -sf -o /dev/null "$GATEWAY/health" || fail "the gateway does not answer at $GATEWAY/health: start it with ./run.sh"
mkdir -p "$OUT"
command -v ss >/dev/null || fail "ss (Debian package iproute2) is needed to find the platform's processes"

port_pid() { # the process listening on a local port, if this user may see it
  ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1
}
# Every process of the platform whose CPU time is counted, by name.
PROC_NAMES=(api-gateway data-simulator cashflow-service cost-analyzer compliance-checker mongodb-server redis)
declare -A PROC_PID=(
  [api-gateway]=$(port_pid "${GATEWAY##*:}")
  [data-simulator]=$(port_pid "$SIMULATOR_PORT")
  [cashflow-service]=$(port_pid $((SERVICE_PORT_BASE + 1)))
  [cost-analyzer]=$(port_pid $((SERVICE_PORT_BASE + 2)))
  [compliance-checker]=$(port_pid $((SERVICE_PORT_BASE + 3)))
  [mongodb-server]=$(port_pid "$MONGO_PORT")
  [redis]=$(port_pid "$REDIS_PORT")
)
for name in "${PROC_NAMES[@]}"; do
  [ -n "${PROC_PID[$name]}" ] || echo "(cannot see $name's process: its CPU time will not be counted)"
done
TICKS=$(getconf CLK_TCK)
# CPU time of a process in clock ticks (0 when it is not known), less that of its JIT compiler threads:
# compiling is warm-up, not work per request, and a fresh JVM (the bare mode) compiles for minutes on a
# busy machine. GC threads count. Each line of stat: pid (comm) state ... utime(14) stime(15).
cpu_ticks() {
  if [ -z "$1" ] || [ ! -r "/proc/$1/stat" ]; then echo 0; return; fi
  cat "/proc/$1/stat" /proc/"$1"/task/*/stat 2>/dev/null | awk '
    { rest = $0; sub(/^.*\) /, "", rest); split(rest, f, " "); t = f[12] + f[13] }
    NR == 1 { total = t; next }
    /\(C[12] CompilerThre\)/ { jit += t }
    END { print total - jit }'
}

BARE_PID=
stop_bare() { [ -z "$BARE_PID" ] || { kill "$BARE_PID" 2>/dev/null || true; wait "$BARE_PID" 2>/dev/null || true; }; }
trap stop_bare EXIT
trap 'exit 130' INT TERM
if $BARE; then
  [ -f "$BARE_JAR" ] || fail "$BARE_JAR is missing: build it (./mvnw -q package -DskipTests), or run with BARE=false"
  ! curl -s -o /dev/null "$BARE_URL/" || fail "port $BARE_PORT is taken: set BARE_PORT"
  say "Starting the bare routing mode of $BARE_JAR on :$BARE_PORT, in front of $SIMULATOR"
  # shellcheck disable=SC2086
  DATA_SIMULATOR_URI=$SIMULATOR BARE_PORT=$BARE_PORT java $BARE_JAVA_OPTS \
    -Dloader.main=com.merchantanalysis.gateway.bare.BareRoutingApplication \
    -cp "$BARE_JAR" org.springframework.boot.loader.launch.PropertiesLauncher > "$OUT/bare-gateway.log" 2>&1 &
  BARE_PID=$!
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "$BARE_URL/" && break
    kill -0 "$BARE_PID" 2>/dev/null || fail "the bare routing mode stopped; see $OUT/bare-gateway.log"
    sleep 1
  done
  curl -s -o /dev/null "$BARE_URL/" || fail "the bare routing mode did not answer within 2 minutes; see $OUT/bare-gateway.log"
  PROC_PID[bare]=$BARE_PID
fi

say "Getting a token for '$ADMIN_CLIENT_ID'"
TOKEN=$(curl -s -X POST "$GATEWAY/auth/token" -d grant_type=client_credentials \
  --data-urlencode "client_id=$ADMIN_CLIENT_ID" --data-urlencode "client_secret=$ADMIN_CLIENT_SECRET" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || fail "no token for the admin client"
AUTH="Authorization: Bearer $TOKEN"

say "Finding a merchant"
# The one a previous run created (and simulated), else the first listed, else a new one.
if [ -z "${MERCHANT_ID:-}" ] && [ -f "$OUT/merchant-id" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' \
    "$GATEWAY/api/v1/simulator/merchants/$(cat "$OUT/merchant-id")" -H "$AUTH")" = 200 ]; then
  MERCHANT_ID=$(cat "$OUT/merchant-id")
fi
MERCHANT_ID=${MERCHANT_ID:-$(curl -s "$GATEWAY/api/v1/simulator/merchants?size=1" -H "$AUTH" \
  | sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')}
if [ -z "$MERCHANT_ID" ]; then
  MERCHANT_ID=$(curl -s -X POST "$GATEWAY/api/v1/simulator/merchants" -H "$AUTH" -H 'Content-Type: application/json' \
    -d '{"name":"老码头火锅 (load test)","archetype":"hotpot","industry":"RESTAURANT","city":"Chengdu","cityTier":2,
         "openingDate":"2021-05-01","openingCashBalance":120000.00,
         "licences":[{"kind":"FOOD_BUSINESS_LICENCE","number":"JY15101050012345","validUntil":"2027-01-31"}]}' \
    | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
  [ -n "$MERCHANT_ID" ] || fail "could not create a merchant"
  echo "Created merchant $MERCHANT_ID"
fi
echo "Merchant: $MERCHANT_ID"
echo "$MERCHANT_ID" > "$OUT/merchant-id"

# Half a year of simulated data, when the simulator offers it and the merchant has none yet.
days=$(curl -s "$GATEWAY/api/v1/simulator/merchants/$MERCHANT_ID/daily" -H "$AUTH" | grep -o '"date"' | wc -l || true)
if [ "${days:-0}" -eq 0 ]; then
  to=$(date -u -d yesterday +%F) from=$(date -u -d '180 days ago' +%F)
  job=$(curl -s -o "$OUT/simulation.json" -w '%{http_code}' -X POST \
    "$GATEWAY/api/v1/simulator/merchants/$MERCHANT_ID/simulations" -H "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"from\":\"$from\",\"to\":\"$to\",\"seed\":42}" || true)
  if [ "$job" = 202 ]; then
    job_id=$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' "$OUT/simulation.json")
    printf 'Simulating %s..%s (job %s) ' "$from" "$to" "$job_id"
    for _ in $(seq 1 120); do
      state=$(curl -s "$GATEWAY/api/v1/simulator/jobs/$job_id" -H "$AUTH" | sed -n 's/.*"state":"\([^"]*\)".*/\1/p')
      case "$state" in
        SUCCEEDED) echo "done"; break ;;
        FAILED) echo "failed; measuring the merchant as it is"; break ;;
      esac
      printf '.'; sleep 1
    done
  else
    echo "(no simulation: data-simulator answered $job; measuring the merchant as it is)"
  fi
fi

ANALYZE="$GATEWAY/merchant/analyze?merchantId=$MERCHANT_ID"
TRIVIAL="/api/v1/simulator/merchants/$MERCHANT_ID"
echo "One report, as the load test will get it (asked until every section is ok, at most 10 times):"
for _ in $(seq 1 10); do
  curl -s -D "$OUT/analyze.headers" -o "$OUT/analyze.json" "$ANALYZE" -H "$AUTH" || true
  grep -q '"consistent":true' "$OUT/analyze.json" && break
  sleep 3
done
head -c 300 "$OUT/analyze.json"; echo " …"
grep -o '"status":"[a-z]*","service":"[a-z-]*"[^}]*"detail":[^,]*' "$OUT/analyze.json" | sed 's/^/  /'
grep -q '"consistent":true' "$OUT/analyze.json" \
  || echo "NOTE: some section is not ok, so the report is never cached: the 'cached' run measures uncached reports."
burst=$(sed -n 's/^X-RateLimit-Burst-Capacity: *\([0-9]*\).*/\1/ip' "$OUT/analyze.headers" | tr -d '\r')
if [ -n "$burst" ] && [ "$burst" -lt "$N" ]; then
  echo "NOTE: the gateway's burst per client is $burst, under $N requests: expect 429s (non-2xx)."
  echo "      For throughput figures, restart the platform with high limits (see the top of this script)."
fi

RESULTS=()
declare -A CPU_US=() MEAN_MS=() P99=() FAILED=() RPS=()
ALL_COMPLETE=true
# name, concurrency, requests, url, extra ab args...
run() {
  local name=$1 c=$2 n=$3 url=$4; shift 4
  local log="$OUT/$name.txt" rc=0 proc server=
  declare -A before=()
  for proc in "${!PROC_PID[@]}"; do before[$proc]=$(cpu_ticks "${PROC_PID[$proc]}"); done
  ab -k -l -s "$TIMEOUT" -n "$n" -c "$c" -H "$AUTH" "$@" "$url" > "$log" 2>&1 || rc=$?
  local rps p50 p95 p99 failed lengths non2xx keepalive done_n cpu mean
  rps=$(awk '/^Requests per second/ {print $4}' "$log")
  p50=$(awk '$1 == "50%" {print $2}' "$log"); p95=$(awk '$1 == "95%" {print $2}' "$log")
  p99=$(awk '$1 == "99%" {print $2}' "$log")
  # ab counts an answer whose length differs from the first one's as failed; a report's length
  # varies (its generatedAt, its figures), so those are shown apart and are not failures.
  failed=$(awk '/^Failed requests/ {print $3}' "$log"); non2xx=$(awk '/^Non-2xx responses/ {print $3}' "$log")
  lengths=$(sed -n 's/.*Length: \([0-9]*\),.*/\1/p' "$log"); failed=$(( ${failed:-0} - ${lengths:-0} ))
  keepalive=$(awk '/^Keep-Alive requests/ {print $3}' "$log")
  done_n=$(awk '/^Complete requests/ {print $3}' "$log")
  mean=$(awk '/^Time per request/ {print $4; exit}' "$log")
  for proc in "${!PROC_PID[@]}"; do
    CPU_US[$name/$proc]=$(awk -v d=$(( $(cpu_ticks "${PROC_PID[$proc]}") - ${before[$proc]} )) -v t="$TICKS" -v n="${done_n:-0}" \
      'BEGIN {printf "%.0f", (n > 0 ? d / t * 1e6 / n : 0)}')
  done
  case "$url" in
    "$GATEWAY"*) server=api-gateway ;;
    "$BARE_URL"*) server=bare ;;
    "$SIMULATOR"*) server=data-simulator ;;
  esac
  cpu=${CPU_US[$name/$server]:--}
  if [ "$rc" -ne 0 ] || [ "${done_n:-0}" -ne "$n" ]; then
    ALL_COMPLETE=false
    echo "!! ab stopped with exit $rc on $name after ${done_n:-0} of $n: $(grep -E 'apr_|timeout|Connection' "$log" | head -1)"
    echo "   (a hang here is the Reactor Netty keep-alive hang; see $log)"
  fi
  RESULTS+=("$(printf '%-20s %4s %6s %9s %7s %7s %7s %7s %8s %8s %10s %9s' "$name" "$c" "${done_n:-0}" "${rps:--}" \
    "${p50:--}" "${p95:--}" "${p99:--}" "$failed" "${lengths:-0}" "${non2xx:-0}" "${keepalive:-0}" "$cpu")")
  P99[$name]=${p99:-0} FAILED[$name]=$(( failed + ${non2xx:-0} )) RPS[$name]=${rps:-0}
  MEAN_MS[$name]=${mean:-0}
}

# A fresh JVM's JIT keeps compiling for tens of thousands of requests (longer on a busy machine), and
# that compiling is CPU time of the same process: each gateway is warmed in rounds until its CPU per
# request stops falling (by less than 5% from one round to the next), at most WARMUP requests. Uncached
# reports are warmed the same way, on their CPU summed over every process: a service that has served a
# few thousand reports still costs about twice what it costs after twenty thousand.
warm_until_steady() { # name, url, the process that answers ("all": summed over processes), ab args...
  # Steady: two rounds in a row not 5% below the best so far (one such round is often just noise, and
  # stopping there left a freshly started bare mode half compiled).
  local name=$1 url=$2 server=$3 best=0 flat=0 current round rounds=$(( WARMUP / WARMUP_ROUND )) proc
  shift 3
  for round in $(seq 1 $(( rounds > 0 ? rounds : 1 ))); do
    run "warmup-$name" 50 "$WARMUP_ROUND" "$url" "$@" >/dev/null
    if [ "$server" = all ]; then
      current=0
      for proc in "${!PROC_PID[@]}"; do current=$(( current + ${CPU_US[warmup-$name/$proc]:-0} )); done
    else
      current=${CPU_US[warmup-$name/$server]:-0}
    fi
    echo "  $name, round $round: $current µs CPU/request"
    if [ "$best" -gt 0 ] && [ $(( current * 100 )) -ge $(( best * 95 )) ]; then
      flat=$(( flat + 1 ))
      [ "$flat" -lt 2 ] || break
    else
      flat=0
    fi
    [ "$best" -gt 0 ] && [ "$current" -ge "$best" ] || best=$current
  done
}
say "Warming up: rounds of $WARMUP_ROUND trivial GETs through the gateway$($BARE && echo " and the bare mode") and of uncached reports until steady (at most $WARMUP each), $((WARMUP_ROUND / 2)) reports, $WARMUP_ROUND direct"
warm_until_steady gateway "$GATEWAY$TRIVIAL" api-gateway
! $BARE || warm_until_steady bare "$BARE_URL$TRIVIAL" bare
warm_until_steady uncached "$ANALYZE" all -H "Cache-Control: no-cache"
run warmup-analyze 50 $((WARMUP_ROUND / 2)) "$ANALYZE" >/dev/null
run warmup-direct 50 "$WARMUP_ROUND" "$SIMULATOR$TRIVIAL" >/dev/null
RESULTS=()
ALL_COMPLETE=true

say "Measuring: ab -k -n $N -c $C"
run analyze-cached "$C" "$N" "$ANALYZE"
run analyze-uncached "$C" "$N" "$ANALYZE" -H "Cache-Control: no-cache"
run trivial-gateway "$C" "$N" "$GATEWAY$TRIVIAL"
! $BARE || run trivial-bare "$C" "$N" "$BARE_URL$TRIVIAL"
run trivial-direct "$C" "$N" "$SIMULATOR$TRIVIAL"
say "Measuring: ab -k -n $N1 -c 1"
run trivial-gateway-c1 1 "$N1" "$GATEWAY$TRIVIAL"
! $BARE || run trivial-bare-c1 1 "$N1" "$BARE_URL$TRIVIAL"
run trivial-direct-c1 1 "$N1" "$SIMULATOR$TRIVIAL"

echo
printf '%-20s %4s %6s %9s %7s %7s %7s %7s %8s %8s %10s %9s\n' run c "done" "req/s" "p50 ms" "p95 ms" "p99 ms" failed "len diff" non-2xx keep-alive "µs CPU/req"
printf '%s\n' "${RESULTS[@]}"
echo "(µs CPU/req: of the process that answered: the gateway, the bare mode, or data-simulator for direct)"
echo
for name in analyze-uncached analyze-cached; do
  total=0 line=
  for proc in "${PROC_NAMES[@]}"; do
    us=${CPU_US[$name/$proc]:-0}
    total=$((total + us)); line+=" $proc $us,"
  done
  echo "CPU per report, $name, summed over processes: $total µs =${line%,}"
done
for name in trivial-gateway trivial-gateway-c1; do
  echo "Trivial GET ($name): CPU per request of data-simulator behind it ${CPU_US[$name/data-simulator]} µs, of Redis ${CPU_US[$name/redis]} µs"
done
echo
awk -v g="${RPS[trivial-gateway]}" -v d="${RPS[trivial-direct]}" \
  'BEGIN { if (d > 0) printf "gateway/direct throughput (trivial GET, c='"$C"'): %.2f\n", g / d }'
for name in trivial-gateway-c1 trivial-bare-c1 trivial-direct-c1; do
  [ -n "${MEAN_MS[$name]:-}" ] && printf '%s mean: %s ms\n' "$name" "${MEAN_MS[$name]}"
done

uncached_total=0
for proc in "${PROC_NAMES[@]}"; do uncached_total=$((uncached_total + ${CPU_US[analyze-uncached/$proc]:-0})); done
mark() { if awk "BEGIN {exit !($1)}"; then echo met; else echo MISSED; fi; }
echo
echo "Issue-21 targets (this run; absolute figures move with the machine's load, the ratio much less):"
printf '  uncached report c=%s: p99 %s ms (< 500: %s), failures %s (0: %s)\n' "$C" "${P99[analyze-uncached]}" \
  "$(mark "${P99[analyze-uncached]} < 500")" "${FAILED[analyze-uncached]}" "$(mark "${FAILED[analyze-uncached]} == 0")"
printf '  uncached report: %.2f ms CPU summed over processes (<= 3: %s)\n' "$(awk -v u="$uncached_total" 'BEGIN {print u / 1000}')" \
  "$(mark "$uncached_total <= 3000")"
printf '  cached report c=%s: p99 %s ms (< 100: %s)\n' "$C" "${P99[analyze-cached]}" "$(mark "${P99[analyze-cached]} < 100")"
if $BARE; then
  for c in "" -c1; do
    g=${CPU_US[trivial-gateway$c/api-gateway]} b=${CPU_US[trivial-bare$c/bare]}
    ratio=$(awk -v g="$g" -v b="$b" 'BEGIN {printf "%.2f", (b > 0 ? g / b : 0)}')
    printf '  trivial GET c=%s: gateway %s µs CPU/request, bare routing %s µs: %s× bare (<= 1.5: %s)\n' \
      "$([ -n "$c" ] && echo 1 || echo "$C")" "$g" "$b" "$ratio" "$(mark "$ratio <= 1.5 && $ratio > 0")"
  done
  printf '  latency added at c=1 (means): gateway %s ms over direct (<= 0.5: %s), bare %s ms over direct\n' \
    "$(awk -v g="${MEAN_MS[trivial-gateway-c1]}" -v d="${MEAN_MS[trivial-direct-c1]}" 'BEGIN {printf "%.2f", g - d}')" \
    "$(mark "${MEAN_MS[trivial-gateway-c1]} - ${MEAN_MS[trivial-direct-c1]} <= 0.5")" \
    "$(awk -v b="${MEAN_MS[trivial-bare-c1]}" -v d="${MEAN_MS[trivial-direct-c1]}" 'BEGIN {printf "%.2f", b - d}')"
else
  printf '  latency added at c=1 (means): gateway %s ms over direct (<= 0.5: %s)\n' \
    "$(awk -v g="${MEAN_MS[trivial-gateway-c1]}" -v d="${MEAN_MS[trivial-direct-c1]}" 'BEGIN {printf "%.2f", g - d}')" \
    "$(mark "${MEAN_MS[trivial-gateway-c1]} - ${MEAN_MS[trivial-direct-c1]} <= 0.5")"
fi
echo "  ab -k completed every request of every run: $($ALL_COMPLETE && echo yes || echo NO)"
echo
echo "Load average now: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (figures from a busy machine are not comparable)"
echo "Full ab output: $OUT/*.txt"
