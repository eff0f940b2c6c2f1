# Sourced after proof-server.sh: runs the load mix with wrk, summarises it per operation, and
# checks the database afterwards: every acknowledged request and step stored exactly once, no
# change without its audit event nor event without its change, and the audit chain verifies.

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
users=50 think_min=500 think_max=2000

# What every run does first: proof_begin NAME [OUTDIR]; sets out, cleans it, prepares the server
# and removes it all at the end.
proof_begin() {
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
  out=${2:-$root/ear/target/$1}
  rm -rf "$out"
  mkdir -p "$out"
  trap proof_teardown EXIT
  proof_setup
}

# Starts wrk in the background: load_start SECONDS OUTDIR. Sets load_pid.
load_start() {
  local seconds=$1 out=$2
  mkdir -p "$out"
  [ "$(id -u)" = 0 ] && chmod 777 "$out"
  wrk -t"$users" -c"$users" -d"${seconds}s" --timeout 30s -s "$here/load-mix.lua" "$url" \
    -- "$out" "$crew_password" "$think_min" "$think_max" "$(basename "$out" | cut -c1)$((RANDOM % 10000))" \
    > "$out/wrk.txt" 2>&1 &
  load_pid=$!
}

# One table row per operation: answers, errors by kind, percentiles and the ratio to ping.
# load_summary OUTDIR SECONDS
load_summary() {
  local out=$1 seconds=$2
  cat "$out"/thread-*.log | sort -k1,1 -k3,3g | awk -v seconds="$seconds" '
    function pct(p) { i = int(n * p / 100 + 0.999999); if (i < 1) i = 1; return v[i] }
    function flush() {
      if (op == "") return
      ops[++k] = op; count[op] = n; p50[op] = pct(50); p95[op] = pct(95); p99[op] = pct(99)
    }
    { if ($1 != op) { flush(); op = $1; n = 0 }
      v[++n] = $3
      if ($2 >= 500) s5[$1]++; else if ($2 == 409) s409[$1]++; else if ($2 >= 300) s4[$1]++ }
    END {
      flush()
      printf "| Operation | Answers | per s | 409 conflict | other 4xx | 5xx | p50 ms | p95 ms | p99 ms | p50 / ping | p99 / ping |\n"
      printf "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
      for (j = 1; j <= k; j++) { o = ops[j]; total += count[o]
        printf "| %s | %d | %.1f | %d | %d | %d | %.1f | %.1f | %.1f | %s | %s |\n", o, count[o], count[o] / seconds,
          s409[o], s4[o], s5[o], p50[o], p95[o], p99[o],
          p50["ping"] ? sprintf("%.1f", p50[o] / p50["ping"]) : "-", p99["ping"] ? sprintf("%.1f", p99[o] / p99["ping"]) : "-" }
      printf "| all | %d | %.1f | | | | | | | | |\n", total, total / seconds
    }'
}

# Answers of 500 or more, and answers that are neither 2xx nor a 409 conflict (races between
# two supervisors of a unit on one request are expected), over every log in the folders given.
count_5xx() { cat "$@" | awk '$2 >= 500' | wc -l; }
count_errors() { cat "$@" | awk '$2 >= 300 && $2 != 409' | wc -l; }

# The database checks; prints one line per check and fails if any finds something.
# load_checks LOG...
load_checks() {
  local acks failed=0
  acks=$(mktemp)
  cat "$@" | awk '($1 == "submit" && $2 == 201) || ($2 == 200 && $1 ~ /^(start-review|decline|escalate|approve|refuse|disclose|close)$/) \
    {print $1, $2, $3, $4, $5}' > "$acks"
  local result
  # A check that cannot run must fail the run, not pass it with nothing to report.
  result=$(PGDATABASE_PROOF=welcoming psql_owner -At -F ' ' <<SQL
CREATE TEMP TABLE ack (op text, status int, ms numeric, id bigint, event text);
\copy ack FROM '$acks' WITH (FORMAT text, DELIMITER ' ', NULL '-')
SELECT 'acknowledged-requests', count(*) FROM ack WHERE op = 'submit';
SELECT 'acknowledged-steps', count(*) FROM ack WHERE op <> 'submit';
SELECT 'requests-lost-or-duplicated', count(*) FROM ack a WHERE op = 'submit'
  AND (SELECT count(*) FROM federal_request r WHERE r.event_number = a.event) <> 1
   OR op = 'submit' AND NOT EXISTS (SELECT 1 FROM federal_request r WHERE r.id = a.id AND r.event_number = a.event);
SELECT 'steps-lost-or-duplicated', count(*) FROM ack a WHERE op <> 'submit'
  AND (SELECT count(*) FROM request_step s WHERE s.request_id = a.id AND s.step = upper(replace(a.op, '-', '_'))) <> 1;
WITH steps AS (
  SELECT request_id, 'REQUEST_' || coalesce(step, 'SUBMITTED') AS action, count(*) AS n FROM request_step GROUP BY 1, 2),
events AS (
  SELECT cast(substr(target, 9) AS bigint) AS request_id, action, count(*) AS n FROM audit_event
  WHERE target LIKE 'request:%' AND outcome = 'SUCCESS' AND action IN ('REQUEST_SUBMITTED', 'REQUEST_START_REVIEW',
    'REQUEST_RECLASSIFY', 'REQUEST_RETURN', 'REQUEST_DECLINE', 'REQUEST_PERMIT', 'REQUEST_ESCALATE', 'REQUEST_RESUBMIT',
    'REQUEST_WITHDRAW', 'REQUEST_APPROVE', 'REQUEST_REFUSE', 'REQUEST_DISCLOSE', 'REQUEST_CLOSE')
  GROUP BY 1, 2)
SELECT 'steps-and-events-unpaired', count(*) FROM steps FULL JOIN events USING (request_id, action)
  WHERE coalesce(steps.n, 0) <> coalesce(events.n, 0);
SELECT 'requests-whose-state-is-not-their-last-step', count(*) FROM federal_request r
  WHERE r.state <> (SELECT s.to_state FROM request_step s WHERE s.request_id = r.id ORDER BY s.taken_at DESC, s.id DESC LIMIT 1);
SELECT 'requests-in-database', count(*) FROM federal_request;
SELECT 'steps-in-database', count(*) FROM request_step;
SELECT 'audit-events', count(*) FROM audit_event;
SQL
) || { echo "The database checks could not run"; failed=1; }
  rm -f "$acks"
  echo "$result"
  echo "$result" | grep -q '^acknowledged-requests ' || failed=1
  if echo "$result" | awk '$1 ~ /lost|unpaired|not-their/ && $2 != 0 {bad = 1} END {exit !bad}'; then failed=1; fi
  echo "audit chain: $(chain_verifies || failed=1)"
  chain_verifies >/dev/null || failed=1
  return $failed
}

machine() {
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GB RAM, $(. /etc/os-release; echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1), PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}')"
}
