#!/usr/bin/env python3
"""Fixed container addresses and shared networks of the compose files (issue 19, point 1).

  network_addresses.py NAME=CONFIG.yml ...   each CONFIG.yml is `docker-compose -f NAME config` output
  network_addresses.py selftest              the rules on known good and bad stacks

Docker gives containers addresses from a network's ip_range (the whole subnet when there is none),
in start order. A service with a fixed ipv4_address that starts after others may find its address
taken ("Address already in use"). So every fixed address must lie in the subnet but outside the
ip_range, and not be the gateway, the network or the broadcast address, and no two services may
share one. A network that several files declare under one name is created by whichever file starts
first; Compose 1.29 refuses to start the others when their declarations differ (NetworkConfigChanged),
so every declaration must be the same. The apps register in Consul with the address matching
SPRING_CLOUD_INETUTILS_PREFERRED_NETWORKS, which must therefore cover the ip_range, and the gateway
must trust X-Forwarded-For from the load balancer's fixed address.
"""
import ipaddress
import sys

import yaml


def ipam_config(network):
    configs = (network.get("ipam") or {}).get("config") or []
    return configs[0] if configs else {}


def check(stacks):
    """stacks: {name: parsed compose config}. Returns a list of problems."""
    errors = []
    declared = {}  # network name -> (file, declaration)
    for file, config in stacks.items():
        networks = config.get("networks") or {}
        for key, network in networks.items():
            network = network or {}
            name = network.get("name", key)
            comparable = {k: network.get(k) for k in ("driver", "driver_opts", "ipam", "external", "internal")}
            if name in declared and declared[name][1] != comparable:
                errors.append(f"network {name} is declared differently in {declared[name][0]} and {file}: "
                              f"{declared[name][1]} vs {comparable}")
            declared.setdefault(name, (file, comparable))
            cfg = ipam_config(network)
            if "subnet" in cfg:
                subnet = ipaddress.ip_network(cfg["subnet"])
                if "ip_range" in cfg and not ipaddress.ip_network(cfg["ip_range"]).subnet_of(subnet):
                    errors.append(f"{file}: network {name}: ip_range {cfg['ip_range']} is not inside {subnet}")
        fixed = {}
        for service, spec in (config.get("services") or {}).items():
            service_networks = spec.get("networks") or {}
            if isinstance(service_networks, list):
                continue
            for key, attachment in service_networks.items():
                address = (attachment or {}).get("ipv4_address")
                if not address:
                    continue
                where = f"{file}: {service} on {key}"
                cfg = ipam_config(networks.get(key) or {})
                if "subnet" not in cfg:
                    errors.append(f"{where}: fixed address {address} on a network without a subnet")
                    continue
                ip = ipaddress.ip_address(address)
                subnet = ipaddress.ip_network(cfg["subnet"])
                # Docker's default gateway: the first address of ip_range when there is one (seen with
                # Docker 20.10), else the subnet's first host.
                if cfg.get("gateway"):
                    gateway = ipaddress.ip_address(cfg["gateway"])
                elif cfg.get("ip_range"):
                    gateway = ipaddress.ip_network(cfg["ip_range"]).network_address
                else:
                    gateway = subnet.network_address + 1
                if ip not in subnet:
                    errors.append(f"{where}: {ip} is outside the subnet {subnet}")
                elif ip in (subnet.network_address, subnet.broadcast_address, gateway):
                    errors.append(f"{where}: {ip} is the network's network, broadcast or gateway address")
                if "ip_range" not in cfg:
                    errors.append(f"{where}: {ip} is fixed but the network has no ip_range, so Docker may give it "
                                  f"to a container that starts earlier")
                elif ip in ipaddress.ip_network(cfg["ip_range"]):
                    errors.append(f"{where}: {ip} lies inside ip_range {cfg['ip_range']}, from which Docker "
                                  f"hands out addresses")
                if (key, ip) in fixed:
                    errors.append(f"{where}: {ip} is also {fixed[(key, ip)]}'s")
                fixed[(key, ip)] = service
        errors += app_addresses(file, config, networks)
    return errors


