#!/usr/bin/env bash
# The rolling-upgrade test. Version 1 (the application as built) runs on the group with data;
# version 2 is the same application with one more, expand-only migration (a nullable column),
# deployed beside it disabled and enabled one instance at a time: the balancer takes the
# instance out of rotation first (its runtime API) and back once it answers UP on version 2.
# Meanwhile a client keeps reading a request through the balancer: every read must be answered
# with the request, both instances must end on version 2, version 1 is then undeployed, and the
# audit chain must verify.
#
# Sourced by cluster-failover.sh once the group runs with data (unless
# CLUSTER_ROLLING_UPGRADE=false), or run alone, which makes a group of its own first:
#   ear/src/test/cluster/rolling-upgrade.sh       (same needs and ports as cluster-failover.sh, and socat)

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
  WORK=$ROOT/ear/target/cluster
  rm -rf "$WORK"
  mkdir -p "$WORK"
  # shellcheck source=cluster-lib.sh
  source "$ROOT/ear/src/test/cluster/cluster-lib.sh"
  REPORT=$WORK/report.md
  trap cleanup EXIT
  make_database
  make_domain
  "${ASADMIN[@]}" start-deployment-group "$GROUP" >"$WORK/start-group.log"
  wait_ready "1 2" >/dev/null
  start_balancer
  open_crew
  echo "# Rolling-upgrade test $(date -u +%Y-%m-%dT%H:%MZ)" >"$REPORT"
  echo >>"$REPORT"
  echo "| Figure | Value |" >>"$REPORT"
  echo "|---|---|" >>"$REPORT"
fi

roll_started=$SECONDS
NEXT=welcoming:2
PROBE_COLUMN=rolling_upgrade_note
# After the restore drill the group works on the restored database.
db=${restored:-$PG_DB}

log "Rolling upgrade: version 2 is version 1 with an expand-only migration"
v2=$WORK/welcoming-2
rm -rf "$v2"
mkdir -p "$v2/ejb/db/migration"
cat >"$v2/ejb/db/migration/V900__rolling_upgrade_probe.sql" <<SQL
-- Expand only: a nullable column that version 1 neither reads nor writes.
ALTER TABLE federal_request ADD COLUMN $PROBE_COLUMN VARCHAR(200);
SQL
cp "$EAR" "$v2/welcoming-2.ear"
(cd "$v2" && unzip -q welcoming-2.ear welcoming-ejb.jar && (cd ejb && zip -q -r ../welcoming-ejb.jar db) \
  && zip -q welcoming-2.ear welcoming-ejb.jar)
psql -h 127.0.0.1 -U postgres -d "$db" -Atc "SELECT count(*) FROM information_schema.columns
  WHERE table_name = 'federal_request' AND column_name = '$PROBE_COLUMN'" | grep -qx 0 \
  || fail "the database has the probe's column before version 2 runs"

# Both instances in rotation first (after the restore drill's restart the checks take a moment).
balancer_in "1 2" 30

log "Version 1 with data: a request to read throughout"
body=$(sed "s/E-2611-0042/E-2611-2001/" "$ROOT/ear/src/test/cluster/court-order.json" \
  | sed "s/RECEIVED_AT/$(date -u -d '-10 min' +%Y-%m-%dT%H:%M:%SZ)/")
answer=$(api POST api/v1/requests officer "$body")
expect_status 201 "$answer" "logging the request read during the upgrade"
read_id=$(body_of "$answer" | jq -r .id)
read_reference=$(body_of "$answer" | jq -r .reference)

# A person signed in on version 1; each time an instance is taken out their next page comes
# from the other one, on version 2 at the second step. Recorded, not required (the figures).
people=$WORK/rolling-supervisor.cookies
rm -f "$people"
sign_in "$people" supervisor

# The reader: one GET every 0.2 s through the balancer, each line "start-ms duration-ms status ok|bad".
reads=$WORK/rolling-reads.txt
(
  # It stops when told, or when the test does (a failed check ends the test).
  while [ ! -f "$WORK/rolling-stop" ] && kill -0 $$ 2>/dev/null; do
    started=$(now_ms)
    code=$(curl -sk -u "supervisor:$CREW_PASSWORD" -o "$WORK/rolling-read.json" -w '%{http_code}' --max-time 20 \
      "$BALANCER/welcoming/api/v1/requests/$read_id" || true)
    got=bad
    [ "$code" = 200 ] && [ "$(jq -r .reference "$WORK/rolling-read.json" 2>/dev/null)" = "$read_reference" ] && got=ok
    echo "$started $(($(now_ms) - started)) $code $got"
    sleep 0.2
  done
) >"$reads" &
reader=$!
sleep 2

log "Version 2 deployed to the group, disabled"
t=$SECONDS
"${ASADMIN[@]}" deploy --target "$GROUP" --availabilityenabled=true --enabled=false --name "$NEXT" \
  "$v2/welcoming-2.ear" >"$WORK/rolling-deploy.log"
deploy_seconds=$((SECONDS - t))

