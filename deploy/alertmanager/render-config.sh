#!/bin/sh
# Alertmanager's entrypoint (docker-compose.monitoring.yml). config/alertmanager.yml names each
# receiver's webhook with a placeholder that can never resolve,
#   http://alert-webhook.invalid:8080/merchant-analysis/<receiver>
# and Alertmanager reads no environment variables, so this writes a copy with each placeholder replaced
# by ALERT_WEBHOOK_<RECEIVER> (upper case, "-" as "_") from .env.prod, then starts Alertmanager on the
# copy. A receiver whose variable is unset, or holds something that is not an http(s) URL, stops the
# start with a message: alerts must not go nowhere unnoticed.
#   render-config.sh [alertmanager flags...]     (RENDER_ONLY=1: write the copy, do not start)
set -eu
IN=${ALERTMANAGER_TEMPLATE:-/etc/alertmanager/alertmanager.yml}
OUT=${ALERTMANAGER_CONFIG:-/alertmanager/alertmanager.yml}

umask 077
awk '
  {
    line = $0
    while (match(line, /http:\/\/alert-webhook\.invalid:8080\/merchant-analysis\/[a-z-]+/)) {
      placeholder = substr(line, RSTART, RLENGTH)
      name = placeholder
      sub(/.*\//, "", name)
      variable = "ALERT_WEBHOOK_" toupper(name)
      gsub(/-/, "_", variable)
      url = ENVIRON[variable]
      if (url !~ /^https?:\/\/[^ "\\]+$/) {
        printf "render-config: %s is %s: set it in .env.prod to the webhook URL of receiver %s\n",
          variable, (url == "" ? "not set" : "not an http(s) URL"), name > "/dev/stderr"
        failed = 1
        break
      }
      line = substr(line, 1, RSTART - 1) url substr(line, RSTART + RLENGTH)
    }
    print line
  }
  END { exit failed }
' "$IN" > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
[ "${RENDER_ONLY:-0}" = 1 ] && exit 0
exec /bin/alertmanager --config.file="$OUT" "$@"
