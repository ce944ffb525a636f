#!/usr/bin/env bash
# The whole stack in one command, in the deployment guide's order (部署命令): stores, monitoring and
# logs, then the apps; each step waits until its containers are healthy before the next starts.
#
#   deploy/up.sh            build the app images (VERSION from .env.prod) and start everything
#   deploy/up.sh --no-build start with the images already built or pulled
#   deploy/up.sh down       stop everything, apps first, stores last (volumes are kept)
#
# Needs Docker Engine 20.10+ with Compose v2 (`docker compose`) or docker-compose 1.29, and ../.env.prod
# (copy .env.prod.example and replace every CHANGE_ME; ENV_FILE=... names another file).
# The image build needs BuildKit (the Dockerfile uses RUN --mount and COPY --chmod): this script turns
# it on for Docker 20.10-22.x and docker-compose 1.29, which use the classic builder by default.
set -euo pipefail
ENV_FILE=${ENV_FILE:-$(dirname "$0")/../.env.prod}
[[ "$ENV_FILE" = /* ]] || ENV_FILE=$PWD/$ENV_FILE
cd "$(dirname "$0")"

[ -f "$ENV_FILE" ] || { echo "up.sh: $ENV_FILE is missing: cp .env.prod.example .env.prod and edit it" >&2; exit 1; }
if grep -q 'CHANGE_ME' "$ENV_FILE"; then
  echo "up.sh: $ENV_FILE still has CHANGE_ME placeholders:" >&2
  grep -n 'CHANGE_ME' "$ENV_FILE" | cut -d= -f1 >&2
  exit 1
fi

# Spring Boot takes the apps' Redis password from REDIS_URI, the Redis containers from REDIS_PASSWORD.
redis_uri=$(sed -n 's/^REDIS_URI=//p' "$ENV_FILE" | tail -1)
redis_password=$(sed -n 's/^REDIS_PASSWORD=//p' "$ENV_FILE" | tail -1)
if [ -n "$redis_uri" ] && [ "$(echo "$redis_uri" | sed -n 's|^rediss*://[^:/@]*:\([^@/]*\)@.*|\1|p')" != "$redis_password" ]; then
  echo "up.sh: REDIS_URI in $ENV_FILE must carry REDIS_PASSWORD: redis://:<REDIS_PASSWORD>@redis-master:6379/0" >&2
  exit 1
fi

# BuildKit for `build` (docker-compose 1.29 hands the build to the docker CLI, which then uses it).
export DOCKER_BUILDKIT=1 COMPOSE_DOCKER_CLI_BUILD=1
if docker compose version >/dev/null 2>&1; then
  compose() { docker compose --env-file "$ENV_FILE" "$@"; }
else
  compose() { docker-compose --env-file "$ENV_FILE" "$@"; }
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

# The files share networks (app_network, db_network, ...): `down` of one file would try to remove a
# network another file's containers still use, which docker-compose 1.29 treats as an error. So the
# containers go first, file by file in reverse order (apps before the stores they write to), and the
# networks last, once nothing is attached to them.
down() {
  local i all=()
  for ((i=${#FILES[@]}-1; i>=0; i--)); do
    echo "==> Stopping ${FILES[$i]}"
    compose -f "${FILES[$i]}" rm --stop --force
  done
  for file in "${FILES[@]}"; do all+=(-f "$file"); done
  echo "==> Removing the networks"
  compose "${all[@]}" down
}

case "${1:-}" in
  down) down; exit 0 ;;
  --no-build) BUILD=false ;;
  "") BUILD=true ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac

# Docker would mount a missing certificate as an empty directory and nginx would not start.
for name in TLS_CERT_FILE:./nginx/certs/tls.crt TLS_KEY_FILE:./nginx/certs/tls.key; do
  file=$(sed -n "s/^${name%%:*}=//p" "$ENV_FILE" | tail -1)
  file=${file:-${name#*:}}
  [ -f "$file" ] || { echo "up.sh: ${name%%:*} $file is missing: put your certificate there, or for trying it out" \
    "run deploy/nginx/make-self-signed-cert.sh <host name>" >&2; exit 1; }
done

if $BUILD; then
  echo "==> Building the app images with BuildKit (tag $(sed -n 's/^VERSION=//p' "$ENV_FILE"))"
  compose -f docker-compose.prod.yml build
fi
for file in "${FILES[@]}"; do
  echo "==> $file"
  compose -f "$file" up -d
  wait_healthy "$file"
done
https_port=$(sed -n 's/^GATEWAY_HTTPS_PORT=//p' "$ENV_FILE" | tail -1)
echo "==> Up. Gateway: https://localhost:${https_port:-8443}/health  /services/health" \
  "(http://localhost:8000 redirects there)"
