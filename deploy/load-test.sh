#!/usr/bin/env bash
# The deployment guide's load test (验证部署 → 负载测试), against the running stack:
#
#   ab -n 1000 -c 100 http://your-host:8000/merchant/analyze
#
# As written it cannot pass here: without a token the gateway answers 401, an ADMIN token must name
# the merchant (400 without merchantId), and past the per-client burst of /merchant/analyze (100 by
# default) it answers 429. This script makes the run possible:
#   1. signs in as the ADMIN client of .env.prod and picks a merchant (MERCHANT_ID, else the first
#      one, else it creates one and simulates 90 days of its business);
#   2. creates a load-test client with the MERCHANT role bound to that merchant (POST /auth/clients),
#      so /merchant/analyze needs no parameter, exactly the guide's URL; it keeps the client's secret
#      in ~/.merchant-analysis/load-test-client.env (mode 600) and uses it again next time;
#   3. reads the gateway's limit for /merchant/analyze from the X-RateLimit-* headers and stops if the
#      run would get 429s, printing the settings to use (below);
#   4. runs the guide's ab command with the client's token and prints the figures against the guide's
#      targets (response time < 500 ms, error rate < 0.1%). Exit 1 if any request failed or was not 2xx.
#
#   deploy/load-test.sh                        N=1000 C=100, through the load balancer (HTTPS)
#   N=5000 C=200 deploy/load-test.sh           other sizes
#   NO_CACHE=1 deploy/load-test.sh             every report recomputed (Cache-Control: no-cache)
#   BASE_URL=http://127.0.0.1:8000 ENV_FILE=... deploy/load-test.sh    another gateway (e.g. ./run.sh's)
#
# Rate limits for the run. The limits are per client (the token's subject), shared by all gateway
# replicas through Redis. For N requests without a 429, the burst must hold all of them:
#   in .env.prod:  ANALYZE_RATE_LIMIT_BURST_CAPACITY=<N or more>   ANALYZE_RATE_LIMIT_REPLENISH_RATE=<N>
#   then:          cd deploy && docker-compose -f docker-compose.prod.yml up -d api_gateway
# (the gateways are recreated with the new values; do it in the maintenance window), and set the
# production values back the same way afterwards. Other routes' limits (RATE_LIMIT_*) do not matter
# for this test.
set -euo pipefail
cd "$(dirname "$0")"

N=${N:-1000}
C=${C:-100}
ENV_FILE=${ENV_FILE:-../.env.prod}
STATE_DIR=${STATE_DIR:-$HOME/.merchant-analysis}
TIMEOUT=${AB_TIMEOUT:-30}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf 'load-test: %s\n' "$*" >&2; exit 1; }

