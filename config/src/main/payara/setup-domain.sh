#!/usr/bin/env bash
# Creates and configures a Payara Server domain for Welcoming City. A domain that already exists
# keeps its data, its passwords and keys: it only gets this version's settings again when they
# have changed since they were last applied (the mark config/welcoming-settings.sha256).
#
#   setup-domain.sh --payara DIR --domain NAME [--admin-port 4848 --http-port 8080 | --portbase N]
#                   [--db h2|postgres] [--jdbc-driver postgresql.jar] [--demo-accounts] [--heap 320m]
#                   [--short-lived | --short-lived-hashing]
#
# --heap sizes a small server (the run command's): that maximum heap instead of Payara's 512 MB,
# with the serial collector, which needs none of G1's own memory and threads for a heap this size.
# --short-lived is for a server that lives minutes, as the H2 test suite's does: the JIT's client
# compiler only (-XX:TieredStopAtLevel=1). A start then costs about half the CPU, and the server
# reaches its speed sooner. A server that runs for days needs the optimizing compiler, and so
# does one that hashes passwords at production strength (310,000 PBKDF2 iterations a log-on):
# --short-lived-hashing is for a short-lived one of those, the PostgreSQL test suite's: the
# optimizing compiler for the hottest code only (its thresholds 10 to 33 times the JDK's), which
# the hashing reaches at once. docs/benchmarks/ceiling.md has the figures.
# PostgreSQL settings come from the environment: WELCOMING_DB_HOST (127.0.0.1),
# WELCOMING_DB_PORT (5432), WELCOMING_DB_NAME (welcoming), WELCOMING_DB_USER (welcoming),
# WELCOMING_DB_PASSWORD (required; stored as the password alias welcoming-db, never in domain.xml).
# With WELCOMING_DB_OWNER (and WELCOMING_DB_OWNER_PASSWORD, required then) the schema belongs to
# that role: migrations run as it through jdbc/welcoming-schema, and the application's role gets
# only what it needs (on the audit table, SELECT and INSERT).
# The first administrator (PostgreSQL only; the embedded H2 demo has its demo accounts):
# WELCOMING_FIRST_ADMIN (admin) and WELCOMING_FIRST_ADMIN_PASSWORD, kept as the password alias
# welcoming.first-admin.password; without it a random one is made and printed here, once. The
# application opens that account at its first start and asks for a new password at the first log-on.
# The audit key (every domain, H2 too): WELCOMING_AUDIT_HMAC_KEY (at least 32 characters), kept as
# the password alias welcoming.audit.hmac-key; without it a random one is made for this domain.
# Keep a copy where the database administrators cannot read it: the trail verifies only with it.
# A production domain (PostgreSQL) is hardened: asadmin needs the administrator's password, from
# WELCOMING_ADMIN_PASSWORD_FILE (a file with the line AS_ADMIN_PASSWORD=..., which asadmin's own
# --passwordfile reads too) or WELCOMING_ADMIN_PASSWORD; there is no default and none may be empty.
# The admin port then answers over TLS only (secure admin), and /metrics and /openapi are closed;
# with WELCOMING_MONITOR_PASSWORD (at least 12 characters) /metrics answers the file-realm user
# "monitor" with that password, over TLS (HTTP is sent to HTTPS), for the city's monitoring.
# Every domain answers outside the application only with a redirect to it or a plain "Not found",
# both with the application's security headers (docroot/ and the server's default-web.xml).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# asadmin is a client that lives a second or two: the client compiler only (about half its CPU).
export AS_EXTRA_JAVA_OPTS=${AS_EXTRA_JAVA_OPTS:--XX:TieredStopAtLevel=1}
payara="" domain="" admin_port=4848 http_port=8080 portbase="" db=h2 driver="" demo=false heap="" jit=tiered
while [ $# -gt 0 ]; do
  case "$1" in
    --payara) payara=$2; shift 2 ;;
    --domain) domain=$2; shift 2 ;;
    --admin-port) admin_port=$2; shift 2 ;;
    --http-port) http_port=$2; shift 2 ;;
    --portbase) portbase=$2; admin_port=$((portbase + 48)); shift 2 ;;
    --db) db=$2; shift 2 ;;
    --jdbc-driver) driver=${2:-}; shift $(( $# > 1 ? 2 : 1 )) ;;
    --demo-accounts) demo=true; shift ;;
    --heap) heap=$2; shift 2 ;;
    --short-lived) jit=client; shift ;;
    --short-lived-hashing) jit=hottest; shift ;;
    *) echo "setup-domain: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$payara" ] && [ -n "$domain" ] || { echo "setup-domain: --payara and --domain are required" >&2; exit 2; }
