# Backups of the application database, and the console's records database brought up to date (sourced by
# scripts/stack.sh). The databases themselves (roles, fragrance_ai with demo rows, opsconsole) are made by
# the postgres container on its first start.

psql_app() { "$PGBIN/psql" -h "$HOST" -p "$PG_PORT" -U fragrance_user -d fragrance_ai -v ON_ERROR_STOP=1 -qAtX "$@"; }

# backup_at STAMP: a real plain-SQL dump of the demo tables, restorable through psql on a live DB
# (`cat backup.sql | docker-compose exec -T postgres psql -U fragrance_user -d fragrance_ai`).
backup_at() {
  local stamp=$1 file=$STATE/backups/backup_$1.sql
  "$PGBIN/pg_dump" -h "$HOST" -p "$PG_PORT" -U fragrance_user -d fragrance_ai \
    --clean --if-exists -t 'public.*' -f "$file.tmp"
  mv "$file.tmp" "$file"
  touch -d "$(printf '%s-%s-%s %s:%s:%s' "${stamp:0:4}" "${stamp:4:2}" "${stamp:6:2}" "${stamp:9:2}" "${stamp:11:2}" "${stamp:13:2}")" "$file"
}

make_backups() {
  wait_for "postgresql on $HOST:$PG_PORT" 60 "$PGBIN/pg_isready" -h "$HOST" -p "$PG_PORT" -U fragrance_user -d fragrance_ai
  # The container's first start runs the schema before it listens on TCP: tables exist by now.
  mkdir -p "$STATE/backups"
  local count
  count=$(find "$STATE/backups" -maxdepth 1 -name 'backup_*.sql' | wc -l)
  [ "$count" -ge 2 ] && return
  # Three backups of a database that changed between them, as a nightly job leaves them.
  backup_at "$(date -u -d '2 days ago' +%Y%m%d)_020000"
  psql_app -c "INSERT INTO generation_jobs (task_id, user_id, prompt, status, model_version, duration_ms)
               SELECT md5('day2-' || g)::uuid, 2, 'woody evening scent #' || g, 'succeeded', '0.2.0', 700
               FROM generate_series(1, 8) AS g ON CONFLICT DO NOTHING"
  backup_at "$(date -u -d '1 day ago' +%Y%m%d)_020000"
  psql_app -c "UPDATE fragrances SET rating = 4.65 WHERE name = 'Seoul Rain'"
  backup_at "$(date -u +%Y%m%d_%H%M%S)"
  log "backups of fragrance_ai in $STATE/backups"
}

# The console's records database (opsconsole) is migrated by an administrator, as in production (README,
# "The records database"): the console's role fragrance_user may only append and read there afterwards.
# Needs the console built ($BUILD_DIR/app/opsconsole); without it the console says what to run.
migrate_records() {
  local app=$BUILD_DIR/app/opsconsole config
  if [ ! -x "$app" ]; then
    log "records database not migrated: $app is not built (then: $app --profile-file $STATE/demo-profile.json --migrate)"
    return 0
  fi
  config=$(mktemp -d "$STATE/migrate-config.XXXXXX")
  if "$app" --config-dir "$config" --profile-file "$STATE/demo-profile.json" --migrate --admin-user postgres \
      >"$STATE/migrate.log" 2>&1; then
    log "$(tail -n 1 "$STATE/migrate.log")"
  else
    cat "$STATE/migrate.log" >&2
    rm -rf "$config"
    die "the records database could not be migrated"
  fi
  rm -rf "$config"
}