command -v ab >/dev/null || fail "ab is missing: apt-get install apache2-utils (Debian/Ubuntu)"
command -v curl >/dev/null || fail "curl is needed"
[ -f "$ENV_FILE" ] || fail "$ENV_FILE is missing (the stack's .env.prod)"
ADMIN_CLIENT_ID=$(sed -n 's/^ADMIN_CLIENT_ID=//p' "$ENV_FILE" | tail -1)
ADMIN_CLIENT_SECRET=$(sed -n 's/^ADMIN_CLIENT_SECRET=//p' "$ENV_FILE" | tail -1)
HTTPS_PORT=$(sed -n 's/^GATEWAY_HTTPS_PORT=//p' "$ENV_FILE" | tail -1)
CERT=$(sed -n 's/^TLS_CERT_FILE=//p' "$ENV_FILE" | tail -1)
BASE_URL=${BASE_URL:-https://127.0.0.1:${HTTPS_PORT:-8443}}
[ -n "${ADMIN_CLIENT_SECRET:-}" ] || fail "ADMIN_CLIENT_SECRET is not set in $ENV_FILE"

# A self-signed certificate (deploy/nginx/make-self-signed-cert.sh) is its own CA: trust it for curl.
# (ab does not check certificates.)
CURL=(curl -sS --max-time 30)
if [[ "$BASE_URL" == https://* ]] && [ -n "${CERT:-}" ] && [ -f "$CERT" ] \
    && [ "$(openssl x509 -in "$CERT" -noout -subject 2>/dev/null | sed 's/^subject=//')" = \
         "$(openssl x509 -in "$CERT" -noout -issuer 2>/dev/null | sed 's/^issuer=//')" ]; then
  CURL+=(--cacert "$CERT")
fi
json_field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }
token_for() { # client id, secret
  "${CURL[@]}" -X POST "$BASE_URL/auth/token" -d grant_type=client_credentials \
    --data-urlencode "client_id=$1" --data-urlencode "client_secret=$2" | json_field access_token
}

say "Gateway $BASE_URL: token for the ADMIN client '$ADMIN_CLIENT_ID'"
"${CURL[@]}" -f -o /dev/null "$BASE_URL/health" || fail "no answer from $BASE_URL/health"
ADMIN_TOKEN=$(token_for "$ADMIN_CLIENT_ID" "$ADMIN_CLIENT_SECRET")
[ -n "$ADMIN_TOKEN" ] || fail "no token for $ADMIN_CLIENT_ID: check ADMIN_CLIENT_SECRET in $ENV_FILE"
ADMIN=(-H "Authorization: Bearer $ADMIN_TOKEN")

mkdir -p "$STATE_DIR" && chmod 700 "$STATE_DIR"
CLIENT_FILE=$STATE_DIR/load-test-client.env
CLIENT_ID="" CLIENT_SECRET="" CLIENT_MERCHANT=""
if [ -f "$CLIENT_FILE" ]; then
  # shellcheck disable=SC1090
  . "$CLIENT_FILE"
fi

say "Picking a merchant"
MERCHANT_ID=${MERCHANT_ID:-$CLIENT_MERCHANT}
if [ -n "$MERCHANT_ID" ] && [ "$("${CURL[@]}" -o /dev/null -w '%{http_code}' "${ADMIN[@]}" \
    "$BASE_URL/api/v1/simulator/merchants/$MERCHANT_ID")" != 200 ]; then
  echo "  merchant $MERCHANT_ID is not there any more"
  MERCHANT_ID=""
fi
MERCHANT_ID=${MERCHANT_ID:-$("${CURL[@]}" "${ADMIN[@]}" "$BASE_URL/api/v1/simulator/merchants?size=1" \
  | sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')}
if [ -z "$MERCHANT_ID" ]; then
  MERCHANT_ID=$("${CURL[@]}" -X POST "$BASE_URL/api/v1/simulator/merchants" "${ADMIN[@]}" -H 'Content-Type: application/json' \
    -d '{"name":"老码头火锅 (load test)","archetype":"hotpot","industry":"RESTAURANT","city":"Chengdu","cityTier":2,
         "openingDate":"2021-05-01","openingCashBalance":120000.00,
         "licences":[{"kind":"FOOD_BUSINESS_LICENCE","number":"JY15101050012345","validUntil":"2027-01-31"}]}' \
    | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
  [ -n "$MERCHANT_ID" ] || fail "could not create a merchant"
  from=$(date -u -d '90 days ago' +%F) to=$(date -u -d yesterday +%F)
  job=$("${CURL[@]}" -X POST "$BASE_URL/api/v1/simulator/merchants/$MERCHANT_ID/simulations" "${ADMIN[@]}" \
    -H 'Content-Type: application/json' -d "{\"from\":\"$from\",\"to\":\"$to\",\"seed\":42}" | json_field id)
  printf '  created merchant %s; simulating %s..%s ' "$MERCHANT_ID" "$from" "$to"
  for _ in $(seq 1 180); do
    state=$("${CURL[@]}" "${ADMIN[@]}" "$BASE_URL/api/v1/simulator/jobs/$job" | json_field state)
    case "$state" in SUCCEEDED|FAILED) break ;; esac
    printf '.'; sleep 1
  done
  echo " ${state:-unknown}"
fi
echo "  merchant $MERCHANT_ID"

say "Load-test client (role MERCHANT, bound to the merchant)"
TOKEN=""
if [ -n "$CLIENT_ID" ] && [ "$CLIENT_MERCHANT" = "$MERCHANT_ID" ]; then
  TOKEN=$(token_for "$CLIENT_ID" "$CLIENT_SECRET")
  [ -n "$TOKEN" ] && echo "  $CLIENT_ID (from $CLIENT_FILE)"
fi
if [ -z "$TOKEN" ]; then
  CLIENT_ID="load-test-$(date -u +%Y%m%d%H%M%S)"
  created=$("${CURL[@]}" -X POST "$BASE_URL/auth/clients" "${ADMIN[@]}" -H 'Content-Type: application/json' \
    -d "{\"clientId\":\"$CLIENT_ID\",\"roles\":[\"MERCHANT\"],\"merchantId\":\"$MERCHANT_ID\"}")
  CLIENT_SECRET=$(json_field clientSecret <<< "$created")
  [ -n "$CLIENT_SECRET" ] || fail "POST /auth/clients did not create $CLIENT_ID: $created"
  (umask 077; printf 'CLIENT_ID=%s\nCLIENT_SECRET=%s\nCLIENT_MERCHANT=%s\n' "$CLIENT_ID" "$CLIENT_SECRET" "$MERCHANT_ID" > "$CLIENT_FILE")
  TOKEN=$(token_for "$CLIENT_ID" "$CLIENT_SECRET")
  [ -n "$TOKEN" ] || fail "no token for the new client $CLIENT_ID"
  echo "  created $CLIENT_ID (secret kept in $CLIENT_FILE)"
fi
AUTH="Authorization: Bearer $TOKEN"
EXTRA=()
[ "${NO_CACHE:-0}" = 1 ] && EXTRA=(-H "Cache-Control: no-cache")

say "The gateway's limit for /merchant/analyze"
# A run just before may have spent this client's bucket (the limiter refills once per second): on a
# 429, wait as long as Retry-After says and ask again, at most three times.
for attempt in 1 2 3; do
  headers=$("${CURL[@]}" -o /dev/null -D - -H "$AUTH" "$BASE_URL/merchant/analyze" | tr -d '\r')
  status=$(sed -n '1s/^HTTP\/[0-9.]* \([0-9]*\).*/\1/p' <<< "$headers")
  if [ "$status" != 429 ] || [ "$attempt" = 3 ]; then
    break
  fi
  wait_s=$(sed -n 's/^retry-after: *\([0-9]*\).*/\1/Ip' <<< "$headers")
  echo "  HTTP 429 (the bucket is spent): waiting ${wait_s:-1} s"
  sleep "$(( ${wait_s:-1} > 0 && ${wait_s:-1} <= 10 ? ${wait_s:-1} : 1 ))"
done
burst=$(sed -n 's/^x-ratelimit-burst-capacity: *//Ip' <<< "$headers")
rate=$(sed -n 's/^x-ratelimit-replenish-rate: *//Ip' <<< "$headers")
echo "  one request: HTTP $status; burst ${burst:-?}, replenish ${rate:-?}/s per client"
[ "$status" = 200 ] || fail "GET /merchant/analyze with the load-test token answered $status"
if [ -n "$burst" ] && [ "$burst" -lt "$N" ]; then
  cat >&2 <<EOF
load-test: a burst of $burst per client lets about $burst of $N requests through: the rest get 429.
  For this run, in $ENV_FILE:
    ANALYZE_RATE_LIMIT_BURST_CAPACITY=$N
    ANALYZE_RATE_LIMIT_REPLENISH_RATE=$N
  then: (cd deploy && docker-compose -f docker-compose.prod.yml up -d api_gateway)
  and put the production values back the same way afterwards. ALLOW_429=1 runs anyway.
EOF
  [ "${ALLOW_429:-0}" = 1 ] || exit 3
fi
# Let the bucket refill from the probe requests above.
[ -n "$rate" ] && [ "$rate" -gt 0 ] && sleep $(( (C + rate - 1) / rate ))

say "ab -n $N -c $C $BASE_URL/merchant/analyze (the guide's command, with the load-test token)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
ab -l -s "$TIMEOUT" -n "$N" -c "$C" -H "$AUTH" "${EXTRA[@]}" "$BASE_URL/merchant/analyze" > "$log" 2>&1 || {
  cat "$log" >&2; fail "ab stopped"; }
complete=$(awk '/^Complete requests/ {print $3}' "$log")
failed=$(awk '/^Failed requests/ {print $3}' "$log")
non2xx=$(awk '/^Non-2xx responses/ {print $3}' "$log")
rps=$(awk '/^Requests per second/ {print $4}' "$log")
p50=$(awk '$1 == "50%" {print $2}' "$log"); p95=$(awk '$1 == "95%" {print $2}' "$log")
p99=$(awk '$1 == "99%" {print $2}' "$log"); longest=$(awk '$1 == "100%" {print $2}' "$log")
errors=$(( ${failed:-0} + ${non2xx:-0} ))
echo "  complete $complete, failed ${failed:-0}, non-2xx ${non2xx:-0}"
echo "  $rps requests/s; p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms, longest ${longest} ms"
awk -v p99="$p99" -v e="$errors" -v n="$N" 'BEGIN {
  printf "  guide: response time < 500 ms -> p99 %s ms %s; error rate < 0.1%% -> %.2f%% %s\n",
    p99, (p99 < 500 ? "(met)" : "(NOT met)"), 100 * e / n, (e / n < 0.001 ? "(met)" : "(NOT met)") }'
echo "  load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (ab runs on this machine too)"
[ "$errors" -eq 0 ] || { echo "load-test: $errors requests failed or were not 2xx" >&2; exit 1; }
