#!/usr/bin/env bash
# Measures, end to end through the gateway, whether each analysis service finds what data-simulator
# plants. Against a running platform (./run.sh): for each archetype and seed it creates a merchant with
# every plantable event the archetype allows and a clean twin (same archetype and seed, nothing planted),
# simulates about MONTHS months for both, asks each finder, and prints per planted event whether the
# expected finder found it (and whether its evidence covers the planted transactions), recall per
# finder, and the findings on the clean twins (false positives) per service and severity. At the end it
# prints the issue-17 figures: runway recall (a warning, P(balance < 0) > 50%, asked 7 days before the
# planted decline takes the balance below zero, pointing at most 7 days past that day) with n, runway
# false warnings on the clean twins per merchant-month (asked at each month end from the second month),
# cost-anomaly recall (the tripled utilities month) and the anomalies found on the clean twins.
#
#   scripts/planted-recall.sh [archetype...]   default: hotpot fast-food convenience-store clothing-retail ecommerce
#
# Environment: GATEWAY_PORT (8000), DATA_DIR (data; its local-secrets.env holds the admin secret),
# MONTHS (6, at least 5), SEEDS ("42 7": each archetype is measured once per seed), JOB_TIMEOUT seconds
# per simulation (900), TX_LIST_MAX (60000: planted transactions are listed, to check the evidence
# covers them, only for merchants with at most this many transactions; 0 lists none), KEEP_WORK=1 keeps
# the raw answers (printed path). A miss is a measurement, not a failure: the exit status is non-zero
# only when the script itself cannot run (no platform, no token, no merchant, a job that never finishes).
# The merchants it creates are deleted after measuring (KEEP_MERCHANTS=1 keeps them to look at misses).
set -euo pipefail

GATEWAY_PORT=${GATEWAY_PORT:-8000}
DATA_DIR=${DATA_DIR:-data}
MONTHS=${MONTHS:-6}
SEEDS=${SEEDS:-${SEED:-42 7}}
JOB_TIMEOUT=${JOB_TIMEOUT:-900}
BASE="http://127.0.0.1:$GATEWAY_PORT"
ZONE=Asia/Shanghai
TX_PAGE_SIZE=500
TX_MAX_PAGES=12
TX_LIST_MAX=${TX_LIST_MAX:-60000}

die() { echo "planted-recall: $*" >&2; exit 1; }
log() { echo "-- $*" >&2; }

