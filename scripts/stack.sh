#!/usr/bin/env bash
# Starts, stops and reports the local stack used by the tests and the demo, on loopback:
# a throw-away PostgreSQL cluster, Redis, Prometheus (with the runbook's alert rules),
# prometheus-node-exporter, a D-Bus session with an unlocked gnome-keyring (for QtKeychain),
# and — once built — the API simulator with the `docker` command double.
#
#   scripts/stack.sh start|stop|status|env
#
# Ports and folders come from the environment (defaults are non-default ports, so a
# developer's own servers on 5432/6379/9090 are never touched):
#   OPSCONSOLE_STATE_DIR (/tmp/opsconsole-stack)   OPSCONSOLE_PG_PORT (55432)
#   OPSCONSOLE_REDIS_PORT (56379)   OPSCONSOLE_PROMETHEUS_PORT (59090)
#   OPSCONSOLE_NODE_EXPORTER_PORT (59100)   OPSCONSOLE_API_PORT (58000; the simulator's admin port is the next one)
#   OPSCONSOLE_ALERT_RULES (fast|runbook; fast = short windows for tests and the demo)
#   OPSCONSOLE_BUILD_DIR (build/dev): where the simulator and the double are found
#   OPSCONSOLE_SCENARIO (normal): the simulator's first scenario
# `start` writes $STATE/stack.env (addresses, D-Bus session) and $STATE/demo-profile.json.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${OPSCONSOLE_STATE_DIR:-/tmp/opsconsole-stack}
HOST=127.0.0.1
PG_PORT=${OPSCONSOLE_PG_PORT:-55432}
REDIS_PORT=${OPSCONSOLE_REDIS_PORT:-56379}
PROM_PORT=${OPSCONSOLE_PROMETHEUS_PORT:-59090}
NODE_PORT=${OPSCONSOLE_NODE_EXPORTER_PORT:-59100}
API_PORT=${OPSCONSOLE_API_PORT:-58000}
RULES_VARIANT=${OPSCONSOLE_ALERT_RULES:-fast}
BUILD_DIR=${OPSCONSOLE_BUILD_DIR:-$ROOT/build/dev}
SCENARIO=${OPSCONSOLE_SCENARIO:-normal}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

log() { printf 'stack: %s\n' "$*"; }
die() { printf 'stack: error: %s\n' "$*" >&2; exit 1; }

