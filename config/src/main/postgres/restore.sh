#!/usr/bin/env bash
# Restores a backup made by backup.sh into a NEW database (never over an existing one), with
# the schema's owner, grants and audit triggers as they were. The roles must exist on the
# server (postgres-database.sql makes them; pg_dumpall --roles-only copies them).
#
#   restore.sh --dump FILE --db NEW_NAME --owner welcoming_owner --app-role welcoming
#              [--host 127.0.0.1] [--port 5432] [--user postgres]
#
# Then point the domain at it (welcoming.db.name; docs/operations.md, "Restore") and start.
set -euo pipefail

dump="" db="" owner="" app_role="" host=${PGHOST:-127.0.0.1} port=${PGPORT:-5432} user=${PGUSER:-postgres}
while [ $# -gt 0 ]; do
  case "$1" in
    --dump) dump=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --owner) owner=$2; shift 2 ;;
    --app-role) app_role=$2; shift 2 ;;
    --host) host=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --user) user=$2; shift 2 ;;
    *) echo "restore: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$dump" ] && [ -n "$db" ] && [ -n "$owner" ] && [ -n "$app_role" ] || {
  echo "restore: --dump, --db, --owner and --app-role are required" >&2; exit 2; }
[ -f "$dump" ] || { echo "restore: no backup file $dump" >&2; exit 2; }
if [ -f "$dump.sha256" ]; then
  (cd "$(dirname "$dump")" && sha256sum --check --quiet "$(basename "$dump").sha256") \
    || { echo "restore: $dump does not match its SHA-256: damaged or altered" >&2; exit 1; }
fi
pg=(--host "$host" --port "$port" --username "$user")
if [ -n "$(psql "${pg[@]}" -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
  echo "restore: database $db exists; restore into a new one" >&2
  exit 2
fi
createdb "${pg[@]}" --owner "$owner" --encoding UTF8 "$db"
if ! pg_restore "${pg[@]}" --dbname "$db" --exit-on-error --single-transaction "$dump"; then
  dropdb "${pg[@]}" "$db"
  echo "restore: $dump did not restore; $db removed" >&2
  exit 1
fi
psql "${pg[@]}" -d "$db" -q -v ON_ERROR_STOP=1 \
  -c "REVOKE ALL ON DATABASE \"$db\" FROM PUBLIC" -c "GRANT CONNECT ON DATABASE \"$db\" TO \"$app_role\""
echo "Restored $dump into $db."
