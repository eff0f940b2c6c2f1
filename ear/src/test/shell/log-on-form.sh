# The scripts' one way of signing in through the log-on form, as a browser does: the page first
# (for its session cookie and the script nonce PrimeFaces posts back), then the form, from the
# application's own origin. Sourced by the cluster tests and the ceiling benchmark.

# log_on_form BASE JAR USER PASSWORD: BASE is the address before /welcoming/ (http or https; a test
# certificate is accepted), JAR a curl cookie jar that keeps the session. Prints the address the
# answer ended on and its status, such as ".../welcoming/supervisor/index.xhtml 200"; fails when the
# page carries no script nonce (its Content-Security-Policy would then block every script).
log_on_form() {
  local base=$1 jar=$2 user=$3 password=$4 login nonce
  login=$(curl -sk -b "$jar" -c "$jar" -L --max-time 30 "$base/welcoming/login.xhtml")
  nonce=$(grep -o "PrimeFaces\.csp\.init('[^']*')" <<<"$login" | head -1 | sed "s/.*('\(.*\)')/\1/" || true)
  if [ -z "$nonce" ]; then
    echo "the log-on page at $base carries no script nonce" >&2
    return 1
  fi
  curl -sk -b "$jar" -c "$jar" -L --max-time 30 -o /dev/null -w '%{url_effective} %{http_code}' \
    -H "Origin: $base" --data-urlencode login=login --data-urlencode "login:username=$user" \
    --data-urlencode "login:password=$password" --data-urlencode login:submit= \
    --data-urlencode jakarta.faces.ViewState=stateless --data-urlencode "primefaces.nonce=$nonce" \
    "$base/welcoming/login.xhtml"
}
