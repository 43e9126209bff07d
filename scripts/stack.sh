#!/usr/bin/env bash
# The local stack used by the tests and the demo: the runbook's production stack as real
# containers on a private Docker daemon, plus what runs next to it on the host.
#
#   scripts/stack.sh start | stop | status | env | reset | scenario NAME | measure
#
# start     a private dockerd (its own data root, exec root and socket in the state folder; never
#           the system daemon), local images, the compose project $STATE/project
#           (docker-compose.production.yml: app ×2, nginx, postgres, redis, worker-llm ×2,
#           worker-rl, prometheus, alertmanager, postgres_exporter, redis_exporter, node_exporter,
#           and a Grafana stand-in), backups of the application database, and on the host: the
#           D-Bus session with an unlocked gnome-keyring, the load generator and the admin endpoint.
#           Prints the time to a healthy stack and its idle memory.
# stop      removes all of it: containers, networks, the daemon and its processes; nothing keeps
#           running (images and volumes stay in the state folder for a quick next start).
# reset     back to the initial state quickly: scenario normal, default replicas, version 0.1.0,
#           nothing paused or stopped, maintenance off, Celery queues empty (tests call it between tests).
# scenario  normal | error-spike | latency-spike | queue-backlog | db-errors | db-pool-exhausted |
#           bad-deploy | api-down | api-hang | db-hang | worker-failure   (see scripts/stack/lib/scenarios.sh)
#
# Settings come from the environment (non-default ports, so a developer's own servers are never
# touched); `start` keeps them in $STATE/stack.conf, which the other commands read back:
#   OPSCONSOLE_STATE_DIR (/tmp/opsconsole-stack)  OPSCONSOLE_PG_PORT (55432)  OPSCONSOLE_REDIS_PORT (56379)
#   OPSCONSOLE_PROMETHEUS_PORT (59090)  OPSCONSOLE_NODE_EXPORTER_PORT (59100)
#   OPSCONSOLE_API_PORT (58000; the admin endpoint is the next port)  OPSCONSOLE_PUBLIC_PORT (58080)
#   OPSCONSOLE_ALERTMANAGER_PORT (59093)  OPSCONSOLE_GRAFANA_PORT (53000)
#   OPSCONSOLE_ALERT_RULES (fast|runbook; fast = short windows for tests and the demo)
#   OPSCONSOLE_BUILD_DIR (build/dev): where the API simulator (opsconsole-stacksim) is built
#   OPSCONSOLE_SCENARIO (normal): the scenario once the stack is up
#   OPSCONSOLE_LOAD_RPS (18): the load generator's requests per second
# `start` writes $STATE/stack.env (addresses, D-Bus session, Docker) and $STATE/demo-profile.json, and
# approves the profile's programs (docker-compose, the smoke test) as an operator would, with
# `opsconsole --approve-programs`, into $STATE/program-approvals.ini (OPSCONSOLE_APPROVALS_FILE in
# stack.env). `approve` does that again (after building opsconsole, or after the programs changed).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${OPSCONSOLE_STATE_DIR:-/tmp/opsconsole-stack}
HOST=127.0.0.1
PG_PORT=${OPSCONSOLE_PG_PORT:-55432}
REDIS_PORT=${OPSCONSOLE_REDIS_PORT:-56379}
PROM_PORT=${OPSCONSOLE_PROMETHEUS_PORT:-59090}
NODE_PORT=${OPSCONSOLE_NODE_EXPORTER_PORT:-59100}
API_PORT=${OPSCONSOLE_API_PORT:-58000}
PUBLIC_PORT=${OPSCONSOLE_PUBLIC_PORT:-58080}
AM_PORT=${OPSCONSOLE_ALERTMANAGER_PORT:-59093}
GRAFANA_PORT=${OPSCONSOLE_GRAFANA_PORT:-53000}
RULES_VARIANT=${OPSCONSOLE_ALERT_RULES:-fast}
BUILD_DIR=${OPSCONSOLE_BUILD_DIR:-$ROOT/build/dev}
SCENARIO=${OPSCONSOLE_SCENARIO:-normal}
LOAD_RPS=${OPSCONSOLE_LOAD_RPS:-18}
# A running stack keeps the settings it was started with (also when `start` is called again).
if [ -f "$STATE/stack.conf" ] && { [ "${1:-}" != start ] ||
     { [ -f "$STATE/dockerd.pid" ] && kill -0 "$(cat "$STATE/dockerd.pid")" 2>/dev/null; }; }; then
  # shellcheck disable=SC1091
  source "$STATE/stack.conf"
