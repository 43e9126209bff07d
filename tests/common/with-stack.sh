#!/usr/bin/env bash
# Runs one test against the local stack ctest gave it, for the tests that use the stack:
#
#   tests/common/with-stack.sh COMMAND [ARGS…]
#
# scripts/test.sh starts more than one stack (each its own Docker daemon, ports and state folder;
# see scripts/stack.sh) and lists them in a ctest resource specification: every test of the stack
# asks for one ("stacks:1" in tests/CMakeLists.txt), so tests on different stacks run side by side and
# never two on one. ctest names the stack it chose in CTEST_RESOURCE_GROUP_0_STACKS ("id:1,slots:1");
# OPSCONSOLE_STACKS lists the state folders in the order of their ids. This reads the chosen stack's
# stack.env, so the test and every program it starts reach that stack only, and gives the test a
# settings, data and home folder of that stack's own (two tests on two stacks never share a journal
# or a saved run). Without a resource specification (ctest by hand, one stack) it changes nothing.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: with-stack.sh COMMAND [ARGS…]" >&2; exit 2; }

if [ -n "${CTEST_RESOURCE_GROUP_0_STACKS:-}" ] && [ -n "${OPSCONSOLE_STACKS:-}" ]; then
  id=${CTEST_RESOURCE_GROUP_0_STACKS#id:}
  id=${id%%,*}
  read -r -a stacks <<<"$OPSCONSOLE_STACKS"
  case $id in
    '' | *[!0-9]*) echo "with-stack: no stack id in '$CTEST_RESOURCE_GROUP_0_STACKS'" >&2; exit 1 ;;
  esac
  if [ "$id" -ge "${#stacks[@]}" ]; then
    echo "with-stack: stack $id is not one of OPSCONSOLE_STACKS ($OPSCONSOLE_STACKS)" >&2
    exit 1
  fi
  state=${stacks[$id]}
  [ -r "$state/stack.env" ] || { echo "with-stack: $state/stack.env is missing: is stack $id running?" >&2; exit 1; }
  # shellcheck disable=SC1091
  source "$state/stack.env"
  # Which stack a failed test ran on, and so which tests ran on it before (ctest's output keeps the order).
  echo "with-stack: stack $id ($state)" >&2
  mkdir -p "$state/xdg/config" "$state/xdg/data" "$state/home"
  export XDG_CONFIG_HOME=$state/xdg/config XDG_DATA_HOME=$state/xdg/data
  # And a home of its own: QStandardPaths' test mode ignores the XDG folders and writes to ~/.qttest, so
  # tests on different stacks shared their offline journals (replayed into the other stack's database),
  # saved procedures and maintenance windows — and kept them from one run to the next.
  export HOME=$state/home
  # rate() over the rules' 30 s window needs a few scrapes: on a stack just started, the first test
  # waits (at most 60 s) until its Prometheus has scraped the app replicas ten times, so it does not
  # meet an empty Prometheus. Only the first (the marker file): after a test that scaled the app up and
  # down, the replica scaled away left a series of a few scrapes that never reaches ten, and the next
  # test on that stack waited the whole 60 s for nothing (tst_auditchain 4 s → 47 s, tst_checkcommand
  # 19 → 55 s). scripts/test.sh starts ctest as soon as the stacks answer (and removes the state
  # folders, the marker with them): the tests that need no stack run meanwhile.
  marker=$state/first-scrapes-waited
  if [ ! -e "$marker" ]; then
    deadline=$((SECONDS + 60))
    while [ "$SECONDS" -lt "$deadline" ]; do
      n=$(curl -fsS --max-time 2 "$OPSCONSOLE_PROMETHEUS_URL/api/v1/query" \
            --data-urlencode 'query=count_over_time(up{job="fragrance-ai-api"}[2m])' 2>/dev/null \
          | sed -n 's/.*"value":\[[^,]*,"\([0-9]*\)".*/\1/p') || n=0
      [ "${n:-0}" -ge 10 ] && break
      sleep 0.5
    done
    touch "$marker"
  fi
fi
exec "$@"
