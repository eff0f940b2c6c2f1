# Shared by the cluster tests: a DAS and a deployment group of two instances on PostgreSQL,
# built with the production setup scripts, behind HAProxy with a test certificate.
# Sourced; expects ROOT (the checkout) and WORK (a scratch folder) to be set.

PAYARA=${PAYARA:-$ROOT/target/payara6}
DOMAIN=${CLUSTER_DOMAIN:-welcoming-cluster}
PORTBASE=${CLUSTER_PORTBASE:-32000}
ADMIN_PORT=$((PORTBASE + 48))
INSTANCE_PORTBASE=$((PORTBASE + 100))
GRID_PORT=$((PORTBASE + 90))
HTTPS_PORT=$((PORTBASE + 443))
GROUP=welcoming-group
PG_DB=${CLUSTER_PG_DATABASE:-cluster_ci}
PG_APP_ROLE=cluster_app
FIRST_ADMIN_PASSWORD=first-admin-once-only-42
CREW_PASSWORD=crew-password-of-the-cluster-run
export WELCOMING_MONITOR_PASSWORD=monitor-of-the-cluster-run
EAR=${EAR:-$ROOT/ear/target/welcoming.ear}
JDBC_DRIVER=$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar)
# The production setup requires the Payara administrator's password (and turns on secure admin).
export WELCOMING_ADMIN_PASSWORD_FILE=$WORK/admin-password.txt
[ -f "$WELCOMING_ADMIN_PASSWORD_FILE" ] || printf 'AS_ADMIN_PASSWORD=cluster-admin-password-42\n' > "$WELCOMING_ADMIN_PASSWORD_FILE"
ASADMIN=("$PAYARA/bin/asadmin" --port "$ADMIN_PORT" --interactive=false --user admin
  --passwordfile "$WELCOMING_ADMIN_PASSWORD_FILE")
BALANCER=https://localhost:$HTTPS_PORT

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
now_ms() { date +%s%3N; }
instance_http() { echo $((INSTANCE_PORTBASE + ($1 - 1) * 100 + 80)); }
instance_dir() { echo "$PAYARA/glassfish/nodes/localhost-$DOMAIN/$GROUP-$1"; }
instance_pid() { cat "$(instance_dir "$1")/config/pid"; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }

# The database: owned by the superuser, used by the application's own role, as in production.
make_database() {
  psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
DROP DATABASE IF EXISTS $PG_DB WITH (FORCE);
CREATE DATABASE $PG_DB;
DO \$r\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_APP_ROLE') THEN
  CREATE ROLE $PG_APP_ROLE LOGIN PASSWORD 'cluster-app'; END IF; END \$r\$;
SQL
}

make_domain() {
  "${ASADMIN[@]}" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
  rm -rf "$PAYARA/glassfish/domains/$DOMAIN" "$PAYARA/glassfish/nodes/localhost-$DOMAIN"
  WELCOMING_DB_HOST=127.0.0.1 WELCOMING_DB_PORT=5432 WELCOMING_DB_NAME=$PG_DB \
  WELCOMING_DB_USER=$PG_APP_ROLE WELCOMING_DB_PASSWORD=cluster-app \
  WELCOMING_DB_OWNER=postgres WELCOMING_DB_OWNER_PASSWORD=postgres \
  WELCOMING_FIRST_ADMIN_PASSWORD=$FIRST_ADMIN_PASSWORD \
    bash "$ROOT/config/src/main/payara/setup-domain.sh" --payara "$PAYARA" --domain "$DOMAIN" \
      --portbase "$PORTBASE" --db postgres --jdbc-driver "$JDBC_DRIVER" --short-lived >"$WORK/setup-domain.log"
  bash "$ROOT/config/src/main/payara/setup-deployment-group.sh" --payara "$PAYARA" --domain "$DOMAIN" \
    --admin-port "$ADMIN_PORT" --group "$GROUP" --instances 2 --instance-portbase "$INSTANCE_PORTBASE" \
    --grid-port "$GRID_PORT" --heap 384m --checkpoint-file "$WORK/chain-checkpoints.txt" \
    --ear "$EAR" --short-lived >"$WORK/setup-group.log"
  # A checkpoint turn every minute, so that the test sees several.
  "${ASADMIN[@]}" create-system-properties --target "$GROUP-config" welcoming.audit.checkpoint-minutes=1 >/dev/null
}

# Waits until every instance answers UP on /welcoming/health/ready; prints the seconds it took.
wait_ready() {
  local started=$SECONDS deadline=$((SECONDS + ${2:-600})) i
  for i in $1; do
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$(instance_http "$i")/welcoming/health/ready")" = 200 ]; do
      [ $SECONDS -lt $deadline ] || fail "instance $i did not answer UP on /welcoming/health/ready"
      sleep 1
    done
  done
  echo $((SECONDS - started))
}

# HAProxy with the shipped configuration and a certificate made now for localhost.
start_balancer() {
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
    -addext subjectAltName=DNS:localhost -keyout "$WORK/tls.key" -out "$WORK/tls.crt" 2>/dev/null
  cat "$WORK/tls.crt" "$WORK/tls.key" >"$WORK/tls.pem"
  WELCOMING_HTTPS_BIND=127.0.0.1:$HTTPS_PORT WELCOMING_TLS_PEM=$WORK/tls.pem \
  WELCOMING_INSTANCE_1=127.0.0.1:$(instance_http 1) WELCOMING_INSTANCE_2=127.0.0.1:$(instance_http 2) \
  WELCOMING_ADMIN_SOCKET=$WORK/haproxy.sock \
    haproxy -f "$ROOT/config/src/main/haproxy/welcoming.cfg" >"$WORK/haproxy.log" 2>&1 &
  echo $! >"$WORK/haproxy.pid"
  local deadline=$((SECONDS + 20))
  until [ "$(curl -sk -o /dev/null -w '%{http_code}' "$BALANCER/welcoming/health/ready")" = 200 ]; do
    [ $SECONDS -lt $deadline ] || fail "HAProxy did not answer on $BALANCER"
    sleep 0.5
  done
}