fi
ADMIN_PORT=$((API_PORT + 1))
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
# Pinned by absolute path: /usr/local/bin/docker (a different static client) may come first on PATH.
DOCKER=/usr/bin/docker
COMPOSE=/usr/bin/docker-compose
# Debian's docker-compose 1.29 runs on Python 3.11, whose own distutils is there: without setuptools'
# shim each call costs 0.3 instead of 0.5 s of CPU (stack.env passes it on to tests, the demo and the
# console, which hands it to its docker-compose children).
export SETUPTOOLS_USE_DISTUTILS=stdlib
DOCKER_HOST_URL=unix://$STATE/docker.sock
PROJECT=$STATE/project
COMPOSE_PROJECT=fragrance-ai
SWITCH_FILE=$PROJECT/simulator/scenario
SIM_BIN=$BUILD_DIR/tools/simulator/opsconsole-stacksim
BASE_VERSION=0.1.0

LIB=$ROOT/scripts/stack/lib
# shellcheck source=stack/lib/common.sh
source "$LIB/common.sh"
# shellcheck source=stack/lib/ports.sh
source "$LIB/ports.sh"
# shellcheck source=stack/lib/daemon.sh
source "$LIB/daemon.sh"
# shellcheck source=stack/lib/images.sh
source "$LIB/images.sh"
# shellcheck source=stack/lib/project.sh
source "$LIB/project.sh"
# shellcheck source=stack/lib/demodata.sh
source "$LIB/demodata.sh"
# shellcheck source=stack/lib/host.sh
source "$LIB/host.sh"
# shellcheck source=stack/lib/scenarios.sh
source "$LIB/scenarios.sh"
# shellcheck source=stack/lib/measure.sh
source "$LIB/measure.sh"
# shellcheck source=stack/lib/status.sh
source "$LIB/status.sh"
# shellcheck source=stack/lib/env.sh
source "$LIB/env.sh"

cmd_start() {
  local t0; t0=$(now_ms)
  START_MS=$t0
  [ "$(id -u)" -eq 0 ] || die "run as root (a private Docker daemon)"
  [ -n "$PGBIN" ] || die "PostgreSQL client programs are not installed (scripts/install-deps.sh)"
  [ -x "$DOCKER" ] && [ -x "$COMPOSE" ] || die "docker.io and docker-compose are not installed (scripts/install-deps.sh)"
  mkdir -p "$STATE"; chmod 755 "$STATE"
  if ! daemon_ready; then
    reserve_ports
    check_ports
  fi
  write_conf
  start_keyring
  daemon_start
  local built_before=$IMAGES_BUILT
  build_images
  render_project
  compose_up "$BASE_VERSION" -d --remove-orphans
  log "compose project $COMPOSE_PROJECT up ($PROJECT/docker-compose.production.yml)"
  # Redis keeps its data in a volume: a backlog left by the last run must not greet this one.
  wait_for "redis on $HOST:$REDIS_PORT" 30 redis-cli -h "$HOST" -p "$REDIS_PORT" ping
  purge_queues
  make_backups
  write_env
  migrate_records
  approve_programs
  start_loadgen
  start_admin
  wait_healthy 120
  local kind="warm: images reused"; [ "$IMAGES_BUILT" -gt "$built_before" ] && kind="$((IMAGES_BUILT - built_before)) images built"
  log "healthy $(( ($(now_ms) - t0) / 1000 )).$(( ($(now_ms) - t0) % 1000 / 100 )) s after start ($kind)"
  [ "$SCENARIO" = normal ] || cmd_scenario "$SCENARIO"
  # Idle memory once start-up work is over (first scrapes, the workers' first tasks).
  sleep "${OPSCONSOLE_SETTLE_SECONDS:-5}"
  report_memory
  log "ready; environment in $STATE/stack.env, profile in $STATE/demo-profile.json"
}

cmd_stop() {
  stop_host_tools
  if daemon_ready; then
    local paused
    paused=$(docker_ ps -q --filter status=paused)
    # shellcheck disable=SC2086
    [ -z "$paused" ] || docker_ unpause $paused >/dev/null 2>&1 || true
    if [ -f "$PROJECT/docker-compose.production.yml" ]; then
      compose_ "$BASE_VERSION" down --remove-orphans -t 5 >"$STATE/compose-down.log" 2>&1 || cat "$STATE/compose-down.log" >&2
    fi
    # Anything else this daemon runs (containers started by hand) goes too.
    local rest; rest=$(docker_ ps -aq)
    # shellcheck disable=SC2086
    [ -z "$rest" ] || docker_ rm -f $rest >/dev/null 2>&1 || true
  fi
  daemon_stop
  stop_keyring
  release_ports
  report_leftovers
  log "stopped"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  env) cat "$STATE/stack.env" ;;
  reset) cmd_reset ;;
  scenario) cmd_scenario "${2:-}" ;;
  measure) report_memory ;;
  approve) approve_programs ;;
  *) echo "usage: $0 start|stop|status|env|reset|scenario NAME|measure|approve" >&2; exit 2 ;;
esac
