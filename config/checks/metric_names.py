#!/usr/bin/env python3
"""Metric names used by the Prometheus alert rules and Grafana dashboards under config/.

  metric_names.py list                       every referenced name with the files using it
  metric_names.py selftest                   the PromQL name extraction on known expressions
  metric_names.py check EXPORTED_NAMES_FILE  fail (exit 1) on a name that nothing exports

EXPORTED_NAMES_FILE holds the series names scraped from the apps' /actuator/prometheus, one a line.
A PromQL expression is reduced to its metric names by dropping strings, label matchers, ranges,
grouping clauses, Grafana variables and function calls; what is left are selectors.
"""
import json
import pathlib
import re
import sys

import yaml

CONFIG = pathlib.Path(__file__).resolve().parent.parent

# Names that the apps do not export but Prometheus or an exporter in deploy/ does.
NOT_FROM_APPS = {
    "up": "Prometheus itself (1 when a target's scrape works)",
    "mongodb_up": "percona/mongodb_exporter (deploy/docker-compose.mongodb.yml)",
    "redis_up": "oliver006/redis_exporter (deploy/docker-compose.redis.yml)",
}
# The Docker host and its containers (deploy/docker-compose.monitoring.yml); the node-exporter names
# were checked against Debian's prometheus-node-exporter 1.5.
NOT_FROM_APPS.update({name: "prom/node-exporter (the Docker host)" for name in (
    "node_cpu_seconds_total", "node_memory_MemAvailable_bytes", "node_memory_MemTotal_bytes",
    "node_filesystem_avail_bytes", "node_filesystem_size_bytes")})
NOT_FROM_APPS.update({name: "cAdvisor (every container on the host)" for name in (
    "container_cpu_usage_seconds_total", "container_memory_working_set_bytes", "container_spec_memory_limit_bytes")})
# Who is meant to export a name, to point at the missing piece of work.
OWNERS = [
    ("simulator_", "data-simulator"),
    ("merchant_forecast_", "cashflow-service"),
    ("cashflow_", "cashflow-service"),
    ("cost_", "cost-analyzer"),
    ("compliance_", "compliance-checker"),
    ("merchant_analyze_", "api-gateway"),
    ("gateway_ratelimiter_", "api-gateway"),
    ("resilience4j_", "api-gateway (Resilience4j Micrometer binding)"),
    ("spring_cloud_gateway_", "api-gateway (Spring Cloud Gateway metrics)"),
    ("merchant_cache_errors_", "every app that caches (registered at startup)"),
]
KEYWORDS = {"and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring",
            "group_left", "group_right", "inf", "nan", "atan2"}
IDENT = re.compile(r"[A-Za-z_:][A-Za-z0-9_:]*")


