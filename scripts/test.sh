#!/usr/bin/env bash
# Runs every test on this machine, from nothing: installs the Debian packages, builds the console
# and the tests, starts four local stacks side by side (scripts/stack.sh: the runbook's services as
# real containers on a private Docker daemon each, ports on loopback), runs ctest six tests at a time
# (one per stack, two needing none), and stops the stacks again — also when tests fail. Prints how long
# each part took, the install and the stop included.
#
#   scripts/test.sh [ctest arguments…]      e.g. scripts/test.sh -L unit
#
# OPSCONSOLE_BUILD_DIR (build/dev) chooses the build folder, OPSCONSOLE_TEST_STACKS (4) how many
# stacks. Any stack already running in OPSCONSOLE_STATE_DIR (and its -2, -3, -4 siblings) is stopped
# first: tests start from clean stacks.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# Where the time goes, printed at the end (also when a step fails).
T0=$SECONDS
PHASES=()
phase() { PHASES+=("$1 $((SECONDS - T_PHASE)) s"); T_PHASE=$SECONDS; }
report_time() {
  local rc=${1:-$?}
  echo "test: time: ${PHASES[*]:-} — total $((SECONDS - T0)) s ($(( (SECONDS - T0) / 60 )) min $(( (SECONDS - T0) % 60 )) s), exit $rc"
}
T_PHASE=$SECONDS
trap report_time EXIT

bash scripts/install-deps.sh
phase install

export OPSCONSOLE_BUILD_DIR=${OPSCONSOLE_BUILD_DIR:-$ROOT/build/dev}
STATE=${OPSCONSOLE_STATE_DIR:-/tmp/opsconsole-stack}
export OPSCONSOLE_STATE_DIR=$STATE

# Tests of a stack run side by side, one per stack (they mostly wait on servers): the first stack
# on the usual ports, the others on ports from 30100, 30200, … (below the kernel's ephemeral range),
# each with its own Docker daemon and state folder. ctest hands one to each test of a stack
# (tests/common/with-stack.sh; the resource specification is written below).
STACK_COUNT=${OPSCONSOLE_TEST_STACKS:-4}
STACKS=()
for ((k = 0; k < STACK_COUNT; k++)); do
  if [ "$k" -eq 0 ]; then STACKS+=("$STATE"); else STACKS+=("$STATE-$((k + 1))"); fi
done
stack_env() { # the environment of stack k for scripts/stack.sh
  local k=$1 base=$((30000 + 100 * $1))
  echo "OPSCONSOLE_STATE_DIR=${STACKS[$k]}"
  [ "$k" -eq 0 ] && return 0
  echo "OPSCONSOLE_PG_PORT=$base OPSCONSOLE_REDIS_PORT=$((base + 1)) OPSCONSOLE_PROMETHEUS_PORT=$((base + 2))"
  echo "OPSCONSOLE_NODE_EXPORTER_PORT=$((base + 3)) OPSCONSOLE_API_PORT=$((base + 4)) OPSCONSOLE_PUBLIC_PORT=$((base + 6))"
  echo "OPSCONSOLE_ALERTMANAGER_PORT=$((base + 7)) OPSCONSOLE_GRAFANA_PORT=$((base + 8))"
}
STARTING=()
stop_stacks() { # side by side: one after the other took 41 s
  [ ${#STARTING[@]} -eq 0 ] || kill "${STARTING[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  for s in "${STACKS[@]}"; do OPSCONSOLE_STATE_DIR=$s bash "$ROOT/scripts/stack.sh" stop >/dev/null 2>&1 & done
  wait 2>/dev/null || true
}

echo "test: configuring and building in $OPSCONSOLE_BUILD_DIR"
# Without the benchmark programs (tests/bench: not tests; the release preset builds them), and with
# line tables for debug information (backtraces keep their functions and lines; a fifth less to compile).
cmake -S "$ROOT" -B "$OPSCONSOLE_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DOPSCONSOLE_BUILD_BENCHMARKS=OFF \
  -DOPSCONSOLE_DEBUG_INFO=lines >/dev/null
cmake --build "$OPSCONSOLE_BUILD_DIR" -j2
phase build

# The stacks start side by side once the build is done: started during it (after the console and the
# simulator they need) they slowed the build by more than their own 35 s, building their images and
# starting their services on the same two cores.
stop_stacks
for s in "${STACKS[@]}"; do rm -rf "$s"; done
# The stacks' stop is part of the run's time.
trap 'rc=$?; stop_stacks; phase stop; report_time $rc' EXIT
for ((k = 0; k < STACK_COUNT; k++)); do
  # shellcheck disable=SC2046
  # No settling for the idle-memory figure (5 s each): the wait for Prometheus' scrapes below follows.
  env $(stack_env "$k") OPSCONSOLE_SETTLE_SECONDS=0 bash scripts/stack.sh start >"$OPSCONSOLE_BUILD_DIR/stack-$k-start.log" 2>&1 &
  STARTING+=($!)
done
for ((k = 0; k < STACK_COUNT; k++)); do
  if ! wait "${STARTING[$k]}"; then
    cat "$OPSCONSOLE_BUILD_DIR/stack-$k-start.log" >&2
    echo "test: stack $k (${STACKS[$k]}) did not start" >&2
    exit 1
  fi
  tail -n 1 "$OPSCONSOLE_BUILD_DIR/stack-$k-start.log"
done
STARTING=()

# Each stack's Prometheus needs a few scrapes before the first test on it reads rates: the test waits
# for them itself (tests/common/with-stack.sh), while the tests that need no stack run.
phase stack

# shellcheck disable=SC1091
source "$STATE/stack.env"
export OPSCONSOLE_STACKS="${STACKS[*]}"
spec="$OPSCONSOLE_BUILD_DIR/stacks.json"
ids=()
for ((k = 0; k < STACK_COUNT; k++)); do ids+=("{\"id\": \"$k\", \"slots\": 1}"); done
(IFS=,; echo "{\"version\": {\"major\": 1, \"minor\": 0}, \"local\": [{\"stacks\": [${ids[*]}]}]}") >"$spec"
export CI=${CI:-}
echo "test: running ctest"
rc=0
# A test on each stack, and two that need no stack (unit, GUI, fuzz) beside them. With one, those ran
# one after the other behind the fuzz targets' clang build, and ctest took 424–459 s; with two, 381 s.
ctest --test-dir "$OPSCONSOLE_BUILD_DIR" --output-on-failure --no-tests=error \
  --resource-spec-file "$spec" -j$((STACK_COUNT + 2)) "$@" || rc=$?
phase tests
exit $rc
