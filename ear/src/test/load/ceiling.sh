#!/usr/bin/env bash
# How near the server's ceiling the common paths run, in one command: the run command timed cold
# and warm to the log-on page, then rounds of wrk (2 threads, 32 connections) over the trivial
# endpoint and the paths people use (an evaluation, an audited read, the supervisor's queue page
# signed in, the anonymous log-on page), in the order A B ... B A so that a machine slowing down
# or warming up weighs on every path alike, then rounds of intake (50 connections) beside the
# trivial endpoint, last because it fills the database; medians of the rounds, each path's
# ratio to the trivial endpoint of the same run, the server's resident memory, and the audit
# chain's verification time.
#
# It runs ./welcoming run with a home of its own (ear/target/ceiling, ports 18080 and 18048) and
# a new domain each time, so that every run starts from the same empty database with a queue of
# 40 requests; it never touches the domain you run the application on (stop that one first: the
# two would share Payara's other default ports). Another application to compare with (Cargo
# Tracker, say, deployed by you on a second domain) is measured in the same read rounds when its
# endpoints are given (its page with one session throughout, as the queue page's). Needs wrk
# (Debian package). Report: ear/target/ceiling/report.md.
#
#   ear/src/test/load/ceiling.sh [--rounds 4] [--seconds 20] [--warm-up SECONDS]
#                                [--anchor-json URL] [--anchor-page URL]
#
# --warm-up: each path's time in the warm-up round (default: --seconds). On a machine whose JIT
# takes minutes to warm up, the first rounds still rise; a longer warm-up keeps them out of the
# medians, as an anchor application warmed up before the run would be.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
rounds=4 seconds=20 warm_up="" anchor_json="" anchor_page=""
while [ $# -gt 0 ]; do
  case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warm-up) warm_up=$2; shift 2 ;;
    --anchor-json) anchor_json=$2; shift 2 ;;
    --anchor-page) anchor_page=$2; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done
warm_up=${warm_up:-$seconds}
for n in "$rounds" "$seconds" "$warm_up"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "--rounds, --seconds and --warm-up take a whole number above 0, not '$n'" >&2; exit 2; }
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

# CEILING_HOME moves the benchmark's home; its domain is removed at every run, so never your own.
export WELCOMING_HOME=${CEILING_HOME:-$root/ear/target/ceiling}
if [ "$(cd "$(dirname "$WELCOMING_HOME")" 2>/dev/null && pwd)/$(basename "$WELCOMING_HOME")" = "$root/.welcoming" ]; then
  echo "CEILING_HOME is the run command's own home: the benchmark would remove its domain" >&2
  exit 2
fi
export WELCOMING_HTTP_PORT=18080 WELCOMING_ADMIN_PORT=18048
# The log-on page's rounds measure what the page itself costs, not the allowance of requests from
# one address before log-on (the flood benchmark measures that): lifted for this server.
export WELCOMING_SECURITY_ANONYMOUS_PER_SECOND=1000000 WELCOMING_SECURITY_ANONYMOUS_BURST=1000000
password=${WELCOMING_DEMO_PASSWORD:-welcome-2021}
export WELCOMING_DEMO_PASSWORD=$password
url=http://localhost:$WELCOMING_HTTP_PORT
api=$url/welcoming/api/v1
work=$WELCOMING_HOME/work
report=$WELCOMING_HOME/report.md
mkdir -p "$work"
run_pid=""

stop_run() {
  "$root/welcoming" stop >/dev/null 2>&1 || true
  if [ -n "$run_pid" ]; then wait "$run_pid" 2>/dev/null || true; fi
  run_pid=""
}
trap stop_run EXIT

# ./welcoming run NAME in the background; sets elapsed to the seconds, to a tenth, until the
# log-on page answers 200 (run in this shell, not a subshell, so that stop_run can wait for it).
timed_run() {
  local started answered
  started=$(date +%s.%N)
  "$root/welcoming" run >"$work/run-$1.log" 2>&1 &
  run_pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/welcoming/login.xhtml")" = 200 ]; do
    kill -0 "$run_pid" 2>/dev/null || { echo "./welcoming run ended early: see $work/run-$1.log" >&2; exit 1; }
    sleep 0.1
  done
  answered=$(date +%s.%N)
  elapsed=$(echo "$started $answered" | awk '{printf "%.1f", $2 - $1}')
}

basic() {
  printf 'Basic %s' "$(printf '%s:%s' "$1" "$password" | base64 -w0)"
}

# wrk script: METHOD, Authorization, body, cookie (each may be empty).
lua() {
  local file=$work/$1.lua
  {
    printf 'wrk.method = "%s"\n' "$2"
    [ -z "$3" ] || printf 'wrk.headers["Authorization"] = "%s"\n' "$3"
    [ -z "$4" ] || printf 'wrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' "$4"
    [ -z "${5:-}" ] || printf 'wrk.headers["Cookie"] = "%s"\n' "$5"
  } >"$file"
  echo "$file"
}

