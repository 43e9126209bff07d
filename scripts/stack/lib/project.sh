# The compose project folder $STATE/project (sourced by scripts/stack.sh): what operators see and
# what the console's profile names. Copied from scripts/stack/project/ on every start.

render_prometheus() {
  local dir=$PROJECT/prometheus interval=15s node_interval=15s
  mkdir -p "$dir"
  cp "$ROOT/monitoring/prometheus/alert_rules.yml" "$dir/alert_rules.yml"
  if [ "$RULES_VARIANT" = fast ]; then
    # Same expressions and names, short windows: alerts fire within seconds, not minutes.
    sed -i -e 's/\[5m\]/[30s]/g' -e 's/for: [0-9]*m/for: 10s/' "$dir/alert_rules.yml"
    interval=2s node_interval=10s
  fi
  cp "$ROOT/monitoring/prometheus/recording_rules.yml" "$dir/recording_rules.yml"
  sed -e "s|@SCRAPE_INTERVAL@|$interval|g" -e "s|@NODE_SCRAPE_INTERVAL@|${node_interval:-$interval}|g" \
    "$ROOT/monitoring/prometheus/prometheus.yml" >"$dir/prometheus.yml"
  promtool check rules "$dir/alert_rules.yml" "$dir/recording_rules.yml" >"$STATE/promtool.log" 2>&1 \
    || { cat "$STATE/promtool.log" >&2; die "the Prometheus rules are invalid"; }
}

write_compose_env() {
  # Compose reads .env from the project folder: plain `docker-compose -f docker-compose.production.yml …`
  # there reaches this stack (project name, private daemon) with this stack's ports.
  cat >"$PROJECT/.env" <<ENV
# Written by scripts/stack.sh: this stack's project name, private Docker daemon and published ports.
COMPOSE_PROJECT_NAME=$COMPOSE_PROJECT
DOCKER_HOST=$DOCKER_HOST_URL
OPSCONSOLE_BRIDGE=$(bridge_name)
OPSCONSOLE_PUBLIC_PORT=$PUBLIC_PORT
OPSCONSOLE_API_PORT=$API_PORT
OPSCONSOLE_PG_PORT=$PG_PORT
OPSCONSOLE_REDIS_PORT=$REDIS_PORT
OPSCONSOLE_PROMETHEUS_PORT=$PROM_PORT
OPSCONSOLE_NODE_EXPORTER_PORT=$NODE_PORT
OPSCONSOLE_ALERTMANAGER_PORT=$AM_PORT
OPSCONSOLE_GRAFANA_PORT=$GRAFANA_PORT
ENV
}

render_project() {
  mkdir -p "$PROJECT" "$STATE/backups"
  cp -r "$ROOT/scripts/stack/project/." "$PROJECT/"
  cp "$ROOT/scripts/demo-data/schema.sql" "$PROJECT/postgres/schema.sql"
  render_prometheus
  write_compose_env
  # The simulator's switch: one scenario name, read by every app replica and the load generator.
  mkdir -p "$PROJECT/simulator"; chmod 755 "$PROJECT/simulator"
  [ -s "$SWITCH_FILE" ] || echo normal >"$SWITCH_FILE"
  chmod 644 "$SWITCH_FILE"
  # worker-rl writes its checkpoints there (as nobody): the runbook's `exec worker-rl ls -lh /app/checkpoints/`.
  mkdir -p "$PROJECT/checkpoints"; chown 65534:65534 "$PROJECT/checkpoints"
  # The runbook's `ls -lh backups/` and `cat VERSION` work in the project folder.
  ln -sfn "$STATE/backups" "$PROJECT/backups"
  [ -f "$PROJECT/VERSION" ] || echo "$BASE_VERSION" >"$PROJECT/VERSION"
}
