#!/usr/bin/env bash
# The runbook's smoke test: the API answers /health (status healthy), /version and /metrics.
#   scripts/smoke_test.sh [API_URL]     (default http://localhost:8000, or $OPSCONSOLE_API_URL)
# Exits 0 only when every check passes. Each request has a short timeout.
# No pipefail: `grep -q` closing a pipe early must not count as a failure.
set -u

API=${1:-${OPSCONSOLE_API_URL:-http://localhost:8000}}
API=${API%/}
failed=0

check() {
  local name=$1 ok=$2 detail=$3
  if [ "$ok" = yes ]; then printf 'PASS  %-8s %s\n' "$name" "$detail"
  else printf 'FAIL  %-8s %s\n' "$name" "$detail"; failed=1; fi
}

fetch() { curl -sS --connect-timeout 3 --max-time 5 -w '\n%{http_code}' "$API$1" 2>&1; }

body=$(fetch /health); code=${body##*$'\n'}; body=${body%$'\n'*}
if [ "$code" = 200 ] && grep -Eq '"status"[[:space:]]*:[[:space:]]*"healthy"' <<<"$body"; then
  check health yes "status healthy"
else
  check health no "HTTP $code: $(printf '%s' "$body" | head -c 300)"
fi

body=$(fetch /version); code=${body##*$'\n'}; body=${body%$'\n'*}
if [ "$code" = 200 ] && grep -Eq '"version"[[:space:]]*:[[:space:]]*"[^"]+"' <<<"$body"; then
  check version yes "$(printf '%s' "$body" | head -c 100)"
else
  check version no "HTTP $code: $(printf '%s' "$body" | head -c 300)"
fi

body=$(fetch /metrics); code=${body##*$'\n'}; body=${body%$'\n'*}
if [ "$code" = 200 ] && grep -q '^http_requests_total' <<<"$body"; then
  check metrics yes "$(grep -c '^[a-z]' <<<"$body") samples"
else
  check metrics no "HTTP $code: $(printf '%s' "$body" | head -c 300)"
fi

if [ $failed -eq 0 ]; then echo "smoke test passed ($API)"; else echo "smoke test FAILED ($API)"; fi
exit $failed
