#!/usr/bin/env bash
# Run by the elk-setup container (deploy/docker-compose.elk.yml) once Elasticsearch and Kibana are
# healthy: the 30-day retention policy, the index template of the daily merchant-analysis-* indices,
# and Kibana's data view, saved searches, visualisations and dashboard (overwritten, so running it
# again is harmless). The users come earlier, from elk-users.sh.
set -euo pipefail
ES=${ELASTICSEARCH_URL:-http://elasticsearch:9200}
KIBANA=${KIBANA_URL:-http://kibana:5601}

# Security is on: every call as elastic, the password given to curl on stdin (-K -), not on its command line.
as_elastic() { printf 'user = "elastic:%s"\n' "$ELASTIC_PASSWORD" | curl -fsS -K - "$@"; }
put() { # url, file
  echo "PUT $1"
  as_elastic -X PUT "$1" -H 'Content-Type: application/json' --data-binary "@$2"
  echo
}
put "$ES/_ilm/policy/merchant-analysis-logs" /setup/elasticsearch/ilm-policy.json
put "$ES/_index_template/merchant-analysis" /setup/elasticsearch/index-template.json

echo "Importing Kibana saved objects"
response=$(as_elastic -X POST "$KIBANA/api/saved_objects/_import?overwrite=true" \
  -H 'kbn-xsrf: elk-setup' --form file=@/setup/kibana/saved-objects.ndjson)
echo "$response"
case "$response" in
  *'"success":true'*) echo "ELK setup done" ;;
  *) echo "Kibana did not import every object" >&2; exit 1 ;;
esac