intake_body() {
  printf '{"eventNumber":"%s","oemcNumber":"O-%s","receivedAt":"%s","agency":"ICE","agencyComponent":"ERO","agentName":"Officer Sam Lee",'\
'"agentContact":"fax 312-555-0199","identityCheck":"NOT_VERIFIED","channel":"FAX","documentType":"DETAINER",'\
'"formNumber":"I-247A","signerTitle":"Supervisory Detention and Deportation Officer","courtCaption":false,'\
'"subjectReference":"CB 19887766","custody":"CPD","asks":["DETAIN","NOTIFY_RELEASE"],"purpose":"CIVIL_IMMIGRATION"}' \
    "$1" "$1" "$(date -u -d '-10 minutes' +%Y-%m-%dT%H:%M:%SZ)"
}

# Every intake a new event number (the round's start in hex, the wrk thread, a count), so each is
# a request like any other; short enough for the 32 characters of the OEMC number ("O-" + it).
intake_lua() {
  local file=$work/intake.lua body
  body=$(intake_body 'EVENT')
  cat >"$file" <<LUA
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
local prefix
wrk.method = "POST"
wrk.headers["Authorization"] = "$(basic officer)"
wrk.headers["Content-Type"] = "application/json"
request = function()
  prefix = prefix or string.format("c%x-%d", os.time(), tid)
  n = n + 1
  return wrk.format(nil, nil, nil, (string.gsub([[$body]], "EVENT", prefix .. "-" .. n)))
end
LUA
  echo "$file"
}

# shellcheck source=../shell/log-on-form.sh
source "$root/ear/src/test/shell/log-on-form.sh"

# The supervisor signed in through the log-on form, as a browser does; prints the cookie.
supervisor_cookie() {
  local jar=$work/cookies.txt
  rm -f "$jar"
  log_on_form "$url" "$jar" supervisor "$password" >/dev/null
  awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$jar"
}

# One wrk measurement: NAME CONNECTIONS URL SCRIPT [SECONDS]; appends "rate p99-ms non-2xx errors"
# to NAME's file.
measure() {
  local name=$1 connections=$2 target=$3 script=${4:-} duration=${5:-$seconds}
  wrk -t2 -c"$connections" -d"${duration}s" --latency ${script:+-s "$script"} "$target" >"$work/$name.last"
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /Requests\/sec/ {rate = $2}
    /^ +99%/ {p99 = ms($2)}
    /Non-2xx/ {bad = $NF}
    /Socket errors/ {gsub(/,/, ""); errors = $4 + $6 + $8 + $10}
    END {printf "%s %.1f %d %d\n", rate, p99, bad, errors}' "$work/$name.last" >>"$work/$name.rounds"
}

