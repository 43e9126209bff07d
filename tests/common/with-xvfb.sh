#!/usr/bin/env bash
# Runs one command against an X server of its own, for the tests that need a real window (Qt's xcb
# platform) rather than the offscreen one:
#
#   tests/common/with-xvfb.sh COMMAND [ARGS…]
#
# Xvfb picks a free display number itself (-displayfd), so tests running side by side and other
# people's servers on this machine are never in the way; it listens on its local socket only, and it
# ends with its last client (-terminate), so a test killed on a timeout leaves no server behind.
# DISPLAY and QT_QPA_PLATFORM=xcb are set for COMMAND only. Exit status: COMMAND's, or 1 when no
# server could be started (a missing X server fails the test, it is never skipped).
# OPSCONSOLE_XVFB_SCREEN overrides the screen (1440x900x24).
set -euo pipefail

if ! command -v Xvfb >/dev/null 2>&1; then
  echo "with-xvfb: Xvfb is not installed (scripts/install-deps.sh installs xvfb)" >&2
  exit 1
fi
[ $# -gt 0 ] || { echo "usage: with-xvfb.sh COMMAND [ARGS…]" >&2; exit 2; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/with-xvfb.XXXXXX")
xvfb_pid=
cleanup() {
  if [ -n "$xvfb_pid" ] && kill -0 "$xvfb_pid" 2>/dev/null; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 143' TERM INT HUP # until the test runs (below, the signal goes to the test first)

Xvfb -displayfd 3 -screen 0 "${OPSCONSOLE_XVFB_SCREEN:-1440x900x24}" -nolisten tcp -terminate \
  3>"$dir/display" 2>"$dir/log" &
xvfb_pid=$!
# The number is written once the server accepts connections.
for _ in $(seq 200); do
  grep -q '^[0-9]' "$dir/display" 2>/dev/null && break
  if ! kill -0 "$xvfb_pid" 2>/dev/null; then
    echo "with-xvfb: Xvfb exited before it was ready:" >&2
    cat "$dir/log" >&2
    exit 1
  fi
  sleep 0.05
done
display=$(head -n 1 "$dir/display")
if [ -z "$display" ]; then
  echo "with-xvfb: Xvfb gave no display number within 10 s:" >&2
  cat "$dir/log" >&2
  exit 1
fi

export DISPLAY=":$display" QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY
echo "with-xvfb: Xvfb on $DISPLAY (${OPSCONSOLE_XVFB_SCREEN:-1440x900x24})" >&2
# In the background, so that a TERM from ctest (a timeout) reaches the test at once rather than after it.
"$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null || true' TERM INT HUP
status=0
wait "$child" || status=$?
while kill -0 "$child" 2>/dev/null; do # a signal ended the wait, not the test: wait for the test
  status=0
  wait "$child" || status=$?
done
exit "$status"