stop_balancer() {
  [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true
}

# Stops both instances, ending by its process what does not stop within a minute.
# stop-deployment-group waited more than six minutes for an instance that had been killed with
# kill -9 (after the failover), so each instance is stopped on its own, with a time limit and --kill.
stop_group() {
  local i
  for i in 1 2; do
    timeout 90 "${ASADMIN[@]}" stop-instance --kill=true --timeout 60 "$GROUP-$i" >/dev/null 2>&1 || true
  done
}

# At the end of a test: the balancer, the group and the DAS stop, unless CLUSTER_KEEP=true.
cleanup() {
  stop_balancer
  if [ "${CLUSTER_KEEP:-false}" != true ]; then
    stop_group
    timeout 120 "${ASADMIN[@]}" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
    # What did not stop in time is ended by its own process id, so the next run finds its ports free.
    for pidfile in "$PAYARA/glassfish/domains/$DOMAIN/config/pid" "$(instance_dir 1)/config/pid" "$(instance_dir 2)/config/pid"; do
      pid=$(cat "$pidfile" 2>/dev/null || true)
      if [ -n "$pid" ] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$(dirname "$(dirname "$pidfile")")"; then
        kill -9 "$pid" 2>/dev/null || true
      fi
    done
  fi
}

# The balancer's runtime API: balancer_says COMMAND prints HAProxy's answer.
balancer_says() { socat stdio "UNIX-CONNECT:$WORK/haproxy.sock" <<<"$1"; }
# The state of instance i as the balancer sees it (UP, DOWN, MAINT, DRAIN, ...).
balancer_state() { balancer_says "show stat" | awk -F, -v s="welcoming-$1" '$1 == "instances" && $2 == s {print $18}'; }

# Waits until the balancer has the instances in rotation (its health checks must pass a few times
# after an instance answers UP): balancer_in "1 2" [SECONDS, default 60].
balancer_in() {
  local deadline=$((SECONDS + ${2:-60})) i
  for i in $1; do
    until [ "$(balancer_state "$i")" = UP ]; do
      [ $SECONDS -lt $deadline ] || fail "the balancer has instance $i $(balancer_state "$i"), not UP"
      sleep 0.2
    done
  done
}

# The API as one account, through the balancer: api METHOD PATH USER [BODY]; prints the body,
# then the status on a last line of its own.
api() {
  local method=$1 path=$2 user=$3 body=${4:-} password=${API_PASSWORD:-$CREW_PASSWORD}
  curl -sk -u "$user:$password" -X "$method" -H 'Content-Type: application/json' \
    ${body:+--data "$body"} -w '\n%{http_code}' --max-time 30 "${API_BASE:-$BALANCER}/welcoming/$path"
}
status_of() { tail -n1 <<<"$1"; }
body_of() { sed '$d' <<<"$1"; }
expect_status() {  # expect_status WANTED ANSWER WHAT
  [ "$(status_of "$2")" = "$1" ] || fail "$3: wanted $1, got $(status_of "$2"): $(body_of "$2" | head -c 400)"
}

# As a city would start: the first administrator chooses a password and opens the crew,
# each of whom chooses theirs. All through the balancer.
open_crew() {
  local answer name role
  answer=$(API_PASSWORD=$FIRST_ADMIN_PASSWORD api POST api/v1/accounts/admin/password admin \
    "{\"currentPassword\": \"$FIRST_ADMIN_PASSWORD\", \"newPassword\": \"$CREW_PASSWORD\"}")
  expect_status 204 "$answer" "the first administrator's new password"
  for name in officer supervisor auditor clerk; do
    case $name in clerk) role=OFFICER ;; *) role=${name^^} ;; esac
    answer=$(api POST api/v1/accounts admin "{\"username\": \"$name\", \"displayName\": \"Crew $name\",
      \"unit\": \"District 001\", \"roles\": [\"$role\"], \"password\": \"first-password-of-$name\"}")
    expect_status 201 "$answer" "opening the account $name"
    answer=$(API_PASSWORD=first-password-of-$name api POST "api/v1/accounts/$name/password" "$name" \
      "{\"currentPassword\": \"first-password-of-$name\", \"newPassword\": \"$CREW_PASSWORD\"}")
    expect_status 204 "$answer" "$name choosing a password"
  done
}

# A person's browser session through the balancer, in a curl cookie jar.
page() {  # page JAR PATH -> body, then the final URL and status on a last line
  curl -sk -b "$1" -c "$1" -L --max-time 30 -w '\n%{url_effective} %{http_code}' "$BALANCER/welcoming/$2"
}
# shellcheck source=../shell/log-on-form.sh
source "$ROOT/ear/src/test/shell/log-on-form.sh"
sign_in() {  # sign_in JAR USER
  local landed
  landed=$(log_on_form "$BALANCER" "$1" "$2" "$CREW_PASSWORD") || fail "$2 could not sign in"
  [[ "$landed" == *"/$2/index.xhtml 200" ]] || fail "$2 could not sign in: $landed"
}
serving_node() { awk '$6 == "WCNODE" {print $7}' "$1"; }
