#!/usr/bin/env bash
# Runs every test on this machine, from nothing: installs the Debian packages, builds,
# starts the local stack (scripts/stack.sh: the runbook's services as real containers on a
# private Docker daemon, ports on loopback), runs ctest inside the keyring's D-Bus session,
# and stops the stack again — also when tests fail. Prints how long it all took.
#
#   scripts/test.sh [ctest arguments…]      e.g. scripts/test.sh -L unit
#
# OPSCONSOLE_BUILD_DIR (build/dev) chooses the build folder. Any stack already running in
# OPSCONSOLE_STATE_DIR is stopped first: tests start from a clean stack.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# Where the time goes, printed at the end (also when a step fails).
T0=$SECONDS
PHASES=()
phase() { PHASES+=("$1 $((SECONDS - T_PHASE)) s"); T_PHASE=$SECONDS; }
report_time() {
  local rc=$?
  echo "test: time: ${PHASES[*]:-} — total $((SECONDS - T0)) s ($(( (SECONDS - T0) / 60 )) min $(( (SECONDS - T0) % 60 )) s), exit $rc"
}
T_PHASE=$SECONDS
trap report_time EXIT

bash scripts/install-deps.sh
phase install

export OPSCONSOLE_BUILD_DIR=${OPSCONSOLE_BUILD_DIR:-$ROOT/build/dev}
STATE=${OPSCONSOLE_STATE_DIR:-/tmp/opsconsole-stack}
export OPSCONSOLE_STATE_DIR=$STATE

echo "test: configuring and building in $OPSCONSOLE_BUILD_DIR"
cmake -S "$ROOT" -B "$OPSCONSOLE_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$OPSCONSOLE_BUILD_DIR" -j2
phase build

bash scripts/stack.sh stop >/dev/null 2>&1 || true
rm -rf "$STATE"
trap 'report_time; bash "$ROOT/scripts/stack.sh" stop >/dev/null' EXIT
bash scripts/stack.sh start

# shellcheck disable=SC1091
source "$STATE/stack.env"

# rate() over the rules' 30 s window needs a few scrapes: wait (at most 60 s) until Prometheus
# has scraped the app replicas ten times, so the first tests do not meet an empty Prometheus.
echo "test: waiting for Prometheus' first scrapes"
for _ in $(seq 120); do
  n=$(curl -fsS --max-time 2 "$OPSCONSOLE_PROMETHEUS_URL/api/v1/query" \
        --data-urlencode 'query=count_over_time(up{job="fragrance-ai-api"}[2m])' 2>/dev/null \
      | sed -n 's/.*"value":\[[^,]*,"\([0-9]*\)".*/\1/p')
  [ "${n:-0}" -ge 10 ] && break
  sleep 0.5
done
phase stack
export CI=${CI:-}
echo "test: running ctest"
rc=0
ctest --test-dir "$OPSCONSOLE_BUILD_DIR" --output-on-failure --no-tests=error "$@" || rc=$?
phase tests
exit $rc
