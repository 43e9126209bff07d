#!/usr/bin/env bash
# Runs every test on this machine, from nothing: installs the Debian packages, builds,
# starts two local stacks (scripts/stack.sh: the runbook's services as real containers on a
# private Docker daemon each, ports on loopback), runs ctest three tests at a time (one per stack,
# one needing none), and stops the stacks again — also when tests fail. Prints how long it all took.
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

# Two stacks, so two tests of a stack run side by side (they mostly wait on servers): the first on
# the stack's usual ports, the second on ports from 30100 (below the kernel's ephemeral range), each
# with its own Docker daemon and state folder. ctest hands one to each test of a stack
# (tests/common/with-stack.sh; the resource specification is written here).
STACKS=("$STATE" "$STATE-2")
stop_stacks() {
  for s in "${STACKS[@]}"; do OPSCONSOLE_STATE_DIR=$s bash "$ROOT/scripts/stack.sh" stop >/dev/null 2>&1 || true; done
}
stop_stacks
for s in "${STACKS[@]}"; do rm -rf "$s"; done
trap 'report_time; stop_stacks' EXIT
second_stack_env=(OPSCONSOLE_STATE_DIR="$STATE-2" OPSCONSOLE_PG_PORT=30100 OPSCONSOLE_REDIS_PORT=30101
  OPSCONSOLE_PROMETHEUS_PORT=30102 OPSCONSOLE_NODE_EXPORTER_PORT=30103 OPSCONSOLE_API_PORT=30104
  OPSCONSOLE_PUBLIC_PORT=30106 OPSCONSOLE_ALERTMANAGER_PORT=30107 OPSCONSOLE_GRAFANA_PORT=30108)
# Both start at once (each builds its images in its own daemon); the second's output goes to a log.
env "${second_stack_env[@]}" bash scripts/stack.sh start >"$OPSCONSOLE_BUILD_DIR/stack-2-start.log" 2>&1 &
second_pid=$!
bash scripts/stack.sh start
if ! wait "$second_pid"; then
  cat "$OPSCONSOLE_BUILD_DIR/stack-2-start.log" >&2
  echo "test: the second stack did not start" >&2
  exit 1
fi
tail -n 1 "$OPSCONSOLE_BUILD_DIR/stack-2-start.log"

# rate() over the rules' 30 s window needs a few scrapes: wait (at most 60 s) until each Prometheus
# has scraped the app replicas ten times, so the first tests do not meet an empty Prometheus.
echo "test: waiting for Prometheus' first scrapes"
for s in "${STACKS[@]}"; do
  prometheus=$(sed -n 's/^export OPSCONSOLE_PROMETHEUS_URL=//p' "$s/stack.env")
  for _ in $(seq 120); do
    n=$(curl -fsS --max-time 2 "$prometheus/api/v1/query" \
          --data-urlencode 'query=count_over_time(up{job="fragrance-ai-api"}[2m])' 2>/dev/null \
        | sed -n 's/.*"value":\[[^,]*,"\([0-9]*\)".*/\1/p')
    [ "${n:-0}" -ge 10 ] && break
    sleep 0.5
  done
done
phase stack

# shellcheck disable=SC1091
source "$STATE/stack.env"
export OPSCONSOLE_STACKS="${STACKS[*]}"
spec="$OPSCONSOLE_BUILD_DIR/stacks.json"
cat >"$spec" <<JSON
{"version": {"major": 1, "minor": 0},
 "local": [{"stacks": [{"id": "0", "slots": 1}, {"id": "1", "slots": 1}]}]}
JSON
export CI=${CI:-}
echo "test: running ctest"
rc=0
# Three at a time: a test on each stack, and one that needs no stack (unit, GUI, fuzz).
ctest --test-dir "$OPSCONSOLE_BUILD_DIR" --output-on-failure --no-tests=error \
  --resource-spec-file "$spec" -j3 "$@" || rc=$?
phase tests
exit $rc
