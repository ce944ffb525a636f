#!/usr/bin/env bash
# Static checks of deploy/ and config/ with the real tools (issue 9). No Docker daemon is needed:
#  - docker-compose config on every compose file, alone and all five together, with .env.prod.example,
#    then the issue's rules on the result (pinned images, health checks, limits, --scale, ports)
#  - promtool check config / check rules / test rules, amtool check-config and routing tests
#  - JSON and YAML validity of dashboards, provisioning, Kibana saved objects, templates, Consul KV
#  - the Dockerfile's inputs, and its layer extraction on a built -exec jar when there is one
#  - shellcheck on every script
# Tools: docker-compose, promtool, amtool, shellcheck, python3 with PyYAML (Debian packages
# docker-compose, prometheus, prometheus-alertmanager, shellcheck, python3-yaml); .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
failures=0
step() { printf '\033[1m-- %s\033[0m\n' "$*"; }
fail() { echo "  FAILED: $*" >&2; failures=$((failures + 1)); }

PY=python3
"$PY" -c 'import yaml' 2>/dev/null || PY=/usr/bin/python3
"$PY" -c 'import yaml' || { echo "python3 with PyYAML is needed (apt-get install python3-yaml)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

step "docker-compose config (with .env.prod.example)"
ENV_FILE=$ROOT/.env.prod.example
FILES=(docker-compose.mongodb.yml docker-compose.redis.yml docker-compose.monitoring.yml docker-compose.elk.yml docker-compose.prod.yml)
all=()
configs=()
for file in "${FILES[@]}"; do
  all+=(-f "$file")
  if out=$(cd deploy && docker-compose --env-file "$ENV_FILE" -f "$file" config 2>&1); then
    "$PY" config/checks/compose_rules.py "$file" <<< "$out" || fail "$file breaks the deployment rules"
    printf '%s\n' "$out" > "$tmp/$file.config"
    configs+=("$file=$tmp/$file.config")
  else
    echo "$out" >&2; fail "docker-compose config $file"
  fi
done
# The whole stack as one project (deploy/up.sh brings the files up one after the other, same project).
if out=$(cd deploy && docker-compose --env-file "$ENV_FILE" "${all[@]}" config 2>&1); then
  "$PY" config/checks/compose_rules.py "all five files together" <<< "$out" || fail "the merged stack breaks the rules"
else
  echo "$out" >&2; fail "docker-compose config of all five files together"
fi

# deploy/smoke/compose-smoke.sh starts these files with its override; keep the override valid.
if out=$(cd deploy && sed 's/CHANGE_ME/smoke/g' "$ENV_FILE" > "$tmp/smoke.env" && docker-compose -p ma-smoke \
    --env-file "$tmp/smoke.env" -f docker-compose.prod.yml -f docker-compose.redis.yml -f docker-compose.monitoring.yml \
    -f smoke/docker-compose.smoke.yml config 2>&1 >/dev/null); then
  echo "  the compose smoke's stack (prod + redis + monitoring + smoke override): valid"
else
  echo "$out" >&2; fail "docker-compose config of deploy/smoke/docker-compose.smoke.yml with the files it overrides"
fi

step "Fixed addresses outside each network's ip_range; shared networks declared alike (issue 19)"
"$PY" config/checks/network_addresses.py selftest || fail "network_addresses.py selftest"
"$PY" config/checks/network_addresses.py "${configs[@]}" || fail "fixed addresses or shared network declarations"

step "deploy/up.sh up and down with docker-compose 1.29 and Compose v2 (stand-ins; issue 19)"
if [ ${#configs[@]} -eq ${#FILES[@]} ]; then
  "$PY" config/checks/compose_lifecycle.py "$tmp" || fail "deploy/up.sh against docker-compose 1.29 / Compose v2"
else
  fail "compose configurations missing: up.sh not tried"
fi

step "BuildKit: needed by the Dockerfile, turned on by up.sh, documented"
if grep -Eq '^RUN --mount|^COPY --chmod' Dockerfile; then
  grep -q '^export DOCKER_BUILDKIT=1' deploy/up.sh || fail "the Dockerfile needs BuildKit but deploy/up.sh does not export DOCKER_BUILDKIT=1"
  for doc in Dockerfile deploy/README.md deploy/docker-compose.prod.yml; do
    grep -q 'DOCKER_BUILDKIT=1' "$doc" || fail "$doc does not say that the build needs DOCKER_BUILDKIT=1"
  done
  # A syntax line makes BuildKit fetch a frontend image first: no offline or air-gapped build.
  if grep -q '^# *syntax=' Dockerfile; then fail "the Dockerfile names a frontend image (# syntax=)"; fi
  echo "  RUN --mount / COPY --chmod: DOCKER_BUILDKIT=1 in up.sh and the docs; built-in frontend"
fi

step "mongodump/mongorestore flag combinations in deploy/backup (issue 19)"
"$PY" config/checks/mongo_tool_flags.py selftest || fail "mongo_tool_flags.py selftest"
"$PY" config/checks/mongo_tool_flags.py || fail "a backup script calls mongodump/mongorestore with flags they refuse"

step "Prometheus: promtool check config / check rules / test rules"
# Debian's promtool has no Consul discovery: check a copy with the consul_sd_configs swapped for
# static targets (the Consul blocks themselves are checked by prometheus_offline.py).
if "$PY" config/checks/prometheus_offline.py "$tmp/prometheus.yml"; then
  promtool check config "$tmp/prometheus.yml" || fail "promtool check config"
else
  fail "consul_sd_configs of config/prometheus.yml"
fi
promtool check rules config/alert-rules/*.yml || fail "promtool check rules"
promtool test rules config/alert-rules/tests/*.yml || fail "promtool test rules"

step "Alertmanager: amtool check-config and routing"
amtool check-config config/alertmanager.yml || fail "amtool check-config"
route() { # expected receivers, labels...
  local expected=$1; shift
  local got
  got=$(amtool config routes test --config.file=config/alertmanager.yml "$@" 2>/dev/null)
  if [ "$got" = "$expected" ]; then echo "  $* -> $got"; else fail "alert {$*} went to '$got', expected '$expected'"; fi
}
route "on-call,data-stores" severity=critical alertname=MongoDbDown
route "on-call" severity=critical alertname=ServiceDown
route "gateway-team" severity=warning alertname=CircuitBreakerOpen
route "on-call,gateway-team" severity=critical alertname=RateLimiterFailingOpen
route "platform-team" severity=warning alertname=HighCpuUsage
route "platform-team" severity=warning alertname=HostHighCpuUsage
route "platform-team" severity=warning alertname=HostHighMemoryUsage
# The receivers' URLs come from .env.prod (ALERT_WEBHOOK_*) through deploy/alertmanager/render-config.sh:
# render with URLs that need care (&, | and a query string), check the result, and a missing one must stop it.
if ALERT_WEBHOOK_PLATFORM='https://hooks.example.com/robot/send?access_token=a1&sign=x|y' \
   ALERT_WEBHOOK_ON_CALL=https://pager.example.com/on-call ALERT_WEBHOOK_GATEWAY=http://bridge:8080/gateway \
   ALERT_WEBHOOK_DATA_STORES=https://hooks.example.com/data-stores \
   ALERTMANAGER_TEMPLATE=config/alertmanager.yml ALERTMANAGER_CONFIG="$tmp/alertmanager.yml" RENDER_ONLY=1 \
   sh deploy/alertmanager/render-config.sh \
   && amtool check-config "$tmp/alertmanager.yml" > /dev/null \
   && grep -qF 'url: "https://hooks.example.com/robot/send?access_token=a1&sign=x|y"' "$tmp/alertmanager.yml" \
   && ! grep -q 'alert-webhook.invalid' "$tmp/alertmanager.yml"; then
  echo "  receivers from ALERT_WEBHOOK_*: rendered, amtool accepts the result"
else
  fail "deploy/alertmanager/render-config.sh did not put the ALERT_WEBHOOK_* URLs into a valid configuration"
fi
if ALERT_WEBHOOK_PLATFORM=https://a/b ALERTMANAGER_TEMPLATE=config/alertmanager.yml \
   ALERTMANAGER_CONFIG="$tmp/alertmanager-missing.yml" RENDER_ONLY=1 sh deploy/alertmanager/render-config.sh 2> /dev/null; then
  fail "render-config.sh started with receivers whose ALERT_WEBHOOK_* are unset"
else
  echo "  a receiver without its ALERT_WEBHOOK_* stops Alertmanager's start"
fi

step "Load balancer: TLS, HTTP -> HTTPS, JSON access log, in a real nginx (issue 19)"
config/checks/nginx_tls.sh || fail "deploy/nginx/nginx.conf"

step "JSON and YAML files"
"$PY" - <<'PY' || fail "JSON/YAML validity"
import glob, json, sys, yaml
ok = True
def bad(path, why):
    global ok
    ok = False
    print(f"  {path}: {why}", file=sys.stderr)
datasources = {d["uid"] for d in yaml.safe_load(open("config/grafana/provisioning/datasources/datasources.yml"))["datasources"]}
uids = set()
for path in sorted(glob.glob("config/grafana/dashboards/*.json")):
    try:
        d = json.load(open(path))
    except ValueError as e:
        bad(path, e); continue
    if d.get("uid") in uids: bad(path, "duplicate uid")
    uids.add(d.get("uid"))
    panels = [p for p in d.get("panels", []) if p.get("type") != "row"]
    if not panels: bad(path, "no panels")
    for p in panels:
        if p.get("datasource", {}).get("uid") not in datasources: bad(path, f"panel '{p.get('title')}' uses an unknown datasource")
        if not p.get("targets") or not all(t.get("expr") for t in p["targets"]): bad(path, f"panel '{p.get('title')}' has no query")
    print(f"  {path}: {len(panels)} panels")
for path in ["config/elasticsearch/index-template.json", "config/elasticsearch/ilm-policy.json"]:
    try: json.load(open(path)); print(f"  {path}: JSON")
    except ValueError as e: bad(path, e)
objects = {}
for n, line in enumerate(open("config/kibana/saved-objects.ndjson"), 1):
    try:
        o = json.loads(line)
        objects[(o["type"], o["id"])] = o
        json.loads(o["attributes"].get("kibanaSavedObjectMeta", {}).get("searchSourceJSON", "{}"))
    except (ValueError, KeyError) as e:
        bad("config/kibana/saved-objects.ndjson", f"line {n}: {e}")
for o in objects.values():
    for ref in o.get("references", []):
        if (ref["type"], ref["id"]) not in objects: bad("config/kibana/saved-objects.ndjson", f"{o['id']} refers to missing {ref['id']}")
searches = [o for (t, _), o in objects.items() if t == "search"]
queries = " ".join(json.loads(o["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])["query"]["query"] for o in searches)
for field in ("traceId", "merchantId", "level"):
    if field not in queries: bad("config/kibana/saved-objects.ndjson", f"no saved search on {field}")
print(f"  config/kibana/saved-objects.ndjson: {len(objects)} objects ({len(searches)} saved searches)")
for path in sorted(glob.glob("config/grafana/provisioning/*/*.yml") + glob.glob("config/consul/*.yml")
                   + ["config/filebeat/filebeat.yml", "config/prometheus.yml", "config/alertmanager.yml"]):
    try: yaml.safe_load(open(path)); print(f"  {path}: YAML")
    except yaml.YAMLError as e: bad(path, e)
sys.exit(0 if ok else 1)
PY

step "Kibana: visualisations and dashboard against the index template (issue 19)"
"$PY" config/checks/kibana_objects.py || fail "Kibana saved objects"

step "Grafana: the host row of the platform dashboard (issue 19)"
"$PY" - <<'PY' || fail "no host panels (node-exporter, cAdvisor) in the platform dashboard"
import json, sys
d = json.load(open("config/grafana/dashboards/platform-overview.json"))
rows = [p["title"] for p in d["panels"] if p.get("type") == "row"]
exprs = " ".join(t["expr"] for p in d["panels"] for t in p.get("targets", []))
need = ["node_cpu_seconds_total", "node_memory_MemAvailable_bytes", "container_memory_working_set_bytes"]
ok = any(r.startswith("Host") for r in rows) and all(n in exprs for n in need)
print(f"  rows: {', '.join(rows)}; host CPU/memory and container panels: {'yes' if ok else 'NO'}")
sys.exit(0 if ok else 1)
PY

step "Metric-name check (config/check-metric-names.sh runs it against the platform)"
"$PY" config/checks/metric_names.py selftest || fail "PromQL metric name extraction"
# With nothing exported, every name must be reported missing: the check can fail.
: > "$tmp/none.names"
if "$PY" config/checks/metric_names.py check "$tmp/none.names" > "$tmp/none.out" 2>&1 \
    || ! grep -q 'MISSING process_cpu_usage' "$tmp/none.out"; then
  fail "metric_names.py check does not report missing names"
else
  echo "  $("$PY" config/checks/metric_names.py list | wc -l) names referenced; an empty scrape reports them all missing"
fi

step "Dockerfile"
for input in .mvn mvnw pom.xml common deploy/healthcheck.sh; do
  [ -e "$input" ] || fail "the Dockerfile copies $input, which is missing"
done
grep -q '^USER 10001' Dockerfile || fail "the image must run as a non-root user"
grep -q '^HEALTHCHECK ' Dockerfile || fail "the image has no HEALTHCHECK"
grep -q 'MaxRAMPercentage' Dockerfile || fail "no container memory flags"
grep -q 'ARG OTEL_AGENT_VERSION=2.33.1' Dockerfile || fail "OpenTelemetry agent version not pinned"
# The layers step of the Dockerfile, on a jar of this build if one exists (CI builds them first).
jar=$(find data-simulator/target -maxdepth 1 -name 'data-simulator-*-exec.jar' 2>/dev/null | head -1 || true)
if [ -n "$jar" ] && command -v java >/dev/null; then
  java -Djarmode=tools -jar "$jar" extract --layers --launcher --destination "$tmp/layers" > /dev/null \
    || fail "layer extraction of $jar"
  for layer in dependencies spring-boot-loader snapshot-dependencies application; do
    [ -d "$tmp/layers/$layer" ] || fail "layer $layer missing from $jar"
  done
  [ -f "$tmp/layers/spring-boot-loader/org/springframework/boot/loader/launch/JarLauncher.class" ] \
    || fail "the image's ENTRYPOINT class JarLauncher is not in the loader layer"
  echo "  $jar: layers dependencies, spring-boot-loader, snapshot-dependencies, application"
else
  echo "  no built -exec jar here: layer extraction not tried"
fi

step "shellcheck"
if command -v shellcheck >/dev/null; then
  mapfile -t scripts < <(find deploy config scripts -name '*.sh' | sort; echo run.sh; echo .ci/run)
  if shellcheck -x -P SCRIPTDIR "${scripts[@]}"; then echo "  ${#scripts[@]} scripts clean"; else fail "shellcheck"; fi
else
  echo "  shellcheck is not installed: skipped"
fi

if [ "$failures" -gt 0 ]; then
  echo "validate.sh: $failures check(s) failed" >&2
  exit 1
fi
echo "validate.sh: all deployment and configuration checks passed"