# wait_for DESCRIPTION SECONDS COMMAND...: polls until COMMAND succeeds (readiness, not a fixed sleep).
wait_for() {
  local what=$1 limit=$2; shift 2
  local deadline=$((SECONDS + limit))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || die "$what not ready after ${limit}s"
    sleep 0.1
  done
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

port_free() { ! (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

start_postgres() {
  local dir=$STATE/pg
  if [ -f "$dir/data/postmaster.pid" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    log "postgresql already running on $HOST:$PG_PORT"; return
  fi
  port_free "$PG_PORT" || die "port $PG_PORT is taken (set OPSCONSOLE_PG_PORT)"
  mkdir -p "$dir"; chown postgres: "$dir"; chmod 700 "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    # initdb refuses to run as root: the cluster belongs to the postgres user.
    runuser -u postgres -- "$PGBIN/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 \
      --locale=C >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    # One role that must give a password (scram), so tests prove the console takes it from the keychain.
    runuser -u postgres -- sed -i "1i host all fragrance_secure $HOST/32 scram-sha-256" "$dir/data/pg_hba.conf"
  fi
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=$HOST -p $PG_PORT -k $dir -c fsync=off -c max_connections=100" start >/dev/null \
    || { tail -20 "$dir/server.log" >&2; die "postgresql did not start"; }
  wait_for "postgresql" 30 "$PGBIN/pg_isready" -h "$HOST" -p "$PG_PORT"
  log "postgresql on $HOST:$PG_PORT"
}

stop_postgres() {
  local dir=$STATE/pg
  [ -f "$dir/data/postmaster.pid" ] || return 0
  # A test may have frozen it with SIGSTOP: wake it so it can shut down.
  kill -CONT "$(head -1 "$dir/data/postmaster.pid")" 2>/dev/null || true
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
}

start_redis() {
  local dir=$STATE/redis
  if pid_alive "$dir/redis.pid"; then log "redis already running on $HOST:$REDIS_PORT"; return; fi
  port_free "$REDIS_PORT" || die "port $REDIS_PORT is taken (set OPSCONSOLE_REDIS_PORT)"
  mkdir -p "$dir"
  redis-server --bind "$HOST" --port "$REDIS_PORT" --daemonize yes --pidfile "$dir/redis.pid" \
    --dir "$dir" --logfile "$dir/redis.log" --save '' --appendonly no >/dev/null
  wait_for "redis" 20 redis-cli -h "$HOST" -p "$REDIS_PORT" ping
  log "redis on $HOST:$REDIS_PORT"
}

render_prometheus_config() {
  local dir=$STATE/prometheus rules=$STATE/prometheus/alert_rules.yml interval=15s
  cp "$ROOT/monitoring/prometheus/alert_rules.yml" "$rules"
  if [ "$RULES_VARIANT" = fast ]; then
    # Same expressions and names, short windows: alerts fire within seconds, not minutes.
    sed -i -e 's/\[5m\]/[30s]/g' -e 's/for: [0-9]*m/for: 10s/' "$rules"
    interval=2s
  fi
  sed -e "s|@SCRAPE_INTERVAL@|$interval|g" -e "s|@RULES_FILE@|$rules|" \
      -e "s|@API_TARGET@|$HOST:$API_PORT|" -e "s|@NODE_TARGET@|$HOST:$NODE_PORT|" \
      -e "s|@PROMETHEUS_TARGET@|$HOST:$PROM_PORT|" \
      "$ROOT/monitoring/prometheus/prometheus.yml" >"$dir/prometheus.yml"
}

start_prometheus() {
  local dir=$STATE/prometheus
  if pid_alive "$dir/prometheus.pid"; then log "prometheus already running on $HOST:$PROM_PORT"; return; fi
  port_free "$PROM_PORT" || die "port $PROM_PORT is taken (set OPSCONSOLE_PROMETHEUS_PORT)"
  mkdir -p "$dir/data"
  render_prometheus_config
  promtool check config "$dir/prometheus.yml" >"$dir/promtool.log" 2>&1 \
    || { cat "$dir/promtool.log" >&2; die "prometheus configuration is invalid"; }
  setsid prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/data" \
    --web.listen-address="$HOST:$PROM_PORT" --web.enable-lifecycle \
    --storage.tsdb.retention.time=2d >"$dir/prometheus.log" 2>&1 </dev/null &
  echo $! >"$dir/prometheus.pid"
  wait_for "prometheus" 60 curl -fsS "http://$HOST:$PROM_PORT/-/ready"
  log "prometheus on $HOST:$PROM_PORT (alert rules: $RULES_VARIANT)"
}

start_node_exporter() {
  local dir=$STATE/node-exporter
  if pid_alive "$dir/node-exporter.pid"; then log "node_exporter already running"; return; fi
  port_free "$NODE_PORT" || die "port $NODE_PORT is taken (set OPSCONSOLE_NODE_EXPORTER_PORT)"
  mkdir -p "$dir"
  setsid prometheus-node-exporter --web.listen-address="$HOST:$NODE_PORT" \
    >"$dir/node-exporter.log" 2>&1 </dev/null &
  echo $! >"$dir/node-exporter.pid"
  wait_for "node_exporter" 30 curl -fsS "http://$HOST:$NODE_PORT/metrics"
  log "node_exporter on $HOST:$NODE_PORT"
}

start_keyring() {
  local dir=$STATE/dbus
  if pid_alive "$dir/dbus.pid"; then log "d-bus session already running"; return; fi
  mkdir -p "$dir" "$STATE/xdg-data" "$STATE/xdg-runtime"; chmod 700 "$STATE/xdg-runtime"
  rm -f "$dir/bus"
  # Services the bus activates (the keyring among them) inherit this environment.
  export XDG_DATA_HOME=$STATE/xdg-data XDG_RUNTIME_DIR=$STATE/xdg-runtime
  dbus-daemon --session --fork --address="unix:path=$dir/bus" --print-pid=3 3>"$dir/dbus.pid" >/dev/null
  export DBUS_SESSION_BUS_ADDRESS="unix:path=$dir/bus"
  # gnome-keyring keeps its files under XDG_DATA_HOME: a throw-away keyring in the state folder.
  printf 'opsconsole-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >"$dir/keyring.env" 2>"$dir/keyring.log"
  wait_for "keyring" 20 dbus-send --session --dest=org.freedesktop.secrets --print-reply \
    /org/freedesktop/secrets org.freedesktop.DBus.Peer.Ping
  log "d-bus session with an unlocked keyring at $DBUS_SESSION_BUS_ADDRESS"
}

stop_keyring() {
  local dir=$STATE/dbus
  # Every keyring daemon on our bus: the one we started and the one the bus activated.
  local pid
  for pid in $(pgrep gnome-keyring 2>/dev/null); do
    if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -q "^DBUS_SESSION_BUS_ADDRESS=unix:path=$dir/bus"; then
      kill "$pid" 2>/dev/null || true
    fi
  done
  if [ -f "$dir/dbus.pid" ]; then kill "$(cat "$dir/dbus.pid")" 2>/dev/null || true; fi
  rm -f "$dir/keyring.pid" "$dir/dbus.pid" "$dir/bus"
}

# The simulator and the docker double (tools/) are started by stack-sim.sh once they exist.
start_simulator() {
  if [ -x "$ROOT/scripts/stack-sim.sh" ]; then
    STATE=$STATE HOST=$HOST API_PORT=$API_PORT BUILD_DIR=$BUILD_DIR SCENARIO=$SCENARIO \
      PG_PORT=$PG_PORT REDIS_PORT=$REDIS_PORT PGBIN=$PGBIN "$ROOT/scripts/stack-sim.sh" start
  fi
}

stop_simulator() {
  if [ -x "$ROOT/scripts/stack-sim.sh" ]; then
    STATE=$STATE "$ROOT/scripts/stack-sim.sh" stop || true
  fi
}

stop_pidfile() {
  local f=$1
  [ -f "$f" ] || return 0
  local pid; pid=$(cat "$f")
  kill -CONT "$pid" 2>/dev/null || true
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$f"
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
export OPSCONSOLE_SIM_ADMIN_URL=http://$HOST:$((API_PORT + 1))
export OPSCONSOLE_ALERT_RULES=$RULES_VARIANT
export OPSCONSOLE_BACKUPS_DIR=$STATE/backups
export OPSCONSOLE_DOCKER=$STATE/bin/docker
export OPSCONSOLE_STACK_ENV=$STATE/stack.env
export DBUS_SESSION_BUS_ADDRESS=unix:path=$STATE/dbus/bus
ENV
  mkdir -p "$STATE/backups"
  # A ready-to-use connection profile for the console (no secrets: the demo uses trust auth).
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
      "grafanaUrl": "http://$HOST:3000",
      "alertmanagerUrl": "",
      "caCertificateFile": "",
      "postgres": { "host": "$HOST", "port": $PG_PORT, "database": "fragrance_ai",
                    "user": "fragrance_user", "sslmode": "disable" },
      "redis": { "host": "$HOST", "port": $REDIS_PORT },
      "orchestrator": { "kind": "compose", "composeCommand": "docker compose",
                        "program": "$STATE/bin/docker", "composeFile": "docker-compose.production.yml",
                        "projectName": "fragrance-ai", "projectDirectory": "$STATE/project",
                        "dockerHost": "", "kubectlProgram": "", "kubeContext": "", "kubeNamespace": "default" },
      "backupsDirectory": "$STATE/backups",
      "smokeTestCommand": "$ROOT/scripts/smoke_test.sh http://$HOST:$API_PORT",
      "celeryQueues": ["celery", "llm", "rl"]
    }
  ]
}
JSON
}

cmd_start() {
  [ "$(id -u)" -eq 0 ] || die "run as root (PostgreSQL is started as the postgres user)"
  [ -n "$PGBIN" ] || die "PostgreSQL is not installed (scripts/install-deps.sh)"
  mkdir -p "$STATE"; chmod 755 "$STATE"
  start_keyring
  start_postgres
  start_redis
  start_node_exporter
  write_env
  start_simulator
  start_prometheus
  log "ready; environment in $STATE/stack.env, profile in $STATE/demo-profile.json"
}

cmd_stop() {
  stop_simulator
  stop_pidfile "$STATE/prometheus/prometheus.pid"
  stop_pidfile "$STATE/node-exporter/node-exporter.pid"
  if [ -f "$STATE/redis/redis.pid" ]; then stop_pidfile "$STATE/redis/redis.pid"; fi
  stop_postgres
  stop_keyring
  log "stopped"
}

cmd_status() {
  local rc=0
  if [ -n "$PGBIN" ] && "$PGBIN/pg_isready" -h "$HOST" -p "$PG_PORT" >/dev/null 2>&1; then
    log "postgresql: up ($HOST:$PG_PORT)"; else log "postgresql: down"; rc=1; fi
  if redis-cli -h "$HOST" -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    log "redis: up ($HOST:$REDIS_PORT)"; else log "redis: down"; rc=1; fi
  if curl -fsS "http://$HOST:$PROM_PORT/-/ready" >/dev/null 2>&1; then
    log "prometheus: up ($HOST:$PROM_PORT)"; else log "prometheus: down"; rc=1; fi
  if curl -fsS "http://$HOST:$NODE_PORT/metrics" >/dev/null 2>&1; then
    log "node_exporter: up ($HOST:$NODE_PORT)"; else log "node_exporter: down"; rc=1; fi
  if pid_alive "$STATE/dbus/dbus.pid"; then log "d-bus/keyring: up"; else log "d-bus/keyring: down"; rc=1; fi
  if [ -x "$ROOT/scripts/stack-sim.sh" ]; then STATE=$STATE HOST=$HOST API_PORT=$API_PORT "$ROOT/scripts/stack-sim.sh" status || rc=1; fi
  return $rc
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  env) cat "$STATE/stack.env" ;;
  *) echo "usage: $0 start|stop|status|env" >&2; exit 2 ;;
esac
