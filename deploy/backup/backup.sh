#!/usr/bin/env bash
# Backups of the guide's 备份策略, into BACKUP_ROOT (from .env.prod, default /backup):
#   mongodb/YYYYMMDD/   mongodump of the replica set (all databases, --oplog: a consistent
#                       point in time, gzip), read from a secondary; mongodb/latest -> newest
#   redis/YYYYMMDD.rdb  a fresh RDB snapshot of redis-master (SAVE, then the file)
#   config/YYYYMMDD.tar.gz  config/ and deploy/ (no secrets: .env.prod is not included)
# then deletes backups older than BACKUP_RETENTION_DAYS (default 14).
#
#   deploy/backup/backup.sh            everything
#   deploy/backup/backup.sh mongodb    only MongoDB (also: redis, config, retention)
# Run it from cron on the Docker host, e.g. 0 2 * * * /opt/merchant-analysis/deploy/backup/backup.sh
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
STAMP=${BACKUP_STAMP:-$(date +%Y%m%d)}

backup_mongodb() {
  local dir="$BACKUP_ROOT/mongodb"
  mkdir -p "$dir"
  say "MongoDB: mongodump of rs0 to $dir/$STAMP"
  rm -rf "${dir:?}/$STAMP"
  mongo_tool "$dir" mongodump --oplog --gzip --out="/backup/$STAMP"
  ln -sfn "$STAMP" "$dir/latest"
}

backup_redis() {
  local dir="$BACKUP_ROOT/redis"
  mkdir -p "$dir"
  say "Redis: SAVE on redis-master, snapshot to $dir/$STAMP.rdb"
  # shellcheck disable=SC2016  # $REDIS_PASSWORD is expanded inside the container
  compose -f docker-compose.redis.yml exec -T redis-master sh -c 'REDISCLI_AUTH="$REDIS_PASSWORD" redis-cli SAVE' | grep -q OK
  compose -f docker-compose.redis.yml exec -T redis-master cat /data/dump.rdb > "$dir/$STAMP.rdb.part"
  head -c 5 "$dir/$STAMP.rdb.part" | grep -q REDIS || { echo "not an RDB file" >&2; exit 1; }
  mv "$dir/$STAMP.rdb.part" "$dir/$STAMP.rdb"
  ln -sfn "$STAMP.rdb" "$dir/latest.rdb"
}

backup_config() {
  local dir="$BACKUP_ROOT/config"
  mkdir -p "$dir"
  say "Configuration: config/ and deploy/ to $dir/$STAMP.tar.gz"
  tar -czf "$dir/$STAMP.tar.gz" -C "$DEPLOY_DIR/.." --exclude='deploy/.env' config deploy
}

retention() {
  say "Retention: removing backups older than $BACKUP_RETENTION_DAYS days"
  [ -d "$BACKUP_ROOT/mongodb" ] && find "$BACKUP_ROOT/mongodb" -mindepth 1 -maxdepth 1 -type d -name '[0-9]*' \
    -mtime +"$BACKUP_RETENTION_DAYS" -print -exec rm -rf {} +
  for kind in redis config; do
    [ -d "$BACKUP_ROOT/$kind" ] && find "$BACKUP_ROOT/$kind" -maxdepth 1 -type f -name '[0-9]*' \
      -mtime +"$BACKUP_RETENTION_DAYS" -print -delete
  done
  return 0
}

case "${1:-all}" in
  all) backup_mongodb; backup_redis; backup_config; retention ;;
  mongodb) backup_mongodb ;;
  redis) backup_redis ;;
  config) backup_config ;;
  retention) retention ;;
  *) sed -n '2,14p' "$0"; exit 2 ;;
esac
say "Backup done"
