# Health and memory figures of the stack (sourced by scripts/stack.sh).

http_ok() { curl -fsS --max-time 2 -o /dev/null "$1"; }

api_healthy() {
  curl -fsS --max-time 2 "http://$HOST:$API_PORT/health" 2>/dev/null |
    grep -q '"status":"healthy"'
}

# prometheus_sees_all: every scrape target up: both app replicas, the four exporters' jobs, itself.
prometheus_sees_all() {
  local out total up app
  out=$(curl -fsS --max-time 2 "http://$HOST:$PROM_PORT/api/v1/targets?state=active" 2>/dev/null) || return 1
  total=$(grep -o '"health":"[a-z]*"' <<<"$out" | wc -l)
  up=$(grep -o '"health":"up"' <<<"$out" | wc -l)
  app=$(grep -o '"scrapePool":"fragrance-ai-api"' <<<"$out" | wc -l)
  [ "$total" -ge 7 ] && [ "$up" -eq "$total" ] && [ "$app" -ge 2 ]
}

# wait_healthy SECONDS: the stack as the runbook's health check sees it, and every other service.
wait_healthy() {
  local limit=$1
  wait_for "the API's /health (database, redis, workers)" "$limit" api_healthy
  log "api healthy (database, redis, workers)"
  wait_for "NGINX's public port" 20 http_ok "http://$HOST:$PUBLIC_PORT/api/v1/fragrances"
  wait_for "prometheus" 30 http_ok "http://$HOST:$PROM_PORT/-/ready"
  wait_for "alertmanager" 30 http_ok "http://$HOST:$AM_PORT/-/ready"
  wait_for "the grafana stand-in" 20 http_ok "http://$HOST:$GRAFANA_PORT/api/health"
  wait_for "node_exporter" 20 http_ok "http://$HOST:$NODE_PORT/metrics"
  wait_for "prometheus scraping every target" 60 prometheus_sees_all
}

# rss_kib PID...: resident memory of processes, KiB.
rss_kib() {
  local pid sum=0 kb
  for pid in "$@"; do
    kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
    sum=$((sum + ${kb:-0}))
  done
  echo "$sum"
}

# containers_bytes: the containers' memory as `docker stats` counts it (usage minus inactive page
# cache), read once from the stack's own cgroup parent, which holds every container of this stack.
containers_bytes() {
  local cg=/sys/fs/cgroup/memory/opsconsole-stack-$(stack_id)
  if [ -f "$cg/memory.usage_in_bytes" ]; then
    local usage inactive
    usage=$(cat "$cg/memory.usage_in_bytes")
    inactive=$(awk '$1 == "total_inactive_file" { print $2 }' "$cg/memory.stat")
    echo $((usage - ${inactive:-0}))
  elif [ -f "/sys/fs/cgroup/opsconsole-stack-$(stack_id)/memory.current" ]; then
    cg=/sys/fs/cgroup/opsconsole-stack-$(stack_id)
    local usage inactive
    usage=$(cat "$cg/memory.current")
    inactive=$(awk '$1 == "inactive_file" { print $2 }' "$cg/memory.stat")
    echo $((usage - ${inactive:-0}))
  else
    echo 0
  fi
}

report_memory() {
  local containers engine_pids engine host mib=1048576
  containers=$(containers_bytes)
  engine_pids=$(cat "$STATE/dockerd.pid" 2>/dev/null; pgrep -f -- "$STATE/docker-exec/containerd/containerd";
                pgrep -f -- "docker-proxy .*-container-ip $(sed 's/\.0\/24$/./' "$STATE/docker-pool")")
  # shellcheck disable=SC2086
  engine=$(( $(rss_kib $engine_pids) * 1024 ))
  host=$(( $(rss_kib "$(cat "$STATE/host/loadgen.pid" 2>/dev/null)" "$(cat "$STATE/host/admin.pid" 2>/dev/null)") * 1024 ))
  log "memory: containers $((containers / mib)) MiB + engine $((engine / mib)) MiB (dockerd, containerd, shims, port proxies) = $(((containers + engine) / mib)) MiB; load generator and admin on the host $((host / mib)) MiB"
}