case "${1:-}" in -h|--help) sed -n '2,21p' "$0"; exit 0 ;; esac
ARCHETYPES=("$@")
[ ${#ARCHETYPES[@]} -gt 0 ] || ARCHETYPES=(hotpot fast-food convenience-store clothing-retail ecommerce)
[ "$MONTHS" -ge 5 ] 2>/dev/null || die "MONTHS must be a number of at least 5 (events are spread over the months)"
read -r -a SEED_LIST <<< "$SEEDS"
[ ${#SEED_LIST[@]} -gt 0 ] || die "SEEDS is empty"
for seed in "${SEED_LIST[@]}"; do [[ "$seed" =~ ^[0-9]+$ ]] || die "SEEDS must be whole numbers: '$seed'"; done
command -v curl >/dev/null || die "curl is needed"
command -v python3 >/dev/null || die "python3 is needed"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/planted-recall.XXXXXX")
cleanup() { if [ "${KEEP_WORK:-0}" = 1 ]; then log "raw answers kept in $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

# jq-like reading with python: jget FILE EXPRESSION (d is the parsed JSON); prints '' on None.
jget() {
  python3 - "$1" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
v = eval(sys.argv[2], {"d": d})
print("" if v is None else (json.dumps(v) if isinstance(v, (dict, list)) else v))
PY
}

# api METHOD PATH OUTFILE [JSON BODY]: writes the body to OUTFILE and OUTFILE.code, prints the status
# (000 when nothing answered). Never fails on a 4xx/5xx: the caller records it.
api() {
  local code
  code=$(curl -s -o "$3" -w '%{http_code}' --max-time 300 -X "$1" "$BASE$2" \
    -H "Authorization: Bearer $TOKEN" ${4:+-H 'Content-Type: application/json' -d "$4"}) || code=${code:-000}
  [ -s "$3" ] || echo '{}' > "$3"
  echo "$code" > "$3.code"
  echo "$code"
}

# --- token -----------------------------------------------------------------------------------------
SECRETS="$DATA_DIR/local-secrets.env"
[ -r "$SECRETS" ] || die "cannot read $SECRETS (set DATA_DIR to the run.sh data directory)"
ADMIN_CLIENT_ID=$(sed -n 's/^ADMIN_CLIENT_ID=//p' "$SECRETS")
ADMIN_CLIENT_SECRET=$(sed -n 's/^ADMIN_CLIENT_SECRET=//p' "$SECRETS")
curl -s -o /dev/null --max-time 10 "$BASE/health" || die "nothing answers at $BASE (is ./run.sh running? GATEWAY_PORT?)"
curl -s --max-time 60 -X POST "$BASE/auth/token" -d grant_type=client_credentials \
  --data-urlencode "client_id=$ADMIN_CLIENT_ID" --data-urlencode "client_secret=$ADMIN_CLIENT_SECRET" \
  > "$WORK/token.json" || die "POST /auth/token failed"
TOKEN=$(jget "$WORK/token.json" 'd.get("access_token")') || die "POST /auth/token did not answer JSON"
[ -n "$TOKEN" ] || die "no admin token: $(head -c 300 "$WORK/token.json")"

# --- period and the plan of events -------------------------------------------------------------------
TO=$(TZ=$ZONE date -d yesterday +%F)
FROM=$(date -d "$(date -d "$TO" +%Y-%m-01) -$((MONTHS - 1)) months" +%F)
plus() { date -d "$FROM +$1 months +$2 days" +%F; }
# The planted cash shortfall is a decline over weeks (sales falling, a rising cost) that should take
# the balance below zero about SHORTFALL_TO; the day it really does is in the job's planted summary.
SHORTFALL_FROM=$(date -d "$TO -105 days" +%F)
SHORTFALL_TO=$(date -d "$TO -21 days" +%F)
# The fee overcharge: from the third month to the end of the fifth (or the period).
FEE_TO=$(date -d "$FROM +5 months -1 day" +%F)
[[ "$FEE_TO" < "$TO" ]] || FEE_TO=$TO
# The clean twins' runway is asked at each month end from the second month: merchant-months.
MONTH_ENDS=()
for ((i = 2; i < MONTHS; i++)); do MONTH_ENDS+=("$(date -d "$FROM +$i months -1 day" +%F)"); done
# Events spread over the period so that they do not hide one another (no two cash events on a day,
# whole months before a month-level event so the anomaly detector has history). The fee overcharge runs
# three months: the fee audit judges the whole period's average rate, which the decline (fewer sales in
# the overcharged months) and the personal-code month (wallet sales without a fee) both pull down.
EVENTS_JSON=$(cat <<EOF
[{"event":"PERSONAL_CODE_BUSINESS","from":"$(plus 1 0)","to":"$(plus 1 29)"},
 {"event":"LARGE_CASH_DEPOSIT","from":"$(plus 1 9)"},
 {"event":"STRUCTURING","from":"$(plus 2 3)"},
 {"event":"CARD_CASH_OUT","from":"$(plus 2 14)"},
 {"event":"FEE_OVERCHARGE","from":"$(plus 2 0)","to":"$FEE_TO"},
 {"event":"REFUND_CHARGEBACK_SPIKE","from":"$(plus 3 0)"},
 {"event":"UTILITIES_ANOMALY","from":"$(plus 4 0)"},
 {"event":"CASH_SHORTFALL","from":"$SHORTFALL_FROM","to":"$SHORTFALL_TO"},
 {"event":"EXPIRING_LICENCE"}]
EOF
)
log "period $FROM..$TO, seeds ${SEED_LIST[*]}, archetypes: ${ARCHETYPES[*]}, platform $BASE"

# --- merchants and simulations ---------------------------------------------------------------------
create_merchant() { # archetype dir role -> merchant id in dir/merchant.json
  local code
  code=$(api POST /api/v1/simulator/merchants "$2/merchant.json" \
    "{\"archetype\":\"$1\",\"name\":\"recall $3 $1 $(date +%H%M%S)\"}")
  case "$code" in 2??) ;; *) die "creating a $1 merchant answered $code: $(head -c 300 "$2/merchant.json")" ;; esac
  jget "$2/merchant.json" 'd["id"]'
}

# Starts the planted simulation; events the archetype cannot take (a 400 naming inject[i]) are
# dropped one by one and written to dir/refused.txt.
start_planted() { # merchant-id dir seed
  local inject=$EVENTS_JSON code index
  : > "$2/refused.txt"
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    code=$(api POST "/api/v1/simulator/merchants/$1/simulations" "$2/start.json" \
      "{\"from\":\"$FROM\",\"to\":\"$TO\",\"seed\":$3,\"inject\":$inject}")
    case "$code" in
      2??) jget "$2/start.json" 'd["id"]'; return 0 ;;
      400)
        index=$(jget "$2/start.json" \
          'next((int(e["field"].split("[")[1].split("]")[0]) for e in d.get("errors", []) if e.get("field", "").startswith("inject[")), "")')
        [ -n "$index" ] || die "starting a simulation answered 400: $(head -c 300 "$2/start.json")"
        python3 - "$inject" "$index" "$2/start.json" >> "$2/refused.txt" <<'PY'
import json, sys
events, i, err = json.loads(sys.argv[1]), int(sys.argv[2]), json.load(open(sys.argv[3]))
msg = "; ".join(e.get("message", "") for e in err.get("errors", []) if e.get("field", "").startswith("inject[%d]" % i))
print(events[i]["event"] + "\t" + msg)
PY
        inject=$(python3 -c 'import json,sys; e=json.loads(sys.argv[1]); del e[int(sys.argv[2])]; print(json.dumps(e))' "$inject" "$index")
        ;;
      *) die "starting a simulation answered $code: $(head -c 300 "$2/start.json")" ;;
    esac
  done
  die "too many refused events"
}

