#!/usr/bin/env bash
# Load test of the running local platform (start it with ./run.sh first) with ApacheBench (ab -k).
#
#   scripts/load-test.sh                 5000 requests at concurrency 100 per run (the issue's figures)
#   N=1000 C=50 scripts/load-test.sh     other sizes
#
# It gets a real token for the admin client (data/local-secrets.env), finds or creates a merchant
# (and simulates half a year of its data when data-simulator can), warms up, then measures:
#   1. GET /merchant/analyze, cached (the report is in Redis)
#   2. GET /merchant/analyze, uncached (Cache-Control: no-cache: every section recomputed)
#   3. a trivial authenticated GET (one merchant from data-simulator) through the gateway
#   4. the same GET directly on data-simulator (which checks the token itself)
#   5. 3 and 4 again at concurrency 1, for the latency the gateway adds
# and prints requests/s, p50/p95/p99, failed and non-2xx requests, the gateway/direct throughput
# ratio and the gateway's CPU time per request (from /proc/<pid>/stat before and after each run).
#
# The gateway's rate limits are per client and would refuse most of a 5000-request run. To measure
# with the limiter on but not refusing, start the platform with high limits:
#   RATE_LIMIT_REPLENISH_RATE=100000 RATE_LIMIT_BURST_CAPACITY=100000 \
#   ANALYZE_RATE_LIMIT_REPLENISH_RATE=100000 ANALYZE_RATE_LIMIT_BURST_CAPACITY=100000 \
#   JAVA_OPTS="-Xms128m -Xmx512m" ./run.sh
# (run.sh's default JAVA_OPTS stop the JIT at C1 for a fast start: not what a load test should measure).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-5000}
C=${C:-100}
N1=${N1:-2000}
# The JIT keeps compiling for tens of thousands of requests; figures before that are not steady state.
WARMUP=${WARMUP:-100000}
GATEWAY=${GATEWAY:-http://127.0.0.1:8000}
SIMULATOR=${SIMULATOR:-http://127.0.0.1:8081}
SECRETS=${SECRETS:-data/local-secrets.env}
TIMEOUT=${AB_TIMEOUT:-20}
OUT=${OUT:-data/load-test}

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

gateway_pid() {
  local port=${GATEWAY##*:}
  ss -ltnpH "sport = :${port%%/*}" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1
}
PID=$(gateway_pid)
[ -n "$PID" ] || echo "(cannot see the gateway's process: its CPU time will not be reported)"
TICKS=$(getconf CLK_TCK)
cpu_ticks() { [ -n "$PID" ] && awk '{print $14 + $15}' "/proc/$PID/stat" || echo 0; }

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
RPS_trivial_gateway=0 RPS_trivial_direct=0 P50_trivial_gateway_c1=0 P50_trivial_direct_c1=0
# name, concurrency, requests, url, extra ab args...
run() {
  local name=$1 c=$2 n=$3 url=$4; shift 4
  local log="$OUT/$name.txt" before after rc=0
  before=$(cpu_ticks)
  ab -k -l -s "$TIMEOUT" -n "$n" -c "$c" -H "$AUTH" "$@" "$url" > "$log" 2>&1 || rc=$?
  after=$(cpu_ticks)
  local rps p50 p95 p99 failed lengths non2xx keepalive done_n cpu
  rps=$(awk '/^Requests per second/ {print $4}' "$log")
  p50=$(awk '$1 == "50%" {print $2}' "$log"); p95=$(awk '$1 == "95%" {print $2}' "$log")
  p99=$(awk '$1 == "99%" {print $2}' "$log")
  # ab counts an answer whose length differs from the first one's as failed; a report's length
  # varies (its generatedAt, its figures), so those are shown apart and are not failures.
  failed=$(awk '/^Failed requests/ {print $3}' "$log"); non2xx=$(awk '/^Non-2xx responses/ {print $3}' "$log")
  lengths=$(sed -n 's/.*Length: \([0-9]*\),.*/\1/p' "$log"); failed=$(( ${failed:-0} - ${lengths:-0} ))
  keepalive=$(awk '/^Keep-Alive requests/ {print $3}' "$log")
  done_n=$(awk '/^Complete requests/ {print $3}' "$log")
  cpu="-"
  if [ -n "$PID" ] && [ "${done_n:-0}" -gt 0 ] && [[ "$url" == "$GATEWAY"* ]]; then
    cpu=$(awk -v d=$((after - before)) -v t="$TICKS" -v n="$done_n" 'BEGIN {printf "%.0f", d / t * 1e6 / n}')
  fi
  if [ "$rc" -ne 0 ]; then
    echo "!! ab stopped with exit $rc on $name: $(grep -E 'apr_|timeout|Connection' "$log" | head -1)"
    echo "   (a hang here is the Reactor Netty keep-alive hang; see $log)"
  fi
  RESULTS+=("$(printf '%-20s %4s %6s %9s %7s %7s %7s %7s %8s %8s %10s %9s' "$name" "$c" "${done_n:-0}" "${rps:--}" \
    "${p50:--}" "${p95:--}" "${p99:--}" "$failed" "${lengths:-0}" "${non2xx:-0}" "${keepalive:-0}" "$cpu")")
  eval "RPS_${name//-/_}=${rps:-0}; P50_${name//-/_}=${p50:-0}"
}

say "Warming up: $WARMUP trivial GETs through the gateway, $((WARMUP / 4)) reports, $((WARMUP / 4)) uncached, $((WARMUP / 4)) direct"
run warmup-gateway 50 "$WARMUP" "$GATEWAY$TRIVIAL" >/dev/null
run warmup-analyze 50 $((WARMUP / 4)) "$ANALYZE" >/dev/null
run warmup-uncached 50 $((WARMUP / 4)) "$ANALYZE" -H "Cache-Control: no-cache" >/dev/null
run warmup-direct 50 $((WARMUP / 4)) "$SIMULATOR$TRIVIAL" >/dev/null
RESULTS=()

say "Measuring: ab -k -n $N -c $C"
run analyze-cached "$C" "$N" "$ANALYZE"
run analyze-uncached "$C" "$N" "$ANALYZE" -H "Cache-Control: no-cache"
run trivial-gateway "$C" "$N" "$GATEWAY$TRIVIAL"
run trivial-direct "$C" "$N" "$SIMULATOR$TRIVIAL"
say "Measuring: ab -k -n $N1 -c 1"
run trivial-gateway-c1 1 "$N1" "$GATEWAY$TRIVIAL"
run trivial-direct-c1 1 "$N1" "$SIMULATOR$TRIVIAL"

echo
printf '%-20s %4s %6s %9s %7s %7s %7s %7s %8s %8s %10s %9s\n' run c "done" "req/s" "p50 ms" "p95 ms" "p99 ms" failed "len diff" non-2xx keep-alive "µs CPU/req"
printf '%s\n' "${RESULTS[@]}"
echo
awk -v g="$RPS_trivial_gateway" -v d="$RPS_trivial_direct" -v g1="$P50_trivial_gateway_c1" -v d1="$P50_trivial_direct_c1" \
  'BEGIN { if (d > 0) printf "gateway/direct throughput (trivial GET, c='"$C"'): %.2f\n", g / d;
           printf "latency the gateway adds at c=1, p50: %d ms (ab reports whole milliseconds; see the logs for means)\n", g1 - d1 }'
for name in trivial-gateway-c1 trivial-direct-c1; do
  printf '%s mean: %s ms\n' "$name" "$(awk '/^Time per request/ {print $4; exit}' "$OUT/$name.txt")"
done
echo "Load average now: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (figures from a busy machine are not comparable)"
echo "Full ab output: $OUT/*.txt"
