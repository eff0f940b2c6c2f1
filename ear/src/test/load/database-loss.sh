#!/usr/bin/env bash
# Database loss: the load mix runs while the run's own PostgreSQL instance is stopped for a while,
# then started again. While it is away, every answer that needs it must be a clean 503 with a
# plain JSON message (no 500, no stack trace) and /welcoming/health/ready must say DOWN; once it
# is back, the service must answer again by itself (no redeploy, no restart) within 10 s, and everything
# acknowledged must be there, with its audit event, and the chain must verify.
# Same needs as load-mix.sh.
#
#   ear/src/test/load/database-loss.sh [--seconds 120] [--down 30] [--out DIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/proof-server.sh"
source "$(dirname "${BASH_SOURCE[0]}")/proof-load.sh"

# run_database_loss OUTDIR SECONDS DOWN: against the server proof_begin prepared.
run_database_loss() {
  local out=$1 seconds=$2 down=$3 failed=0
  # One probe: "what status body" on one line.
  probe() {
    local what=$1; shift
    local body status
    # an answer that does not come within 20 s is logged as status 000
    body=$(curl -s -m 20 -w '\n%{http_code}' "$@") || true
    status=${body##*$'\n'}
    body=${body%$'\n'*}
    echo "$what $status $(echo "$body" | tr '\n' ' ' | cut -c1-300)"
  }

  intake() {
    printf '{"eventNumber":"P-%s","oemcNumber":"O-P-%s","receivedAt":"%s","agency":"ICE","agentName":"Officer Sam Lee","agentContact":"fax 312-555-0199","identityCheck":"NOT_VERIFIED","channel":"FAX","documentType":"DETAINER","formNumber":"I-247A","signerTitle":"Supervisory Detention and Deportation Officer","courtCaption":false,"subjectReference":"CB 19887766","custody":"CPD","asks":["DETAIN"],"purpose":"CIVIL_IMMIGRATION"}' \
      "$1" "$1" "$(date -u -d '-10 min' +%Y-%m-%dT%H:%M:%SZ)"
  }

  wait_for_service 600 >/dev/null || { echo "The service does not answer before the test" >&2; return 1; }
  echo "Load: $users people for $seconds s; the database stops after $((seconds / 3)) s for $down s ..."
  load_start "$seconds" "$out/run"
  sleep $((seconds / 3))
  pg_stop
  echo "PostgreSQL stopped; probing while it is away ..."
  stopped=$SECONDS n=0
  while [ $((SECONDS - stopped)) -lt "$down" ]; do
    n=$((n + 1))
    {
      probe ready "$url/welcoming/health/ready"
      probe list -u "load-officer-1-1:$crew_password" -H 'Accept: application/json' "$url/welcoming/api/v1/requests?size=1"
      probe submit -u "load-officer-1-1:$crew_password" -H 'Content-Type: application/json' --data "$(intake "$n")" \
        "$url/welcoming/api/v1/requests"
      probe page -b /dev/null "$url/welcoming/login.xhtml"
    } >> "$out/outage.txt"
    sleep 1
  done
  back=$SECONDS
  pg_start
  first=$(wait_for_service 60) || first=never
  [ "$first" = never ] || first=$((SECONDS - back))
  probe ready-after "$url/welcoming/health/ready" >> "$out/outage.txt"
  wait "$load_pid"

  # Submits acknowledged during the outage would have to be there too.
  awk '$1 == "submit" && $2 == 201' "$out/outage.txt" > "$out/outage-acknowledged.txt" || true
  {
    echo "Machine: $(machine)"
    echo "Run: $users people, $seconds s; PostgreSQL stopped after $((seconds / 3)) s for $down s"
    echo "First good answer (an audit search, which reads the database) after PostgreSQL was started again: $first s (target 10 s)"
    echo
    echo "Probes while the database was away (status: count):"
    awk '$1 != "ready-after" {c[$1 " " $2]++} END {for (k in c) print "  " k ": " c[k]}' "$out/outage.txt" | sort
    echo "Readiness after: $(grep '^ready-after' "$out/outage.txt" | cut -d' ' -f2-)"
    echo "Messages seen while it was away:"
    awk '$1 != "ready" && $1 != "ready-after" && $1 != "page" {$1 = ""; print}' "$out/outage.txt" | sort | uniq -c | sort -rn | head -5
    echo
    load_summary "$out/run" "$seconds"
    echo
    echo "Load answers by status: $(cat "$out"/run/thread-*.log | awk '{c[$2]++} END {for (s in c) printf "%s: %d  ", s, c[s]}')"
  } | tee "$out/report.md"
  load_checks "$out"/run/thread-*.log | tee -a "$out/report.md" || failed=1
  leaks=$(grep -Ec 'Exception|\.java:[0-9]|Caused by|Payara|GlassFish' "$out/outage.txt" || true)
  fives=$( (cat "$out"/run/thread-*.log | awk '$2 == 500'; awk '$2 == 500' "$out/outage.txt") | wc -l)
  api_not_503=$(awk '($1 == "list" || $1 == "submit" || $1 == "ready") && $2 != 503' "$out/outage.txt" | wc -l)
  ready_up=$(awk '$1 == "ready" && $2 == 200' "$out/outage.txt" | wc -l)
  echo "500 answers: $fives; answers showing the server's insides: $leaks; probes of the API or readiness other than 503 while away (000: no answer in 20 s): $api_not_503; readiness UP while away: $ready_up" | tee -a "$out/report.md"
  [ "$fives" = 0 ] && [ "$leaks" = 0 ] && [ "$api_not_503" = 0 ] && [ "$ready_up" = 0 ] || failed=1
  # Never back fails any run; later than the target fails this command, and is reported by the CI-sized proof.
  [ "$first" != never ] || failed=1
  [ "$first" != never ] && [ "$first" -le 10 ] || [ "${PROOF_TIMES:-}" = reported ] || failed=1
  [ $failed = 0 ] && echo "PASSED" || echo "FAILED"
  return $failed
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  seconds=120 down=30 out=""
  while [ $# -gt 0 ]; do
    case $1 in
      --seconds) seconds=$2; shift 2 ;;
      --down) down=$2; shift 2 ;;
      --out) out=$2; shift 2 ;;
      *) echo "Unknown option $1" >&2; exit 2 ;;
    esac
  done
  proof_begin database-loss "$out"
  run_database_loss "$out" "$seconds" "$down"
fi
