# `stack.sh status` and the leftovers check of `stop` (sourced by scripts/stack.sh).

# Every compose service in words: how many containers in which state, which images.
status_services() {
  service_table | awk '
    { n[$1]++; st[$1, $2]++; img[$1] = (img[$1] == "" || index(img[$1], $3) ? $3 : img[$1] ", " $3) ; svc[$1] = 1 }
    END {
      split("app nginx postgres redis worker-llm worker-rl prometheus alertmanager postgres_exporter redis_exporter node_exporter grafana", order, " ")
      for (i = 1; i in order; i++) {
        s = order[i]
        if (!(s in svc)) { printf "stack: %s: no container\n", s; bad = 1; continue }
        words = ""
        split("running paused exited created restarting dead", states, " ")
        for (j = 1; j in states; j++) if (st[s, states[j]]) {
          w = states[j]; if (w == "exited") w = "stopped"; if (w == "paused") w = "paused (frozen)"
          words = words (words == "" ? "" : ", ") st[s, states[j]] " " w
          if (states[j] != "running") bad = 1
        }
        printf "stack: %s: %s (%s)\n", s, words, img[s]
        delete svc[s]
      }
      for (s in svc) printf "stack: %s: %d container(s), not in the compose file\n", s, n[s]
      exit bad }'
}

cmd_status() {
  local rc=0
  if ! daemon_ready; then
    log "docker daemon: down ($DOCKER_HOST_URL)"; rc=1
  else
    log "docker daemon: up ($DOCKER_HOST_URL, dockerd $(docker_ version -f '{{.Server.Version}}'), networks from $(cat "$STATE/docker-pool" 2>/dev/null))"
    status_services || rc=1
    local health
    health=$(curl -sS --max-time 3 "http://$HOST:$API_PORT/health" 2>/dev/null | tr -d '\n' | head -c 300 || true)
    log "api (http://$HOST:$API_PORT/health): ${health:-no answer}"
    local code
    code=$(curl -s -o /dev/null -w "%{http_code}" --max-time 3 "http://$HOST:$PUBLIC_PORT/health" 2>/dev/null || true)
    if [ "$code" = 503 ]; then log "public site (http://$HOST:$PUBLIC_PORT): 503, maintenance page"
    elif [ -z "$code" ] || [ "$code" = 000 ]; then log "public site (http://$HOST:$PUBLIC_PORT): no answer"
    else log "public site (http://$HOST:$PUBLIC_PORT): HTTP $code"; fi
    local q lens=""
    for q in llm rl celery; do
      lens="$lens $q=$(redis-cli -h "$HOST" -p "$REDIS_PORT" LLEN "$q" 2>/dev/null || echo '?')"
    done
    log "celery queues:$lens"
  fi
  log "scenario: $(cat "$SWITCH_FILE" 2>/dev/null || echo none)"
  if pid_alive "$STATE/host/loadgen.pid"; then log "load generator: up ($(cat "$STATE/host/rps" 2>/dev/null) requests/s)"
  else log "load generator: down"; rc=1; fi
  if pid_alive "$STATE/host/admin.pid"; then log "admin endpoint: up (http://$HOST:$ADMIN_PORT)"
  else log "admin endpoint: down"; rc=1; fi
  if pid_alive "$STATE/dbus/dbus.pid"; then log "d-bus/keyring: up"; else log "d-bus/keyring: down"; rc=1; fi
  return $rc
}

# After stop: nothing of this stack may be left on the host. Says what is, if anything.
report_leftovers() {
  local left=()
  [ -n "$(pgrep -f -- "$STATE/docker-exec/containerd/containerd" 2>/dev/null)" ] && left+=("containerd or shims")
  [ -f "$STATE/dockerd.pid" ] && left+=("dockerd")
  if [ -s "$STATE/docker-pool" ]; then
    local prefix; prefix=$(sed 's/\.0\/24$/./' "$STATE/docker-pool")
    [ -n "$(pgrep -f -- "docker-proxy .*-container-ip $prefix" 2>/dev/null)" ] && left+=("docker-proxy")
    ip -4 -o addr show | awk -v p="$prefix" 'index($4, p) == 1 { f = 1 } END { exit !f }' && left+=("bridge interfaces")
  fi
  awk -v s="$STATE/" 'index($2, s) == 1 { f = 1 } END { exit !f }' /proc/self/mounts && left+=("mounts under $STATE")
  [ -n "$(cgroup_pids)" ] && left+=("container processes")
  compgen -G "/sys/fs/cgroup/*/opsconsole-stack-$(stack_id)" >/dev/null && left+=("cgroups")
  ip link show "$(bridge_name)" >/dev/null 2>&1 && left+=("bridge $(bridge_name)")
  reserved_ports_now | grep -qxF -f <(stack_ports | tr ' ' '\n') && left+=("reserved ports")
  if [ ${#left[@]} -gt 0 ]; then log "warning: left behind: ${left[*]}"; return 1; fi
  return 0
}
