#!/usr/bin/env bash
# A consistent backup of the Welcoming City database, while the application runs: pg_dump takes
# one snapshot of the whole database (custom format, compressed), then the file is read back
# to prove it restores, and its SHA-256 is written beside it.
#
#   backup.sh --db welcoming --out /var/backups/welcoming [--host 127.0.0.1] [--port 5432] [--user postgres]
#
# Prints the path of the new file. The password, if any, comes from ~/.pgpass or PGPASSWORD.
# Point-in-time recovery (WAL archiving) is set up on the PostgreSQL server: docs/operations.md.
set -euo pipefail

db="" out="" host=${PGHOST:-127.0.0.1} port=${PGPORT:-5432} user=${PGUSER:-postgres}
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --host) host=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --user) user=$2; shift 2 ;;
    *) echo "backup: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$db" ] && [ -n "$out" ] || { echo "backup: --db and --out are required" >&2; exit 2; }
mkdir -p "$out"
file="$out/$db-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --host "$host" --port "$port" --username "$user" --format custom --compress 6 \
  --serializable-deferrable --file "$file.partial" "$db"
pg_restore --list "$file.partial" >/dev/null || { echo "backup: $file.partial does not read back" >&2; exit 1; }
mv "$file.partial" "$file"
(cd "$out" && sha256sum "$(basename "$file")" >"$(basename "$file").sha256")
echo "$file"