# Both merchants of an archetype are simulated and measured, then deleted (unless KEEP_MERCHANTS=1),
# before the next archetype: the embedded MongoDB of run.sh has a 512 MB heap and full-scans.
wait_job() { # job-id dir label
  local deadline code state
  deadline=$(( $(date +%s) + JOB_TIMEOUT ))
  while :; do
    code=$(api GET "/api/v1/simulator/jobs/$1" "$2/job.json")
    state=$([ "${code:0:1}" = 2 ] && jget "$2/job.json" 'd.get("state")' || echo "")
    case "$state" in
      SUCCEEDED) log "$3 job done: $(jget "$2/job.json" 'd["progress"]')"; return 0 ;;
      FAILED|CANCELLED) die "$3 job $1 ended $state: $(jget "$2/job.json" 'd.get("errors")')" ;;
    esac
    [ "$(date +%s)" -lt "$deadline" ] || die "$3 job $1 not finished after ${JOB_TIMEOUT}s (state '$state', HTTP $code)"
    sleep 3
  done
}

# Transactions carrying a planted label, for the events whose evidence names transactions.
list_labelled() { # merchant-id label from to query-filter outfile
  local page=0 pages=1 code
  : > "$6.ids"
  while [ "$page" -lt "$pages" ] && [ "$page" -lt "$TX_MAX_PAGES" ]; do
    code=$(api GET "/api/v1/simulator/merchants/$1/transactions?from=$3&to=$4&size=$TX_PAGE_SIZE&page=$page$5" "$6.page")
    [ "${code:0:1}" = 2 ] || { echo "HTTP $code" > "$6.error"; return 0; }
    python3 - "$6.page" "$2" >> "$6.ids" <<'PY2'
import json, sys
for t in json.load(open(sys.argv[1])).get("items", []):
    if sys.argv[2] in (t.get("labels") or []):
        print(t["externalId"] + "\t" + t["date"])
PY2
    pages=$(jget "$6.page" 'd.get("totalPages", 0)')
    page=$((page + 1))
  done
  [ "$page" -ge "$pages" ] || echo "only the first $TX_MAX_PAGES pages of $pages read" > "$6.error"
}

