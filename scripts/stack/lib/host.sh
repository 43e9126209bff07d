# What runs on the host next to the stack, not in it (sourced by scripts/stack.sh): the D-Bus
# session with an unlocked gnome-keyring (for QtKeychain), the load generator (the stack's users
# and Celery producers) and the admin endpoint (scenario switching over HTTP for older tests).

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

# Debian's python3 (python3-celery and python3-redis are Debian's), never a python3 earlier on PATH.
PYTHON=/usr/bin/python3

start_loadgen() {
  local dir=$STATE/host
  mkdir -p "$dir"
  if pid_alive "$dir/loadgen.pid"; then log "load generator already running"; return; fi
  [ -s "$dir/rps" ] || echo "$LOAD_RPS" >"$dir/rps"
  setsid "$PYTHON" "$ROOT/tools/loadgen/loadgen.py" --public-port "$PUBLIC_PORT" \
    --broker "redis://$HOST:$REDIS_PORT/0" --switch-file "$SWITCH_FILE" --rps "$LOAD_RPS" \
    --rps-file "$dir/rps" >>"$dir/loadgen.log" 2>&1 </dev/null &
  echo $! >"$dir/loadgen.pid"
  log "load generator: $(cat "$dir/rps") requests/s to 127.0.0.1:$PUBLIC_PORT, Celery tasks to redis :$REDIS_PORT"
}

start_admin() {
  local dir=$STATE/host
  mkdir -p "$dir"
  if pid_alive "$dir/admin.pid"; then return; fi
  OPSCONSOLE_STATE_DIR=$STATE setsid "$PYTHON" "$ROOT/tools/loadgen/stackadmin.py" --port "$ADMIN_PORT" --stack-sh "$ROOT/scripts/stack.sh" \
    --switch-file "$SWITCH_FILE" --rps-file "$dir/rps" >>"$dir/admin.log" 2>&1 </dev/null &
  echo $! >"$dir/admin.pid"
  wait_for "admin endpoint" 20 curl -fsS --max-time 2 "http://$HOST:$ADMIN_PORT/admin/state"
  log "admin endpoint on http://$HOST:$ADMIN_PORT (POST /admin/scenario?name=NAME)"
}

stop_host_tools() {
  stop_pidfile "$STATE/host/loadgen.pid"
  stop_pidfile "$STATE/host/admin.pid"
}
