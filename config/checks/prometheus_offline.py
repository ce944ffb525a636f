#!/usr/bin/env python3
"""Writes a copy of config/prometheus.yml that Debian's promtool can check.

Debian builds Prometheus without Consul service discovery, so its promtool rejects the
`consul_sd_configs` of config/prometheus.yml. This script checks those blocks against the fields of
Prometheus' consul_sd_config and the apps' service names, then writes the file again with each such
block replaced by an equivalent static target list (everything else, relabelling included, unchanged)
for `promtool check config` to validate.

  prometheus_offline.py OUTPUT_FILE
"""
import pathlib
import sys

import yaml

CONFIG = pathlib.Path(__file__).resolve().parent.parent
# Fields of <consul_sd_config> (Prometheus configuration reference, 2.x), including the HTTP client ones.
CONSUL_SD_FIELDS = {
    "server", "path_prefix", "token", "datacenter", "namespace", "partition", "scheme", "username",
    "password", "services", "tags", "node_meta", "tag_separator", "allow_stale", "refresh_interval",
    "filter", "basic_auth", "authorization", "oauth2", "proxy_url", "no_proxy", "proxy_from_environment",
    "proxy_connect_header", "follow_redirects", "enable_http2", "tls_config",
}
APPS = {"api-gateway-management", "data-simulator", "cashflow-service", "cost-analyzer", "compliance-checker"}


def main(out):
    config = yaml.safe_load((CONFIG / "prometheus.yml").read_text())
    errors = []
    for job in config.get("scrape_configs", []):
        blocks = job.pop("consul_sd_configs", None)
        if blocks is None:
            continue
        targets = []
        for block in blocks:
            unknown = set(block) - CONSUL_SD_FIELDS
            if unknown:
                errors.append(f"job {job['job_name']}: unknown consul_sd_configs fields {sorted(unknown)}")
            if not isinstance(block.get("server"), str) or ":" not in block["server"]:
                errors.append(f"job {job['job_name']}: consul_sd_configs needs server host:port")
            services = set(block.get("services", []))
            if services != APPS:
                errors.append(f"job {job['job_name']}: consul services {sorted(services)} are not the apps {sorted(APPS)}")
            targets += [f"{service}:8080" for service in sorted(services)]
        job["static_configs"] = [{"targets": targets}]
    # Rule files relative to the original file's folder.
    config["rule_files"] = [str(CONFIG / pattern) for pattern in config.get("rule_files", [])]
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    pathlib.Path(out).write_text(yaml.safe_dump(config, sort_keys=False))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
