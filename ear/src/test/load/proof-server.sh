# Sourced by the load, crash and database-loss runs: a PostgreSQL instance of the run's own
# (initdb into a temporary folder, its own port, removed at the end), a Payara domain of its
# own on it (production mode: the first administrator, no demo accounts), the EAR deployed,
# and the accounts the load signs in with. Never touches another PostgreSQL server.
#
# Settings (environment): PROOF_PORTBASE (24000: admin +48, HTTP +80), PROOF_PG_PORT (24432),
# PROOF_PAYARA (target/payara6, unpacked by ./mvnw -pl ear dependency:unpack@unpack-payara),
# PROOF_EAR (ear/target/welcoming.ear; a copy of its own where a build runs beside the proof),
# PROOF_SHORT_LIVED (false; true sets the domain up with setup-domain.sh --short-lived-hashing, for
# CI's short proof, whose times are reported, not judged).

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
payara=${PROOF_PAYARA:-$root/target/payara6}
ear=${PROOF_EAR:-$root/ear/target/welcoming.ear}
# Below Linux's ephemeral ports (32768 to 60999 by default): a port there may be taken for a
# moment by any outgoing connection on the machine, and the domain's creation then fails.
domain=welcoming-proof-${PROOF_PORTBASE:-24000}
portbase=${PROOF_PORTBASE:-24000}
admin_port=$((portbase + 48))
http_port=$((portbase + 80))
url=http://localhost:$http_port
pg_port=${PROOF_PG_PORT:-24432}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
asadmin=$payara/bin/asadmin
domain_dir=$payara/glassfish/domains/$domain
first_admin_password=first-admin-of-the-proof-run
# The production setup asks for the Payara administrator's password (and turns on secure admin).
admin_password_file=$payara/glassfish/proof-admin-password-$portbase.txt
crew_password=crew-password-of-the-proof-run
units=4

# PostgreSQL refuses to run as root: the instance runs as the postgres account then.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_create() {
  pg_dir=$(mktemp -d /tmp/welcoming-proof-pg.XXXXXX)
  chmod 755 "$pg_dir"
  [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
  as_pg "$pg_bin/initdb" -U postgres --auth=trust -D "$pg_dir/data" >/dev/null
  pg_start
  psql_owner -c "CREATE ROLE welcoming_app LOGIN PASSWORD 'welcoming'" -c "CREATE DATABASE welcoming" >/dev/null
}

pg_start() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200 \
        -c log_min_duration_statement=100 -c log_checkpoints=on -c log_autovacuum_min_duration=0" \
    start >/dev/null
}

pg_stop() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null
}

psql_owner() {
  psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d "${PGDATABASE_PROOF:-postgres}" -v ON_ERROR_STOP=1 "$@"
}

# One value from the application's database.
sql() {
  PGDATABASE_PROOF=welcoming psql_owner -At -c "$1"
}

server_pid() {
  cat "$domain_dir/config/pid" 2>/dev/null
}

domain_create() {
  if [ -d "$domain_dir" ]; then
    "$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
    rm -rf "$domain_dir"
  fi
  local driver=$HOME/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar
  printf 'AS_ADMIN_PASSWORD=proof-run-admin-password\n' >"$admin_password_file"
  WELCOMING_DB_HOST=127.0.0.1 WELCOMING_DB_PORT=$pg_port WELCOMING_DB_NAME=welcoming \
    WELCOMING_DB_USER=welcoming_app WELCOMING_DB_PASSWORD=welcoming \
    WELCOMING_DB_OWNER=postgres WELCOMING_DB_OWNER_PASSWORD=postgres \
    WELCOMING_FIRST_ADMIN_PASSWORD=$first_admin_password \
    WELCOMING_ADMIN_PASSWORD_FILE=$admin_password_file \
    bash "$root/config/src/main/payara/setup-domain.sh" --payara "$payara" --domain "$domain" \
      --portbase "$portbase" --db postgres --jdbc-driver "$driver" \
      $([ "${PROOF_SHORT_LIVED:-false}" = false ] || echo --short-lived-hashing) >/dev/null
}

