#!/usr/bin/env bash
# Run by the elk-users container (deploy/docker-compose.elk.yml) as soon as Elasticsearch is healthy,
# before Kibana and Logstash start: Elasticsearch runs with security on, and each of them logs in with
# its own user of least privilege.
#   kibana_system     built in; its password from KIBANA_SYSTEM_PASSWORD
#   logstash_writer   may create and write merchant-analysis-* only (LOGSTASH_ES_PASSWORD)
#   grafana_reader    may read merchant-analysis-* only, for Grafana's logs datasource (GRAFANA_ES_PASSWORD)
# People log in to Kibana as elastic (ELASTIC_PASSWORD), or as users an admin creates there.
# The elastic password travels to curl on stdin (-K -), never on a command line. Safe to run again.
set -euo pipefail
ES=${ELASTICSEARCH_URL:-http://elasticsearch:9200}

es() { # method, path, JSON body
  printf 'user = "elastic:%s"\n' "$ELASTIC_PASSWORD" \
    | curl -fsS -K - -X "$1" "$ES$2" -H 'Content-Type: application/json' --data-binary "$3" > /dev/null
  echo "$1 $2: ok"
}
password() { printf '{"password": "%s"}' "$1"; }

es POST /_security/user/kibana_system/_password "$(password "$KIBANA_SYSTEM_PASSWORD")"

es PUT /_security/role/merchant_analysis_logs_writer '{
  "cluster": ["monitor"],
  "indices": [{"names": ["merchant-analysis-*"], "privileges": ["create_index", "create_doc", "write", "view_index_metadata"]}]
}'
es PUT /_security/user/logstash_writer "{\"password\": \"$LOGSTASH_ES_PASSWORD\",
  \"roles\": [\"merchant_analysis_logs_writer\"], \"full_name\": \"Logstash (merchant-analysis logs)\"}"

es PUT /_security/role/merchant_analysis_logs_reader '{
  "cluster": ["monitor"],
  "indices": [{"names": ["merchant-analysis-*"], "privileges": ["read", "view_index_metadata"]}]
}'
es PUT /_security/user/grafana_reader "{\"password\": \"$GRAFANA_ES_PASSWORD\",
  \"roles\": [\"merchant_analysis_logs_reader\"], \"full_name\": \"Grafana (merchant-analysis logs)\"}"
echo "Elasticsearch users set up"
