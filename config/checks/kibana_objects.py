#!/usr/bin/env python3
"""Kibana's saved objects (config/kibana/saved-objects.ndjson) against the index template (issue 19, point 7).

  kibana_objects.py

No Kibana runs here, so this checks what an import would not: every visualisation's visState parses,
is of a known type, and aggregates only fields the index template maps (config/elasticsearch/
index-template.json, with the keyword sub-fields); every KQL field of a saved query is mapped; the
dashboard's panels refer to objects in the file, fit Kibana's 48-column grid without overlapping, and
together answer what the issue asks: requests and errors by service, latency, top error messages,
logs by merchant and by trace id.
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
VIS_TYPES = {"histogram", "line", "area", "table", "pie", "metric"}
# What the dashboard must show, as the fields its panels aggregate or query.
REQUIRED = {
    "requests by service": {"route_service"},
    "server errors": {"status"},
    "ERROR lines by service": {"level", "service"},
    "latency": {"request_time"},
    "top error messages": {"message.keyword"},
    "logs by merchant": {"merchantId"},
    "logs by trace id": {"traceId"},
}


def mapped_fields():
    template = json.loads((ROOT / "config/elasticsearch/index-template.json").read_text())
    fields = set()
    for name, spec in template["template"]["mappings"]["properties"].items():
        fields.add(name)
        fields.update(f"{name}.{sub}" for sub in spec.get("fields", {}))
    return fields


def kql_fields(query):
    return set(re.findall(r"([A-Za-z_@][\w.@]*)\s*(?::|>=|<=|>|<)", re.sub(r'"[^"]*"', '""', query)))


def check():
    errors = []
    fields = mapped_fields()
    objects = {}
    for n, line in enumerate((ROOT / "config/kibana/saved-objects.ndjson").read_text().splitlines(), 1):
        if line.strip():
            o = json.loads(line)
            objects[(o["type"], o["id"])] = o
    used = {}  # object id -> fields it aggregates or queries
    for (kind, oid), o in objects.items():
        a = o["attributes"]
        source = json.loads(a.get("kibanaSavedObjectMeta", {}).get("searchSourceJSON", "{}"))
        query = (source.get("query") or {}).get("query", "")
        used[oid] = kql_fields(query)
        for f in used[oid] - fields:
            errors.append(f"{oid}: the query uses {f}, which the index template does not map")
        if kind != "visualization":
            continue
        state = json.loads(a["visState"])
        if state.get("type") not in VIS_TYPES:
            errors.append(f"{oid}: visualisation type {state.get('type')!r} is not one of {sorted(VIS_TYPES)}")
        if state.get("title") != a.get("title"):
            errors.append(f"{oid}: visState title differs from the object's")
        ids = [agg["id"] for agg in state.get("aggs", [])]
        if len(ids) != len(set(ids)) or not any(agg["schema"] == "metric" for agg in state.get("aggs", [])):
            errors.append(f"{oid}: aggregation ids must be unique and one must be a metric")
        for agg in state.get("aggs", []):
            field = agg.get("params", {}).get("field")
            if field:
                used[oid].add(field)
                if field not in fields:
                    errors.append(f"{oid}: aggregates {field}, which the index template does not map")
    dashboards = [o for (kind, _), o in objects.items() if kind == "dashboard"]
    if not dashboards:
        errors.append("no dashboard")
    for d in dashboards:
        panels = json.loads(d["attributes"]["panelsJSON"])
        refs = {r["name"]: r for r in d["references"]}
        shown = set()
        cells = set()
        for p in panels:
            ref = refs.get(p.get("panelRefName"))
            if not ref or (ref["type"], ref["id"]) not in objects:
                errors.append(f"{d['id']}: panel {p.get('panelIndex')} refers to nothing in the file")
                continue
            shown |= used.get(ref["id"], set())
            g = p["gridData"]
            if g["x"] < 0 or g["x"] + g["w"] > 48:
                errors.append(f"{d['id']}: panel {ref['id']} does not fit the 48-column grid")
            mine = {(x, y) for x in range(g["x"], g["x"] + g["w"]) for y in range(g["y"], g["y"] + g["h"])}
            if mine & cells:
                errors.append(f"{d['id']}: panel {ref['id']} overlaps another")
            cells |= mine
        for what, need in REQUIRED.items():
            if not need <= shown:
                errors.append(f"{d['id']}: nothing shows {what} (fields {sorted(need - shown)})")
        print(f"  dashboard '{d['attributes']['title']}': {len(panels)} panels "
              f"({sum(1 for r in refs.values() if r['type'] == 'visualization')} visualisations) over "
              f"{', '.join(REQUIRED)}")
    return errors


def main():
    errors = check()
    for message in errors:
        print(f"  {message}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
