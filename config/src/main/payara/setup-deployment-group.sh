#!/usr/bin/env bash
# Adds a deployment group of N instances to a domain made by setup-domain.sh, so that losing
# one instance loses no signed-in person: the instances share one configuration, the data
# sources and the domain's Welcoming City settings are targeted at the group, the Data Grid
# (Hazelcast) holds the HTTP sessions, and the application is deployed to the group with
# availability on. Run it once, on the machine of the DAS, with the DAS running or not.
#
#   setup-deployment-group.sh --payara DIR --domain NAME --admin-port P
#       [--group welcoming-group] [--instances 2] [--instance-portbase 28000]
#       [--nodes localhost-NAME[,node2,...]] [--grid-port 4900] [--checkpoint-file PATH]
#       [--heap 512m] [--ear welcoming.ear] [--json-logs] [--short-lived]
#
# The DAS's administrator password comes as for setup-domain.sh: WELCOMING_ADMIN_PASSWORD_FILE,
# a file with the line AS_ADMIN_PASSWORD=... (a production domain has secure admin on).
# The instances serve no /openapi, and /metrics only with WELCOMING_MONITOR_PASSWORD: then to the
# file-realm user "monitor" with that password, as setup-domain.sh does for the DAS.
#
# Instance i (1..N) is called GROUP-i, runs on the i-th of --nodes (round robin; the default
# is the CONFIG node on this host, which setup-domain.sh's domain already has) and takes the
# ports of portbase --instance-portbase + (i-1)*100: HTTP at +80, admin at +48, Data Grid at
# +90. Nodes on other hosts are SSH nodes made first with create-node-ssh (docs/operations.md).
# --grid-port is the DAS's Data Grid port; the grid's cluster name is the domain's name, so
# two domains on one network never join each other's grid.
# --checkpoint-file makes every instance write the audit chain checkpoints to one file (a
# folder all instances mount); without it each instance keeps its own.
# --short-lived, as for setup-domain.sh, gives instances that live minutes (a test's) the JIT's
# client compiler only; never for a group that serves the city.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
payara="" domain="" admin_port="" group=welcoming-group instances=2 instance_portbase=28000
nodes="" grid_port=4900 checkpoint_file="" heap=512m ear="" json_logs=false short_lived=false
while [ $# -gt 0 ]; do
  case "$1" in
    --payara) payara=$2; shift 2 ;;
    --domain) domain=$2; shift 2 ;;
    --admin-port) admin_port=$2; shift 2 ;;
    --group) group=$2; shift 2 ;;
    --instances) instances=$2; shift 2 ;;
    --instance-portbase) instance_portbase=$2; shift 2 ;;
    --nodes) nodes=$2; shift 2 ;;
    --grid-port) grid_port=$2; shift 2 ;;
    --checkpoint-file) checkpoint_file=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --ear) ear=$2; shift 2 ;;
    --json-logs) json_logs=true; shift ;;
    --short-lived) short_lived=true; shift ;;
    *) echo "setup-deployment-group: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$payara" ] && [ -n "$domain" ] && [ -n "$admin_port" ] || {
  echo "setup-deployment-group: --payara, --domain and --admin-port are required" >&2; exit 2; }
[[ "$instances" =~ ^[1-9][0-9]*$ ]] || { echo "setup-deployment-group: --instances must be 1 or more, not $instances" >&2; exit 2; }
[[ "$instance_portbase" =~ ^[0-9]+$ ]] && [ $((instance_portbase + instances * 100)) -le 65535 ] || {
  echo "setup-deployment-group: --instance-portbase $instance_portbase leaves no room for $instances instances below port 65535" >&2; exit 2; }
[ -z "$ear" ] || [ -f "$ear" ] || { echo "setup-deployment-group: --ear names no file: $ear" >&2; exit 2; }
[ -f "$payara/glassfish/domains/$domain/config/domain.xml" ] || {
  echo "setup-deployment-group: no domain $domain in $payara; create it with setup-domain.sh first" >&2; exit 2; }

asadmin="$payara/bin/asadmin"
admin=("$asadmin" --port "$admin_port" --interactive=false)
if [ -n "${WELCOMING_ADMIN_PASSWORD_FILE:-}" ]; then
  admin+=(--user admin --passwordfile "$WELCOMING_ADMIN_PASSWORD_FILE")
fi
config="$group-config"
nodes=${nodes:-localhost-$domain}
IFS=, read -r -a node_list <<< "$nodes"

if ! "${admin[@]}" uptime >/dev/null 2>&1; then
  "$asadmin" start-domain "$domain"
fi
if "${admin[@]}" list-deployment-groups 2>/dev/null | grep -qw "^$group"; then
  echo "Deployment group $group exists: keeping it."
  exit 0
fi

# What the DAS has now: its Welcoming City settings (database, schema owner, first
# administrator, made by setup-domain.sh) and its data sources, both given to the group below.
props=$("${admin[@]}" list-system-properties server | grep '^welcoming\.' | sed 's/:/\\:/g' | paste -sd: -)
if [ -n "$checkpoint_file" ]; then
  props="${props:+$props:}welcoming.audit.checkpoint-file=${checkpoint_file//:/\\:}"
