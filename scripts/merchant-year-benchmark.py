#!/usr/bin/env python3
"""Merchant-years at real size, through the gateway of a running platform (./run.sh).

Creates MERCHANTS merchants of mixed archetypes, simulates DAYS days of each (a year by default), then
for every merchant times each analysis endpoint cold (first call on the new data version, so no cache
can answer) and warm (the same call again), a page of the transaction list, and finally deletes the
merchants, timing each delete. Prints the simulation's stored rate, per-endpoint medians and maxima,
and the stores' memory (heap after a full GC, via jcmd, and RSS). A benchmark, not a test: it prints
figures and never fails on them; it exits non-zero only when it cannot run.

  scripts/merchant-year-benchmark.py [--merchants 20] [--days 365] [--keep]

Environment: GATEWAY_PORT (8000), DATA_DIR (data; its local-secrets.env holds the admin secret).
Start the platform with rate limits that a benchmark does not hit, e.g.
  RATE_LIMIT_REPLENISH_RATE=100000 RATE_LIMIT_BURST_CAPACITY=100000 ./run.sh
"""
import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ARCHETYPES = ["convenience-store", "hotpot", "ecommerce", "fast-food", "clothing-retail"]
BASE = "http://127.0.0.1:%s" % os.environ.get("GATEWAY_PORT", "8000")
DATA_DIR = os.environ.get("DATA_DIR", "data")


def die(message):
    print("merchant-year-benchmark: " + message, file=sys.stderr)
    sys.exit(1)


def secret():
    path = os.path.join(DATA_DIR, "local-secrets.env")
    try:
        for line in open(path, encoding="utf-8"):
            if line.startswith("ADMIN_CLIENT_SECRET="):
                return line.split("=", 1)[1].strip().strip("'\"")
    except OSError:
        pass
    die("no admin secret in %s: start the platform with ./run.sh first" % path)


def call(method, path, token=None, body=None, headers=None, timeout=600):
    """(status, parsed JSON or None, seconds). Never raises on an HTTP error status."""
    data = None
    all_headers = dict(headers or {})
    if token:
        all_headers["Authorization"] = "Bearer " + token
    if body is not None:
        data = json.dumps(body).encode()
        all_headers["Content-Type"] = "application/json"
    request = urllib.request.Request(BASE + path, data=data, method=method, headers=all_headers)
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        raw = error.read()
        status = error.code
    except (urllib.error.URLError, TimeoutError) as error:
        return 0, {"error": str(error)}, time.monotonic() - started
    seconds = time.monotonic() - started
    try:
        parsed = json.loads(raw) if raw else None
    except ValueError:
        parsed = None
    return status, parsed, seconds


def token():
    form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": "admin",
                                   "client_secret": secret()}).encode()
    request = urllib.request.Request(BASE + "/auth/token", data=form, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())["access_token"]
    except (urllib.error.URLError, KeyError, ValueError) as error:
        die("no token from %s/auth/token: %s" % (BASE, error))


def stores_memory():
    """Heap used after a full GC and RSS of the local stores process, in MB, or None."""
    try:
        pid = subprocess.run(["pgrep", "-f", "localstores.LocalStores"], capture_output=True, text=True,
                             check=False).stdout.split()[0]
    except IndexError:
        return None
    rss = None
    for line in open("/proc/%s/status" % pid, encoding="ascii"):
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
    heap = None
    out = subprocess.run(["jcmd", pid, "GC.run"], capture_output=True, text=True, check=False)
    if out.returncode == 0:
        info = subprocess.run(["jcmd", pid, "GC.heap_info"], capture_output=True, text=True, check=False).stdout
        for line in info.splitlines():
            words = line.replace(",", " ").split()
            if "used" in words:
                # e.g. " garbage-first heap   total 1048576K, used 123456K [...]"
                heap = int(words[words.index("used") + 1].rstrip("K")) / 1024
                break
    return {"pid": pid, "heap_mb": heap, "rss_mb": rss}


def simulate(tok, merchant_id, start, end):
    status, job, _ = call("POST", "/api/v1/simulator/merchants/%s/simulations" % merchant_id, tok,
                          {"from": start.isoformat(), "to": end.isoformat(), "seed": 42})
    if status != 202:
        die("simulation of %s answered %s: %s" % (merchant_id, status, job))
    started = time.monotonic()
    while True:
        time.sleep(2)
        status, job, _ = call("GET", "/api/v1/simulator/jobs/%s" % job["id"], tok)
        if status == 200 and job["state"] in ("SUCCEEDED", "FAILED"):
            return job, time.monotonic() - started
        if time.monotonic() - started > 3600:
            die("simulation of %s did not finish within an hour" % merchant_id)


