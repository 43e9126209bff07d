#!/usr/bin/env bash
# Starts, stops and reports the local stack's API simulator and installs the `docker` double.
# Called by scripts/stack.sh (start_simulator / stop_simulator / cmd_status) with:
#   STATE HOST API_PORT BUILD_DIR SCENARIO PG_PORT REDIS_PORT PGBIN   [ADMIN_PORT (API_PORT+1)]
#
#   scripts/stack-sim.sh start|stop|status
#
# start (idempotent): creates the demo database (role fragrance_user, database fragrance_ai,
# tables with content, 2-3 real pg_dump backups in $STATE/backups), installs
# $BUILD_DIR/tools/dockerdouble/opsconsole-docker as $STATE/bin/docker and docker-compose,
# writes $STATE/project/docker-compose.production.yml, and runs
# $BUILD_DIR/tools/simulator/opsconsole-stacksim in the background until it answers.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${STATE:-${OPSCONSOLE_STATE_DIR:-/tmp/opsconsole-stack}}
HOST=${HOST:-127.0.0.1}
API_PORT=${API_PORT:-58000}
ADMIN_PORT=${ADMIN_PORT:-$((API_PORT + 1))}
BUILD_DIR=${BUILD_DIR:-$ROOT/build/dev}
SCENARIO=${SCENARIO:-normal}
PG_PORT=${PG_PORT:-55432}
REDIS_PORT=${REDIS_PORT:-56379}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
SIM_DIR=$STATE/sim
PIDFILE=$SIM_DIR/simulator.pid
SIM_BIN=$BUILD_DIR/tools/simulator/opsconsole-stacksim
DOUBLE_BIN=$BUILD_DIR/tools/dockerdouble/opsconsole-docker

log() { printf 'stack: %s\n' "$*"; }
die() { printf 'stack: error: %s\n' "$*" >&2; exit 1; }

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

psql_admin() { "$PGBIN/psql" -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAtX "$@"; }
psql_app() { "$PGBIN/psql" -h "$HOST" -p "$PG_PORT" -U fragrance_user -d fragrance_ai -v ON_ERROR_STOP=1 -qAtX "$@"; }

# backup_at STAMP: a real plain-SQL dump of the demo tables, restorable through psql on a live DB.
backup_at() {
  local stamp=$1 file=$STATE/backups/backup_$1.sql
  "$PGBIN/pg_dump" -h "$HOST" -p "$PG_PORT" -U fragrance_user -d fragrance_ai \
    --clean --if-exists -t 'public.*' -f "$file.tmp"
  mv "$file.tmp" "$file"
  touch -d "$(printf '%s-%s-%s %s:%s:%s' "${stamp:0:4}" "${stamp:4:2}" "${stamp:6:2}" "${stamp:9:2}" "${stamp:11:2}" "${stamp:13:2}")" "$file"
}

demo_data() {
  [ -x "$PGBIN/psql" ] || die "psql not found in PGBIN=$PGBIN"
  "$PGBIN/pg_isready" -h "$HOST" -p "$PG_PORT" -t 10 >/dev/null || die "postgresql is not ready on $HOST:$PG_PORT"
  psql_admin -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fragrance_user') THEN
        CREATE ROLE fragrance_user LOGIN;
      END IF;
      -- The demo's password-protected role (pg_hba asks it for scram): its password belongs in the keychain.
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fragrance_secure') THEN
        CREATE ROLE fragrance_secure LOGIN PASSWORD 'demo-secure-password';
      END IF; END \$\$;"
  if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'fragrance_ai'")" != 1 ]; then
    psql_admin -c "CREATE DATABASE fragrance_ai OWNER fragrance_user"
  fi
  psql_app -f "$ROOT/scripts/demo-data/schema.sql" >/dev/null
  mkdir -p "$STATE/backups"
  local count
  count=$(find "$STATE/backups" -maxdepth 1 -name 'backup_*.sql' | wc -l)
  if [ "$count" -lt 2 ]; then
    # Three backups of a database that changed between them, as a nightly job leaves them.
    backup_at "$(date -u -d '2 days ago' +%Y%m%d)_020000"
    psql_app -c "INSERT INTO generation_jobs (task_id, user_id, prompt, status, model_version, duration_ms)
                 SELECT md5('day2-' || g)::uuid, 2, 'woody evening scent #' || g, 'succeeded', '0.2.0', 700
                 FROM generate_series(1, 8) AS g ON CONFLICT DO NOTHING"
    backup_at "$(date -u -d '1 day ago' +%Y%m%d)_020000"
    psql_app -c "UPDATE fragrances SET rating = 4.65 WHERE name = 'Seoul Rain'"
    backup_at "$(date -u +%Y%m%d_%H%M%S)"
    log "demo database fragrance_ai with backups in $STATE/backups"
  fi
}

