#!/usr/bin/env python3
"""Rules of issue 9 for the compose files, checked on `docker-compose config` output (stdin).

  docker-compose --env-file .env.prod.example -f deploy/X.yml config | compose_rules.py X.yml

Every image is pinned to a version; every long-running service has a health check, a memory limit,
rotated logs and a stop_grace_period longer than the apps' 20 s graceful shutdown; depends_on waits
for health (or for a one-shot container to finish); the replicated app services have no
container_name and no host port (so `--scale` works); only the load balancer and operator UIs publish
ports, the UIs on UI_BIND_ADDRESS. Security (issue 19): only cAdvisor gets the Docker socket,
Elasticsearch runs with security on, Consul with ACLs denying by default, and each app has its own
Consul token.
"""
import json
import re
import sys

import yaml

APPS = {"api_gateway", "data_simulator", "cashflow_predictor", "cost_analyzer", "compliance_checker"}
# Published ports allowed: the load balancer's (HTTPS, and HTTP that redirects to it) and the operator UIs.
PUBLISHED = {"load_balancer": {8000, 8443}, "grafana": {3000}, "prometheus": {9090}, "alertmanager": {9093},
             "kibana": {5601}, "jaeger": {16686}, "consul": {8500}}
UIS = set(PUBLISHED) - {"load_balancer"}
# Images with no shell or HTTP client to run a health check with (built FROM scratch); Prometheus
# scrapes them, so the InstanceDown alert is their health check.
NO_SHELL = {"mongodb-exporter", "redis-exporter"}
# The Docker socket is control of every container on the host: cAdvisor reads container names from it.
DOCKER_SOCKET_ALLOWED = {"cadvisor"}
PORT = re.compile(r"(?:(?P<ip>[0-9.]+):)?(?P<published>\d+):(?P<target>\d+)(?:/\w+)?")


def seconds(value):
    m = re.fullmatch(r"(?:(\d+)m)?(?:(\d+)s)?", str(value))
    return int(m.group(1) or 0) * 60 + int(m.group(2) or 0) if m else 0


def security(where, service, spec):
    errors = []
    for volume in spec.get("volumes", []):
        source = volume.get("source", "") if isinstance(volume, dict) else str(volume).split(":")[0]
        if source.endswith("docker.sock") and service not in DOCKER_SOCKET_ALLOWED:
            errors.append(f"{where}: mounts the Docker socket")
    environment = spec.get("environment") or {}
    if service == "elasticsearch" and str(environment.get("xpack.security.enabled")).lower() != "true":
        errors.append(f"{where}: Elasticsearch security is off")
    if service == "consul":
        try:
            acl = json.loads(environment.get("CONSUL_LOCAL_CONFIG", "{}")).get("acl", {})
        except ValueError:
            acl = {}
        if acl.get("enabled") is not True or acl.get("default_policy") != "deny":
            errors.append(f"{where}: Consul runs without ACLs denying by default")
    if service in APPS and not environment.get("CONSUL_TOKEN"):
        errors.append(f"{where}: no Consul ACL token of its own (CONSUL_TOKEN)")
    # Spring Boot takes the Redis password from the URL when one is given, and ignores REDIS_PASSWORD.
    redis_uri = environment.get("REDIS_URI")
    if service in APPS and redis_uri and not re.match(r"rediss?://[^/@]*:[^/@]+@", redis_uri):
        errors.append(f"{where}: REDIS_URI has no password; Spring Boot would not use REDIS_PASSWORD with it")
    return errors


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
        errors += security(where, service, spec)
    for message in errors:
        print(f"  {message}", file=sys.stderr)
    print(f"  {name}: {len(config['services'])} services, {'OK' if not errors else f'{len(errors)} problems'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
