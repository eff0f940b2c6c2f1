#!/usr/bin/env bash
# Crash safety: the load mix runs, the server is killed with kill -9 half-way through, and
# restarted at once. Then: the first good answer comes within 60 s of the restart command,
# every acknowledged request and step is stored exactly once with its audit event, nothing is
# half-written (no change without its event, no event without its change, no request whose state
# is not its last step), no answer was a 500, and the audit chain verifies. The load's clients are
# paused from the kill until the server answers again. Same needs as load-mix.sh.
#
#   ear/src/test/load/crash.sh [--seconds 120] [--out DIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/proof-server.sh"
source "$(dirname "${BASH_SOURCE[0]}")/proof-load.sh"

# run_crash OUTDIR SECONDS: against the server proof_begin prepared.
run_crash() {
  local out=$1 seconds=$2 failed=0
  echo "Load: $users people for $seconds s; kill -9 of the server after $((seconds / 2)) s ..."
  load_start "$seconds" "$out/run"
  sleep $((seconds / 2))
  acknowledged_before=$(cat "$out"/run/thread-*.log | awk '($1 == "submit" && $2 == 201) || $2 == 200' | wc -l)
  kill -9 "$(server_pid)"
  # The people wait while the server is away: wrk would otherwise reconnect thousands of times a
  # second, and one of those short-lived client ports may be a port the server must bind again.
  kill -STOP "$load_pid"
  echo "Killed the server with kill -9 ($acknowledged_before answers of 200/201 acknowledged until then); restarting it ..."
  restart=$SECONDS
  server_start
  first=$(wait_for_service 600) || first=never
  [ "$first" = never ] || first=$((SECONDS - restart))
  kill -CONT "$load_pid"
  wait "$load_pid"
  echo "Load again for 20 s after the restart ..."
  load_start 20 "$out/after"
  wait "$load_pid"

  {
    echo "Machine: $(machine)"
    echo "Run: $users people, $seconds s, kill -9 after $((seconds / 2)) s"
    echo "First good answer (an audit search, which reads the database) after the restart command: $first s (target 60 s)"
    echo
    load_summary "$out/run" "$seconds"
    echo
    echo "500 answers: $(cat "$out"/*/thread-*.log | awk '$2 == 500' | wc -l); other 5xx (while the server started): $(cat "$out"/*/thread-*.log | awk '$2 > 500' | wc -l)"
    echo "Answers in the 20 s of load after the restart, by status: $(cat "$out"/after/thread-*.log | awk '{c[$2]++} END {for (s in c) printf "%s: %d  ", s, c[s]}')"
  } | tee "$out/report.md"
  load_checks "$out"/*/thread-*.log | tee -a "$out/report.md" || failed=1
  # Never back fails any run; later than the target fails this command, and is reported by the CI-sized proof.
  [ "$first" != never ] || failed=1
  [ "$first" != never ] && [ "$first" -le 60 ] || [ "${PROOF_TIMES:-}" = reported ] || failed=1
  [ "$(cat "$out"/*/thread-*.log | awk '$2 == 500' | wc -l)" = 0 ] || failed=1
  [ $failed = 0 ] && echo "PASSED" || echo "FAILED"
  return $failed
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  seconds=120 out=""
  while [ $# -gt 0 ]; do
    case $1 in
      --seconds) seconds=$2; shift 2 ;;
      --out) out=$2; shift 2 ;;
      *) echo "Unknown option $1" >&2; exit 2 ;;
    esac
  done
  proof_begin crash "$out"
  run_crash "$out" "$seconds"
fi
