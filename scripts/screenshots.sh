#!/usr/bin/env bash
# Takes the documentation screenshots (docs/screenshots/PAGE-LANG.png) from a real X window on an Xvfb
# of its own, with the machine's time zone set to Asia/Seoul so that times in two zones are visible.
# The local stack must be running (scripts/stack.sh start, same OPSCONSOLE_* environment).
#
#   scripts/screenshots.sh [SHOT…]      SHOT: a page (dashboard, charts, …) or rollback:STEP; default all
#
# Each shot runs the scenario it needs first (bad-deploy for the dashboard's alerts and the rollback
# wizard, whose plan rolls 0.2.0 back to 0.1.0 — Execute, Verify and After show it as a recorded run:
# a screenshot changes nothing on the stack and writes no audit row; normal otherwise), in both languages.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${OPSCONSOLE_BUILD_DIR:-$ROOT/build/dev}
STATE=${OPSCONSOLE_STATE_DIR:-/tmp/opsconsole-stack}
OUT=${OUT:-$ROOT/docs/screenshots}
# shellcheck disable=SC1091
source "$STATE/stack.env"
shots=("$@")
[ ${#shots[@]} -gt 0 ] || shots=(dashboard charts scaling rollback:assess rollback:target rollback:backup rollback:review
                                 rollback:execute rollback:verify rollback:after incidents maintenance oncall logs audit settings)
scenario_for() {
  case "$1" in
    dashboard|rollback:*) echo bad-deploy ;;
    *) echo normal ;;
  esac
}
shoot() { # SHOT LANG
  local shot=$1 lang=$2 name wait=60000 config
  name=${shot/:/-}
  config=$(mktemp -d)
  "$BUILD/app/opsconsole" --config-dir "$config" --import-profiles "$STATE/demo-profile.json" --profile demo \
    --lang "$lang" --screenshot "$shot" --screenshot-grab screen --size 1280x800 --screenshot-wait "$wait" --screenshot-settle "${SETTLE:-12000}" \
    --out "$OUT/$name-$lang.png"
  rm -rf "$config"
}
for shot in "${shots[@]}"; do
  for lang in en ko; do
    "$ROOT/scripts/stack.sh" scenario "$(scenario_for "$shot")" >/dev/null
    [ "$(scenario_for "$shot")" = normal ] || sleep "${SCENARIO_WAIT:-20}" # the bad build's errors reach Prometheus' windows
    TZ=Asia/Seoul "$ROOT/tests/common/with-xvfb.sh" bash -c "$(declare -f shoot); BUILD='$BUILD' STATE='$STATE' OUT='$OUT' shoot '$shot' '$lang'"
    echo "$OUT/${shot/:/-}-$lang.png"
  done
done