def app_addresses(file, config, networks):
    errors = []
    services = config.get("services") or {}
    gateway = services.get("api_gateway")
    balancer = services.get("load_balancer")
    if not gateway:
        return errors
    environment = gateway.get("environment") or {}
    prefix = environment.get("SPRING_CLOUD_INETUTILS_PREFERRED_NETWORKS")
    cfg = ipam_config(networks.get("app_network") or {})
    if prefix and cfg.get("ip_range"):
        pool = ipaddress.ip_network(cfg["ip_range"])
        for ip in (pool.network_address, pool.broadcast_address):
            if not str(ip).startswith(prefix):
                errors.append(f"{file}: SPRING_CLOUD_INETUTILS_PREFERRED_NETWORKS={prefix} does not match {ip} of "
                              f"app_network's ip_range {pool}: the apps would register another address in Consul")
    if balancer:
        address = ((balancer.get("networks") or {}).get("app_network") or {}).get("ipv4_address")
        trusted = environment.get("MERCHANT_GATEWAY_SECURITY_TRUSTEDPROXIES")
        if address and trusted != address:
            errors.append(f"{file}: the gateway trusts X-Forwarded-For from {trusted}, the load balancer is {address}")
    return errors


def stack(ip_range="172.30.89.128/25", address="172.30.89.10"):
    ipam = {"config": [{"subnet": "172.30.89.0/24", **({"ip_range": ip_range} if ip_range else {})}]}
    return {
        "networks": {"app_network": {"name": "merchant-analysis-app", "ipam": ipam}},
        "services": {
            "load_balancer": {"networks": {"app_network": {"ipv4_address": address}}},
            "api_gateway": {"networks": {"app_network": {}}, "environment": {
                "SPRING_CLOUD_INETUTILS_PREFERRED_NETWORKS": "172.30.89.",
                "MERCHANT_GATEWAY_SECURITY_TRUSTEDPROXIES": address}},
        },
    }


def selftest():
    monitoring = {"networks": {"app_network": stack()["networks"]["app_network"]}, "services": {}}
    old_monitoring = {"networks": {"app_network": stack(ip_range=None)["networks"]["app_network"]}, "services": {}}
    cases = [
        ("the stack as it is", {"prod": stack(), "monitoring": monitoring}, 0),
        ("no ip_range (the address Docker gave away)", {"prod": stack(ip_range=None)}, 1),
        ("the fixed address inside ip_range", {"prod": stack(address="172.30.89.200")}, 1),
        ("the fixed address is the gateway", {"prod": stack(ip_range=None, address="172.30.89.1")}, 1),
        ("the fixed address outside the subnet", {"prod": stack(address="172.30.90.10")}, 1),
        ("the monitoring file's view differs", {"prod": stack(), "monitoring": old_monitoring}, 1),
    ]
    failed = 0
    for title, stacks, want_errors in cases:
        got = check(stacks)
        if bool(got) != bool(want_errors):
            failed += 1
            print(f"  selftest '{title}': expected {'problems' if want_errors else 'none'}, got {got}", file=sys.stderr)
    print(f"  network rules: {len(cases) - failed}/{len(cases)} selftest cases right")
    return 1 if failed else 0


def main(argv):
    if argv[1:] == ["selftest"]:
        return selftest()
    if len(argv) < 2 or not all("=" in a for a in argv[1:]):
        print(__doc__, file=sys.stderr)
        return 2
    stacks = {}
    for arg in argv[1:]:
        name, path = arg.split("=", 1)
        with open(path) as f:
            stacks[name] = yaml.safe_load(f)
    errors = check(stacks)
    for message in errors:
        print(f"  {message}", file=sys.stderr)
    fixed = sum(1 for c in stacks.values() for s in (c.get("services") or {}).values()
                if isinstance(s.get("networks"), dict)
                and any((a or {}).get("ipv4_address") for a in s["networks"].values()))
    print(f"  {len(stacks)} configurations: {fixed} fixed addresses, shared networks "
          f"{'declared alike' if not errors else 'with problems'}; {'OK' if not errors else f'{len(errors)} problems'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
