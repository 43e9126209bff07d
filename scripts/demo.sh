#!/usr/bin/env bash
# Opens the console on the local demo stack, from nothing: installs the Debian packages,
# builds, starts the stack (scripts/stack.sh: the runbook's services as real containers on a
# private Docker daemon, with real traffic from the load generator), saves a `demo` profile
# and opens the console on it. Closing the console stops everything this script started.
#
#   scripts/demo.sh [--scenario NAME] [--lang ko|en]
#
# Scenarios: normal, error-spike, latency-spike, queue-backlog, db-errors, db-pool-exhausted,
# bad-deploy, api-down, api-hang, db-hang, worker-failure (switch while running with
# `scripts/stack.sh scenario NAME`; `scripts/stack.sh reset` puts everything back).
# Without a display (DISPLAY unset) the console opens on a virtual one (Xvfb :99).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

SCENARIO=${OPSCONSOLE_SCENARIO:-normal}
LANG_ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scenario) SCENARIO=$2; shift 2 ;;
    --lang) LANG_ARGS=(--lang "$2"); shift 2 ;;
    *) echo "usage: $0 [--scenario NAME] [--lang ko|en]" >&2; exit 2 ;;
  esac
done

bash scripts/install-deps.sh
export OPSCONSOLE_BUILD_DIR=${OPSCONSOLE_BUILD_DIR:-$ROOT/build/dev}
cmake -S "$ROOT" -B "$OPSCONSOLE_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$OPSCONSOLE_BUILD_DIR" -j2 --target opsconsole opsconsole-stacksim

STATE=${OPSCONSOLE_STATE_DIR:-/tmp/opsconsole-stack}
export OPSCONSOLE_STATE_DIR=$STATE OPSCONSOLE_SCENARIO=$SCENARIO
cleanup() {
  bash "$ROOT/scripts/stack.sh" stop
  [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true
}
trap cleanup EXIT
bash scripts/stack.sh start
# shellcheck disable=SC1091
source "$STATE/stack.env"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  Xvfb :99 -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  export DISPLAY=:99
  echo "demo: no display found; the console runs on the virtual display :99"
fi

echo "demo: scenario '$SCENARIO'; switch it with:"
echo "  OPSCONSOLE_STATE_DIR=$STATE scripts/stack.sh scenario latency-spike"
echo "demo: the stack's own docker-compose, as the runbook uses it:"
echo "  cd $OPSCONSOLE_PROJECT_DIR && $OPSCONSOLE_COMPOSE -f docker-compose.production.yml ps"
"$OPSCONSOLE_BUILD_DIR/app/opsconsole" --import-profiles "$STATE/demo-profile.json" --profile demo "${LANG_ARGS[@]}"
