#!/usr/bin/env bash
# The whole stack in one command, in the deployment guide's order (部署命令): stores, monitoring and
# logs, then the apps; each step waits until its containers are healthy before the next starts.
#
#   deploy/up.sh            build the app images (VERSION from .env.prod) and start everything
#   deploy/up.sh --no-build start with the images already built or pulled
#   deploy/up.sh down       stop everything (volumes are kept)
#
# Needs Docker Engine 20.10+ with Compose v2 (`docker compose`) or docker-compose 1.29, and ../.env.prod
# (copy .env.prod.example and replace every CHANGE_ME).
set -euo pipefail
cd "$(dirname "$0")"

[ -f ../.env.prod ] || { echo "up.sh: ../.env.prod is missing: cp .env.prod.example .env.prod and edit it" >&2; exit 1; }
if grep -q 'CHANGE_ME' ../.env.prod; then
  echo "up.sh: ../.env.prod still has CHANGE_ME placeholders:" >&2
  grep -n 'CHANGE_ME' ../.env.prod | cut -d= -f1 >&2
  exit 1
fi

if docker compose version >/dev/null 2>&1; then
  compose() { docker compose --env-file ../.env.prod "$@"; }
else
  compose() { docker-compose --env-file ../.env.prod "$@"; }
fi

FILES=(docker-compose.mongodb.yml docker-compose.redis.yml docker-compose.monitoring.yml
       docker-compose.elk.yml docker-compose.prod.yml)

# Poll until no container of the file is starting or unhealthy (one-shot init containers have exited;
# compose already checked their exit codes through depends_on).
wait_healthy() { # compose file
  local file=$1 ids state pending
  for _ in $(seq 1 60); do
    pending=0
    ids=$(compose -f "$file" ps -q)
    for id in $ids; do
      state=$(docker inspect -f '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' "$id")
      case "$state" in
        "exited "*) ;;
        *starting*|*unhealthy*|created*) pending=1 ;;
      esac
    done
    [ "$pending" = 0 ] && return 0
    sleep 5
  done
  echo "up.sh: $file is not healthy after 5 minutes: docker-compose -f deploy/$file ps" >&2
  return 1
}

case "${1:-}" in
  down)
    for ((i=${#FILES[@]}-1; i>=0; i--)); do compose -f "${FILES[$i]}" down; done
    exit 0 ;;
  --no-build) BUILD=false ;;
  "") BUILD=true ;;
  *) sed -n '2,10p' "$0"; exit 2 ;;
esac

if $BUILD; then
  echo "==> Building the app images (tag $(sed -n 's/^VERSION=//p' ../.env.prod))"
  compose -f docker-compose.prod.yml build
fi
for file in "${FILES[@]}"; do
  echo "==> $file"
  compose -f "$file" up -d
  wait_healthy "$file"
done
echo "==> Up. Gateway: http://localhost:${GATEWAY_PUBLISHED_PORT:-8000}/health  /services/health"
