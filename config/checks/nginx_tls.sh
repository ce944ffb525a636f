#!/usr/bin/env bash
# The load balancer's configuration (deploy/nginx/nginx.conf) in a real nginx, on loopback (issue 19,
# point 8): rendered as the nginx image does it (envsubst of GATEWAY_HTTPS_PORT only), with a
# certificate from deploy/nginx/make-self-signed-cert.sh. Checks that
#   - `nginx -t` accepts it and no ${...} is left unrendered;
#   - plain HTTP answers /lb-health and sends everything else to HTTPS with 308 and the same path;
#   - HTTPS completes a TLS handshake that curl verifies against the certificate, and serves /lb-health;
#   - every access log line is one JSON object with the fields Kibana's dashboard uses.
# Ports are moved to free loopback ports; the gateway upstream (Docker DNS) is not reachable here, so
# proxied requests answer 502, which is what the log check reads.
#   config/checks/nginx_tls.sh        (needs nginx, envsubst, openssl, curl; skipped without nginx)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v nginx >/dev/null || { echo "  nginx is not installed (apt-get install nginx-light): skipped"; exit 0; }
for tool in envsubst openssl curl; do
  command -v "$tool" >/dev/null || { echo "  $tool is needed" >&2; exit 1; }
done
PY=python3
"$PY" -c 'import json' 2>/dev/null || PY=/usr/bin/python3

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
HTTP_PORT=$(free_port)
HTTPS_PORT=$(free_port)
mkdir -p "$work/certs" "$work/tmp"
printf 'TLS_CERT_FILE=%s\nTLS_KEY_FILE=%s\n' "$work/certs/tls.crt" "$work/certs/tls.key" > "$work/env"
ENV_FILE=$work/env deploy/nginx/make-self-signed-cert.sh > /dev/null

# As the image's 20-envsubst-on-templates.sh does it with NGINX_ENVSUBST_FILTER=GATEWAY_HTTPS_PORT.
# shellcheck disable=SC2016  # the literal ${...} is envsubst's list of variables, and what to look for
GATEWAY_HTTPS_PORT=$HTTPS_PORT envsubst '${GATEWAY_HTTPS_PORT}' < deploy/nginx/nginx.conf > "$work/rendered.conf"
# shellcheck disable=SC2016
if grep -n '\${' "$work/rendered.conf"; then echo "  FAILED: unrendered \${...} above" >&2; exit 1; fi
# Only what differs outside a container: ports, certificate paths, temp and pid files, the resolver.
sed -e "s/listen 8000;/listen 127.0.0.1:$HTTP_PORT;/" -e "s/listen 8443 ssl;/listen 127.0.0.1:$HTTPS_PORT ssl;/" \
    -e "s| /tmp/| $work/tmp/|" -e "s|/etc/nginx/certs/|$work/certs/|" -e "s|resolver 127.0.0.11|resolver 127.0.0.1|" \
    "$work/rendered.conf" > "$work/nginx.conf"
nginx -t -q -p "$work" -c "$work/nginx.conf" -g "error_log $work/error.log;" \
  || { echo "  FAILED: nginx -t" >&2; exit 1; }

nginx -p "$work" -c "$work/nginx.conf" -g "daemon off; error_log $work/error.log;" > "$work/access.log" 2>&1 &
pid=$!
for _ in $(seq 1 50); do
  curl -s -o /dev/null "http://127.0.0.1:$HTTP_PORT/lb-health" && break
  sleep 0.1
done

failures=0
expect() { # description, expected, actual
  if [ "$2" = "$3" ]; then echo "  $1: $3"; else echo "  FAILED: $1: expected '$2', got '$3'" >&2; failures=$((failures + 1)); fi
}
CURL=(curl -s --max-time 5)
expect "http /lb-health" 200 "$("${CURL[@]}" -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/lb-health")"
expect "http /merchant/analyze?x=1 redirects" "308 https://localhost:$HTTPS_PORT/merchant/analyze?x=1" \
  "$("${CURL[@]}" -o /dev/null -w '%{http_code} %{redirect_url}' -H 'Host: localhost' "http://127.0.0.1:$HTTP_PORT/merchant/analyze?x=1")"
expect "https /lb-health, certificate verified" "200 0" \
  "$("${CURL[@]}" --cacert "$work/certs/tls.crt" -o /dev/null -w '%{http_code} %{ssl_verify_result}' "https://localhost:$HTTPS_PORT/lb-health" --resolve "localhost:$HTTPS_PORT:127.0.0.1")"
expect "https without trusting the certificate is refused" "000" \
  "$("${CURL[@]}" -o /dev/null -w '%{http_code}' "https://localhost:$HTTPS_PORT/lb-health" --resolve "localhost:$HTTPS_PORT:127.0.0.1" || true)"
# Proxied (502 here: no gateway) requests that name a merchant, in the path and as a parameter.
"${CURL[@]}" --cacert "$work/certs/tls.crt" -o /dev/null --resolve "localhost:$HTTPS_PORT:127.0.0.1" \
  "https://localhost:$HTTPS_PORT/api/v1/costs/merchants/m-42/summary" || true
"${CURL[@]}" --cacert "$work/certs/tls.crt" -o /dev/null --resolve "localhost:$HTTPS_PORT:127.0.0.1" \
  "https://localhost:$HTTPS_PORT/merchant/analyze?merchantId=m-7" || true
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""

"$PY" - "$work/access.log" <<'PY' || failures=$((failures + 1))
import json, sys
lines = [l for l in open(sys.argv[1]) if l.startswith("{")]
events = [json.loads(l) for l in lines]
need = {"@timestamp", "service", "log_type", "route_service", "method", "uri", "status", "request_time", "traceId", "merchantId"}
bad = [e for e in events if not need <= set(e) or not isinstance(e["status"], int) or not isinstance(e["request_time"], (int, float))]
by_uri = {e["uri"]: e for e in events}
ok = (len(events) >= 3 and not bad
      and by_uri.get("/api/v1/costs/merchants/m-42/summary", {}).get("route_service") == "cost-analyzer"
      and by_uri.get("/api/v1/costs/merchants/m-42/summary", {}).get("merchantId") == "m-42"
      and by_uri.get("/merchant/analyze", {}).get("merchantId") == "m-7")
print(f"  access log: {len(events)} JSON lines, fields {'complete' if ok else 'WRONG'}; e.g. {json.dumps(by_uri.get('/api/v1/costs/merchants/m-42/summary'))}")
sys.exit(0 if ok else 1)
PY
[ "$failures" -eq 0 ] || { echo "  nginx: $failures checks failed (error log: $(tail -3 "$work/error.log" 2>/dev/null))" >&2; exit 1; }
echo "  nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'): TLS termination, HTTP->HTTPS redirect and JSON access log OK"
