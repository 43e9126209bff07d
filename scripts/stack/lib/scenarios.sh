# Scenarios and reset (sourced by scripts/stack.sh). Faults the engine can make are real events:
#   bad-deploy       the 0.2.0 app image really deployed (it misbehaves by itself)
#   api-down         the app replicas stopped (docker stop)
#   api-hang         the app replicas frozen (docker pause): connections open, nothing answers
#   db-hang          postgres frozen (docker pause)
#   worker-failure   the Celery worker containers killed (docker kill)
#   queue-backlog    the load generator sends LLM tasks far faster than the workers take them
# The rest are the API simulator's own switches, set for every replica at once through the
# shared switch file: error-spike, latency-spike, db-errors, db-pool-exhausted.
# Every scenario starts from normal: one scenario at a time.

SCENARIOS=(normal error-spike latency-spike queue-backlog db-errors db-pool-exhausted
           bad-deploy api-down api-hang db-hang worker-failure)

is_scenario() { local s; for s in "${SCENARIOS[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }

set_switch() { printf '%s\n' "$1" >"$SWITCH_FILE.tmp" && mv -f "$SWITCH_FILE.tmp" "$SWITCH_FILE"; }

# at_baseline: every service runs its default replicas, the versioned ones at BASE_VERSION,
# nothing paused, stopped or missing (one `docker ps`, no compose call).
at_baseline() {
  local table; table=$(service_table) || return 1
  awk -v base="$BASE_VERSION" '
    { n[$1]++; if ($2 != "running") bad = 1
      if (($1 == "app" || $1 ~ /^worker-/) && $3 !~ (":" base "$")) bad = 1 }
    END {
      want["app"] = 2; want["worker-llm"] = 2
      split("nginx postgres redis worker-rl prometheus alertmanager postgres_exporter redis_exporter node_exporter grafana", one, " ")
      for (i in one) want[one[i]] = 1
      for (s in want) if (n[s] != want[s]) bad = 1
      for (s in n) if (!(s in want)) bad = 1
      exit bad }' <<<"$table"
}

# queue_lengths_over N: whether a Celery list holds more than N tasks.
queue_lengths_over() {
  local q len
  for q in llm rl celery; do
    len=$(redis-cli -h "$HOST" -p "$REDIS_PORT" --no-raw LLEN "$q" 2>/dev/null | tr -dc 0-9)
    [ "${len:-0}" -gt "$1" ] && return 0
  done
  return 1
}

purge_queues() { redis-cli -h "$HOST" -p "$REDIS_PORT" DEL llm rl celery >/dev/null 2>&1 || true; }

# to_normal: undo every scenario (switch, frozen and stopped containers, version, replicas).
to_normal() {
  set_switch normal
  local paused
  paused=$(docker_ ps -q --filter "label=com.docker.compose.project=$COMPOSE_PROJECT" --filter status=paused)
  # shellcheck disable=SC2086
  [ -z "$paused" ] || docker_ unpause $paused >/dev/null
  if ! at_baseline; then
    compose_up "$BASE_VERSION" -d --remove-orphans
  fi
  # A backlog left behind would keep WorkerQueueBacklog firing for minutes.
  if queue_lengths_over 20; then purge_queues; fi
}

maintenance_off() {
  local nginx; nginx=$(service_ids nginx | head -n 1)
  [ -n "$nginx" ] || return 0
  if docker_ exec "$nginx" test -e /tmp/maintenance.flag 2>/dev/null; then
    docker_ exec "$nginx" rm -f /tmp/maintenance.flag
    docker_ exec "$nginx" nginx -s reload 2>/dev/null
  fi
}

# apply_scenario NAME (from normal)
apply_scenario() {
  local name=$1 ids
  set_switch "$name"
  case "$name" in
    normal|error-spike|latency-spike|db-errors|db-pool-exhausted|queue-backlog) ;;
    bad-deploy)
      compose_up "$BAD_VERSION" -d --no-deps app ;;
    api-down)
      ids=$(service_ids app); [ -z "$ids" ] || docker_ stop -t 5 $ids >/dev/null ;;
    api-hang)
      ids=$(service_ids app); [ -z "$ids" ] || docker_ pause $ids >/dev/null ;;
    db-hang)
      ids=$(service_ids postgres); [ -z "$ids" ] || docker_ pause $ids >/dev/null ;;
    worker-failure)
      ids="$(service_ids worker-llm) $(service_ids worker-rl)"
      [ -z "${ids// /}" ] || docker_ kill $ids >/dev/null ;;
  esac
}

# Scenario changes never overlap (tests, the admin endpoint and a person may all call them).
with_scenario_lock() {
  exec 9>"$STATE/scenario.lock"
  flock -w 120 9 || die "another scenario change is still running"
}

cmd_scenario() {
  local name=${1:-}
  is_scenario "$name" || die "unknown scenario '$name'; known: ${SCENARIOS[*]}"
  daemon_ready || die "the stack is not running ($DOCKER_HOST_URL): scripts/stack.sh start"
  with_scenario_lock
  to_normal
  apply_scenario "$name"
  log "scenario $name"
}

cmd_reset() {
  daemon_ready || die "the stack is not running ($DOCKER_HOST_URL): scripts/stack.sh start"
  with_scenario_lock
  local t0; t0=$(now_ms)
  to_normal
  purge_queues
  maintenance_off
  # A test's full rollback may have restored a backup of other tables: the demo tables and rows back
  # (the schema is idempotent: it creates what is missing and seeds only empty tables).
  psql_app -f "$ROOT/scripts/demo-data/schema.sql" >/dev/null
  echo "$LOAD_RPS" >"$STATE/host/rps"
  log "reset: scenario normal, default replicas, $BASE_VERSION, nothing paused, maintenance off, demo data present ($(( $(now_ms) - t0 )) ms)"
}