install_double() {
  mkdir -p "$STATE/bin" "$SIM_DIR" "$STATE/project"
  # Copies, not links: the double finds docker.conf next to its own executable.
  local name
  for name in docker docker-compose; do
    cp "$DOUBLE_BIN" "$STATE/bin/.$name.tmp"
    mv -f "$STATE/bin/.$name.tmp" "$STATE/bin/$name"
  done
  printf 'OPSCONSOLE_STATE_DIR=%s\n' "$STATE" >"$STATE/bin/docker.conf"
  cat >"$SIM_DIR/backends.conf" <<CONF
# Real servers behind the docker double's exec (written by scripts/stack-sim.sh).
PG_HOST=$HOST
PG_PORT=$PG_PORT
PGBIN=$PGBIN
REDIS_HOST=$HOST
REDIS_PORT=$REDIS_PORT
REDIS_CLI=$(command -v redis-cli || echo /usr/bin/redis-cli)
CONF
  cp "$ROOT/scripts/demo-data/docker-compose.production.yml" "$STATE/project/docker-compose.production.yml"
  [ -f "$STATE/project/VERSION" ] || echo 0.2.0 >"$STATE/project/VERSION"
  ln -sfn "$STATE/backups" "$STATE/project/backups"
}

admin_ready() { curl -fsS --max-time 2 "http://$HOST:$ADMIN_PORT/admin/state" >/dev/null 2>&1; }

cmd_start() {
  [ -x "$SIM_BIN" ] && [ -x "$DOUBLE_BIN" ] || die "the simulator is not built: $SIM_BIN / $DOUBLE_BIN missing
  (build it: cmake --build $BUILD_DIR --target opsconsole-stacksim opsconsole-docker)"
  mkdir -p "$SIM_DIR"
  demo_data
  install_double
  if pid_alive "$PIDFILE"; then
    log "simulator already running on $HOST:$API_PORT (admin $ADMIN_PORT)"
  else
    setsid "$SIM_BIN" --host "$HOST" --port "$API_PORT" --admin-port "$ADMIN_PORT" --state-dir "$STATE" \
      --pg-host "$HOST" --pg-port "$PG_PORT" --redis-host "$HOST" --redis-port "$REDIS_PORT" \
      --scenario "$SCENARIO" >>"$SIM_DIR/simulator.log" 2>&1 </dev/null &
    echo $! >"$PIDFILE"
    local deadline=$((SECONDS + 30))
    until admin_ready; do
      if ! pid_alive "$PIDFILE"; then tail -20 "$SIM_DIR/simulator.log" >&2; die "the simulator exited"; fi
      [ $SECONDS -lt $deadline ] || { tail -20 "$SIM_DIR/simulator.log" >&2; die "the simulator did not answer in 30s"; }
      sleep 0.1
    done
    log "simulator on $HOST:$API_PORT (admin $HOST:$ADMIN_PORT, scenario $SCENARIO); docker double in $STATE/bin"
  fi
  echo "http://$HOST:$ADMIN_PORT" >"$SIM_DIR/admin.url"
  if [ -f "$STATE/stack.env" ] && ! grep -q OPSCONSOLE_SIM_ADMIN_URL "$STATE/stack.env"; then
    echo "export OPSCONSOLE_SIM_ADMIN_URL=http://$HOST:$ADMIN_PORT" >>"$STATE/stack.env"
  fi
}

cmd_stop() {
  pid_alive "$PIDFILE" || { rm -f "$PIDFILE"; return 0; }
  local pid; pid=$(cat "$PIDFILE")
  kill -CONT "$pid" 2>/dev/null || true   # a test may have frozen it
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
  log "simulator stopped"
}

cmd_status() {
  if pid_alive "$PIDFILE" && admin_ready; then
    local scenario
    scenario=$(curl -fsS --max-time 2 "http://$HOST:$ADMIN_PORT/admin/state" | sed -n 's/.*"scenario":"\([^"]*\)".*/\1/p')
    log "simulator: up ($HOST:$API_PORT, admin $ADMIN_PORT, scenario ${scenario:-?})"
  else
    log "simulator: down"; return 1
  fi
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
