#!/bin/sh
# Run by the consul-acl-setup container (docker-compose.prod.yml) with the management token, once
# Consul is up: one ACL policy and one token per app, plus Prometheus' and the agent's own token.
# Consul runs with ACLs on and default_policy "deny", so without a token nothing can be read or
# written; the apps' tokens may register their own service, discover the others and READ the shared
# configuration (config/), not change it. Only the management token (kept for operators and the
# KV seed) writes configuration. The token secrets are the UUIDs of .env.prod; running this again
# updates the policies and tokens in place.
set -eu
: "${CONSUL_HTTP_TOKEN:?the management token}"

policy() { # name, rules
  if consul acl policy read -name "$1" > /dev/null 2>&1; then
    consul acl policy update -name "$1" -rules "$2" > /dev/null
  else
    consul acl policy create -name "$1" -rules "$2" > /dev/null
  fi
}

token() { # secret, policy, description
  accessor=$(CONSUL_HTTP_TOKEN=$1 consul acl token read -self -format=json 2>/dev/null \
    | sed -n 's/.*"AccessorID": *"\([^"]*\)".*/\1/p' | head -n 1)
  if [ -n "$accessor" ]; then
    consul acl token update -id "$accessor" -policy-name "$2" -description "$3" > /dev/null
  else
    consul acl token create -secret "$1" -policy-name "$2" -description "$3" > /dev/null
  fi
  echo "token for $2: ok"
}

app() { # spring.application.name, token secret, extra service names...
  name=$1 secret=$2
  shift 2
  rules="service \"$name\" { policy = \"write\" }"
  for extra in "$@"; do rules="$rules
service \"$extra\" { policy = \"write\" }"; done
  policy "$name" "$rules
service_prefix \"\" { policy = \"read\" }
node_prefix \"\" { policy = \"read\" }
agent_prefix \"\" { policy = \"read\" }
key_prefix \"config/\" { policy = \"read\" }"
  token "$secret" "$name" "$name: register itself, discover the others, read config/"
}

# The gateway also registers its management port as the service api-gateway-management (Prometheus).
app api-gateway "$CONSUL_TOKEN_API_GATEWAY" api-gateway-management
app data-simulator "$CONSUL_TOKEN_DATA_SIMULATOR"
app cashflow-service "$CONSUL_TOKEN_CASHFLOW_SERVICE"
app cost-analyzer "$CONSUL_TOKEN_COST_ANALYZER"
app compliance-checker "$CONSUL_TOKEN_COMPLIANCE_CHECKER"

policy prometheus 'service_prefix "" { policy = "read" }
node_prefix "" { policy = "read" }'
token "$CONSUL_TOKEN_PROMETHEUS" prometheus "prometheus: consul_sd_configs"

# The agent's own token: it registers its node and keeps the catalog in sync.
policy consul-agent 'node_prefix "" { policy = "write" }
service_prefix "" { policy = "read" }'
token "$CONSUL_AGENT_TOKEN" consul-agent "the Consul agent itself"
consul acl set-agent-token agent "$CONSUL_AGENT_TOKEN" > /dev/null
echo "Consul ACLs set up"