def endpoints(merchant_id, start, end):
    """(name, method, path, body): every analysis a user can ask for on the merchant-year."""
    period = "from=%s&to=%s" % (start, end)
    cash = "/api/v1/cashflow/merchants/%s" % merchant_id
    cost = "/api/v1/costs/merchants/%s" % merchant_id
    comp = "/api/v1/compliance/merchants/%s" % merchant_id
    return [
        ("cash forecast", "GET", cash + "/forecast?horizon=30", None),
        ("cash runway", "GET", cash + "/runway?floor=10000&horizon=90", None),
        ("cash backtest", "GET", cash + "/backtest?horizon=28&origins=5", None),
        ("cost structure, year", "GET", cost + "/structure?" + period, None),
        ("break-even, year", "GET", cost + "/break-even?" + period, None),
        ("benchmarks, year", "GET", cost + "/benchmarks?" + period, None),
        ("fee audit, year", "GET", cost + "/fee-audit?" + period, None),
        ("anomalies, year", "GET", cost + "/anomalies?" + period, None),
        ("actions, year", "GET", cost + "/actions?" + period, None),
        ("compliance check, year", "POST", comp + "/checks", {"from": str(start), "to": str(end)}),
        ("compliance outlook", "GET", comp + "/outlook", None),
        ("/merchant/analyze", "GET", "/merchant/analyze?merchantId=%s" % merchant_id, None),
        ("transactions, month page 1", "GET", "/api/v1/simulator/merchants/%s/transactions?from=%s&to=%s&size=100"
         % (merchant_id, end.replace(day=1), end), None),
        ("transactions, year page 1000", "GET", "/api/v1/simulator/merchants/%s/transactions?%s&size=100&page=1000"
         % (merchant_id, period), None),
        ("transactions, year, kind RENT", "GET", "/api/v1/simulator/merchants/%s/transactions?%s&kind=RENT"
         % (merchant_id, period), None),
        ("daily rollups, year", "GET", "/api/v1/simulator/merchants/%s/daily?%s" % (merchant_id, period), None),
    ]


def summary(values):
    if not values:
        return "-"
    return "median %7.3f s  max %7.3f s" % (statistics.median(values), max(values))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--merchants", type=int, default=20)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--keep", action="store_true", help="do not delete the merchants afterwards")
    args = parser.parse_args()
    if not 1 <= args.merchants <= 200 or not 30 <= args.days <= 1830:
        die("--merchants must be 1..200 and --days 30..1830")

    tok = token()
    end = dt.date.today() - dt.timedelta(days=1)
    start = end - dt.timedelta(days=args.days - 1)
    print("Platform at %s; %d merchants x %d days (%s..%s); stores: %s"
          % (BASE, args.merchants, args.days, start, end, stores_memory()))

    merchants = []
    rates = []
    total_stored = 0
    for i in range(args.merchants):
        archetype = ARCHETYPES[i % len(ARCHETYPES)]
        status, created, _ = call("POST", "/api/v1/simulator/merchants", tok,
                                  {"archetype": archetype, "name": "benchmark %d %s" % (i, archetype)})
        if status != 201:
            die("creating a %s merchant answered %s: %s" % (archetype, status, created))
        job, seconds = simulate(tok, created["id"], start, end)
        stored = job["progress"]["transactionsStored"]
        total_stored += stored
        rates.append(stored / seconds)
        print("  %2d %-18s %s: %8d transactions stored in %6.1f s (%5.0f tx/s)"
              % (i + 1, archetype, job["state"], stored, seconds, stored / seconds))
        merchants.append(created["id"])
    print("Simulation: %d transactions in all; stored rate median %.0f tx/s, min %.0f tx/s; stores: %s"
          % (total_stored, statistics.median(rates), min(rates), stores_memory()))

    timings = {}
    failures = {}
    for merchant_id in merchants:
        for name, method, path, body in endpoints(merchant_id, start, end):
            for phase in ("cold", "warm"):
                status, answer, seconds = call(method, path, tok, body)
                timings.setdefault((name, phase), []).append(seconds)
                if status >= 300 or status == 0:
                    failures.setdefault((name, status), 0)
                    failures[(name, status)] += 1
                    if failures[(name, status)] == 1:
                        print("  %s %s answered %s: %s" % (method, path, status, str(answer)[:200]))
    print("\nPer endpoint over %d merchant-years (cold: first call on the data; warm: again):" % len(merchants))
    for name, _, _, _ in endpoints("x", start, end):
        print("  %-32s cold %s | warm %s" % (name, summary(timings[(name, "cold")]),
                                               summary(timings[(name, "warm")])))
    print("Answers other than 2xx: %s" % ({"%s -> %s" % key: count for key, count in failures.items()} or "none"))
    print("Stores after the analyses: %s" % stores_memory())

    if not args.keep:
        deletes = []
        for merchant_id in merchants:
            status, answer, seconds = call("DELETE", "/api/v1/simulator/merchants/%s" % merchant_id, tok)
            deletes.append(seconds)
            if status != 204:
                print("  delete of %s answered %s: %s" % (merchant_id, status, answer))
        print("Delete of a merchant-year: %s" % summary(deletes))
        print("Stores after the deletes: %s" % stores_memory())


if __name__ == "__main__":
    main()