instance_seconds=() session_after=()
for i in 1 2; do
  t=$SECONDS
  log "Instance $i: out of the balancer, version 2 enabled, back when UP"
  # Drained first: no new requests, those already sent finish (going to maintenance at once
  # would cut them: on-marked-down shutdown-sessions); then in maintenance, so that people whose
  # cookie names it go to the other instance too.
  balancer_says "set server instances/welcoming-$i state drain" >/dev/null
  deadline=$((SECONDS + 30))
  until [ "$(balancer_says "show stat" | awk -F, -v s="welcoming-$i" '$1 == "instances" && $2 == s {print $5}')" = 0 ]; do
    [ $SECONDS -lt $deadline ] || break
    sleep 0.2
  done
  balancer_says "set server instances/welcoming-$i state maint" >/dev/null
  # The person's next page comes from the other instance (on version 2 at the second step).
  where=$(tail -n1 <<<"$(page "$people" supervisor/queue.xhtml)")
  case $where in
    *"/supervisor/queue.xhtml 200") session_after+=("signed in on $(serving_node "$people")") ;;
    *) session_after+=("sent to ${where##*/}") ;;
  esac
  logged=$(wc -l <"$(instance_dir "$i")/logs/server.log")
  # Enabling a version on an instance disables the other version there, and only there.
  "${ASADMIN[@]}" enable --target "$GROUP-$i" "$NEXT" >"$WORK/rolling-enable-$i.log" \
    || fail "enabling $NEXT on instance $i: $(cat "$WORK/rolling-enable-$i.log")"
  wait_ready "$i" >/dev/null
  # Version 1 may still answer UP for a moment after the enable returns: wait for version 2's
  # start in the log (at most 60 s), not just once.
  deadline=$((SECONDS + 60))
  until tail -n +"$((logged + 1))" "$(instance_dir "$i")/logs/server.log" | grep -q 'Schema at version 900 '; do
    [ $SECONDS -lt $deadline ] \
      || fail "instance $i answers UP but did not start version 2 (no 'Schema at version 900' in its log)"
    sleep 1
  done
  wait_ready "$i" >/dev/null
  balancer_says "set server instances/welcoming-$i state ready" >/dev/null
  balancer_in "$i" 30
  instance_seconds+=($((SECONDS - t)))
done

log "Version 2 enabled for the group too (instances that join or start get it); version 1 undeployed"
t=$SECONDS
"${ASADMIN[@]}" enable --target "$GROUP" "$NEXT" >"$WORK/rolling-enable-group.log" \
  || fail "enabling $NEXT on the group: $(cat "$WORK/rolling-enable-group.log")"
"${ASADMIN[@]}" undeploy --target domain welcoming >"$WORK/rolling-undeploy.log" \
  || fail "undeploying version 1: $(cat "$WORK/rolling-undeploy.log")"
undeploy_seconds=$((SECONDS - t))
apps=$("${ASADMIN[@]}" list-applications --long "$GROUP")
grep -q "^$NEXT .*enabled" <<<"$apps" && ! grep -q '^welcoming ' <<<"$apps" \
  || fail "the group does not have $NEXT alone, enabled: $apps"
sleep 3
touch "$WORK/rolling-stop"
wait "$reader"
rm -f "$WORK/rolling-stop"

log "Every read answered; both instances on version 2; the schema expanded once; the chain verifies"
total=$(wc -l <"$reads")
failed=$(grep -vc ' ok$' "$reads" || true)
slowest=$(awk '$2 > m {m = $2} END {print m + 0}' "$reads")
slow=$(awk '$2 > 1000' "$reads" | wc -l)
# Degraded: from the start of a read that failed or took over 1 s until the next good one started.
degraded_ms=$(awk '{bad = ($4 != "ok" || $2 > 1000)}
  bad && !from {from = $1} !bad && from {sum += $1 - from; from = 0}
  END {if (from) sum += $1 + $2 - from; print sum + 0}' "$reads")
[ "$total" -gt 20 ] || fail "the reader made only $total reads"
[ "$failed" = 0 ] || fail "$failed of $total reads during the upgrade were not answered with the request: $(grep -v ' ok$' "$reads" | head -5 | tr '\n' ';')"
# Version 1 is gone from the domain: each instance answering runs version 2.
for i in 1 2; do
  answer=$(API_BASE=http://localhost:$(instance_http "$i") api GET "api/v1/requests/$read_id" supervisor)
  expect_status 200 "$answer" "reading the request on instance $i after the upgrade"
done
applied=$(psql -h 127.0.0.1 -U postgres -d "$db" -Atc \
  "SELECT count(*) FROM flyway_schema_history WHERE version = '900' AND success")
[ "$applied" = 1 ] || fail "the migration of version 2 is applied $applied times, not once"
answer=$(api GET api/v1/audit/verification auditor)
expect_status 200 "$answer" "audit verification after the upgrade"
[ "$(body_of "$answer" | jq -r .intact)" = true ] || fail "audit chain after the upgrade: $(body_of "$answer")"
degraded=$(awk -v ms="$degraded_ms" 'BEGIN {printf "%.1f", ms / 1000}')
log "Rolling upgrade passed: $total reads, $failed failed, slowest ${slowest} ms, degraded ${degraded} s"
{
  echo "| Rolling upgrade: version 2 deployed to the group, disabled | ${deploy_seconds} s |"
  echo "| Rolling upgrade: instance 1 / 2 out of the balancer, on version 2 and back | ${instance_seconds[0]} / ${instance_seconds[1]} s |"
  echo "| Rolling upgrade: version 2 enabled for the group, version 1 undeployed | ${undeploy_seconds} s |"
  echo "| Rolling upgrade: reads through the balancer, not answered with the request | ${failed} of ${total} |"
  echo "| Rolling upgrade: reads over 1 s; slowest read | ${slow}; ${slowest} ms |"
  echo "| Rolling upgrade: seconds of degraded service (from a failed or over-1-s read to the next good one) | ${degraded} s |"
  echo "| Rolling upgrade: a supervisor signed in before, their page while instance 1 / 2 is out | $(IFS=/; echo "${session_after[*]}") |"
  echo "| Rolling upgrade, whole | $((SECONDS - roll_started)) s |"
} >>"$REPORT"
[ "${BASH_SOURCE[0]}" != "$0" ] || cat "$REPORT"
