#!/usr/bin/env bash
# The cluster test: a DAS and a deployment group of two instances on PostgreSQL, made by the
# production setup scripts, behind HAProxy with TLS. A supervisor signs in through the
# balancer; the instance holding their session is killed with kill -9 while steps are being
# sent; the next request must be answered by the other instance with the session intact, every
# step must be applied at most once, and the audit chain must verify. Then the restore drill
# (restore-drill.sh) runs on the same group, unless CLUSTER_RESTORE_DRILL=false, and then the
# rolling upgrade to a version with one more migration (rolling-upgrade.sh), unless
# CLUSTER_ROLLING_UPGRADE=false.
#
#   ear/src/test/cluster/cluster-failover.sh      (after ./mvnw install; needs psql, haproxy, openssl, curl, jq, socat, zip)
#
# Ports CLUSTER_PORTBASE (32000) to +443; database CLUSTER_PG_DATABASE (cluster_ci) on 127.0.0.1:5432,
# dropped and made again. The figures go to ear/target/cluster/report.md. Exits non-zero on any failure.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
WORK=$ROOT/ear/target/cluster
rm -rf "$WORK"
mkdir -p "$WORK"
# shellcheck source=cluster-lib.sh
source "$ROOT/ear/src/test/cluster/cluster-lib.sh"
REPORT=$WORK/report.md
test_started=$SECONDS

trap cleanup EXIT

log "Database $PG_DB, domain $DOMAIN and deployment group $GROUP"
make_database
t=$SECONDS
make_domain
setup_seconds=$((SECONDS - t))
t=$SECONDS
"${ASADMIN[@]}" start-deployment-group "$GROUP" >"$WORK/start-group.log"
wait_ready "1 2" >/dev/null
start_seconds=$((SECONDS - t))
log "Setup ${setup_seconds}s, group started and UP in ${start_seconds}s"
start_balancer
open_crew

log "The balancer passes the scheme on: Strict-Transport-Security over TLS, not on plain HTTP to an instance"
curl -sk -D - -o /dev/null "$BALANCER/welcoming/login.xhtml" | grep -qi '^strict-transport-security:' \
  || fail "no Strict-Transport-Security through the balancer: X-Forwarded-Proto is not applied"
if curl -s -D - -o /dev/null "http://localhost:$(instance_http 1)/welcoming/login.xhtml" | grep -qi '^strict-transport-security:'; then
  fail "Strict-Transport-Security on plain HTTP"
fi

log "Each instance serves the application's figures to the monitoring user only, and no API description"
for i in 1 2; do
  metrics="https://localhost:$(($(instance_http $i) + 1))/metrics?scope=application"
  code=$(curl -sk -o /dev/null -w '%{http_code}' "$metrics")
  [ "$code" = 401 ] || fail "instance $i: /metrics without the monitoring user's password answered $code"
  code=$(curl -sk -o /dev/null -w '%{http_code}' -u mp:mp "$metrics")
  [ "$code" = 401 ] || fail "instance $i: /metrics answered $code to Payara's default user mp"
  figures=$(curl -skf -u "monitor:$WELCOMING_MONITOR_PASSWORD" "$metrics" || true)
  grep -q '^welcoming_requests{' <<<"$figures" || fail "instance $i: no welcoming_requests figure for the monitoring user"
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$(instance_http $i)/openapi")
  [ "$code" = 404 ] || fail "instance $i: /openapi answered $code"
  # Outside the application an instance answers as the DAS does: a plain "Not found" with the headers.
  answer=$(curl -s -D - "http://localhost:$(instance_http $i)/no-such-page")
  grep -qi '^x-content-type-options: nosniff' <<<"$answer" || fail "instance $i: a plain 404 without the security headers"
  ! grep -qi 'payara' <<<"$answer" || fail "instance $i: a plain 404 names the server"
done

