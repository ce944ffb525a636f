#!/usr/bin/env bash
# A self-signed TLS certificate for the load balancer, for trying the stack out (browsers and curl
# will not trust it unless told to: curl --cacert <the .crt>). In production put a certificate from
# your CA at the same paths instead.
#
#   deploy/nginx/make-self-signed-cert.sh [HOST ...]     e.g. analysis.example.com 10.0.0.5
#   deploy/nginx/make-self-signed-cert.sh --force ...    replace an existing certificate
#
# The files are TLS_CERT_FILE and TLS_KEY_FILE of .env.prod (ENV_FILE=... names another file), paths
# relative to deploy/ as Compose reads them; ./nginx/certs/tls.crt and tls.key when not set. The
# certificate names localhost, 127.0.0.1 and every HOST given (DNS names or IP addresses), is valid
# for 397 days and uses an ECDSA P-256 key (mode 600).
set -euo pipefail
DEPLOY_DIR=$(cd "$(dirname "$0")/.." && pwd)
ENV_FILE=${ENV_FILE:-$DEPLOY_DIR/../.env.prod}
FORCE=false
if [ "${1:-}" = --force ]; then FORCE=true; shift; fi

setting() { # name, default
  local value=""
  [ -f "$ENV_FILE" ] && value=$(sed -n "s/^$1=//p" "$ENV_FILE" | tail -1)
  echo "${value:-$2}"
}
in_deploy() { case "$1" in /*) echo "$1" ;; *) echo "$DEPLOY_DIR/${1#./}" ;; esac; }
CERT=$(in_deploy "$(setting TLS_CERT_FILE ./nginx/certs/tls.crt)")
KEY=$(in_deploy "$(setting TLS_KEY_FILE ./nginx/certs/tls.key)")

command -v openssl >/dev/null || { echo "openssl is needed" >&2; exit 1; }
if [ -e "$CERT" ] && ! $FORCE; then
  echo "$CERT exists; --force replaces it" >&2
  exit 1
fi

names=(DNS:localhost IP:127.0.0.1)
for host in "$@"; do
  if [[ "$host" =~ ^[0-9.]+$ || "$host" == *:* ]]; then names+=("IP:$host"); else names+=("DNS:$host"); fi
done
san=$(IFS=,; echo "${names[*]}")
mkdir -p "$(dirname "$CERT")" "$(dirname "$KEY")"
(
  umask 077
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 397 \
    -subj "/CN=${1:-localhost}/O=merchant-analysis (self-signed)" \
    -addext "subjectAltName=$san" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,digitalSignature,keyCertSign" -addext "extendedKeyUsage=serverAuth" \
    -keyout "$KEY" -out "$CERT" 2>/dev/null
)
chmod 644 "$CERT"
echo "Wrote $CERT and $KEY for ${san//,/, }"
openssl x509 -in "$CERT" -noout -enddate