case "$db" in h2|postgres) ;; *) echo "setup-domain: --db must be h2 or postgres, not $db" >&2; exit 2 ;; esac
[[ "$heap" =~ ^[0-9]+[mg]$ ]] || [ -z "$heap" ] || { echo "setup-domain: --heap takes a size such as 320m or 2g, not $heap" >&2; exit 2; }
if [ "$demo" = true ] && [ "$db" != h2 ]; then
  echo "setup-domain: --demo-accounts is for the embedded H2 demo only; production opens its first administrator instead" >&2
  exit 2
fi
admin_password=""
if [ "$db" = postgres ]; then
  if [ -n "${WELCOMING_ADMIN_PASSWORD_FILE:-}" ]; then
    [ -r "$WELCOMING_ADMIN_PASSWORD_FILE" ] || { echo "setup-domain: cannot read WELCOMING_ADMIN_PASSWORD_FILE=$WELCOMING_ADMIN_PASSWORD_FILE" >&2; exit 2; }
    admin_password=$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "$WELCOMING_ADMIN_PASSWORD_FILE" | head -n 1)
  else
    admin_password=${WELCOMING_ADMIN_PASSWORD:-}
  fi
  if [ ${#admin_password} -lt 12 ]; then
    echo "setup-domain: a production domain needs the Payara administrator's password, at least 12 characters:" \
      "set WELCOMING_ADMIN_PASSWORD_FILE to a file with the line AS_ADMIN_PASSWORD=... (or WELCOMING_ADMIN_PASSWORD)" >&2
    exit 2
  fi
fi
if [ -n "${WELCOMING_MONITOR_PASSWORD:-}" ] && { [ "$db" != postgres ] || [ ${#WELCOMING_MONITOR_PASSWORD} -lt 12 ]; }; then
  echo "setup-domain: WELCOMING_MONITOR_PASSWORD is for a production domain and needs at least 12 characters" >&2
  exit 2
fi
if [ -n "${WELCOMING_AUDIT_HMAC_KEY:-}" ] && [ ${#WELCOMING_AUDIT_HMAC_KEY} -lt 32 ]; then
  echo "setup-domain: WELCOMING_AUDIT_HMAC_KEY must have at least 32 characters" >&2
  exit 2
fi

asadmin="$payara/bin/asadmin"
domain_dir="$payara/glassfish/domains/$domain"
settings_mark="$domain_dir/config/welcoming-settings.sha256"

# The administrator's password and, later, each password alias reach asadmin through this file only.
passfile=$(mktemp)
chmod 600 "$passfile"
[ -z "$admin_password" ] || printf 'AS_ADMIN_PASSWORD=%s\n' "$admin_password" > "$passfile"
# The password file holds the administrator's password (when there is one) and the next alias's.
alias_password() {
  { [ -z "$admin_password" ] || printf 'AS_ADMIN_PASSWORD=%s\n' "$admin_password"; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$1"; } > "$passfile"
}
admin=("$asadmin" --port "$admin_port" --interactive=false --user admin --passwordfile "$passfile")

# JVM options every domain gets (the JVM reads them at the next start): no product name or version
# on the server's own error pages; uploaded deployments kept in a temporary folder of the domain's
# own, so that two domains on one machine never overwrite each other's; on a production domain,
# every collection's pause in logs/gc.log (time of day and uptime), rotated at 20 MB, 5 files kept:
# what tells a slow answer's cause apart from the collector's; on the embedded default, the options
# in config/class-data.options, where ./welcoming run names its class-data archive (empty otherwise).
jvm_options=("-Dproduct.name=" "-Djava.io.tmpdir=$domain_dir/tmp")
[ -z "$heap" ] || jvm_options+=("-Xmx$heap" "-XX:+UseSerialGC")
jit_client=(-XX:TieredStopAtLevel=1)
jit_hottest=(-XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=20000
  -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=1000000)
case "$jit" in
  client) jvm_options+=("${jit_client[@]}") ;;
  hottest) jvm_options+=("${jit_hottest[@]}") ;;
esac
settings_files=("$here/security.asadmin")
if [ "$db" = postgres ]; then
  jvm_options+=('-Xlog:gc:file=${com.sun.aas.instanceRoot}/logs/gc.log:time,uptime:filecount=5,filesize=20m')
  settings_files+=("$here/production-settings.asadmin")
else
  jvm_options+=('-XX:VMOptionsFile=${com.sun.aas.instanceRoot}/config/class-data.options')
  settings_files+=("$here/embedded-settings.asadmin")
fi

# Everything a domain of this kind is set to, on a running domain; each step may run again.
apply_settings() {
  local file option present
  for file in "${settings_files[@]}"; do
    "${admin[@]}" multimode --file "$file"
  done
  mkdir -p "$domain_dir/tmp"
  [ "$db" = postgres ] || touch "$domain_dir/config/class-data.options"
  present=$("${admin[@]}" list-jvm-options)
  # One maximum heap only: Payara's own -Xmx512m gives way to --heap's.
  if [ -n "$heap" ]; then
    for option in $(grep -E '^-Xmx' <<<"$present" | grep -vxF -- "-Xmx$heap" || true); do
      "${admin[@]}" delete-jvm-options -- "$option"
    done
  fi
  # A domain set up short-lived before, and not now or the other way, loses the JIT options it had.
  for option in "${jit_client[@]}" "${jit_hottest[@]}"; do
    if grep -qxF -- "$option" <<<"$present" && ! printf '%s\n' "${jvm_options[@]}" | grep -qxF -- "$option"; then
      "${admin[@]}" delete-jvm-options -- "${option//:/\\:}"
    fi
  done
  for option in "${jvm_options[@]}"; do
    grep -qxF -- "$option" <<<"$present" || "${admin[@]}" create-jvm-options -- "${option//:/\\:}"
  done
  # Outside the application the server answers with a redirect to it or a plain "Not found", never
  # its own welcome page or error report, and with the security headers (docroot/WEB-INF/headers.jspf).
  rm -rf "${domain_dir:?}/docroot"
  cp -R "$here/docroot" "$domain_dir/docroot"
  # (403 too: a switched-off /metrics or /openapi answers it, naming the service.)
  local not_found='<location>/WEB-INF/not-found.jsp</location></error-page>'
  if ! grep -q 'not-found.jsp' "$domain_dir/config/default-web.xml"; then
    sed -i "s|^  <welcome-file-list>|  <error-page><error-code>404</error-code>$not_found\\n  <error-page><error-code>403</error-code>$not_found\\n&|" \
      "$domain_dir/config/default-web.xml"
    grep -q 'not-found.jsp' "$domain_dir/config/default-web.xml" \
      || { echo "setup-domain: could not add the error pages to default-web.xml (has its layout changed?)" >&2; return 1; }
  fi
  [ "$db" = postgres ] || return 0
  # No server metrics for anyone who can reach the HTTP port; with the file-realm user "monitor"
  # (WELCOMING_MONITOR_PASSWORD), /metrics answers that user alone, over HTTP Basic, whose group is
  # the role Payara's metrics endpoint asks for. Payara gives a secured endpoint a user "mp" with the
  # password "mp": no such default here.
  if "${admin[@]}" list-file-users | grep -qx monitor; then
    "${admin[@]}" set-metrics-configuration --enabled=true --securityenabled=true --roles=microprofile
    if "${admin[@]}" list-file-users | grep -qx mp; then
      "${admin[@]}" delete-file-user mp
    fi
  else
    "${admin[@]}" set-metrics-configuration --enabled=false
  fi
  # The admin port answers over TLS only and always asks for the password (from the next start).
  if ! "${admin[@]}" get secure-admin.enabled | grep -qx 'secure-admin.enabled=true'; then
    "${admin[@]}" enable-secure-admin
  fi
}

# What apply_settings would set: its own steps, the files it reads, the JVM options, the docroot.
settings_sum() {
  { declare -f apply_settings; cat "${settings_files[@]}"; printf '%s\n' "${jvm_options[@]}"
    (cd "$here/docroot" && find . -type f | LC_ALL=C sort | xargs sha256sum); } | sha256sum | cut -d' ' -f1
}

running() {
  [ -f "$domain_dir/config/pid" ] && kill -0 "$(cat "$domain_dir/config/pid")" 2>/dev/null
}

created=false started=false finished=false
# On any failure: a domain this run began to create is removed whole, from its first step, so
# that no half-configured domain survives; an existing domain keeps its data and is left as it
# was started or stopped, its settings to be applied again at the next run.
on_exit() {
  local status=$?
  if [ "$finished" != true ]; then
    if [ "$started" = true ]; then "$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true; fi
    if [ "$created" = true ]; then
      rm -rf "$domain_dir"
      echo "setup-domain: failed, domain removed" >&2
    elif [ -f "$domain_dir/config/domain.xml" ]; then
      echo "setup-domain: failed to apply the settings to domain $domain; its data is kept, run again once fixed" >&2
    fi
  fi
  rm -f "$passfile"
  exit "$status"
}
trap on_exit EXIT

if [ -f "$domain_dir/config/domain.xml" ]; then
  case "$db" in
    h2) kind_pool='org.h2.jdbcx.JdbcDataSource' ;;
    postgres) kind_pool='org.postgresql.ds.PGSimpleDataSource' ;;
  esac
  if ! grep -o '<jdbc-connection-pool [^>]*>' "$domain_dir/config/domain.xml" | grep 'name="welcoming"' \
      | grep -q "datasource-classname=\"$kind_pool\""; then
    echo "setup-domain: domain $domain exists but is not a Welcoming City domain for --db $db" \
      "(its pool welcoming is not $kind_pool): choose another --domain, or remove it if its data is not needed" >&2
    exit 2
  fi
  sum=$(settings_sum)
  if [ -f "$settings_mark" ] && [ "$(cat "$settings_mark")" = "$sum" ]; then
    echo "Domain $domain exists: keeping it and its data; its settings are current."
    finished=true
    exit 0
  fi
  echo "Domain $domain exists: keeping it and its data, applying this version's settings ..."
  if ! running; then
    "$asadmin" start-domain "$domain"
    started=true
  fi
  apply_settings
  echo "$sum" > "$settings_mark"
  if [ "$started" = true ]; then
    "$asadmin" stop-domain "$domain"
  else
    echo "Domain $domain runs: restart it for the listener and JVM settings to take effect."
  fi
  finished=true
  echo "Domain $domain: settings applied."
  exit 0
fi

# A new domain. Its passwords have no default, and the driver must be there, before anything is made.
if [ "$db" = postgres ]; then
  [ -n "${WELCOMING_DB_PASSWORD:-}" ] || { echo "setup-domain: set WELCOMING_DB_PASSWORD (no default password)" >&2; exit 2; }
  if [ -n "${WELCOMING_DB_OWNER:-}" ] && [ -z "${WELCOMING_DB_OWNER_PASSWORD:-}" ]; then
    echo "setup-domain: set WELCOMING_DB_OWNER_PASSWORD with WELCOMING_DB_OWNER (no default password)" >&2
    exit 2
  fi
  [ -f "$driver" ] || { echo "setup-domain: --jdbc-driver must name the PostgreSQL JDBC jar" >&2; exit 2; }
fi

created=true
if [ -n "$admin_password" ]; then
  new_domain=("$asadmin" --user admin --passwordfile "$passfile" create-domain)
else
  new_domain=("$asadmin" create-domain --user admin --nopassword)
fi
if [ -n "$portbase" ]; then
  "${new_domain[@]}" --portbase "$portbase" "$domain"
else
  "${new_domain[@]}" --adminport "$admin_port" --instanceport "$http_port" "$domain"
fi
[ "$db" != postgres ] || cp "$driver" "$domain_dir/lib/"
"$asadmin" start-domain "$domain"
started=true
audit_key=${WELCOMING_AUDIT_HMAC_KEY:-$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n')}
alias_password "$audit_key"
"${admin[@]}" create-password-alias welcoming.audit.hmac-key
if [ "$db" = postgres ]; then
  alias_password "$WELCOMING_DB_PASSWORD"
  "${admin[@]}" create-password-alias welcoming-db
  "${admin[@]}" create-system-properties \
    "welcoming.db.host=${WELCOMING_DB_HOST:-127.0.0.1}:welcoming.db.port=${WELCOMING_DB_PORT:-5432}:welcoming.db.name=${WELCOMING_DB_NAME:-welcoming}:welcoming.db.user=${WELCOMING_DB_USER:-welcoming}"
  "${admin[@]}" multimode --file "$here/postgres-domain.asadmin"
  if [ -n "${WELCOMING_DB_OWNER:-}" ]; then
    alias_password "$WELCOMING_DB_OWNER_PASSWORD"
    "${admin[@]}" create-password-alias welcoming-db-owner
    "${admin[@]}" create-system-properties "welcoming.db.owner=$WELCOMING_DB_OWNER"
    "${admin[@]}" multimode --file "$here/postgres-schema-owner.asadmin"
    "${admin[@]}" create-system-properties \
      "welcoming.schema.datasource=jdbc/welcoming-schema:welcoming.schema.application-role=${WELCOMING_DB_USER:-welcoming}"
  fi
  first_admin_password=${WELCOMING_FIRST_ADMIN_PASSWORD:-}
  if [ -z "$first_admin_password" ]; then
    first_admin_password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
    echo "The first administrator, ${WELCOMING_FIRST_ADMIN:-admin}, signs in once with this password, then chooses"
    echo "their own; it is shown only now: $first_admin_password"
  fi
  alias_password "$first_admin_password"
  "${admin[@]}" create-password-alias welcoming.first-admin.password
  if [ -n "${WELCOMING_FIRST_ADMIN:-}" ]; then
    "${admin[@]}" create-system-properties "welcoming.first-admin.username=$WELCOMING_FIRST_ADMIN"
  fi
else
  "${admin[@]}" multimode --file "$here/embedded-domain.asadmin"
fi
if [ "$demo" = true ]; then
  "${admin[@]}" create-system-properties welcoming.demo.accounts=true
fi
if [ "$db" = postgres ] && [ -n "${WELCOMING_MONITOR_PASSWORD:-}" ]; then
  { printf 'AS_ADMIN_PASSWORD=%s\n' "$admin_password"; printf 'AS_ADMIN_USERPASSWORD=%s\n' "$WELCOMING_MONITOR_PASSWORD"; } > "$passfile"
  "${admin[@]}" create-file-user --groups microprofile monitor
fi
alias_password ""
apply_settings
settings_sum > "$settings_mark"
"$asadmin" stop-domain "$domain"
finished=true
echo "Domain $domain created in $domain_dir ($db database)."
