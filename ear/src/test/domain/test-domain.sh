#!/usr/bin/env bash
# The end-to-end tests' domain: set up by the production script (config/src/main/payara/setup-domain.sh)
# and started before the tests, stopped after them (ear/pom.xml). Setting up and starting a domain
# takes half a minute; the reactor's first project begins it in the background (pom.xml), so that
# it happens while the ejb and web modules run their unit tests, and the ear module's
# pre-integration-test waits for it. Where this build began none with the same settings (the ear
# module built alone, the PostgreSQL or load profile), the ear module sets it up itself.
#
#   test-domain.sh begin STATE-DIR BUILD SETUP-ARGS...   returns at once; the log in STATE-DIR/log
#   test-domain.sh ready STATE-DIR BUILD SETUP-ARGS...   the domain set up and running, or a failure
#   test-domain.sh stop  STATE-DIR BUILD SETUP-ARGS...
#
# BUILD names the Maven build (its start time), so that a build never takes over a domain that
# another, interrupted build began. The server inherits WELCOMING_* settings from the environment.
set -euo pipefail
setup=$(cd "$(dirname "$0")/../../../../config/src/main/payara" && pwd)/setup-domain.sh
command=${1:?begin, ready or stop} state=${2:?state folder} build=${3:?build}
shift 3
payara="" domain=""
for ((i = 1; i < $#; i++)); do
  case ${!i} in
    --payara) j=$((i + 1)); payara=${!j} ;;
    --domain) j=$((i + 1)); domain=${!j} ;;
  esac
done
[ -n "$payara" ] && [ -n "$domain" ] || { echo "test-domain: --payara and --domain are required" >&2; exit 2; }
asadmin=$payara/bin/asadmin
pid_file=$payara/glassfish/domains/$domain/config/pid
# What the domain is set up with: the build, the arguments and the server's settings.
settings=$(printf '%s\n' "$build" "$@"; env | grep '^WELCOMING_' | LC_ALL=C sort || true)

running() { [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

# Set up, then started afresh, so that the server reads this build's settings.
prepare() {
  if running; then "$asadmin" stop-domain "$domain" || return; fi
  bash "$setup" "$@" && "$asadmin" start-domain "$domain"
}

# Waits for a setup begun in the background to end; its exit status, or 1 if it vanished.
await_begun() {
  local pid
  pid=$(cat "$state/pid")
  while [ ! -f "$state/status" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  cat "$state/log"
  [ -f "$state/status" ] && return "$(cat "$state/status")"
  echo "test-domain: the setup begun in the background ended without a status" >&2
  return 1
}

case $command in
  begin)
    rm -rf "$state" && mkdir -p "$state"
    printf '%s\n' "$settings" > "$state/settings"
    ( status=0; prepare "$@" || status=$?; echo "$status" > "$state/status" ) </dev/null >"$state/log" 2>&1 &
    echo $! > "$state/pid"
    echo "Test domain $domain: set up and started in the background ($state/log)"
    ;;
  ready)
    if [ -f "$state/settings" ] && [ "$(cat "$state/settings")" = "$settings" ]; then
      echo "Test domain $domain: waiting for the setup begun at the start of the build ..."
      status=0
      await_begun || status=$?
      rm -f "$state/settings"
      exit "$status"
    fi
    # A setup begun with other settings uses the same Payara: it ends before this one starts.
    if [ -f "$state/pid" ]; then
      echo "Test domain $domain: the setup begun at the start of the build had other settings; setting it up again"
      await_begun >/dev/null || true
    fi
    rm -rf "$state"
    prepare "$@"
    ;;
  stop)
    if running; then "$asadmin" stop-domain "$domain"; fi
    ;;
  *) echo "test-domain: unknown command $command (begin, ready or stop)" >&2; exit 2 ;;
esac
