#!/usr/bin/env bash
# Proves a MongoDB backup restores: restores the merchant_analysis database of a dump into a scratch
# database (restore_check_<stamp>) on rs0, compares the number of documents of every collection with
# the number in the dump files, then drops the scratch database. Exit 0 only if every count matches.
#
#   deploy/backup/restore-check.sh                  a fresh dump of merchant_analysis (into a temp folder)
#   deploy/backup/restore-check.sh 20261126|latest  a dump made by backup.sh
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"

if [ -n "${1:-}" ]; then
  root="$BACKUP_ROOT/mongodb"
  stamp=$(basename "$(readlink -f "$root/$1")")
  [ -d "$root/$stamp/$DATABASE" ] || { echo "no $DATABASE in $root/$stamp" >&2; exit 1; }
else
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  stamp=fresh
  say "Dumping $DATABASE to a temporary folder"
  mongo_tool "$root" mongodump --db="$DATABASE" --gzip --out="/backup/$stamp"
fi
scratch="restore_check_$(date +%Y%m%d%H%M%S)"

say "Counting documents in the dump $stamp"
# One line per collection: "<name> <count>", from the BSON files themselves.
docker run --rm -v "$root/$stamp/$DATABASE:/dump:ro" "$MONGO_IMAGE" sh -c '
  for f in /dump/*.bson.gz /dump/*.bson; do
    [ -e "$f" ] || continue
    name=$(basename "$f"); name=${name%.gz}; name=${name%.bson}
    case "$f" in *.gz) n=$(gunzip -c "$f" | bsondump --quiet 2>/dev/null | wc -l) ;; *) n=$(bsondump --quiet "$f" 2>/dev/null | wc -l) ;; esac
    echo "$name $n"
  done' | sort > "$root/expected.txt"
[ -s "$root/expected.txt" ] || { echo "the dump has no collections" >&2; exit 1; }

say "Restoring into the scratch database $scratch"
READ_PREFERENCE=primary mongo_tool "$root" mongorestore --gzip \
  --nsInclude="$DATABASE.*" --nsFrom="$DATABASE.*" --nsTo="$scratch.*" "/backup/$stamp"

say "Counting documents in $scratch"
mongosh_eval "
  const scratch = db.getSiblingDB('$scratch');
  scratch.getCollectionNames().sort().forEach(c => print(c + ' ' + scratch.getCollection(c).countDocuments({})));
" | sort > "$root/restored.txt"

say "Dropping $scratch"
mongosh_eval "
  const scratch = db.getSiblingDB('$scratch');
  scratch.getCollectionNames().forEach(c => scratch.getCollection(c).drop());
" > /dev/null

if diff -u "$root/expected.txt" "$root/restored.txt"; then
  say "Restore check passed: $(wc -l < "$root/expected.txt") collections, counts equal"
  cat "$root/expected.txt"
else
  echo "Restore check FAILED: the counts above differ (- in the dump, + restored)" >&2
  exit 1
fi
