# Shared by deploy/backup/*.sh (sourced, not run). Runs the tools inside the stack's own images
# (mongodump/mongorestore/bsondump/mongosh from mongo:7.0.14, redis-cli in redis-master) on the stack's
# networks, so the host needs only Docker and Compose. Passwords come from ../.env.prod and reach
# the tools through files or environment variables, never through command lines.
# shellcheck shell=bash

DEPLOY_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ENV_FILE=${ENV_FILE:-$DEPLOY_DIR/../.env.prod}
[ -f "$ENV_FILE" ] || { echo "$ENV_FILE is missing (copy .env.prod.example and fill it in)" >&2; exit 1; }
set -a
# shellcheck disable=SC1090
. "$ENV_FILE"
set +a
BACKUP_ROOT=${BACKUP_ROOT:-/backup}
BACKUP_RETENTION_DAYS=${BACKUP_RETENTION_DAYS:-14}
MONGO_IMAGE=mongo:7.0.14
DB_NETWORK=merchant-analysis-db
MONGO_HOSTS="mongodb-1:27017,mongodb-2:27017,mongodb-3:27017"
# shellcheck disable=SC2034  # used by the scripts that source this file
DATABASE=merchant_analysis

if docker compose version >/dev/null 2>&1; then
  compose() { docker compose --env-file "$ENV_FILE" --project-directory "$DEPLOY_DIR" "$@"; }
else
  compose() { (cd "$DEPLOY_DIR" && docker-compose --env-file "$ENV_FILE" "$@"); }
fi

# The backup user's connection string; readPreference=secondary keeps dumps off the primary.
backup_uri() {
  printf 'mongodb://backup:%s@%s/?replicaSet=%s&authSource=admin&readPreference=%s' \
    "$MONGODB_BACKUP_PASSWORD" "$MONGO_HOSTS" "${MONGODB_REPLICA_SET:-rs0}" "${1:-secondaryPreferred}"
}

# mongo_tool DIR COMMAND ARGS...: runs a MongoDB tool with DIR mounted at /backup. The URI goes in a
# --config file (mode 600) that only the container reads.
mongo_tool() {
  local dir=$1 tool=$2; shift 2
  local config
  config=$(mktemp)
  chmod 600 "$config"
  printf 'uri: "%s"\n' "$(backup_uri "${READ_PREFERENCE:-secondaryPreferred}")" > "$config"
  local status=0
  docker run --rm --network "$DB_NETWORK" -v "$dir:/backup" -v "$config:/run/tool.yml:ro" \
    "$MONGO_IMAGE" "$tool" --config=/run/tool.yml "$@" || status=$?
  rm -f "$config"
  return "$status"
}

# mongosh_eval SCRIPT: runs a mongosh script as the backup user, on the primary; prints its output.
mongosh_eval() {
  MONGO_URI=$(backup_uri primary) SCRIPT=$1 docker run --rm --network "$DB_NETWORK" -e MONGO_URI -e SCRIPT \
    "$MONGO_IMAGE" sh -c 'exec mongosh --quiet "$MONGO_URI" --eval "$SCRIPT"'
}

say() { printf '==> %s\n' "$*"; }
