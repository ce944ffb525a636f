#!/usr/bin/env bash
# Checks config/ against the real platform, started here with ./run.sh (embedded stores, five apps):
#  1. every metric name used by an alert rule or a Grafana dashboard is exported by some app's
#     /actuator/prometheus (the gateway's on its management port 8090, the services' on 8081-8084);
#  2. Debian's Prometheus scrapes all five apps (`up` is 1 for each job) and evaluates every alert
#     rule of config/alert-rules without an error;
#  3. the guide's load test (deploy/load-test.sh: a load-test client, its token, a merchant) runs with
#     every request answered 2xx, and refuses a run its rate limit would answer with 429s.
# The apps get the shared Consul configuration (config/consul/application.yml) as
# SPRING_APPLICATION_JSON, as in production, where they read it from Consul KV.
#
#   config/check-metric-names.sh              start the platform (run.sh --no-build), check, stop it
#   config/check-metric-names.sh --running    check a platform that is already running
#
# Needs the jars built (./mvnw package, or ./mvnw verify), curl, python3 with PyYAML, and for step 2
# the prometheus binary (Debian package "prometheus"); CI installs them (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

START=true
[ "${1:-}" = "--running" ] && START=false
GATEWAY_MANAGEMENT=${MANAGEMENT_PORT:-8090}
APPS=("api-gateway:$GATEWAY_MANAGEMENT" data-simulator:8081 cashflow-service:8082 cost-analyzer:8083 compliance-checker:8084)
WORK=$(mktemp -d)
RUN_PID=""
PROM_PID=""

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
PY=python3
"$PY" -c 'import yaml' 2>/dev/null || PY=/usr/bin/python3
cleanup() {
  if [ -n "$PROM_PID" ]; then kill "$PROM_PID" 2>/dev/null || true; wait "$PROM_PID" 2>/dev/null || true; fi
  if [ -n "$RUN_PID" ]; then
    say "Stopping the platform"
    kill -TERM "$RUN_PID" 2>/dev/null || true
    wait "$RUN_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if $START; then
  say "Starting the platform (./run.sh --no-build, data in $WORK/data; log $WORK/run.log)"
  SPRING_APPLICATION_JSON=$("$PY" -c 'import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))' \
    config/consul/application.yml)
  export SPRING_APPLICATION_JSON
  DATA_DIR="$WORK/data" ./run.sh --no-build > "$WORK/run.log" 2>&1 &
  RUN_PID=$!
  for _ in $(seq 1 300); do
    grep -q "The platform is running" "$WORK/run.log" && break
    kill -0 "$RUN_PID" 2>/dev/null || { tail -n 40 "$WORK/run.log" >&2; echo "run.sh stopped before the platform was up" >&2; exit 1; }
    sleep 1
  done
  grep -q "The platform is running" "$WORK/run.log" || { tail -n 40 "$WORK/run.log" >&2; echo "the platform did not come up in 5 minutes" >&2; exit 1; }
fi

say "1. Metric names: scraping /actuator/prometheus of every app"
for app in "${APPS[@]}"; do
  name=${app%%:*} port=${app##*:}
  curl -fsS "http://127.0.0.1:$port/actuator/prometheus" > "$WORK/$name.prom" \
    || { echo "cannot scrape $name on :$port" >&2; exit 1; }
  sed -e '/^#/d' -e 's/[{ ].*//' "$WORK/$name.prom" | sort -u > "$WORK/$name.names"
  echo "  $name (:$port): $(wc -l < "$WORK/$name.names") series names"
done
sort -u "$WORK"/*.names > "$WORK/exported.names"
names_ok=true
"$PY" config/checks/metric_names.py check "$WORK/exported.names" || names_ok=false

say "2. Prometheus: scraping the five apps and evaluating the alert rules"
prom_ok=true
if ! command -v prometheus >/dev/null; then
  echo "  prometheus is not installed (apt-get install prometheus): step 2 skipped" >&2
  prom_ok=false
else
  # The production file finds the apps through Consul (consul_sd_configs); here they are on fixed ports.
  {
    echo "global: {scrape_interval: 2s, evaluation_interval: 2s}"
    echo "rule_files: ['$PWD/config/alert-rules/*.yml']"
    echo "scrape_configs:"
    for app in "${APPS[@]}"; do
      name=${app%%:*} port=${app##*:}
      echo "  - {job_name: $name, metrics_path: /actuator/prometheus, static_configs: [{targets: ['127.0.0.1:$port']}]}"
    done
  } > "$WORK/prometheus.yml"
  promtool check config "$WORK/prometheus.yml" > /dev/null
  PROM_PORT=${PROM_PORT:-19090}
  prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/tsdb" \
    --web.listen-address="127.0.0.1:$PROM_PORT" > "$WORK/prometheus.log" 2>&1 &
  PROM_PID=$!
  api="http://127.0.0.1:$PROM_PORT/api/v1"
  up_count=0
  for _ in $(seq 1 30); do
    sleep 1
    up_count=$(curl -fsS "$api/query?query=up" 2>/dev/null \
      | "$PY" -c 'import json,sys; print(sum(1 for r in json.load(sys.stdin)["data"]["result"] if r["value"][1] == "1"))' 2>/dev/null || echo 0)
    [ "$up_count" = "${#APPS[@]}" ] && break
  done
  curl -fsS "$api/query?query=up" | "$PY" -c '
import json, sys
for r in sorted(json.load(sys.stdin)["data"]["result"], key=lambda r: r["metric"]["job"]):
    print("  up{job=\"%s\"} = %s" % (r["metric"]["job"], r["value"][1]))'
  if [ "$up_count" != "${#APPS[@]}" ]; then
    echo "  only $up_count of ${#APPS[@]} apps are up in Prometheus" >&2
    prom_ok=false
  fi
  sleep 3  # at least one evaluation of every rule group
  curl -fsS "$api/rules" > "$WORK/rules.json"
  "$PY" - "$WORK/rules.json" <<'PY' || prom_ok=false
import json, sys
groups = json.load(open(sys.argv[1]))["data"]["groups"]
rules = [r for g in groups for r in g["rules"]]
bad = [r for r in rules if r.get("health") != "ok"]
for r in rules:
    state = r.get("state", "")
    print(f"  {r['name']}: health={r.get('health')} {state}" + (f" error={r.get('lastError')}" if r.get("lastError") else ""))
if not rules or bad:
    print(f"  {len(bad)} of {len(rules)} rules did not evaluate cleanly", file=sys.stderr)
    sys.exit(1)
print(f"  all {len(rules)} alert rules evaluate against the live metrics")
PY
fi

say "3. The guide's load test: deploy/load-test.sh against the platform's gateway"
load_ok=true
if ! command -v ab >/dev/null; then
  echo "  ab is not installed (apt-get install apache2-utils): step 3 skipped" >&2
  load_ok=false
else
  if $START; then secrets="$WORK/data/local-secrets.env"; else secrets="${DATA_DIR:-data}/local-secrets.env"; fi
  grep '^ADMIN_CLIENT_' "$secrets" > "$WORK/load-test.env"
  load_test() { BASE_URL="http://127.0.0.1:${GATEWAY_PORT:-8000}" ENV_FILE="$WORK/load-test.env" \
      STATE_DIR="$WORK/load-test" deploy/load-test.sh; }
  # Within the default burst of /merchant/analyze (100 per client): a client, its token, a merchant,
  # and every request answered 2xx.
  N=100 C=10 load_test || { echo "  deploy/load-test.sh failed within the burst" >&2; load_ok=false; }
  # Past the burst it must stop before running and name the limits to set.
  code=0
  N=1000 C=100 load_test > "$WORK/refused.txt" 2>&1 || code=$?
  if [ "$code" = 3 ] && grep -q 'ANALYZE_RATE_LIMIT_BURST_CAPACITY=1000' "$WORK/refused.txt"; then
    echo "  N=1000 over the burst of 100: refused before running, with the limits to set"
  else
    cat "$WORK/refused.txt" >&2
    echo "  deploy/load-test.sh N=1000 did not stop with the limits to set (exit $code)" >&2
    load_ok=false
  fi
fi

if $names_ok && $prom_ok && $load_ok; then
  say "check-metric-names: passed"
else
  say "check-metric-names: FAILED (see above)"
  exit 1
fi
