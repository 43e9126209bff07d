# The stack's private Docker daemon (sourced by scripts/stack.sh).
#
# One dockerd per stack, with its own data root, exec root, socket, containerd and cgroup parent in
# or named after the state folder: two stacks (a developer's and CI's) run side by side, and the
# system daemon (/var/run/docker.sock) is never used. Without the default docker0 bridge and with
# Docker's iptables management off, stacks share no interface and no chain on the host: each compose
# network is a bridge of its own (named after the state folder), in an address pool derived from
# the state folder; published ports go through docker-proxy on 127.0.0.1.
# --ip-forward=false leaves the host's forwarding setting alone; --dns 127.0.0.1 keeps names outside
# the stack from ever being looked up off this machine.

# The stack's identity for names on the host (cgroup parent, bridge): short, stable per state folder.
stack_id() { printf '%s' "$STATE" | cksum | cut -d' ' -f1; }

# The compose network's bridge interface (named in .env, so every `up` uses the same one).
bridge_name() { echo "fai$(stack_id)"; }

# Where br_netfilter is loaded (a system Docker ran here once), frames between containers on a
# bridge pass the host's FORWARD chain, whose policy Docker sets to DROP: containers could not
# reach each other. One rule for this stack's own bridge only (no chains of ours), removed by stop.
bridge_rule() { echo "FORWARD -i $(bridge_name) -o $(bridge_name) -m comment --comment opsconsole-stack -j ACCEPT"; }

allow_bridge_traffic() {
  [ "$(cat /proc/sys/net/bridge/bridge-nf-call-iptables 2>/dev/null)" = 1 ] || return 0
  # shellcheck disable=SC2046
  iptables -C $(bridge_rule) 2>/dev/null || iptables -I $(bridge_rule)
}

remove_bridge_rule() {
  # shellcheck disable=SC2046
  while iptables -C $(bridge_rule) 2>/dev/null; do iptables -D $(bridge_rule); done
}

# pool_taken NET: whether a route of this host covers or lies inside the /24 NET.
pool_taken() {
  local net=$1
  ip -4 route show match "${net%.0/24}.1" 2>/dev/null | grep -vq '^default' && return 0
  [ -n "$(ip -4 route show root "$net" 2>/dev/null)" ]
}

# choose_pool: the /24 this stack's networks come from. Derived from the state folder (so two stacks
# differ), the first one no route of this host uses; kept for the state folder across restarts.
choose_pool() {
  local saved=$STATE/docker-pool
  if [ -s "$saved" ] && ! pool_taken "$(cat "$saved")"; then cat "$saved"; return; fi
  local h i n net
  h=$(stack_id)
  for ((i = 0; i < 12800; i++)); do
    n=$(((h + i) % 12800))
    net="10.$((200 + n / 256)).$((n % 256)).0/24"
    if ! pool_taken "$net"; then echo "$net" >"$saved"; echo "$net"; return; fi
  done
  die "no free address pool in 10.200.0.0/13"
}

daemon_ready() { docker_ version >/dev/null 2>&1; }

# cgroup_pids: every process in this stack's cgroup parent (all its containers' processes).
cgroup_pids() {
  local cg=/sys/fs/cgroup/pids/opsconsole-stack-$(stack_id)
  [ -d "$cg" ] || cg=/sys/fs/cgroup/opsconsole-stack-$(stack_id)   # cgroup v2
  [ -d "$cg" ] && find "$cg" -name cgroup.procs -exec cat {} + 2>/dev/null
  return 0
}