ask_finders() { # merchant-id dir
  api POST "/api/v1/compliance/merchants/$1/checks" "$2/compliance.json" "{\"from\":\"$FROM\",\"to\":\"$TO\"}" >/dev/null
  api GET "/api/v1/costs/merchants/$1/fee-audit?from=$FROM&to=$TO&size=100" "$2/fee-audit.json" >/dev/null
  api GET "/api/v1/costs/merchants/$1/anomalies?from=$FROM&to=$TO" "$2/anomalies.json" >/dev/null
}

# The day the planted decline took the balance below zero: floorCrossedOn, or (a simulator from before
# the decline) the day of its one outflow; empty when nothing was planted or it never crossed.
crossing_day() { # job.json
  jget "$1" 'next(((p["floorCrossedOn"] if "floorCrossedOn" in p else p.get("to")) for p in d.get("planted") or [] if p.get("event") == "CASH_SHORTFALL"), None)'
}

ask_runway() { # merchant-id dir name asOf
  api GET "/api/v1/cashflow/merchants/$1/runway?asOf=$4&floor=0" "$2/runway-$3.json" >/dev/null
}

list_planted() { # merchant-id dir
  local event label pfrom pto filter stored
  stored=$(jget "$2/job.json" 'd["progress"]["transactionsStored"]')
  if [ "$stored" -gt "$TX_LIST_MAX" ]; then
    # run.sh's embedded MongoDB runs out of its 512 MB heap paging through this many transactions.
    echo "not listed: $stored transactions > TX_LIST_MAX=$TX_LIST_MAX" > "$2/tx-skipped"
    return 0
  fi
  # One line per planted event: event, label, from, to.
  python3 - "$2/job.json" > "$2/planted.tsv" <<'PY2'
import json, sys
for p in json.load(open(sys.argv[1])).get("planted") or []:
    print("\t".join(str(p.get(k) or "") for k in ("event", "label", "from", "to")))
PY2
  while IFS=$'\t' read -r event label pfrom pto; do
    case "$event" in
      LARGE_CASH_DEPOSIT|STRUCTURING) filter="&kind=CASH_DEPOSIT" ;;
      CARD_CASH_OUT) filter="&channel=UNIONPAY_CARD&kind=SALE" ;;
      REFUND_CHARGEBACK_SPIKE) filter="&channel=UNIONPAY_CARD" ;;
      UTILITIES_ANOMALY) filter="&kind=UTILITIES" ;;
      # FEE_OVERCHARGE, PERSONAL_CODE_BUSINESS: thousands of sales, compared by count (each page is a
      # full scan in the embedded store). EXPIRING_LICENCE: no transactions.
      *) continue ;;
    esac
    list_labelled "$1" "$label" "$pfrom" "$pto" "$filter" "$2/tx-$event"
  done < "$2/planted.tsv"
}

