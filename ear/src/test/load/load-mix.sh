#!/usr/bin/env bash
# The load suite: 50 people of a department at work (load-mix.lua) against the deployed EAR on a
# PostgreSQL instance of the run's own, then the checks: every acknowledged request and step is
# stored exactly once with its audit event, and the audit chain verifies. Prints the figures per
# operation (p50/p95/p99, throughput, errors, ratio to the signed-in ping of the same run) and
# fails on a 5xx, an error, anything acknowledged lost or a chain that does not verify.
# Needs wrk, PostgreSQL's Debian binaries and a built EAR (./mvnw -B package -DskipTests).
#
#   ear/src/test/load/load-mix.sh [--seconds 600] [--warmup 30] [--out DIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/proof-server.sh"
source "$(dirname "${BASH_SOURCE[0]}")/proof-load.sh"

# run_load OUTDIR SECONDS WARMUP: against the server proof_begin prepared.
run_load() {
  local out=$1 seconds=$2 warmup=$3 failed=0
  if [ "$warmup" -gt 0 ]; then
    echo "Warming up for $warmup s ..."
    load_start "$warmup" "$out/warmup"
    wait "$load_pid"
  fi
  echo "Load: $users people for $seconds s, think time $think_min-$think_max ms ..."
  load_start "$seconds" "$out/run"
  wait "$load_pid"

  {
    echo "Machine: $(machine)"
    echo "Run: $users people, $seconds s, think time $think_min-$think_max ms, after $warmup s of warm-up"
    echo
    load_summary "$out/run" "$seconds"
    echo
    grep -E 'Socket errors|requests in' "$out/run/wrk.txt" | sed 's/^ */wrk: /'
    echo "5xx answers: $(count_5xx "$out"/*/thread-*.log); errors (neither 2xx nor 409): $(count_errors "$out"/*/thread-*.log)"
  } | tee "$out/report.md"
  echo
  load_checks "$out"/*/thread-*.log | tee -a "$out/report.md" || failed=1
  [ "$(count_5xx "$out"/*/thread-*.log)" = 0 ] || failed=1
  [ "$(count_errors "$out"/*/thread-*.log)" = 0 ] || failed=1
  [ $failed = 0 ] && echo "PASSED" || echo "FAILED"
  return $failed
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  seconds=600 warmup=30 out=""
  while [ $# -gt 0 ]; do
    case $1 in
      --seconds) seconds=$2; shift 2 ;;
      --warmup) warmup=$2; shift 2 ;;
      --out) out=$2; shift 2 ;;
      *) echo "Unknown option $1" >&2; exit 2 ;;
    esac
  done
  proof_begin load-mix "$out"
  run_load "$out" "$seconds" "$warmup"
fi