daemon_start() {
  if pid_alive "$STATE/dockerd.pid" && daemon_ready; then
    log "docker daemon already running ($DOCKER_HOST_URL)"; return
  fi
  [ -x /usr/sbin/dockerd ] || die "dockerd is not installed (scripts/install-deps.sh: docker.io)"
  mkdir -p "$STATE/docker" "$STATE/docker-exec"
  local pool; pool=$(choose_pool)
  # Our own (empty) daemon.json: the system's /etc/docker/daemon.json must not leak in.
  echo '{}' >"$STATE/daemon.json"
  setsid /usr/sbin/dockerd --config-file "$STATE/daemon.json" \
    --data-root "$STATE/docker" --exec-root "$STATE/docker-exec" --pidfile "$STATE/dockerd.pid" \
    -H "$DOCKER_HOST_URL" --bridge=none --iptables=false --ip6tables=false --ip-forward=false \
    --ip-masq=false --userland-proxy=true --userland-proxy-path=/usr/sbin/docker-proxy \
    --default-address-pool "base=$pool,size=26" --dns 127.0.0.1 \
    --cgroup-parent "/opsconsole-stack-$(stack_id)" \
    --log-driver json-file --log-opt max-size=10m --log-opt max-file=2 \
    >>"$STATE/dockerd.log" 2>&1 </dev/null &
  allow_bridge_traffic
  local deadline=$((SECONDS + 30))
  until daemon_ready; do
    if [ $SECONDS -ge $deadline ] || ! kill -0 $! 2>/dev/null; then
      tail -20 "$STATE/dockerd.log" >&2; die "the docker daemon did not start"
    fi
    sleep 0.1
  done
  log "docker daemon on $DOCKER_HOST_URL (networks from $pool)"
}

# daemon_stop: the daemon and everything it made on the host. Containers and networks are gone
# already (compose down); this also covers a daemon that died and left things behind.
daemon_stop() {
  if [ -f "$STATE/dockerd.pid" ]; then
    local pid; pid=$(cat "$STATE/dockerd.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$STATE/dockerd.pid"
  fi
  # Left behind only by a daemon that died: the containers' processes, found in this stack's own
  # cgroup (thawed first: a paused container's processes cannot die while frozen), …
  local cg
  for cg in /sys/fs/cgroup/freezer/"opsconsole-stack-$(stack_id)"; do
    [ -d "$cg" ] || continue
    find "$cg" -name freezer.state | while read -r f; do echo THAWED >"$f" 2>/dev/null || true; done
  done
  for pid in $(cgroup_pids); do kill -9 "$pid" 2>/dev/null || true; done
  # … its containerd and shims (named by the exec root's
  # containerd socket and config) and its port proxies (forwarding to our pool's addresses).
  local p pid pattern=("$STATE/docker-exec/containerd/containerd")
  [ -s "$STATE/docker-pool" ] && pattern+=("docker-proxy .*-container-ip $(sed 's/\.0\/24$/./' "$STATE/docker-pool")")
  for p in "${pattern[@]}"; do
    for pid in $(pgrep -f -- "$p" 2>/dev/null); do kill -9 "$pid" 2>/dev/null || true; done
  done
  # Mounts (overlays, network namespaces, volumes) under the state folder, deepest first.
  awk -v s="$STATE/" 'index($2, s) == 1 { print $2 }' /proc/self/mounts | sort -r |
    while read -r m; do umount -l "$m" 2>/dev/null || true; done
  # Bridges of this daemon's networks: ours by name, and any other interface on our pool's addresses.
  ip link delete "$(bridge_name)" 2>/dev/null || true
  remove_bridge_rule
  if [ -s "$STATE/docker-pool" ]; then
    local pool prefix dev
    pool=$(cat "$STATE/docker-pool"); prefix=${pool%.0/24}.
    for dev in $(ip -4 -o addr show | awk -v p="$prefix" 'index($4, p) == 1 { print $2 }'); do
      ip link delete "$dev" 2>/dev/null || true
    done
  fi
  # The stack's cgroups, children first (rmdir works once they are empty).
  local dir
  for _ in $(seq 50); do [ -z "$(cgroup_pids)" ] && break; sleep 0.1; done
  for dir in /sys/fs/cgroup/*/"opsconsole-stack-$(stack_id)"; do
    [ -d "$dir" ] && find "$dir" -depth -type d -exec rmdir {} \; 2>/dev/null || true
  done
  rm -f "$STATE/docker.sock"
}