fi
resources=$("${admin[@]}" list-jdbc-resources | grep '^jdbc/welcoming' || true)

# Everything else in one asadmin session (each asadmin start costs seconds).
commands=$(mktemp)
trap 'rm -f "$commands"' EXIT
c="configs.config.$config"
{
  # One Data Grid per domain, on ports of its own.
  echo "set-hazelcast-configuration --clustername $domain --dasport $grid_port --startport $((grid_port + 1)) --dynamic=false"
  # The group's configuration: a copy of the template every instance starts from, with what
  # security.asadmin gives the DAS, read from it for this configuration (except the admin
  # listener, which the DAS must reach) ...
  echo "copy-config default-config $config"
  grep -v -e '^#' -e '^$' -e 'admin-listener' "$here/security.asadmin" \
    | sed -e "s/^set configs\.config\.server-config\./set $c./" -e "s/^\(set-[a-z-]*-configuration\) /\1 --target $config /"
  echo "create-jvm-options --target $config \"-Dproduct.name=\""
  echo "delete-jvm-options --target $config -Xmx512m"
  echo "create-jvm-options --target $config -Xmx$heap"
  [ "$short_lived" = false ] || echo "create-jvm-options --target $config \"-XX\\:TieredStopAtLevel=1\""
  # ... the scheme the balancer terminated TLS with, from X-Forwarded-Proto, so that the session
  # cookie is Secure and Strict-Transport-Security is sent (docs/operations.md, the balancer) ...
  echo "set $c.network-config.protocols.protocol.http-listener-1.http.scheme-mapping=X-Forwarded-Proto"
  # ... HTTP sessions of distributable applications deployed with availability kept in the Data Grid ...
  echo "set $c.availability-service.availability-enabled=true"
  echo "set $c.availability-service.web-container-availability.availability-enabled=true"
  echo "set $c.availability-service.web-container-availability.persistence-type=hazelcast"
  # ... EJB timers, should any be added, in the Data Grid, not in an embedded database of each
  # instance's (which instances do not have); the application's own schedules run on the managed
  # scheduler of each instance and take turns through the grid (ClusterTurns) ...
  echo "set $c.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"
  # ... no API description, and /metrics only for the monitoring user (below) or not at all ...
  echo "set-openapi-configuration --target $config --enabled=false"
  if [ -n "${WELCOMING_MONITOR_PASSWORD:-}" ]; then
    echo "set-metrics-configuration --target $config --enabled=true --securityenabled=true --roles=microprofile"
  else
    echo "set-metrics-configuration --target $config --enabled=false"
  fi
  # ... the server log rotated daily and at 20 MB, 30 files kept, compressed; JSON lines if asked ...
  h=com.sun.enterprise.server.logging.GFFileHandler
  formatter=""
  [ "$json_logs" = false ] || formatter=":$h.formatter=fish.payara.enterprise.server.logging.JSONLogFormatter"
  echo "set-log-attributes --target $config $h.rotationOnDateChange=true:$h.rotationLimitInBytes=20000000:$h.maxHistoryFiles=30:$h.compressOnRotation=true$formatter"
  # ... and the DAS's settings.
  [ -z "$props" ] || echo "create-system-properties --target $config $props"

  echo "create-deployment-group $group"
  for i in $(seq 1 "$instances"); do
    base=$((instance_portbase + (i - 1) * 100))
    node=${node_list[$(( (i - 1) % ${#node_list[@]} ))]}
    echo "create-instance --node $node --config $config --portbase $base --systemproperties HZ_LISTENER_PORT=$((base + 90)) $group-$i"
    echo "add-instance-to-deployment-group --instance $group-$i --deploymentgroup $group"
  done
  # The data sources (their pools follow).
  for resource in $resources; do
    echo "create-resource-ref --target $group $resource"
  done
} >"$commands"
"${admin[@]}" multimode --file "$commands"
if [ -n "${WELCOMING_MONITOR_PASSWORD:-}" ] && ! "${admin[@]}" list-file-users "$config" | grep -qx monitor; then
  # The monitoring user in the file realm of the group's configuration, unless setup-domain.sh
  # made it already in the realm file the instances share with the DAS (the password reaches
  # asadmin through a file only, beside the administrator's).
  { cat "${WELCOMING_ADMIN_PASSWORD_FILE:-/dev/null}"; printf 'AS_ADMIN_USERPASSWORD=%s\n' "$WELCOMING_MONITOR_PASSWORD"; } >"$commands"
  "$asadmin" --port "$admin_port" --interactive=false --user admin --passwordfile "$commands" \
    create-file-user --target "$config" --groups microprofile monitor
fi
# Payara gives a secured metrics endpoint a user "mp" with the password "mp": no such default here.
if "${admin[@]}" list-file-users "$config" | grep -qx mp; then
  "${admin[@]}" delete-file-user --target "$config" mp
fi
"${admin[@]}" restart-domain "$domain"
if [ -n "$ear" ]; then
  "${admin[@]}" deploy --target "$group" --availabilityenabled=true --name welcoming "$ear"
fi
echo "Deployment group $group: $instances instances, configuration $config. Start it with:"
echo "  $asadmin --port $admin_port start-deployment-group $group"
