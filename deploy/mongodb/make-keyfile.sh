#!/bin/sh
# Run by the mongodb-keyfile container: creates the replica set's shared key once, in the
# mongodb_keyfile volume, readable only by the mongodb user (uid 999 in the mongo image).
# The key never leaves the volume and is never in the repository.
set -eu
key=/keyfile/mongodb.key
if [ ! -s "$key" ]; then
  head -c 756 /dev/urandom | base64 | tr -d '\n' > "$key"
  echo "Created a new replica set key file"
fi
chown 999:999 "$key"
chmod 400 "$key"
