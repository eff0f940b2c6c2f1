#!/usr/bin/env bash
# Floods the log-on page with anonymous views and shows what it costs the server: the HTTP
# sessions and the heap that survives a full collection, before and after, the latency of a
# signed-in API call (paced as at desks, and at full speed) alone before, during and alone after
# the flood, and the flood's answers: pages, and 429 past the allowance of requests from one
# address before log-on. Needs wrk (Debian package) and the JDK's jcmd, and a running server
# (./welcoming run, or a test domain).
#
#   ear/src/test/load/anonymous-flood.sh [--url http://localhost:8080] [--seconds 300]
#                                        [--user officer --password welcome-2021]
set -euo pipefail

url=http://localhost:8080 seconds=300 user=officer password=${WELCOMING_DEMO_PASSWORD:-welcome-2021}
while [ $# -gt 0 ]; do
  case $1 in
    --url) url=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --user) user=$2; shift 2 ;;
    --password) password=$2; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

port=${url##*:}
pid=$(pgrep -f "glassfish.jar.*" | while read -r p; do
  if ss -ltnp 2>/dev/null | grep ":$port " | grep -q "pid=$p,"; then echo "$p"; fi; done | head -1)
[ -n "$pid" ] || { echo "No Payara server listens on port $port" >&2; exit 1; }

basic=$(printf '%s:%s' "$user" "$password" | base64 -w0)
script=$(mktemp)
trap 'rm -f "$script" "$script.statuses" "$script.paced"' EXIT
printf 'wrk.headers["Authorization"] = "Basic %s"\n' "$basic" > "$script"
# The flood's answers by status: pages, refusals past the allowance of requests before log-on, other.
cat > "$script.statuses" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) pages = 0; refused = 0; other = 0 end
function response(status, headers, body)
  if status == 200 then pages = pages + 1 elseif status == 429 then refused = refused + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local p, r, o = 0, 0, 0
  for _, t in ipairs(threads) do p = p + t:get("pages"); r = r + t:get("refused"); o = o + t:get("other") end
  io.write(string.format("log-on page answers: %d pages (200), %d refused (429), %d other\n", p, r, o))
end
LUA

# Sessions the server holds and heap left after a full collection.
snapshot() {
  jcmd "$pid" GC.run >/dev/null
  local sessions heap
  sessions=$(jcmd "$pid" GC.class_histogram | awk '$4 == "org.apache.catalina.session.StandardSession" {print $2}')
  # Every generation's "total ..K, used ..K": one line for G1's heap, two for the serial and
  # parallel collectors' young and old generations (the first alone would be the young one).
  heap=$(jcmd "$pid" GC.heap_info | grep -o 'total [0-9]*K, used [0-9]*K' | awk -F'used ' '{sum += $2} END {print sum + 0}')
  echo "$1: ${sessions:-0} sessions, heap in use after a full collection $((heap / 1024)) MB"
}

# The same call at a steady pace, as people at desks make it: each of 4 connections waits 20 ms
# after every answer (at most 200 calls a second). At full speed the call itself keeps both cores
# busy, and its p99 is the queue behind them: any other work at all shows in it.
cp "$script" "$script.paced"
echo 'function delay() return 20 end' >> "$script.paced"

# ping_line SECONDS LABEL [paced]: p50/p99 and rate of the signed-in ping, from wrk's latency
# distribution; fails unless every answer was 2xx (a server without the application answers
# 404 quickly, too).
ping_line() {
  local with=$script
  [ "${3:-}" != paced ] || with=$script.paced
  wrk -t1 -c4 -d"$1"s --latency -s "$with" "$url/welcoming/api/v1/ping" \
    | awk -v label="$2" '/^ +50%/{p50=$2} /^ +99%/{p99=$2} /Requests\/sec/{rps=$2} /Non-2xx/{bad=$NF}
        END {printf "%s: signed-in ping %s req/s, p50 %s, p99 %s, answers other than 2xx: %d\n", label, rps, p50, p99, bad
             exit bad > 0}'
}

# The JIT warms for a minute or more on a small machine: the call is measured alone before and
# after the flood, so that a server still warming up shows as such.
echo "Warming up (30 s of log-on page views, 60 s of pings) ..."
wrk -t2 -c16 -d30s "$url/welcoming/login.xhtml" >/dev/null
ping_line 60 "warm-up" >/dev/null
snapshot "before"
ping_line 30 "alone, before, paced" paced
ping_line 30 "alone, before, full speed"

echo "Flooding the log-on page for $seconds s (wrk, 2 threads, 32 connections) ..."
wrk -t2 -c32 -d"${seconds}s" --latency -s "$script.statuses" "$url/welcoming/login.xhtml" > "$script.flood" &
flood=$!
sleep $((seconds / 5))
ping_line $((seconds / 3)) "during the flood, paced" paced
ping_line $((seconds / 3)) "during the flood, full speed"
wait "$flood"
awk '/Requests\/sec/{print "log-on page views: " $2 " req/s"} /requests in/{print "log-on page views: " $1 " in all"}
     /^log-on page answers/{print}' "$script.flood"
rm -f "$script.flood"
ping_line 30 "alone, after, paced" paced
ping_line 30 "alone, after, full speed"
snapshot "after"
echo "readiness: $(curl -s "$url/welcoming/health/ready")"