median() {  # of column $2 in file $1
  awk -v c="$2" '{print $c}' "$1" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

stop_run
rm -rf "$WELCOMING_HOME/payara6/glassfish/domains/welcoming" "$WELCOMING_HOME/deployed.sha256"
echo "Cold run (build when needed, Payara Server when missing, a new domain) ..."
timed_run cold
cold=$elapsed
echo "  log-on page after $cold s"
stop_run
# The first warm run of a new EAR records the classes it loads (class-data sharing), written as
# the server stops; the runs after it start from that archive, as a person's warm runs do.
echo "Warm run, recording the class-data archive ..."
timed_run recording
recording=$elapsed
echo "  log-on page after $recording s"
stop_run
echo "Warm run ..."
timed_run warm
warm=$elapsed
echo "  log-on page after $warm s"
pid=$(cat "$WELCOMING_HOME/payara6/glassfish/domains/welcoming/config/pid")

echo "Preparing: a queue of 40 requests, the supervisor's session ..."
for n in $(seq 1 40); do
  created=$(curl -s -D - -o /dev/null -H "Authorization: $(basic officer)" -H 'Content-Type: application/json' \
    --data "$(intake_body "ceiling-queue-$n")" "$api/requests" | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
  [ -n "$created" ] || { echo "Could not log request $n of the queue" >&2; exit 1; }
done
cookie=$(supervisor_cookie)
queue=$url/welcoming/supervisor/queue.xhtml
queue_answer() {
  curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$queue"
}
[ -n "$cookie" ] && [ "$(queue_answer)" = 200 ] || { echo "The supervisor could not sign in" >&2; exit 1; }
evaluation='{"documentType":"DETAINER","action":"DETAIN","purpose":"CIVIL_IMMIGRATION","consent":"NONE","custody":"CPD",'\
'"subject":{"outstandingCriminalWarrant":false,"felonyConviction":true,"pendingFelonyCharge":false,"gangDatabase":false}}'

paths=(ping evaluation audited-read queue-page log-on-page)
declare -A connections=([intake]=50) target script
target[ping]=$api/ping;                script[ping]=$(lua ping GET "$(basic officer)" "")
target[evaluation]=$api/evaluations;   script[evaluation]=$(lua evaluation POST "$(basic officer)" "$evaluation")
target[audited-read]=$created;         script[audited-read]=$(lua audited-read GET "$(basic officer)" "")
target[queue-page]=$queue;             script[queue-page]=$(lua queue-page GET "" "" "$cookie")
target[log-on-page]=$url/welcoming/login.xhtml; script[log-on-page]=""
target[intake]=$api/requests;          script[intake]=$(intake_lua)
if [ -n "$anchor_json" ]; then paths+=(anchor-json); target[anchor-json]=$anchor_json; script[anchor-json]=""; fi
if [ -n "$anchor_page" ]; then
  # Like the queue page, one visitor's session throughout: the cookie of a first visit.
  anchor_cookie=$(curl -s -D - -o /dev/null "$anchor_page" | tr -d '\r' \
    | awk 'tolower($1) == "set-cookie:" && $2 ~ /^JSESSIONID=/ {sub(/;.*/, "", $2); print $2}')
  paths+=(anchor-page); target[anchor-page]=$anchor_page; script[anchor-page]=$(lua anchor-page GET "" "" "$anchor_cookie")
fi
rm -f "$work"/*.rounds
order=()

# rounds WARM-UP-SECONDS NAME...: a warm-up round, then $rounds rounds, every second one in reverse
# order.
rounds() {
  local warm=$1 forward backward=() r i p
  shift
  forward=("$@")
  for ((i = $# - 1; i >= 0; i--)); do backward+=("${forward[i]}"); done
  for p in "${forward[@]}"; do measure "$p" "${connections[$p]:-32}" "${target[$p]}" "${script[$p]}" "$warm"; done
  for p in "${forward[@]}"; do rm -f "$work/$p.rounds"; done
  [ "$(queue_answer)" = 200 ] || { echo "The supervisor's session ended during the warm-up" >&2; exit 1; }
  for r in $(seq 1 "$rounds"); do
    if [ $((r % 2)) = 1 ]; then order=("${forward[@]}"); else order=("${backward[@]}"); fi
    echo "Round $r of $rounds: ${order[*]}"
    for p in "${order[@]}"; do measure "$p" "${connections[$p]:-32}" "${target[$p]}" "${script[$p]}"; done
  done
}

echo "Reads, each path for $seconds s a round, after a warm-up round of $warm_up s a path ..."
rounds "$warm_up" "${paths[@]}"
[ "$(queue_answer)" = 200 ] || { echo "The supervisor's session ended during the rounds" >&2; exit 1; }
cp "$work/ping.rounds" "$work/ping-reads.rounds"
echo "Intake beside the trivial endpoint (last: it fills the database) ..."
# Its warm-up as long as a round: a longer one would only fill the database further.
rounds "$seconds" ping intake
mv "$work/ping-reads.rounds" "$work/ping.rounds"
paths+=(intake)
rss=$(($(ps -o rss= -p "$pid") / 1024))
sleep 60
rss_rested=$(($(ps -o rss= -p "$pid") / 1024))
verification=$(curl -s -o "$work/verification.json" -w '%{time_total}' -H "Authorization: $(basic auditor)" \
  "$api/audit/verification")
events=$(grep -o '"events":[0-9]*' "$work/verification.json" | tr -dc 0-9 || true)
intact=$(grep -q '"intact":true' "$work/verification.json" && echo "intact" || echo "NOT INTACT")

server_java=$(readlink -f "/proc/$pid/exe")
ping_rate=$(median "$work/ping.rounds" 1)
{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Server: $("$server_java" -version 2>&1 | head -1), the run command's domain (embedded H2)"
  echo "Rounds: $rounds of $seconds s per path after a warm-up round of $warm_up s a path, wrk 2 threads, 32 connections (intake 50, in"
  echo "rounds of its own after the reads); ratios to the trivial endpoint (ping) of the read rounds"
  echo
  echo "| Path | Requests/s (median) | Ratio to ping | p99 ms (median) | Non-2xx | Socket errors |"
  echo "|---|---|---|---|---|---|"
  for p in "${paths[@]}"; do
    rate=$(median "$work/$p.rounds" 1)
    printf '| %s | %.0f | %.2f | %.1f | %d | %d |\n' "$p" "$rate" "$(echo "$rate $ping_rate" | awk '{print $1 / $2}')" \
      "$(median "$work/$p.rounds" 2)" "$(awk '{s += $3} END {print s}' "$work/$p.rounds")" \
      "$(awk '{s += $4} END {print s}' "$work/$p.rounds")"
  done
  echo
  echo "| Also measured | Value |"
  echo "|---|---|"
  echo "| ./welcoming run to the log-on page, cold | $cold s |"
  echo "| ./welcoming run to the log-on page, warm, recording the class-data archive | $recording s |"
  echo "| ./welcoming run to the log-on page, warm | $warm s |"
  echo "| Server resident memory after the rounds | $rss MB |"
  echo "| Server resident memory after a minute at rest | $rss_rested MB |"
  echo "| Audit chain verification | $verification s over ${events:-?} events, $intact |"
} | tee "$report"
echo
echo "Report: $report"
failed=$(cat "$work"/*.rounds | awk '{s += $3 + $4} END {print s + 0}')
[ "$failed" = 0 ] && [ "$intact" = intact ] || { echo "FAILED: $failed answers other than 2xx or socket errors; chain $intact" >&2; exit 1; }
