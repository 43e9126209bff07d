#!/usr/bin/env bash
# Installs every Debian 12 package the console, its tests and its demo need.
# Idempotent: when everything is present it only checks and returns quickly.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git mold
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev qt6-svg-dev qt6-websockets-dev
  libqt6svg6 qt6-qpa-plugins
  libxkbcommon-dev libgl1-mesa-dev
  libpqxx-dev libpq-dev libhiredis-dev qtkeychain-qt6-dev
  postgresql postgresql-client redis-server redis-tools
  prometheus prometheus-node-exporter
  gnome-keyring dbus dbus-x11 libsecret-tools
  xvfb xauth fonts-noto-cjk curl procps iproute2 python3
  # The local stack (scripts/stack.sh): a private Docker daemon running the runbook's compose
  # file, whose containers run these Debian binaries from the host's /usr.
  docker.io docker-compose tini iptables util-linux
  nginx-light prometheus-alertmanager prometheus-postgres-exporter prometheus-redis-exporter
  python3-celery python3-redis
  clang libclang-rt-14-dev  # scripts/fuzz.sh: libFuzzer with ASan and UBSan (the "fuzz" tests)
  gdb  # a test that outlives its limit prints every thread's stack (QtTest runs gdb)
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages (${missing[*]}); run as root" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# The packaged services must not start on their default ports: the scripts run
# their own throw-away instances instead.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod +x "$policy"; created_policy=1
fi
# man-db rebuilds its whole index after an install (7 s of a fresh machine's 49 s here): its flag file
# is moved aside for the install and put back after, so the daily man-db job brings the index up to date.
mandb_flag=/var/lib/man-db/auto-update
moved_mandb_flag=0
if [ -e "$mandb_flag" ]; then mv "$mandb_flag" "$mandb_flag.opsconsole" && moved_mandb_flag=1; fi
restore() {
  [ $created_policy -eq 1 ] && rm -f "$policy"
  [ $moved_mandb_flag -eq 1 ] && mv "$mandb_flag.opsconsole" "$mandb_flag"
  return 0
}
trap restore EXIT
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/opsconsole-apt.log 2>&1 || {
  tail -40 /tmp/opsconsole-apt.log >&2; exit 1; }
# Where systemd runs, a freshly installed docker.io enables docker.socket, which would start the
# system dockerd on the first connection to /var/run/docker.sock. The stack never uses it (it runs
# a daemon of its own per state folder): when this script installed docker.io, keep that one off.
# (A docker.io that was already here is the machine owner's business and stays as it was.)
if [[ " ${missing[*]} " == *" docker.io "* ]] && [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then
  systemctl disable --now docker.socket docker.service >/dev/null 2>&1 || true
fi
echo "install-deps: done"