def names_in(expr):
    e = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`', '""', expr)
    e = re.sub(r"label_values\(\s*([^,()]*?)\s*(?:,\s*\w+\s*)?\)", r" \1 ", e)
    e = re.sub(r"\$\{?[A-Za-z_][A-Za-z0-9_]*(?::[a-z]+)?\}?", " ", e)
    e = re.sub(r"\{[^{}]*\}", " ", e)
    e = re.sub(r"\[[^\[\]]*\]", " ", e)
    e = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)", " ", e)
    found = set()
    for m in IDENT.finditer(e):
        word = m.group(0)
        rest = e[m.end():].lstrip()
        if rest.startswith("(") or word in KEYWORDS:
            continue
        if m.start() > 0 and (e[m.start() - 1].isdigit() or e[m.start() - 1] == "."):
            continue  # the exponent or unit of a number (1e3, 0.5)
        found.add(word)
    return found


def expressions():
    for path in sorted((CONFIG / "alert-rules").glob("*.yml")):
        for group in yaml.safe_load(path.read_text())["groups"]:
            for rule in group["rules"]:
                yield path, rule.get("alert") or rule.get("record"), rule["expr"]
    for path in sorted((CONFIG / "grafana" / "dashboards").glob("*.json")):
        dashboard = json.loads(path.read_text())

        def walk(node, title):
            if isinstance(node, dict):
                title = node.get("title", title)
                for key, value in node.items():
                    if key == "expr" and isinstance(value, str):
                        yield title, value
                    elif key == "query" and isinstance(value, dict) and isinstance(value.get("query"), str):
                        yield "variable " + node.get("name", "?"), value["query"]
                    else:
                        yield from walk(value, title)
            elif isinstance(node, list):
                for item in node:
                    yield from walk(item, title)

        for title, expr in walk(dashboard, dashboard.get("title")):
            yield path, title, expr


def referenced():
    uses = {}
    for path, where, expr in expressions():
        for name in names_in(expr):
            uses.setdefault(name, set()).add(f"{path.relative_to(CONFIG.parent)} ({where})")
    return uses


def owner(name):
    return next((who for prefix, who in OWNERS if name.startswith(prefix)), None)


SELFTEST = {
    'histogram_quantile(0.99, sum by (job, le) (rate(http_server_requests_seconds_bucket{uri!~"/actuator.*"}[5m]))) > 0.5':
        {"http_server_requests_seconds_bucket"},
    'sum by (job) (jvm_memory_used_bytes{area="heap"}) / sum by (job) (jvm_memory_max_bytes{area="heap"} > 0) > 0.80':
        {"jvm_memory_used_bytes", "jvm_memory_max_bytes"},
    'absent(up{job="api-gateway"}) or absent(up{job="data-simulator"})': {"up"},
    'label_values(process_cpu_usage{job="$job"}, instance)': {"process_cpu_usage"},
    'sum by (rule, severity) (increase(compliance_findings_total[$__range])) * 1e3': {"compliance_findings_total"},
    'a_total / on (job) group_left (version) b_info unless c_total offset 5m': {"a_total", "b_info", "c_total"},
}


def selftest():
    failed = [(expr, names_in(expr), want) for expr, want in SELFTEST.items() if names_in(expr) != want]
    for expr, got, want in failed:
        print(f"  {expr}\n    got {sorted(got)}, want {sorted(want)}", file=sys.stderr)
    print(f"  metric name extraction: {len(SELFTEST) - len(failed)}/{len(SELFTEST)} expressions right")
    return 1 if failed else 0


def main(argv):
    if len(argv) == 2 and argv[1] == "selftest":
        return selftest()
    uses = referenced()
    if len(argv) == 2 and argv[1] == "list":
        for name in sorted(uses):
            print(f"{name}\t{'; '.join(sorted(uses[name]))}")
        return 0
    if len(argv) != 3 or argv[1] != "check":
        print(__doc__, file=sys.stderr)
        return 2
    exported = {line.strip() for line in open(argv[2]) if line.strip()}
    missing = sorted(n for n in uses if n not in exported and n not in NOT_FROM_APPS)
    print(f"{len(uses)} metric names referenced in config/ (alert rules and dashboards); "
          f"{len(exported)} series names exported by the apps.")
    for name in sorted(n for n in uses if n in NOT_FROM_APPS):
        print(f"  ok (not from the apps) {name}: {NOT_FROM_APPS[name]}")
    if not missing:
        print("Every referenced metric name is exported.")
        return 0
    print(f"{len(missing)} referenced metric names are NOT exported by any app:")
    for name in missing:
        hint = f"expected from {owner(name)}" if owner(name) else ""
        base = re.sub(r"_(bucket|count|sum|max)$", "", name)
        if name.endswith("_bucket") and base + "_count" in exported:
            hint = ("the timer is exported without histogram buckets: see management.metrics.distribution."
                    "percentiles-histogram in config/consul/application.yml")
        print(f"  MISSING {name}" + (f"  [{hint}]" if hint else ""))
        for use in sorted(uses[name]):
            print(f"      used in {use}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
