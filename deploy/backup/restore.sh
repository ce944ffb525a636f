#!/usr/bin/env bash
# Restores of the guide's 故障恢复 (database failure):
#   deploy/backup/restore.sh mongodb [YYYYMMDD|latest]   mongorestore --drop --oplogReplay into rs0, then the
#                                                        users' passwords from .env.prod again (mongodb-init)
#   deploy/backup/restore.sh redis [YYYYMMDD|latest]     put an RDB snapshot back into redis-master
# Redis holds caches and rate-limit counters only; restoring nothing (the guide's FLUSHALL) is
# also safe: the apps rebuild what they need.
# Check a MongoDB backup without touching the live data first: deploy/backup/restore-check.sh.
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
WHICH=${2:-latest}

case "${1:-}" in
  mongodb)
    dump="$BACKUP_ROOT/mongodb/$WHICH"
    [ -d "$dump" ] || { echo "no MongoDB backup at $dump" >&2; exit 1; }
    stamp=$(basename "$(readlink -f "$dump")")
    say "MongoDB: restoring $stamp into rs0 (collections in the dump are replaced)"
    # --oplogReplay (the point in time the dump ended at) only works on the whole dump: mongorestore
    # refuses it together with --nsInclude/--nsExclude/--nsFrom/--db before touching any data
    # (config/checks/mongo_tool_flags.py checks these scripts for such combinations). So the users and
    # roles come back as they were at the dump ...
    READ_PREFERENCE=primary mongo_tool "$BACKUP_ROOT/mongodb" mongorestore --drop --oplogReplay --gzip "/backup/$stamp"
    # ... and mongodb-init sets the passwords and roles of .env.prod on them again.
    say "MongoDB: users and roles from .env.prod again (mongodb-init)"
    compose -f docker-compose.mongodb.yml run --rm --no-deps -T mongodb-init
    ;;
  redis)
    [ "$WHICH" = latest ] && file="$BACKUP_ROOT/redis/latest.rdb" || file="$BACKUP_ROOT/redis/$WHICH.rdb"
    [ -f "$file" ] || { echo "no Redis snapshot at $file" >&2; exit 1; }
    say "Redis: stopping redis-master, replacing its data with $file, starting it again"
    compose -f docker-compose.redis.yml stop redis-master
    # The append-only file would win over the snapshot at start: remove it with the old data.
    compose -f docker-compose.redis.yml run --rm --no-deps -T -v "$(readlink -f "$file"):/restore/dump.rdb:ro" \
      --entrypoint sh redis-master -c 'rm -rf /data/appendonlydir /data/*.aof && cp /restore/dump.rdb /data/dump.rdb'
    compose -f docker-compose.redis.yml start redis-master
    ;;
  *) sed -n '2,9p' "$0"; exit 2 ;;
esac
say "Restore done"