log "A disabled account is refused at once on the other instance (remembered log-ons end across the Data Grid)"
for i in 1 2; do
  answer=$(API_BASE=http://localhost:$(instance_http $i) api GET api/v1/ping clerk)
  expect_status 200 "$answer" "clerk's ping on instance $i"
done
answer=$(API_BASE=http://localhost:$(instance_http 1) api POST api/v1/accounts/clerk/disable admin '{}')
expect_status 200 "$answer" "disabling clerk on instance 1"
sleep 0.5
answer=$(API_BASE=http://localhost:$(instance_http 2) api GET api/v1/ping clerk)
expect_status 401 "$answer" "clerk's remembered log-on on instance 2 after the disable on instance 1"

log "The officer logs requests; the supervisor signs in through the balancer"
ids=() versions=() references=()
for n in 1 2 3 4 5 6 7 8; do
  body=$(sed "s/E-2611-0042/E-2611-10$n/" "$ROOT/ear/src/test/cluster/court-order.json" \
    | sed "s/RECEIVED_AT/$(date -u -d '-10 min' +%Y-%m-%dT%H:%M:%SZ)/")
  answer=$(api POST api/v1/requests officer "$body")
  expect_status 201 "$answer" "logging request $n"
  ids+=("$(body_of "$answer" | jq -r .id)")
  references+=("$(body_of "$answer" | jq -r .reference)")
  # The version as the supervisor reads it, which the step must send back.
  answer=$(api GET "api/v1/requests/${ids[-1]}" supervisor)
  expect_status 200 "$answer" "reading request ${ids[-1]}"
  versions+=("$(body_of "$answer" | jq -r .version)")
done
jar=$WORK/supervisor.cookies
sign_in "$jar" supervisor
grep -q 'JSESSIONID' "$jar" || fail "no session cookie after the log-on"
awk '$6 == "JSESSIONID" && $4 != "TRUE" {exit 1}' "$jar" || fail "the session cookie is not Secure behind the balancer"
queue=$(page "$jar" supervisor/queue.xhtml)
[[ "$(tail -n1 <<<"$queue")" == *"/supervisor/queue.xhtml 200" ]] || fail "the supervisor's queue: $(tail -n1 <<<"$queue")"
grep -q "${references[0]}" <<<"$queue" || fail "the supervisor's queue does not list ${references[0]}"
view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$queue" | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
nonce=$(grep -o "PrimeFaces\.csp\.init('[^']*')" <<<"$queue" | head -1 | sed "s/.*('\(.*\)')/\1/")
[ -n "$view_state" ] && [ -n "$nonce" ] || fail "the queue page has no view state or nonce"
node=$(serving_node "$jar")
case $node in i1) victim=1 survivor=2 ;; i2) victim=2 survivor=1 ;; *) fail "no sticky-session cookie from the balancer ($node)" ;; esac
victim_pid=$(instance_pid $victim)
survivor_pid=$(instance_pid $survivor)
das_pid=$(cat "$PAYARA/glassfish/domains/$DOMAIN/config/pid")
rss_victim=$(rss_mb "$victim_pid") rss_survivor=$(rss_mb "$survivor_pid") rss_das=$(rss_mb "$das_pid")
log "Session on instance $victim (RSS ${rss_victim} MB); instance $survivor ${rss_survivor} MB; DAS ${rss_das} MB"

log "Steps in flight while instance $victim is killed with kill -9"
(
  for k in "${!ids[@]}"; do
    answer=$(api POST "api/v1/requests/${ids[$k]}/steps/start-review" supervisor "{\"version\": ${versions[$k]}}" || true)
    echo "$k $(status_of "$answer")"
    sleep 0.15
  done
) >"$WORK/steps.txt" &
sender=$!
sleep 0.4
kill -9 "$victim_pid"
killed_at=$(now_ms)
failover_ms=""
deadline=$((SECONDS + 60))
while [ -z "$failover_ms" ]; do
  answer=$(page "$jar" supervisor/queue.xhtml || true)
  if [[ "$(tail -n1 <<<"$answer")" == *"/supervisor/queue.xhtml 200" ]]; then
    failover_ms=$(($(now_ms) - killed_at))
  else
    [ $SECONDS -lt $deadline ] || fail "no good answer within 60 s of the kill; last: $(tail -n1 <<<"$answer")"
    [[ "$(tail -n1 <<<"$answer")" != *"/login.xhtml 200" ]] || fail "the session was lost: the supervisor was sent to the log-on page"
    sleep 0.1
  fi
done
[ "$(serving_node "$jar")" = "i$survivor" ] || fail "after the kill the session is not on instance $survivor"
grep -q "${references[0]}" <<<"$answer" || fail "after the kill the supervisor's queue does not list ${references[0]}"
grep -q 'supervisor' <<<"$answer" || fail "after the kill the page does not show the signed-in supervisor"
log "First good answer ${failover_ms} ms after the kill, from instance $survivor, still signed in"
wait "$sender"

log "Each step applied at most once: what failed in flight is sent again with the same version"
refused_in_flight=0
grep -q ' 200$' "$WORK/steps.txt" || fail "no step sent during the kill was applied: $(tr '\n' ' ' <"$WORK/steps.txt")"
while read -r k code; do
  case $code in
    200) ;;
    409) fail "request ${ids[$k]}: the step sent during the kill was refused as a conflict" ;;
    *) refused_in_flight=$((refused_in_flight + 1))
       answer=$(api POST "api/v1/requests/${ids[$k]}/steps/start-review" supervisor "{\"version\": ${versions[$k]}}")
       [[ "$(status_of "$answer")" =~ ^(200|409)$ ]] || fail "request ${ids[$k]}: the step sent again answered $(status_of "$answer")" ;;
  esac
