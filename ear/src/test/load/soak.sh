#!/usr/bin/env bash
# Soak: the load mix for a long while, sampling the server every 30 s: heap in use after a full
# collection, live threads, the database connections the application holds, and the process's
# resident memory (RSS). Fails when heap, threads or connections still grow in the last third of
# the run (its highest sample more than 20 % above the highest of the middle third), or on the load
# mix's own failures. Same needs as load-mix.sh, plus the JDK's jcmd.
#
#   ear/src/test/load/soak.sh [--minutes 30] [--out DIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/load-mix.sh"

# One sample: seconds heap-MB threads db-connections rss-MB
sample() {
  local pid=$1 heap threads connections rss
  jcmd "$pid" GC.run >/dev/null 2>&1 || true
  heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9)
  threads=$(awk '/^Threads:/{print $2}' "/proc/$pid/status")
  rss=$(awk '/^VmRSS:/{print $2}' "/proc/$pid/status")
  connections=$(psql_owner -At -c "SELECT count(*) FROM pg_stat_activity WHERE datname = 'welcoming'")
  echo "$SECONDS $(( ${heap:-0} / 1024 )) $threads $connections $(( rss / 1024 ))"
}

# run_soak OUTDIR MINUTES
run_soak() {
  local out=$1 minutes=$2 failed=0 pid
  pid=$(server_pid)
  mkdir -p "$out"
  echo "seconds heap-MB threads db-connections rss-MB" > "$out/samples.txt"
  sample "$pid" >> "$out/samples.txt"
  run_load "$out" $((minutes * 60)) 0 > "$out/load.txt" 2>&1 &
  local load=$!
  while kill -0 "$load" 2>/dev/null; do
    sleep 30
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
      exit bad }' "$out/samples.txt" > "$out/growth.txt" || failed=1
  {
    echo "Machine: $(machine)"
    echo "Soak: $users people for $minutes min; samples every 30 s ($out/samples.txt)"
    cat "$out/growth.txt"
    grep -E 'PASSED|FAILED|requests-lost|chain' "$out/load.txt"
  } | tee "$out/report.md"
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
  run_soak "$out" "$minutes"
fi