server_start() {
  "$asadmin" start-domain "$domain" >/dev/null
}

deploy() {
  "$asadmin" --port "$admin_port" --user admin --passwordfile "$admin_password_file" \
    deploy --force --name welcoming "$ear" >/dev/null
}

# Seconds until an authenticated call that reads the database answers 200, at most $1.
wait_for_service() {
  local limit=$1 start=$SECONDS
  while [ $((SECONDS - start)) -lt "$limit" ]; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -u "auditor:$crew_password" \
        "$url/welcoming/api/v1/audit/events?size=1")" = 200 ]; then
      echo $((SECONDS - start))
      return 0
    fi
    sleep 0.2
  done
  return 1
}

api() {
  local who=$1 method=$2 path=$3 body=${4:-}
  curl -s -o /dev/null -w '%{http_code}' -u "$who" -X "$method" -H 'Content-Type: application/json' \
    ${body:+--data "$body"} "$url/welcoming/api/v1/$path"
}

# The first administrator chooses the crew's password, then opens the accounts of the load:
# per unit load-officer-U-N (8), load-sgt-U-N (3); load-legal-N (6); load-auditor-N (2).
accounts_open() {
  [ "$(api "admin:$first_admin_password" POST accounts/admin/password \
      "{\"currentPassword\":\"$first_admin_password\",\"newPassword\":\"$crew_password\"}")" = 204 ] \
    || { echo "The first administrator could not choose a password" >&2; return 1; }
  local u n
  for u in $(seq 1 $units); do
    for n in $(seq 1 8); do account "load-officer-$u-$n" "Load unit $u" OFFICER; done
    for n in 1 2 3; do account "load-sgt-$u-$n" "Load unit $u" SUPERVISOR; done
  done
  for n in $(seq 1 6); do account "load-legal-$n" "Legal" LEGAL; done
  for n in 1 2; do account "load-auditor-$n" "Inspector General" AUDITOR; done
  account auditor "Inspector General" AUDITOR
}

account() {
  local name=$1 unit=$2 role=$3
  [ "$(api "admin:$crew_password" POST accounts "{\"username\":\"$name\",\"displayName\":\"Load $name\",\
\"unit\":\"$unit\",\"roles\":[\"$role\"],\"password\":\"first-password-$name\"}")" = 201 ] \
    || { echo "Could not open $name" >&2; return 1; }
  [ "$(api "$name:first-password-$name" POST "accounts/$name/password" \
      "{\"currentPassword\":\"first-password-$name\",\"newPassword\":\"$crew_password\"}")" = 204 ] \
    || { echo "$name could not choose a password" >&2; return 1; }
}

# A fresh database, domain and deployment with the load's accounts.
proof_setup() {
  [ -f "$ear" ] || { echo "Build first: ./mvnw -B package -DskipTests" >&2; return 1; }
  [ -x "$asadmin" ] || (cd "$root" && ./mvnw -q -B -pl ear dependency:unpack@unpack-payara)
  echo "PostgreSQL of this run on port $pg_port; Payara domain $domain on $http_port ..."
  pg_create
  domain_create
  server_start
  deploy
  local waited=0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/welcoming/health/ready")" = 200 ]; do
    [ $((waited += 1)) -lt 120 ] || { echo "The server did not become ready" >&2; return 1; }
    sleep 1
  done
  accounts_open
}

proof_teardown() {
  "$asadmin" stop-domain --kill "$domain" >/dev/null 2>&1 || true
  if [ -n "${pg_dir:-}" ] && [ -d "$pg_dir" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}

# The audit chain as the verification API reports it; prints the answer, fails unless it verifies.
chain_verifies() {
  local answer
  answer=$(curl -s -u "auditor:$crew_password" "$url/welcoming/api/v1/audit/verification")
  echo "$answer"
  echo "$answer" | grep -q '"intact":true'
}
