# Shared helpers of scripts/stack.sh (sourced). Variables come from stack.sh.

# During start, every line says how far into it we are (where the seconds go).
log() {
  if [ -n "${START_MS:-}" ]; then
    local ms=$(( $(date +%s%3N) - START_MS ))
    printf 'stack: [%d.%ds] %s\n' $((ms / 1000)) $((ms % 1000 / 100)) "$*"
  else
    printf 'stack: %s\n' "$*"
  fi
}
die() { printf 'stack: error: %s\n' "$*" >&2; exit 1; }

# wait_for DESCRIPTION SECONDS COMMAND...: polls until COMMAND succeeds (readiness, not a fixed sleep).
wait_for() {
  local what=$1 limit=$2; shift 2
  local deadline=$((SECONDS + limit))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || die "$what not ready after ${limit}s"
    sleep 0.2
  done
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# stop_pidfile FILE: TERM (after CONT, in case a test froze it), then KILL after 5 s.
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


now_ms() { date +%s%3N; }

# The private daemon only: DOCKER_HOST is always this stack's socket, never the system's.
docker_() { DOCKER_HOST=$DOCKER_HOST_URL "$DOCKER" "$@"; }

# docker-compose as the runbook runs it, on this stack's project. VERSION is always explicit, so a
# VERSION in the caller's environment never deploys something by accident.
compose_() {
  local version=$1; shift
  DOCKER_HOST=$DOCKER_HOST_URL VERSION=$version "$COMPOSE" --project-directory "$PROJECT" \
    -f "$PROJECT/docker-compose.production.yml" -p "$COMPOSE_PROJECT" "$@"
}

# service_ids SERVICE: IDs of the service's containers (running or not), one-off runs excluded.
service_ids() {
  docker_ ps -aq --filter "label=com.docker.compose.project=$COMPOSE_PROJECT" \
    --filter "label=com.docker.compose.service=$1" --filter "label=com.docker.compose.oneoff=False"
}

# service_table: "service state image" for every container of the project.
service_table() {
  docker_ ps -a --filter "label=com.docker.compose.project=$COMPOSE_PROJECT" \
    --filter "label=com.docker.compose.oneoff=False" \
    --format '{{.Label "com.docker.compose.service"}} {{.State}} {{.Image}}'
}

# compose_up VERSION ARGS...: `docker-compose up ARGS` with VERSION, its output in $STATE/compose-up.log.
# The stack's ports lie in the kernel's ephemeral range (32768-60999), so a port checked free a moment
# ago can be the local end of somebody's short-lived connection when docker-proxy binds it: compose
# then fails with "address already in use". That passes within moments; try again a few times.
compose_up() {
  local version=$1 attempt; shift
  for attempt in 1 2 3 4 5; do
    if compose_ "$version" up "$@" >"$STATE/compose-up.log" 2>&1; then return 0; fi
    grep -q 'address already in use' "$STATE/compose-up.log" || break
    log "a published port was briefly in use; docker-compose up again ($attempt)"
    sleep 1
  done
  cat "$STATE/compose-up.log" >&2
  die "docker-compose up $* failed (VERSION=$version)"
}