CASES=()
for seed in "${SEED_LIST[@]}"; do
for arch in "${ARCHETYPES[@]}"; do
  case_dir="$WORK/$arch-s$seed"
  CASES+=("$arch-s$seed")
  declare -A JOB=()
  for role in planted clean; do
    dir="$case_dir/$role"
    mkdir -p "$dir"
    id=$(create_merchant "$arch" "$dir" "$role")
    echo "$id" > "$dir/id"
    if [ "$role" = planted ]; then
      JOB[$role]=$(start_planted "$id" "$dir" "$seed")
    else
      code=$(api POST "/api/v1/simulator/merchants/$id/simulations" "$dir/start.json" \
        "{\"from\":\"$FROM\",\"to\":\"$TO\",\"seed\":$seed,\"inject\":[]}")
      case "$code" in 2??) ;; *) die "starting the clean simulation answered $code: $(head -c 300 "$dir/start.json")" ;; esac
      JOB[$role]=$(jget "$dir/start.json" 'd["id"]')
    fi
    log "$arch seed $seed $role merchant $id, job ${JOB[$role]}"
  done
  for role in planted clean; do wait_job "${JOB[$role]}" "$case_dir/$role" "$arch seed $seed $role"; done
  crossing=$(crossing_day "$case_dir/planted/job.json")
  for role in planted clean; do
    log "asking the finders about $arch seed $seed $role ($(cat "$case_dir/$role/id"))"
    ask_finders "$(cat "$case_dir/$role/id")" "$case_dir/$role"
    if [ -n "$crossing" ]; then
      # 7 days before the crossing is judged; 14 days before is shown. The clean twin is asked the same.
      ask_runway "$(cat "$case_dir/$role/id")" "$case_dir/$role" before7 "$(date -d "$crossing -7 days" +%F)"
      ask_runway "$(cat "$case_dir/$role/id")" "$case_dir/$role" before14 "$(date -d "$crossing -14 days" +%F)"
    fi
  done
  for as_of in "${MONTH_ENDS[@]}"; do
    ask_runway "$(cat "$case_dir/clean/id")" "$case_dir/clean" "month-$as_of" "$as_of"
  done
  log "listing the planted transactions of $arch seed $seed"
  list_planted "$(cat "$case_dir/planted/id")" "$case_dir/planted"
  if [ "${KEEP_MERCHANTS:-0}" != 1 ]; then
    for role in planted clean; do
      api DELETE "/api/v1/simulator/merchants/$(cat "$case_dir/$role/id")" "$case_dir/$role/delete.json" >/dev/null
    done
  fi
  unset JOB
done
done

# --- judge and print ---------------------------------------------------------------------------------
python3 - "$WORK" "$MONTHS" "$(IFS=,; echo "${MONTH_ENDS[*]}")" "${CASES[@]}" <<'PY'
import json, os, sys
from datetime import date, timedelta

work, months, month_ends, cases = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(","), sys.argv[4:]
SLACK = timedelta(days=3)  # a finding's period may start a little before/after the planted days
WARN_SLACK = timedelta(days=7)  # a warning asked 7 days ahead may name a first day at most this much late


def load(path):
    """(status, body) of a saved answer; status 0 when the file is missing."""
    try:
        with open(path + ".code") as f:
            code = int(f.read().strip() or 0)
        with open(path) as f:
            return code, json.load(f)
    except (OSError, ValueError):
        return 0, {}


def day(s):
    return date.fromisoformat(s) if s else None


def overlaps(a_from, a_to, b_from, b_to):
    return a_from - SLACK <= b_to and b_from <= a_to + SLACK


def http_problem(code, body):
    if 200 <= code < 300:
        return None
    if code == 0:
        return "no answer (timeout or connection refused)"
    return "HTTP %s %s" % (code, (body.get("detail") or body.get("title") or "")[:80] if isinstance(body, dict) else "")


def labelled(dirname, event):
    path = os.path.join(dirname, "tx-%s.ids" % event)
    ids = set()
    if os.path.exists(path):
        with open(path) as f:
            ids = {line.split("\t")[0] for line in f if line.strip()}
    note = None
    if os.path.exists(os.path.join(dirname, "tx-skipped")):
        with open(os.path.join(dirname, "tx-skipped")) as f:
            note = f.read().strip()
    if os.path.exists(os.path.join(dirname, "tx-%s.error" % event)):
        with open(os.path.join(dirname, "tx-%s.error" % event)) as f:
            note = f.read().strip()
    return ids, note


def coverage(planted_ids, evidence_ids, shown, total, note):
    if not planted_ids:
        return "no labelled transactions listed" + (" (%s)" % note if note else "")
    hit = len(planted_ids & evidence_ids)
    s = "evidence covers %d/%d planted txs" % (hit, len(planted_ids))
    if total is not None and shown < total:
        s += " (answer lists %d of %d)" % (shown, total)
    return s + (" [%s]" % note if note else "")


