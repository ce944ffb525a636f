#!/usr/bin/env bash
# Container health check of every app image: is /actuator/health/readiness answering 200?
# Plain bash (/dev/tcp), because the JRE base image is not guaranteed to have curl or wget.
# The port: HEALTH_PORT if set, else the gateway's management port or the service's own port (the
# defaults of each module's application.yml, unless MANAGEMENT_PORT/SERVER_PORT override them).
set -euo pipefail
case "${HEALTH_PORT:-}:${APP_MODULE:-}" in
  ?*:*) port=$HEALTH_PORT ;;
  :api-gateway) port=${MANAGEMENT_PORT:-8090} ;;
  :data-simulator) port=${SERVER_PORT:-8081} ;;
  :cashflow-service) port=${SERVER_PORT:-8082} ;;
  :cost-analyzer) port=${SERVER_PORT:-8083} ;;
  :compliance-checker) port=${SERVER_PORT:-8084} ;;
  *) port=${SERVER_PORT:-8080} ;;
esac
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /actuator/health/readiness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 4 status <&3
exec 3<&-
case "$status" in
  "HTTP/1.1 200"*) exit 0 ;;
  *) echo "readiness on :$port answered: ${status:-nothing}" >&2; exit 1 ;;
esac