done <"$WORK/steps.txt"
[ "$(wc -l <"$WORK/steps.txt")" -eq "${#ids[@]}" ] || fail "the step sender did not send every step"
answer=$(api POST "api/v1/requests/${ids[0]}/steps/start-review" supervisor "{\"version\": ${versions[0]}}")
expect_status 409 "$answer" "the same step with the same version, a second time"
for k in "${!ids[@]}"; do
  answer=$(api GET "api/v1/requests/${ids[$k]}" supervisor)
  expect_status 200 "$answer" "reading request ${ids[$k]}"
  [ "$(body_of "$answer" | jq -r .state)" = UNDER_SUPERVISOR_REVIEW ] || fail "request ${ids[$k]} is $(body_of "$answer" | jq -r .state)"
  taken=$(body_of "$answer" | jq '[.timeline[] | select(.to == "UNDER_SUPERVISOR_REVIEW")] | length')
  [ "$taken" = 1 ] || fail "request ${ids[$k]}: start-review applied $taken times"
done

log "The page's view state survived: signing out with the form rendered before the kill"
answer=$(curl -sk -b "$jar" -c "$jar" -L --max-time 30 -w '\n%{url_effective} %{http_code}' \
  --data-urlencode session=session --data-urlencode session:signOut= \
  --data-urlencode "jakarta.faces.ViewState=$view_state" --data-urlencode "primefaces.nonce=$nonce" \
  "$BALANCER/welcoming/supervisor/queue.xhtml")
[[ "$(tail -n1 <<<"$answer")" == *"/login.xhtml 200" ]] || fail "signing out with the pre-kill form: $(tail -n1 <<<"$answer")"

log "The audit chain verifies"
answer=$(api GET api/v1/audit/verification auditor)
expect_status 200 "$answer" "audit verification"
[ "$(body_of "$answer" | jq -r .intact)" = true ] || fail "audit chain: $(body_of "$answer")"
events=$(body_of "$answer" | jq -r .events)

rss_after=$(rss_mb "$survivor_pid")
failover_seconds=$((SECONDS - test_started))
{
  echo "# Cluster test $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "| Figure | Value |"
  echo "|---|---|"
  echo "| Domain and deployment group set up (setup-domain.sh + setup-deployment-group.sh with deploy) | ${setup_seconds} s |"
  echo "| Group started until both instances answer UP | ${start_seconds} s |"
  echo "| First good answer after kill -9 of the session's instance | ${failover_ms} ms |"
  echo "| Steps sent during the kill that failed in flight (sent again with the same version) | ${refused_in_flight} of ${#ids[@]} |"
  echo "| RSS before the kill: killed instance / surviving instance / DAS | ${rss_victim} / ${rss_survivor} / ${rss_das} MB |"
  echo "| RSS of the surviving instance after the failover | ${rss_after} MB |"
  echo "| Audit events, chain intact | ${events} |"
  echo "| Failover test until here | ${failover_seconds} s |"
} >"$REPORT"
log "Failover test passed in ${failover_seconds}s"

if [ "${CLUSTER_RESTORE_DRILL:-true}" = true ]; then
  source "$ROOT/ear/src/test/cluster/restore-drill.sh"
fi
if [ "${CLUSTER_ROLLING_UPGRADE:-true}" = true ]; then
  source "$ROOT/ear/src/test/cluster/rolling-upgrade.sh"
fi

log "Scheduled work ran once per turn across the group, not once per instance"
# One instance may take every turn; a search that finds nothing is a count of 0, not a failure.
turns_of() { zcat -f "$(instance_dir "$1")"/logs/server.log* 2>/dev/null | grep -o 'Audit chain checkpoint turn [0-9]* taken' | sed "s/\$/ by $1/" || true; }
turns_taken() { (turns_of 1; turns_of 2) | sed '/^$/d'; }
# The restore drill and the upgrade restart the application more often than a turn comes round:
# if none came while they ran, the running group takes the next one (a turn a minute).
deadline=$((SECONDS + 150))
until [ -n "$(turns_taken)" ] || [ $SECONDS -ge $deadline ]; do sleep 5; done
turns=$(turns_taken)
[ -n "$turns" ] || fail "no audit checkpoint turn was taken during the test, nor within 150 s after it"
twice=$(awk '{print $5}' <<<"$turns" | sort | uniq -d)
[ -z "$twice" ] || fail "audit checkpoint turns taken by both instances: $twice"
taken_by() { grep -c "by $1\$" <<<"$turns" || true; }
echo "| Audit checkpoint turns (one a minute in the test), taken by instance 1 / 2 | $(taken_by 1) / $(taken_by 2), none twice |" >>"$REPORT"
echo "| Whole test | $((SECONDS - test_started)) s |" >>"$REPORT"
cat "$REPORT"