def judge(event, p, d):
    """(found: True/False/None for 'could not ask', detail) for one planted event p in merchant dir d."""
    finder = p["finder"]
    p_from, p_to = day(p["from"]), day(p["to"])
    if p["service"] == "compliance-checker":
        code, rep = load(os.path.join(d, "compliance.json"))
        if http_problem(code, rep):
            return None, http_problem(code, rep)
        same = [f for f in rep.get("findings", []) if f.get("ruleId") == finder]
        if finder != "licence-expiry":
            same = [f for f in same if not (f.get("from") and f.get("to"))
                    or overlaps(p_from, p_to, day(f["from"]), day(f["to"]))]
        near = [f for f in rep.get("nearMisses", []) if f.get("ruleId") == finder]
        if not same:
            return False, "no %s finding%s; %d findings in all (%s)" % (
                finder, " (%d near misses)" % len(near) if near else "", len(rep.get("findings", [])),
                ", ".join(sorted({f["ruleId"] for f in rep.get("findings", [])})) or "none")
        sev = "/".join(sorted({f["severity"] for f in same}))
        detail = "%d finding(s) %s %s..%s" % (len(same), sev, min(f.get("from") or "" for f in same),
                                              max(f.get("to") or "" for f in same))
        if event == "PERSONAL_CODE_BUSINESS":
            detail += "; evidenceCount %d vs %s planted sales" % (
                sum(f.get("evidenceCount", 0) for f in same), p.get("transactionCount"))
        elif event != "EXPIRING_LICENCE":
            ids, note = labelled(d, event)
            ev = {e.get("externalId") for f in same for e in f.get("evidence", [])}
            shown = sum(len(f.get("evidence", [])) for f in same)
            total = sum(f.get("evidenceCount", 0) for f in same)
            detail += "; " + coverage(ids, ev, shown, total, note)
        return True, detail
    if event == "FEE_OVERCHARGE":
        code, rep = load(os.path.join(d, "fee-audit.json"))
        if http_problem(code, rep):
            return None, http_problem(code, rep)
        channel = p.get("channel")
        ch = next((c for c in rep.get("channels", []) if c.get("channel") == channel), None)
        if ch is None:
            return False, "channel %s not in the audit" % channel
        found = ch.get("status") == "OVERCHARGED"
        return found, "%s %s: effective %s%% vs contracted %s%%, overcharge %s CNY; flagged %s sales (%s planted)" % (
            channel, ch.get("status"), ch.get("effectiveRatePct"), ch.get("contractedRatePct"),
            ch.get("overchargeYuan"), ch.get("flaggedTransactions"), p.get("transactionCount"))
    if event == "UTILITIES_ANOMALY":
        code, rep = load(os.path.join(d, "anomalies.json"))
        if http_problem(code, rep):
            return None, http_problem(code, rep)
        month = p["from"][:7]
        hits = [a for a in rep.get("anomalies", []) if a.get("category") == "UTILITIES" and a.get("month") == month]
        if not hits:
            util = ["%s %s" % (a.get("type"), a.get("month")) for a in rep.get("anomalies", [])
                    if a.get("category") == "UTILITIES"]
            return False, "no UTILITIES anomaly in %s (months judged %s; UTILITIES anomalies: %s)" % (
                month, ",".join(rep.get("monthsEvaluated") or []), ", ".join(util) or "none")
        a = hits[0]
        ids, note = labelled(d, event)
        planted_days = set()
        path = os.path.join(d, "tx-%s.ids" % event)
        if os.path.exists(path):
            with open(path) as f:
                planted_days = {line.split("\t")[1].strip() for line in f if line.strip()}
        days = {x.get("date") for x in a.get("days", [])}
        return True, "%s %s: %s vs expected %s (z %s); days cover %d/%d planted bill days" % (
            a.get("type"), month, a.get("amount"), a.get("expected"), a.get("robustZ"),
            len(planted_days & days), len(planted_days))
    if event == "CASH_SHORTFALL":
        crossing = day(p["floorCrossedOn"] if "floorCrossedOn" in p else p["to"])
        if crossing is None:
            return None, "the balance never went below zero in the period (%s)" % p.get("detail")
        code, rep = load(os.path.join(d, "runway-before7.json"))
        if http_problem(code, rep):
            return None, http_problem(code, rep)
        first = rep.get("firstDateLikely")
        found = first is not None and day(first) <= crossing + WARN_SLACK
        detail = "crossing %s; asOf %s: firstDateLikely %s, maxP %s, balance %s" % (
            crossing, rep.get("asOf"), first, rep.get("maxProbability"), rep.get("currentBalance"))
        code, early = load(os.path.join(d, "runway-before14.json"))
        if not http_problem(code, early):
            detail += "; asOf %s: firstDateLikely %s, maxP %s" % (
                early.get("asOf"), early.get("firstDateLikely"), early.get("maxProbability"))
        code, twin = load(os.path.join(os.path.dirname(d), "clean", "runway-before7.json"))
        if not http_problem(code, twin):
            detail += "; clean twin asOf %s: firstDateLikely %s, balance %s" % (
                twin.get("asOf"), twin.get("firstDateLikely"), twin.get("currentBalance"))
        return found, detail
    return None, "no judge for this event"


