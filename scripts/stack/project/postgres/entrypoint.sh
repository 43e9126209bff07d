#!/usr/bin/env bash
# PostgreSQL 15 of the local stack (Debian's binaries from the host's /usr). Starts as root only to
# prepare its folders, then runs as the postgres user. On the first start (an empty pgdata volume):
# initdb, then init.sql (roles and databases) and the application's schema with demo rows.
set -euo pipefail
BIN=/usr/lib/postgresql/15/bin
as_postgres() { setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; }

mkdir -p "$PGDATA" /var/run/postgresql
chown postgres:postgres "$PGDATA" /var/run/postgresql
chmod 700 "$PGDATA"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  as_postgres "$BIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
  # Who may connect how. The stack's network (containers, and the host through the published
  # port, which binds 127.0.0.1 only) is "samenet". fragrance_secure must give its password (scram).
  cat >"$PGDATA/pg_hba.conf" <<'HBA'
local all all                     trust
host  all fragrance_secure samenet   scram-sha-256
host  all fragrance_secure 127.0.0.1/32 scram-sha-256
host  all all              samenet   trust
host  all all              127.0.0.1/32 trust
HBA
  # Set up on a socket only, so nothing connects before the databases exist.
  as_postgres "$BIN/pg_ctl" -D "$PGDATA" -w -t 60 -o "-c listen_addresses=''" start >/dev/null
  as_postgres "$BIN/psql" -qX -v ON_ERROR_STOP=1 -U postgres -d postgres -f /etc/fragrance-postgres/init.sql
  as_postgres "$BIN/psql" -qX -v ON_ERROR_STOP=1 -U fragrance_user -d fragrance_ai -f /etc/fragrance-postgres/schema.sql
  as_postgres "$BIN/pg_ctl" -D "$PGDATA" -w -t 60 -m fast stop >/dev/null
  echo "postgres: initialized $PGDATA (fragrance_ai, opsconsole)"
fi

# fsync off and small buffers: a throw-away demo and test database on a shared machine.
exec setpriv --reuid=postgres --regid=postgres --init-groups -- "$BIN/postgres" -D "$PGDATA" \
  -c listen_addresses='*' -c max_connections=100 -c fsync=off -c synchronous_commit=off \
  -c full_page_writes=off -c shared_buffers=32MB -c unix_socket_directories=/var/run/postgresql \
  -c log_min_messages=warning -c log_connections=off
