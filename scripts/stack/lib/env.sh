# What start leaves for others (sourced by scripts/stack.sh): $STATE/stack.conf (this stack's
# settings, read back by the other commands), $STATE/stack.env (for tests and shells) and
# $STATE/demo-profile.json (the console's connection profile) with its programs approved in
# $STATE/program-approvals.ini.

write_conf() {
  mkdir -p "$STATE"
  cat >"$STATE/stack.conf" <<CONF
# Written by scripts/stack.sh start: the settings this stack runs with.
PG_PORT=$PG_PORT
REDIS_PORT=$REDIS_PORT
PROM_PORT=$PROM_PORT
NODE_PORT=$NODE_PORT
API_PORT=$API_PORT
PUBLIC_PORT=$PUBLIC_PORT
AM_PORT=$AM_PORT
GRAFANA_PORT=$GRAFANA_PORT
RULES_VARIANT=$RULES_VARIANT
BUILD_DIR=$BUILD_DIR
LOAD_RPS=$LOAD_RPS
CONF
}

write_env() {
  cat >"$STATE/stack.env" <<ENV
# Written by scripts/stack.sh start; source it to reach the local stack.
export OPSCONSOLE_STATE_DIR=$STATE
export OPSCONSOLE_PG_HOST=$HOST
export OPSCONSOLE_PG_PORT=$PG_PORT
export OPSCONSOLE_PG_BIN=$PGBIN
export OPSCONSOLE_REDIS_HOST=$HOST
export OPSCONSOLE_REDIS_PORT=$REDIS_PORT
export OPSCONSOLE_PROMETHEUS_URL=http://$HOST:$PROM_PORT
export OPSCONSOLE_NODE_EXPORTER_URL=http://$HOST:$NODE_PORT
export OPSCONSOLE_API_URL=http://$HOST:$API_PORT
export OPSCONSOLE_API_PORT=$API_PORT
export OPSCONSOLE_PUBLIC_URL=http://$HOST:$PUBLIC_PORT
export OPSCONSOLE_ALERTMANAGER_URL=http://$HOST:$AM_PORT
export OPSCONSOLE_GRAFANA_URL=http://$HOST:$GRAFANA_PORT
export OPSCONSOLE_SIM_ADMIN_URL=http://$HOST:$ADMIN_PORT
export OPSCONSOLE_ALERT_RULES=$RULES_VARIANT
export OPSCONSOLE_BACKUPS_DIR=$STATE/backups
export OPSCONSOLE_DOCKER_HOST=$DOCKER_HOST_URL
export OPSCONSOLE_DOCKER=$DOCKER
export OPSCONSOLE_COMPOSE=$COMPOSE
export OPSCONSOLE_COMPOSE_FILE=$PROJECT/docker-compose.production.yml
export OPSCONSOLE_COMPOSE_PROJECT=$COMPOSE_PROJECT
export OPSCONSOLE_PROJECT_DIR=$PROJECT
export OPSCONSOLE_STACK_ENV=$STATE/stack.env
export OPSCONSOLE_APPROVALS_FILE=$STATE/program-approvals.ini
export DBUS_SESSION_BUS_ADDRESS=unix:path=$STATE/dbus/bus
export SETUPTOOLS_USE_DISTUTILS=stdlib
ENV
  # A ready-to-use connection profile for the console (no secrets: fragrance_user has trust auth).
  cat >"$STATE/demo-profile.json" <<JSON
{
  "format": "opsconsole-profiles",
  "version": 1,
  "profiles": [
    {
      "name": "demo",
      "production": false,
      "apiBaseUrl": "http://$HOST:$API_PORT",
      "prometheusUrl": "http://$HOST:$PROM_PORT",
      "grafanaUrl": "http://$HOST:$GRAFANA_PORT",
      "alertmanagerUrl": "http://$HOST:$AM_PORT",
      "caCertificateFile": "",
      "postgres": { "host": "$HOST", "port": $PG_PORT, "database": "fragrance_ai",
                    "user": "fragrance_user", "sslmode": "disable" },
      "redis": { "host": "$HOST", "port": $REDIS_PORT },
      "orchestrator": { "kind": "compose", "composeCommand": "docker-compose",
                        "program": "$COMPOSE", "composeFile": "docker-compose.production.yml",
                        "projectName": "$COMPOSE_PROJECT", "projectDirectory": "$PROJECT",
                        "dockerHost": "$DOCKER_HOST_URL", "kubectlProgram": "", "kubeContext": "", "kubeNamespace": "default" },
      "backupsDirectory": "$STATE/backups",
      "smokeTestCommand": "$ROOT/scripts/smoke_test.sh http://$HOST:$API_PORT",
      "celeryQueues": ["celery", "llm", "rl"]
    }
  ]
}
JSON
}

# A profile file is untrusted: the console runs the programs it names only once they are approved on
# this workstation. The demo profile's are approved the way an operator does it (`--approve-programs`,
# typing "approve" after the listing), into $STATE/program-approvals.ini, which stack.env names for
# every console, test and script that sources it.
approve_programs() {
  local console=$BUILD_DIR/app/opsconsole
  if [ ! -x "$console" ]; then
    log "programs of the demo profile NOT approved: build opsconsole, then run: scripts/stack.sh approve"
    return 0
  fi
  local config
  config=$(mktemp -d "$STATE/approve-config.XXXXXX")
  if echo approve | OPSCONSOLE_APPROVALS_FILE="$STATE/program-approvals.ini" \
      "$console" --config-dir "$config" --profile-file "$STATE/demo-profile.json" --approve-programs \
      >"$STATE/approve-programs.log" 2>&1; then
    log "programs of the demo profile approved ($STATE/approve-programs.log)"
  else
    log "programs of the demo profile NOT approved: see $STATE/approve-programs.log"
  fi
  rm -rf "$config"
}
