#!/usr/bin/env bash
# Soak: the load mix for a long while, sampling the server as it runs: heap in use after a full
# collection, live threads, the database connections the application holds, and the process's
# resident memory (RSS). Fails when heap, threads or connections still grow in the last third of
# the run (its highest sample more than 20 % above the highest of the middle third), or on the load
# mix's own failures. With SOAK_GROWTH=reported (the CI-sized proof) growth is reported, not failed
# on: a few minutes on a shared machine say too little about growth to stop a build. Same needs as
# load-mix.sh, plus the JDK's jcmd.
#
#   ear/src/test/load/soak.sh [--minutes 30] [--out DIR]      (samples every 30 s)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/load-mix.sh"

# One sample: seconds heap-MB threads db-connections rss-MB
sample() {
  local pid=$1 heap threads connections rss
  jcmd "$pid" GC.run >/dev/null 2>&1 || true
  # a sample that cannot be taken reads 0 and must not end the load it watches
  heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9 || true)
  threads=$(awk '/^Threads:/{print $2}' "/proc/$pid/status")
  rss=$(awk '/^VmRSS:/{print $2}' "/proc/$pid/status")
  connections=$(psql_owner -At -c "SELECT count(*) FROM pg_stat_activity WHERE datname = 'welcoming'" || echo 0)
  echo "$SECONDS $(( ${heap:-0} / 1024 )) $threads $connections $(( rss / 1024 ))"
}

# run_soak OUTDIR SECONDS WARMUP EVERY: the load mix (its report in OUTDIR/report.md), sampled every
# EVERY seconds from the end of the warm-up; the soak's own report in OUTDIR/soak.md.
run_soak() {
  local out=$1 seconds=$2 warmup=$3 every=$4 failed=0 pid load
  pid=$(server_pid)
  mkdir -p "$out"
  run_load "$out" "$seconds" "$warmup" > "$out/load.txt" 2>&1 &
  load=$!
  sleep "$warmup"
  echo "seconds heap-MB threads db-connections rss-MB" > "$out/samples.txt"
  sample "$pid" >> "$out/samples.txt"
  while kill -0 "$load" 2>/dev/null; do
    sleep "$every"
    sample "$pid" >> "$out/samples.txt"
  done
  wait "$load" || failed=1
  awk 'NR > 1 {n++; s[n] = $0} END {
      third = int(n / 3)
      split("heap-MB threads db-connections rss-MB", names, " ")
      for (c = 2; c <= 5; c++) {
        first = 0; mid = 0; last = 0
        for (i = 1; i <= n; i++) { split(s[i], f, " "); v = f[c]
          if (i == 1) start = v
          if (i > third && i <= 2 * third && v > mid) mid = v
          if (i > 2 * third && v > last) last = v
          if (i == n) end = v }
        grows = (c < 5 && last > mid * 1.2) ? "GROWS" : "levels off"
        printf "%s: start %s, highest of the middle third %s, highest of the last third %s, end %s: %s\n",
          names[c - 1], start, mid, last, end, grows
        if (grows == "GROWS") bad = 1
      }
      exit bad }' "$out/samples.txt" > "$out/growth.txt" || [ "${SOAK_GROWTH:-judged}" = reported ] || failed=1
  cat "$out/load.txt"
  {
    echo "Machine: $(machine)"
    echo "Soak: $users people for $seconds s after $warmup s of warm-up; samples every $every s ($out/samples.txt)"
    cat "$out/growth.txt"
  } | tee "$out/soak.md"
  [ $failed = 0 ] && echo "PASSED" || echo "FAILED"
  return $failed
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  minutes=30 out=""
  while [ $# -gt 0 ]; do
    case $1 in
      --minutes) minutes=$2; shift 2 ;;
      --out) out=$2; shift 2 ;;
      *) echo "Unknown option $1" >&2; exit 2 ;;
    esac
  done
  proof_begin soak "$out"
  run_soak "$out" $((minutes * 60)) 30 30
fi
