# The stack's published ports on the host (sourced by scripts/stack.sh).
#
# The default ports lie in the kernel's ephemeral range (32768-60999): any outgoing connection on
# this machine may get one of them as its local port, and while it lives nobody can listen there.
# Long-lived ones (a Prometheus' keep-alive scrapes, a console's pollers) block a port for minutes.
# So, while the stack runs, its ports are added to net.ipv4.ip_local_reserved_ports (the kernel's
# own list of "ports for known applications, never handed out automatically"); stop takes exactly
# these entries out again. Other entries of the list are never touched.

RESERVED=/proc/sys/net/ipv4/ip_local_reserved_ports
RESERVED_LOCK=/run/lock/opsconsole-stack-ports.lock

stack_ports() { echo "$PG_PORT $REDIS_PORT $PROM_PORT $NODE_PORT $API_PORT $PUBLIC_PORT $AM_PORT $GRAFANA_PORT $ADMIN_PORT"; }

# reserved_ports_now: the kernel's list, one port per line (it keeps them as ranges: "48000-48001").
reserved_ports_now() {
  [ -r "$RESERVED" ] || return 0
  tr ',' '\n' <"$RESERVED" | awk '/^[0-9]+(-[0-9]+)?$/ {
    split($0, r, "-"); hi = (r[2] == "" ? r[1] : r[2]); for (p = r[1] + 0; p <= hi + 0; p++) print p }'
}

# edit_reserved add|remove: read-modify-write of the list under a lock shared by every stack.
edit_reserved() {
  [ -w "$RESERVED" ] || return 0
  local op=$1 ports; ports=$(stack_ports)
  (
    flock -w 10 8 || exit 0
    { reserved_ports_now | grep -vxF -f <(tr ' ' '\n' <<<"$ports") || true
      if [ "$op" = add ]; then tr ' ' '\n' <<<"$ports"; fi
    } | sort -nu | paste -sd, >"$RESERVED"
  ) 8>"$RESERVED_LOCK"
}

reserve_ports() { edit_reserved add; }
release_ports() { edit_reserved remove; }

# port_holder PORT: who uses the port on this host, listening or as a live connection's local end
# (TIME-WAIT leftovers do not count: docker-proxy and the admin endpoint listen with SO_REUSEADDR).
port_holder() { ss -Htanp exclude time-wait "( sport = :$1 )" 2>/dev/null | head -n 1; }

# check_ports: every port free; a port held only as some connection's local end gets 15 s to free up.
check_ports() {
  local p holder deadline
  for p in $(stack_ports); do
    deadline=$((SECONDS + 15))
    while holder=$(port_holder "$p") && [ -n "$holder" ]; do
      if grep -q '^LISTEN' <<<"$holder" || [ $SECONDS -ge $deadline ]; then
        die "port $p is taken (see the OPSCONSOLE_*_PORT variables in scripts/stack.sh): $holder"
      fi
      sleep 0.5
    done
  done
}
