#!/usr/bin/env python3
"""Rules of issue 9 for the compose files, checked on `docker-compose config` output (stdin).

  docker-compose --env-file .env.prod.example -f deploy/X.yml config | compose_rules.py X.yml

Every image is pinned to a version; every long-running service has a health check, a memory limit,
rotated logs and a stop_grace_period longer than the apps' 20 s graceful shutdown; depends_on waits
for health (or for a one-shot container to finish); the replicated app services have no
container_name and no host port (so `--scale` works); only the load balancer and operator UIs publish
ports, the UIs on UI_BIND_ADDRESS.
"""
import re
import sys

import yaml

APPS = {"api_gateway", "data_simulator", "cashflow_predictor", "cost_analyzer", "compliance_checker"}
# Published ports allowed: the gateway's (through the load balancer) and the operator UIs.
PUBLISHED = {"load_balancer": {8000}, "grafana": {3000}, "prometheus": {9090}, "alertmanager": {9093},
             "kibana": {5601}, "jaeger": {16686}, "consul": {8500}}
UIS = set(PUBLISHED) - {"load_balancer"}
# Images with no shell or HTTP client to run a health check with (built FROM scratch); Prometheus
# scrapes them, so the InstanceDown alert is their health check.
NO_SHELL = {"mongodb-exporter", "redis-exporter"}
PORT = re.compile(r"(?:(?P<ip>[0-9.]+):)?(?P<published>\d+):(?P<target>\d+)(?:/\w+)?")


def seconds(value):
    m = re.fullmatch(r"(?:(\d+)m)?(?:(\d+)s)?", str(value))
    return int(m.group(1) or 0) * 60 + int(m.group(2) or 0) if m else 0


def main(name):
    config = yaml.safe_load(sys.stdin)
    errors = []
    for service, spec in config["services"].items():
        where = f"{name}: {service}"
        image = spec.get("image", "")
        if not re.search(r":[0-9v][^:/]*$", image) and not image.endswith(":1.0.0"):
            errors.append(f"{where}: image '{image}' is not pinned to a version")
        one_shot = str(spec.get("restart", "")).startswith("on-failure:") or spec.get("restart") == "no"
        if not one_shot:
            if "healthcheck" not in spec and service not in APPS | NO_SHELL:
                errors.append(f"{where}: no healthcheck")
            if service in APPS and spec.get("healthcheck", {}).get("test") != ["CMD", "healthcheck"]:
                errors.append(f"{where}: app health check must be the image's readiness check")
            limit = spec.get("deploy", {}).get("resources", {}).get("limits", {}).get("memory")
            if not limit:
                errors.append(f"{where}: no memory limit")
            if seconds(spec.get("stop_grace_period", "10s")) <= 20:
                errors.append(f"{where}: stop_grace_period must exceed the apps' 20 s graceful shutdown")
        logging = spec.get("logging", {})
        if logging.get("driver") != "json-file" or "max-size" not in logging.get("options", {}):
            errors.append(f"{where}: logs are not rotated (json-file with max-size)")
        for dep, cond in (spec.get("depends_on") or {}).items():
            if cond.get("condition") not in ("service_healthy", "service_completed_successfully"):
                errors.append(f"{where}: depends_on {dep} does not wait for health")
        ports = spec.get("ports", [])
        if service in APPS:
            if "container_name" in spec:
                errors.append(f"{where}: container_name breaks --scale")
            if ports:
                errors.append(f"{where}: a host port breaks --scale")
            if spec.get("deploy", {}).get("replicas") != 2:
                errors.append(f"{where}: the guide runs 2 replicas")
        for port in ports:
            if isinstance(port, dict):  # Compose v2 prints the long form
                ip, target = port.get("host_ip"), int(port.get("target", 0))
            else:
                m = PORT.fullmatch(str(port))
                ip, target = (m.group("ip"), int(m.group("target"))) if m else (None, 0)
            if service not in PUBLISHED or target not in PUBLISHED[service]:
                errors.append(f"{where}: publishes {port}, only the gateway and operator UIs may")
            if service in UIS and ip in (None, "", "0.0.0.0"):
                errors.append(f"{where}: UI port {port} is not bound to UI_BIND_ADDRESS")
    for message in errors:
        print(f"  {message}", file=sys.stderr)
    print(f"  {name}: {len(config['services'])} services, {'OK' if not errors else f'{len(errors)} problems'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