rows, recall, fp, refused, errors = [], {}, {}, [], []
months_asked, months_warned = 0, 0
for arch in cases:
    pd, cd = os.path.join(work, arch, "planted"), os.path.join(work, arch, "clean")
    with open(os.path.join(pd, "refused.txt")) as f:
        refused += [(arch,) + tuple(line.rstrip("\n").split("\t", 1)) for line in f if line.strip()]
    _, job = load(os.path.join(pd, "job.json")) if os.path.exists(os.path.join(pd, "job.json.code")) else (0, {})
    for p in job.get("planted") or []:
        finder = "%s:%s" % (p["service"], p["finder"])
        found, detail = judge(p["event"], p, pd)
        rows.append((p["event"], arch, finder, {True: "yes", False: "NO", None: "ERROR"}[found],
                     "%s..%s %d tx; %s" % (p["from"], p["to"], p.get("transactionCount") or 0, detail)))
        r = recall.setdefault(finder, [0, 0, 0])
        if found is None:
            r[2] += 1
        else:
            r[0] += int(found)
            r[1] += 1
    # False positives: anything a finder reports on the clean twin.
    code, rep = load(os.path.join(cd, "compliance.json"))
    if http_problem(code, rep):
        errors.append((arch, "compliance-checker", http_problem(code, rep)))
    for f in rep.get("findings", []) if not http_problem(code, rep) else []:
        fp.setdefault("compliance-checker", []).append((arch, f.get("severity"), f.get("ruleId"),
                                                        "%s..%s %s" % (f.get("from"), f.get("to"), (f.get("detail") or "")[:110])))
    code, rep = load(os.path.join(cd, "fee-audit.json"))
    if http_problem(code, rep):
        errors.append((arch, "cost-analyzer fee-audit", http_problem(code, rep)))
    for c in rep.get("channels", []) if not http_problem(code, rep) else []:
        if c.get("status") == "OVERCHARGED":
            fp.setdefault("cost-analyzer", []).append((arch, "-", "fee-audit", "%s effective %s%% vs %s%%, %s CNY" % (
                c.get("channel"), c.get("effectiveRatePct"), c.get("contractedRatePct"), c.get("overchargeYuan"))))
    code, rep = load(os.path.join(cd, "anomalies.json"))
    if http_problem(code, rep):
        errors.append((arch, "cost-analyzer anomalies", http_problem(code, rep)))
    for a in rep.get("anomalies", []) if not http_problem(code, rep) else []:
        fp.setdefault("cost-analyzer", []).append((arch, "-", "cost-anomaly", "%s %s %s: %s vs expected %s (%s%%)" % (
            a.get("category"), a.get("type"), a.get("month"), a.get("amount"), a.get("expected"), a.get("relativeChangePct"))))
    for as_of in month_ends:
        code, rep = load(os.path.join(cd, "runway-month-%s.json" % as_of))
        if http_problem(code, rep):
            errors.append((arch, "cashflow-service runway asOf %s" % as_of, http_problem(code, rep)))
            continue
        months_asked += 1
        if rep.get("firstDateLikely"):
            months_warned += 1
            fp.setdefault("cashflow-service", []).append((arch, "-", "runway", "asOf %s firstDateLikely %s p=%s balance %s" % (
                rep.get("asOf"), rep.get("firstDateLikely"), rep.get("maxProbability"), rep.get("currentBalance"))))

w = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(("event", "archetype", "expected finder", "found?"))]
print()
print("%-*s  %-*s  %-*s  %-*s  detail" % (w[0], "event", w[1], "archetype", w[2], "expected finder", w[3], "found?"))
for r in rows:
    print("%-*s  %-*s  %-*s  %-*s  %s" % (w[0], r[0], w[1], r[1], w[2], r[2], w[3], r[3], r[4]))
for arch, event, why in refused:
    print("%-*s  %-*s  %-*s  %-*s  not plantable here: %s" % (w[0], event, w[1], arch, w[2], "-", w[3], "n/a", why))
print("\nRecall per finder (found / planted; errors are not counted)")
tot = [0, 0]
for finder in sorted(recall):
    f, n, e = recall[finder]
    tot[0] += f
    tot[1] += n
    print("  %-45s %d/%d%s%s" % (finder, f, n, "  (%.0f%%)" % (100.0 * f / n) if n else "",
                                "  + %d not asked (HTTP error)" % e if e else ""))
print("  %-45s %d/%d%s" % ("all", tot[0], tot[1], "  (%.0f%%)" % (100.0 * tot[0] / tot[1]) if tot[1] else ""))
print("\nFalse positives on the clean twins (same seed, nothing planted; runway asOf each month end %s)" % (
    ", ".join(month_ends)))
for service in ("compliance-checker", "cost-analyzer", "cashflow-service"):
    items = fp.get(service, [])
    by_sev = {}
    for it in items:
        by_sev[it[1]] = by_sev.get(it[1], 0) + 1
    print("  %-20s %d%s" % (service, len(items), "  (" + ", ".join("%s %d" % kv for kv in sorted(by_sev.items())) + ")"
                           if items and list(by_sev) != ["-"] else ""))
    for arch, sev, what, detail in items:
        print("      %-18s %-6s %-28s %s" % (arch, sev, what, detail))
for arch, service, problem in errors:
    print("  clean %s: %s answered %s" % (arch, service, problem))
print("\nMerchants (deleted unless KEEP_MERCHANTS=1):")
for arch in cases:
    for role in ("planted", "clean"):
        with open(os.path.join(work, arch, role, "id")) as f:
            print("  %-18s %-8s %s" % (arch, role, f.read().strip()))


def ratio(found, n):
    return "%d/%d%s" % (found, n, " (%.0f%%)" % (100.0 * found / n) if n else "")


runway = recall.get("cashflow-service:runway", [0, 0, 0])
utilities = [r for r in rows if r[0] == "UTILITIES_ANOMALY"]
clean_anomalies = [it for it in fp.get("cost-analyzer", []) if it[2] == "cost-anomaly"]
print("\nIssue 17 figures (%d-month histories; %s)" % (months, ", ".join(cases)))
print("  runway recall, warned 7 days before the crossing   %-18s target >= 80%% over n >= 10%s" % (
    ratio(runway[0], runway[1]), "; %d not judged" % runway[2] if runway[2] else ""))
print("  runway false warnings on the clean twins           %-18s merchant-months, target <= 5%%" % (
    ratio(months_warned, months_asked)))
print("  cost-anomaly recall, tripled utilities month       %-18s target >= 90%%" % ratio(
    sum(1 for r in utilities if r[3] == "yes"), sum(1 for r in utilities if r[3] != "ERROR")))
print("  cost-anomaly findings on the clean twins           %-18d target 0" % len(clean_anomalies))
PY
