#!/usr/bin/env bash
# Tests deploy/nginx/outpost-gateway.conf for real: nginx terminating mutual TLS in front of
# outpost-hq (standing in for vLLM and the OpenTelemetry Collector), driven with curl.
#
#   scripts/test-gateway.sh --hq .build/debug/outpost-hq
#
# Installs nginx (nginx-light) and jq with apt-get only when they are missing. Makes a throwaway
# PKI (box CA, gateway CA, a rogue CA), starts hq and nginx on free loopback ports inside a
# temporary directory, renders the shipped config with sed (the literal defaults listed at the
# top of the config file; the per-box chat limit lowered to 5r/s burst 5), and checks:
# idempotent replay through the gateway, header pass-through, certificate refusals, revocation
# (map file, and a reload without restart), per-box 429 + Retry-After, 503 + Retry-After when
# the upstream is down, and static bundles with ETag / 304.
# One line per check (`ok   ...` / `FAIL ...`), a summary; exit 0 only when every check passed.
#   OUTPOST_KEEP_TMP=1   keep the temporary directory (its path is printed) for a look afterwards
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

usage() { echo "usage: scripts/test-gateway.sh --hq PATH_TO_outpost-hq [--outpost PATH_TO_outpost]"; }
die() { echo "test-gateway: $*" >&2; exit 1; }

HQ=""; OUTPOST_CLI=""
while [ $# -gt 0 ]; do
  case $1 in
    --hq) [ $# -ge 2 ] || { usage >&2; exit 2; }; HQ=$2; shift 2 ;;
    --outpost) [ $# -ge 2 ] || { usage >&2; exit 2; }; OUTPOST_CLI=$2; shift 2 ;;
    --hq=*) HQ=${1#--hq=}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
[ -n "$HQ" ] || { usage >&2; exit 2; }
[ -x "$HQ" ] || die "outpost-hq not found or not executable: $HQ"
case $HQ in /*) ;; *) HQ=$ROOT/$HQ ;; esac

# ---- tools ---------------------------------------------------------------------------------
apt_install() {
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "test-gateway: installing $* (apt-get)" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get install -y -qq "$@" >/dev/null 2>&1 \
    || { "${sudo[@]}" apt-get update -qq >/dev/null 2>&1 && "${sudo[@]}" apt-get install -y -qq "$@" >/dev/null; } \
    || die "could not install $* with apt-get"
}
NGINX=$(command -v nginx || true)
[ -n "$NGINX" ] || [ ! -x /usr/sbin/nginx ] || NGINX=/usr/sbin/nginx
if [ -z "$NGINX" ]; then
  apt_install nginx-light || apt_install nginx
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
fi
command -v jq >/dev/null || apt_install jq
for tool in openssl curl xargs gzip; do command -v "$tool" >/dev/null || die "$tool is required"; done

# ---- temporary directory, cleanup ----------------------------------------------------------
T=$(mktemp -d "${TMPDIR:-/tmp}/outpost-gateway.XXXXXX")
chmod 755 "$T"   # nginx workers (not root) read the bundles under it
PKI=$T/pki GW_DIR=$T/gw R=$T/responses LOG=$T/log
mkdir -p "$PKI" "$GW_DIR" "$R" "$LOG" "$T/tmp" "$T/srv/bundles" "$T/burst"
chmod 755 "$T/srv" "$T/srv/bundles"
HQ_PID="" NGINX_PID=""

# shellcheck disable=SC2317  # run by the EXIT trap
cleanup() {
  local status=$?
  if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -TERM "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  if [ -n "$HQ_PID" ] && kill -0 "$HQ_PID" 2>/dev/null; then
    kill -TERM "$HQ_PID" 2>/dev/null || true
    wait "$HQ_PID" 2>/dev/null || true
  fi
  if [ "${OUTPOST_KEEP_TMP:-0}" = 1 ]; then
    echo "test-gateway: kept $T" >&2
  else
    rm -rf "$T"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

show_logs() {
  echo "--- nginx error log (last 20 lines)" >&2
  tail -n 20 "$LOG/error.log" 2>/dev/null >&2 || true
  echo "--- outpost-hq log (last 10 lines)" >&2
  tail -n 10 "$T/hq.log" 2>/dev/null >&2 || true
}
setup_failed() { echo "test-gateway: $*" >&2; show_logs; exit 1; }

# ---- PKI -----------------------------------------------------------------------------------
quiet() {  # runs a command, shows its output only when it fails
  local out
  out=$("$@" 2>&1) || { printf 'test-gateway: failed: %s\n%s\n' "$*" "$out" >&2; exit 1; }
}
make_ca() {  # NAME SUBJECT
  quiet openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 -days 2 \
    -subj "$2" -keyout "$PKI/$1.key" -out "$PKI/$1.pem"
}
issue() {  # CA NAME SUBJECT EXTENSIONS
  printf '%b\n' "$4" > "$PKI/$2.ext"
  quiet openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 \
    -subj "$3" -keyout "$PKI/$2.key" -out "$PKI/$2.csr"
  quiet openssl x509 -req -sha256 -days 2 -in "$PKI/$2.csr" -CA "$PKI/$1.pem" -CAkey "$PKI/$1.key" \
    -CAcreateserial -extfile "$PKI/$2.ext" -out "$PKI/$2.pem"
}
CLIENT_EXT='basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth'
make_ca boxes-ca "/O=Outpost test/CN=Outpost Box CA"
make_ca server-ca "/O=Outpost test/CN=Outpost Gateway CA"
make_ca rogue-ca "/O=Somebody else/CN=Rogue CA"
issue server-ca server "/O=Outpost test/CN=localhost" \
  'basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth'
for box in box-0001 box-0002 box-0003; do
  issue boxes-ca "$box" "/O=Outpost test/OU=Ward 3/CN=$box" "$CLIENT_EXT"
done
issue rogue-ca rogue "/O=Outpost test/CN=box-0001" "$CLIENT_EXT"   # a trusted box's name, wrong CA
# box-0009: the right CA, expired a while ago (openssl ca: x509 -req cannot date it back).
printf '%b\n' "[ca]\ndefault_ca = boxes\n[boxes]\ndatabase = $PKI/index.txt\nnew_certs_dir = $PKI\nserial = $PKI/serial" \
  "default_md = sha256\npolicy = any\nunique_subject = no\nx509_extensions = box\n[any]\ncommonName = supplied" \
  "[box]\n$CLIENT_EXT" > "$PKI/ca.cnf"
: > "$PKI/index.txt"; echo 1000 > "$PKI/serial"
quiet openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 \
  -subj "/O=Outpost test/CN=box-0009" -keyout "$PKI/box-0009.key" -out "$PKI/box-0009.csr"
quiet openssl ca -config "$PKI/ca.cnf" -batch -notext -cert "$PKI/boxes-ca.pem" -keyfile "$PKI/boxes-ca.key" \
  -startdate 20240101000000Z -enddate 20240201000000Z -in "$PKI/box-0009.csr" -out "$PKI/box-0009.pem"
cp "$PKI/server.pem" "$PKI/server.key" "$PKI/boxes-ca.pem" "$GW_DIR/"
cp "$ROOT/deploy/nginx/revoked-boxes.map" "$GW_DIR/revoked-boxes.map"
echo "box-0002 1;   # revoked by scripts/test-gateway.sh" >> "$GW_DIR/revoked-boxes.map"

# ---- ports ---------------------------------------------------------------------------------
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    port_busy "$port" || { echo "$port"; return 0; }
  done
  return 1
}
# Polls URL until it answers at all (any HTTP status), the process PID is gone, or ~10 s passed.
wait_http() {  # PID URL [curl args]
  local pid=$1 url=$2; shift 2
  for _ in $(seq 1 100); do
    curl -s -o /dev/null --max-time 1 "$@" "$url" && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# ---- outpost-hq ----------------------------------------------------------------------------
API_KEY=test-key-$RANDOM$RANDOM
printf '%s\n' "$API_KEY" > "$T/api-key"
HQ_PORT=""
for _ in 1 2 3 4 5; do
  port=$(free_port) || setup_failed "no free port for outpost-hq"
  "$HQ" --listen "127.0.0.1:$port" --data "$T/hq-data" --api-key-file "$T/api-key" >"$T/hq.log" 2>&1 &
  HQ_PID=$!
  if wait_http "$HQ_PID" "http://127.0.0.1:$port/hq/health"; then HQ_PORT=$port; break; fi
  kill "$HQ_PID" 2>/dev/null || true; wait "$HQ_PID" 2>/dev/null || true; HQ_PID=""
done
[ -n "$HQ_PORT" ] || setup_failed "outpost-hq did not start"
HQ_URL=http://127.0.0.1:$HQ_PORT

# ---- nginx ---------------------------------------------------------------------------------
BUNDLE=$T/srv/bundles/intent-model-7.outpost
head -c 65536 /dev/urandom > "$BUNDLE"
chmod 644 "$BUNDLE"

render() {  # GATEWAY_PORT TAP_PORT
  sed -e "s|/etc/nginx/outpost/|$GW_DIR/|g" \
      -e "s|/srv/outpost|$T/srv|g" \
      -e "s|/var/log/nginx/|$LOG/|g" \
      -e "s|listen 8443 ssl;|listen 127.0.0.1:$1 ssl;|" \
      -e "s|127.0.0.1:8000|127.0.0.1:$HQ_PORT|; s|127.0.0.1:4318|127.0.0.1:$2|; s|127.0.0.1:8088|127.0.0.1:$2|" \
      -e "s|zone=outpost_box:10m rate=10r/s|zone=outpost_box:10m rate=5r/s|" \
      -e "s|zone=outpost_box burst=20 nodelay|zone=outpost_box burst=5 nodelay|g" \
      "$ROOT/deploy/nginx/outpost-gateway.conf" > "$GW_DIR/outpost-gateway.conf"
  local left
  left=$(grep -v '^[[:space:]]*#' "$GW_DIR/outpost-gateway.conf" \
    | grep -nE '/etc/nginx/outpost/|/srv/outpost|/var/log/nginx/|listen 8443|127\.0\.0\.1:(8000|4318|8088)|rate=10r/s|burst=20' || true)
  [ -z "$left" ] || setup_failed "the render left a default in place (the config changed?):"$'\n'"$left"
  local mime=""
  [ ! -f /etc/nginx/mime.types ] || mime="include /etc/nginx/mime.types;"
  cat > "$T/nginx.conf" <<EOF
worker_processes 2;
pid $T/nginx.pid;
error_log $LOG/error.log info;
daemon off;
events { worker_connections 512; }
http {
    $mime
    client_body_temp_path $T/tmp/client_body;
    proxy_temp_path       $T/tmp/proxy;
    fastcgi_temp_path     $T/tmp/fastcgi;
    uwsgi_temp_path       $T/tmp/uwsgi;
    scgi_temp_path        $T/tmp/scgi;
    include $GW_DIR/outpost-gateway.conf;

    # The tap: outpost_otel and outpost_events go through it to hq, and it logs the headers
    # they arrived with (what the collector would see).
    log_format tap escape=json '{"uri":"\$uri","x_outpost_box":"\$http_x_outpost_box",'
        '"idempotency_key":"\$http_idempotency_key","traceparent":"\$http_traceparent",'
        '"authorization":"\$http_authorization","x_forwarded_proto":"\$http_x_forwarded_proto"}';
    server {
        listen 127.0.0.1:$2;
        access_log $LOG/tap.log tap;
        location / {
            proxy_pass http://127.0.0.1:$HQ_PORT;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
    }
}
EOF
}

GW_PORT=""
for _ in 1 2 3 4 5; do
  port=$(free_port) || setup_failed "no free port for nginx"
  tap_port=$(free_port) || setup_failed "no free port for nginx"
  [ "$tap_port" != "$port" ] || continue
  render "$port" "$tap_port"
  "$NGINX" -t -q -p "$T/" -c "$T/nginx.conf" 2>"$T/nginx-t.log" \
    || { cat "$T/nginx-t.log" >&2; setup_failed "nginx -t rejected the rendered config"; }
  "$NGINX" -p "$T/" -c "$T/nginx.conf" 2>>"$LOG/stderr.log" &
  NGINX_PID=$!
  if wait_http "$NGINX_PID" "https://127.0.0.1:$port/" --cacert "$PKI/server-ca.pem"; then GW_PORT=$port; break; fi
  kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""
done
[ -n "$GW_PORT" ] || setup_failed "nginx did not start"
GW=https://127.0.0.1:$GW_PORT

# ---- helpers for the checks ----------------------------------------------------------------
PASSED=0 FAILED=0
ok() { printf 'ok   %s\n' "$1"; PASSED=$((PASSED + 1)); }
fail() { printf 'FAIL %s\n' "$1"; [ -z "${2:-}" ] || printf '     %s\n' "$2"; FAILED=$((FAILED + 1)); }
# req NAME CERT PATH [curl args]: response in $R/NAME.{hdr,body}, status in $CODE.
# CERT: a name under $PKI (box-0001, rogue, …) or "none".
req() {
  local name=$1 cert=$2 path=$3; shift 3
  local args=(-sS --max-time 15 --cacert "$PKI/server-ca.pem" -o "$R/$name.body" -D "$R/$name.hdr" -w '%{http_code}')
  [ "$cert" = none ] || args+=(--cert "$PKI/$cert.pem" --key "$PKI/$cert.key")
  CODE=$(curl "${args[@]}" "$@" "$GW$path" 2>"$R/$name.err") || CODE="curl-error($(head -c 200 "$R/$name.err"))"
}
header() {  # NAME HEADER → value of the first such header in $R/NAME.hdr, or empty
  { grep -i "^$2:" "$R/$1.hdr" 2>/dev/null || true; } | head -n 1 | cut -d: -f2- | tr -d '\r' | sed 's/^ *//; s/ *$//'
}
body() { head -c 300 "$R/$1.body" 2>/dev/null | tr '\n' ' '; }
got() { echo "got $CODE, Retry-After '$(header "$1" Retry-After)', body: $(body "$1")"; }
json_code() {  # NAME → .error.code of the JSON body, or empty
  jq -r '.error.code // empty' "$R/$1.body" 2>/dev/null || true
}
AUTH=(-H "Authorization: Bearer $API_KEY")
CHAT='{"model":"m","messages":[{"role":"user","content":"hi"}]}'
chat() {  # NAME CERT KEY [curl args]
  local name=$1 cert=$2 key=$3; shift 3
  req "$name" "$cert" /v1/chat/completions -H "Idempotency-Key: $key" -H 'Content-Type: application/json' \
    "${AUTH[@]}" --data-binary "$CHAT" "$@"
}
hq_stat() { curl -sS --max-time 5 "$HQ_URL/hq/stats" | jq -c -r "$1"; }

echo "gateway $GW -> outpost-hq $HQ_URL (nginx $("$NGINX" -v 2>&1 | sed 's|.*/||'), tmp $T)"

# ---- a. a box's chat request, and its replay -------------------------------------------------
TP=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
chat a1 box-0001 k1 -H "traceparent: $TP"
if [ "$CODE" = 200 ] && jq -e '.choices | length > 0' "$R/a1.body" >/dev/null 2>&1; then
  ok "a. box-0001 POST /v1/chat/completions -> 200 with choices"
else fail "a. box-0001 POST /v1/chat/completions -> 200 with choices" "$(got a1)"; fi

chat a2 box-0001 k1 -H "traceparent: $TP"
replayed=$(header a2 Idempotent-Replayed)
if [ "$CODE" = 200 ] && [ "$replayed" = true ] && cmp -s "$R/a1.body" "$R/a2.body"; then
  ok "a. the same Idempotency-Key again -> 200, Idempotent-Replayed: true passed back, same reply"
else fail "a. the same Idempotency-Key again -> 200, Idempotent-Replayed: true passed back, same reply" \
  "got $CODE, Idempotent-Replayed '$replayed', body: $(body a2)"; fi

stats=$(curl -sS --max-time 5 "$HQ_URL/hq/stats" || true)
if [ "$(jq -r '"\(.unique) \(.duplicates)"' <<<"$stats" 2>/dev/null)" = "1 1" ]; then
  ok "a. hq /hq/stats: unique 1, duplicates 1"
else fail "a. hq /hq/stats: unique 1, duplicates 1" "got $stats"; fi

received=$(curl -sS --max-time 5 "$HQ_URL/hq/received" | jq -s -c '[.[] | select(.kind == "chat") | [.idempotency_key, .traceparent]]' 2>/dev/null || true)
if [ "$received" = "[[\"k1\",\"$TP\"],[\"k1\",\"$TP\"]]" ]; then
  ok "a. Idempotency-Key and traceparent reach the upstream unchanged"
else fail "a. Idempotency-Key and traceparent reach the upstream unchanged" "hq received (key, traceparent): $received"; fi

req a5 box-0001 /v1/chat/completions -H "Idempotency-Key: k-noauth" -H 'Content-Type: application/json' --data-binary "$CHAT"
if [ "$CODE" = 401 ] && [ "$(json_code a5)" = invalid_api_key ]; then
  ok "a. Authorization is passed through (without it hq answers 401 through the gateway)"
else fail "a. Authorization is passed through (without it hq answers 401 through the gateway)" "$(got a5)"; fi

req a6 box-0001 /v1/models "${AUTH[@]}"
if [ "$CODE" = 200 ] && jq -e '.data | length > 0' "$R/a6.body" >/dev/null 2>&1; then
  ok "a. GET /v1/models -> outpost_llm"
else fail "a. GET /v1/models -> outpost_llm" "$(got a6)"; fi

printf '%s\n' '{"type":"gateway_test","idempotency_key":"ev-1"}' '{"type":"gateway_test","idempotency_key":"ev-2"}' > "$T/events.ndjson"
req a7 box-0001 /v1/events "${AUTH[@]}" -H "Idempotency-Key: batch-1" -H "traceparent: $TP" -H "X-Outpost-Box: box-9999" \
  -H 'Content-Type: application/x-ndjson' --data-binary "@$T/events.ndjson"
if [ "$CODE" = 200 ] && [ "$(hq_stat '.events.unique')" = 2 ]; then
  ok "a. POST /v1/events (NDJSON) -> outpost_events, 2 events at hq"
else fail "a. POST /v1/events (NDJSON) -> outpost_events, 2 events at hq" "$(got a7); hq events: $(hq_stat .events)"; fi

# nginx logs a request just after its response went out: poll (bounded) for the tap's line.
want='["box-0001","batch-1",true,true,"https"]'
for _ in $(seq 1 20); do
  tapped=$(jq -c -s --arg auth "Bearer $API_KEY" --arg tp "$TP" \
    'map(select(.uri == "/v1/events")) | last | [.x_outpost_box, .idempotency_key, (.traceparent == $tp), (.authorization == $auth), .x_forwarded_proto]' \
    "$LOG/tap.log" 2>/dev/null || true)
  [ "$tapped" != "$want" ] || break
  sleep 0.05
done
if [ "$tapped" = "$want" ]; then
  ok "a. upstream sees X-Outpost-Box: box-0001 (the client's own X-Outpost-Box overwritten) and the box's headers"
else fail "a. upstream sees X-Outpost-Box: box-0001 (the client's own X-Outpost-Box overwritten) and the box's headers" \
  "[X-Outpost-Box, Idempotency-Key, traceparent ok, Authorization ok, X-Forwarded-Proto] = $tapped"; fi

cat > "$T/span.json" <<'EOF'
{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"outpostd"}}]},
 "scopeSpans":[{"spans":[{"traceId":"4bf92f3577b34da6a3ce929d0e0e4736","spanId":"00f067aa0ba902b7",
 "name":"gateway-test","kind":1,"startTimeUnixNano":"1","endTimeUnixNano":"2"}]}]}]}
EOF
req a8 box-0001 /v1/traces "${AUTH[@]}" -H 'Content-Type: application/json' --data-binary "@$T/span.json"
spans=$(curl -sS --max-time 5 "$HQ_URL/hq/traces" | jq -r '[.spans[] | select(.name == "gateway-test")] | length' 2>/dev/null || true)
if [ "$CODE" = 200 ] && [ "$spans" = 1 ]; then
  ok "a. POST /v1/traces (OTLP/HTTP JSON) -> outpost_otel"
else fail "a. POST /v1/traces (OTLP/HTTP JSON) -> outpost_otel" "$(got a8); spans at hq: $spans"; fi

# Events as OTLP/HTTP logs, gzip, the way a box sends them to {events_url}/v1/logs; an older
# outpost-hq without /v1/logs is skipped (the route itself is checked by /v1/traces above).
cat > "$T/logs.json" <<'EOF'
{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"outpostd"}},
 {"key":"service.instance.id","value":{"stringValue":"box-0001"}}]},
 "scopeLogs":[{"scope":{"name":"outpost.events","version":"1"},"logRecords":[{"timeUnixNano":"1764650000000000000",
 "eventName":"outpost.request","severityNumber":9,
 "body":{"kvlistValue":{"values":[{"key":"type","value":{"stringValue":"request"}}]}},
 "attributes":[{"key":"outpost.event.id","value":{"stringValue":"ev-otlp-1"}}]}]}]}]}
EOF
gzip -c "$T/logs.json" > "$T/logs.json.gz"
before=$(hq_stat '.events.unique')
if [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "${AUTH[@]}" -H 'Content-Type: application/json' -d '{}' "$HQ_URL/v1/logs")" = 404 ]; then
  printf 'skip a. POST /v1/logs (OTLP logs, gzip) -> outpost_otel: this outpost-hq has no /v1/logs\n'
else
  req a9 box-0001 /v1/logs "${AUTH[@]}" -H "Idempotency-Key: logs-1" -H 'Content-Type: application/json' \
    -H 'Content-Encoding: gzip' --data-binary "@$T/logs.json.gz"
  after=$(hq_stat '.events.unique')
  if [ "$CODE" = 200 ] && jq -e 'has("partialSuccess")' "$R/a9.body" >/dev/null 2>&1 && [ "$after" = $((before + 1)) ]; then
    ok "a. POST /v1/logs (OTLP/HTTP JSON, gzip) -> outpost_otel, the event at hq"
  else fail "a. POST /v1/logs (OTLP/HTTP JSON, gzip) -> outpost_otel, the event at hq" "$(got a9); hq events unique $before -> $after"; fi
fi

# a1 and a2 were logged long ago (many requests have been answered since).
if jq -e -s 'map(select(.uri == "/v1/chat/completions")) | length >= 2 and all(.box == "box-0001" and (.status | type) == "number")' \
     "$LOG/outpost-gateway.access.log" >/dev/null 2>&1; then
  ok "a. access log: one JSON object per request, with the box id"
else fail "a. access log: one JSON object per request, with the box id" "$(tail -n 2 "$LOG/outpost-gateway.access.log" 2>/dev/null)"; fi

# ---- b. certificates the gateway refuses -----------------------------------------------------
# 403 JSON, not nginx's 400 page: a box dead-letters a 400 but retries a 403 (see the config).
req b1 none /v1/chat/completions "${AUTH[@]}" -H "Idempotency-Key: b1" --data-binary "$CHAT"
if [ "$CODE" = 403 ] && [ "$(json_code b1)" = client_certificate ]; then
  ok "b. no client certificate -> 403 JSON (client_certificate)"
else fail "b. no client certificate -> 403 JSON (client_certificate)" "$(got b1)"; fi

req b2 rogue /v1/chat/completions "${AUTH[@]}" -H "Idempotency-Key: b2" --data-binary "$CHAT"
if [ "$CODE" = 403 ] && [ "$(json_code b2)" = client_certificate ]; then
  ok "b. certificate from another CA (CN box-0001) -> 403 JSON (client_certificate)"
else fail "b. certificate from another CA (CN box-0001) -> 403 JSON (client_certificate)" "$(got b2)"; fi

chat b3 box-0009 b3
if [ "$CODE" = 403 ] && [ "$(json_code b3)" = client_certificate ] && grep -q 'certificate has expired' "$R/b3.body"; then
  ok "b. expired certificate from the box CA -> 403 JSON (client_certificate), which a box retries"
else fail "b. expired certificate from the box CA -> 403 JSON (client_certificate), which a box retries" "$(got b3)"; fi

# ---- c. a revoked box ------------------------------------------------------------------------
chat c1 box-0002 c1
if [ "$CODE" = 403 ] && [ "$(json_code c1)" = box_revoked ]; then
  ok "c. box-0002 (in revoked-boxes.map) -> 403 JSON (box_revoked)"
else fail "c. box-0002 (in revoked-boxes.map) -> 403 JSON (box_revoked)" "$(got c1)"; fi

if [ "$(hq_stat '.received')" = 2 ]; then
  ok "b/c. nothing refused by the gateway reached hq"
else fail "b/c. nothing refused by the gateway reached hq" "hq stats: $(hq_stat .)"; fi

# ---- f. bundles --------------------------------------------------------------------------------
req f1 box-0001 /bundles/intent-model-7.outpost
etag=$(header f1 ETag)
if [ "$CODE" = 200 ] && [ -n "$etag" ] && cmp -s "$BUNDLE" "$R/f1.body"; then
  ok "f. GET /bundles/intent-model-7.outpost -> 200, the file, ETag $etag"
else fail "f. GET /bundles/intent-model-7.outpost -> 200, the file, ETag" "got $CODE, ETag '$etag'"; fi

req f2 box-0001 /bundles/intent-model-7.outpost -H "If-None-Match: $etag"
if [ "$CODE" = 304 ] && [ ! -s "$R/f2.body" ]; then
  ok "f. If-None-Match with that ETag -> 304, no body"
else fail "f. If-None-Match with that ETag -> 304, no body" "$(got f2)"; fi

req f4 box-0001 /no/such/route
if [ "$CODE" = 404 ] && [ "$(json_code f4)" = no_route ]; then
  ok "f. an unknown route -> 404 JSON (no_route)"
else fail "f. an unknown route -> 404 JSON (no_route)" "$(got f4)"; fi

head -c $((9 << 20)) /dev/zero > "$T/too-big.json"
req f5 box-0001 /v1/chat/completions "${AUTH[@]}" -H "Idempotency-Key: big" --data-binary "@$T/too-big.json"
if [ "$CODE" = 413 ] && [ "$(json_code f5)" = body_too_large ]; then
  ok "f. a 9 MiB body -> 413 JSON (body_too_large), client_max_body_size 8m"
else fail "f. a 9 MiB body -> 413 JSON (body_too_large), client_max_body_size 8m" "$(got f5)"; fi

# ---- d. per-box rate limit ---------------------------------------------------------------------
# 40 requests, 8 at a time, distinct keys; the test render allows 5 r/s with a burst of 5.
seq -w 1 40 | xargs -P 8 -I{} curl -sS --max-time 15 --cacert "$PKI/server-ca.pem" \
  --cert "$PKI/box-0001.pem" --key "$PKI/box-0001.key" \
  -H "Idempotency-Key: burst-{}" -H 'Content-Type: application/json' -H "Authorization: Bearer $API_KEY" \
  --data-binary "$CHAT" -o "$T/burst/{}.body" -D "$T/burst/{}.hdr" -w '%{http_code}\n' \
  "$GW/v1/chat/completions" > "$T/burst/codes" 2>"$T/burst/errors" || true
n200=$(grep -c '^200$' "$T/burst/codes" || true)
n429=$(grep -c '^429$' "$T/burst/codes" || true)
bad_429=""
for hdr in "$T"/burst/*.hdr; do
  grep -q '^HTTP/[0-9.]* 429' "$hdr" || continue
  name=$(basename "$hdr" .hdr)
  ra=$({ grep -i '^Retry-After:' "$hdr" || true; } | head -n 1 | cut -d: -f2 | tr -d ' \r')
  [[ $ra =~ ^[0-9]+$ ]] && [ "$ra" -gt 0 ] || bad_429+=" $name:Retry-After='$ra'"
  [ "$(jq -r '.error.code // empty' "$T/burst/$name.body" 2>/dev/null || true)" = rate_limited ] || bad_429+=" $name:body"
done
if [ "$n429" -ge 1 ] && [ "$n200" -ge 1 ] && [ $((n200 + n429)) -eq 40 ] && [ -z "$bad_429" ]; then
  ok "d. burst of 40 from box-0001 -> $n200 x 200, $n429 x 429, every 429 JSON with Retry-After > 0"
else fail "d. burst of 40 from box-0001 -> some 429, each JSON with Retry-After > 0" \
  "200: $n200, 429: $n429, other: $(grep -vE '^(200|429)$' "$T/burst/codes" | sort | uniq -c | tr '\n' ' ')${bad_429:+; bad 429s:$bad_429} $(head -c 200 "$T/burst/errors")"; fi

# ---- d2. real boxes back off behind the gateway's 429 ---------------------------------------------
# With --outpost: fifty boxes (the real sync service; they share box-0001's certificate, so the
# gateway's per-box limit of 5 r/s holds them together) start at once and drain 2 escalations each
# through the gateway: their first sends overrun the limit, and the 429s must hold them back.
if [ -n "$OUTPOST_CLI" ]; then
  before=$(curl -sS --max-time 5 "$HQ_URL/hq/stats" | jq -r .unique)
  "$OUTPOST_CLI" bench fleet --cloud "$GW" --boxes 50 --queued 2 --rules fleet --startup-delay 0 --deadline 180 \
    --ca-file "$PKI/server-ca.pem" --client-cert "$PKI/box-0001.pem" --client-key "$PKI/box-0001.key" \
    --api-key-file "$T/api-key" --json > "$T/fleet.json" 2>"$T/fleet.err" || true
  after=$(curl -sS --max-time 5 "$HQ_URL/hq/stats" | jq -r .unique)
  acked=$(jq -r '.acknowledged // 0' "$T/fleet.json" 2>/dev/null || echo 0)
  limited=$(jq -r '.failed.rate_limited // 0' "$T/fleet.json" 2>/dev/null || echo 0)
  held=$(jq -r '.deferred.retry_after // 0' "$T/fleet.json" 2>/dev/null || echo 0)
  if [ "$acked" = 100 ] && [ $((after - before)) = 100 ] && [ "$limited" -ge 1 ] && [ "$held" -ge 1 ]; then
    ok "d2. 50 boxes through the gateway: $limited x 429, sends held $held times for Retry-After, 100/100 acknowledged, 100 applied at hq"
  else fail "d2. 50 boxes through the gateway back off on 429 and deliver everything once" \
    "acknowledged $acked, hq unique +$((after - before)), 429s $limited, held $held; $(head -c 300 "$T/fleet.err")"; fi
fi

# ---- g. the upstream's own 503 passes through --------------------------------------------------
curl -sS --max-time 5 -X POST "$HQ_URL/hq/faults" -d '{"fail_rate":1,"reset_rate":0}' >/dev/null
chat g1 box-0003 g1
curl -sS --max-time 5 -X POST "$HQ_URL/hq/faults" -d '{"fail_rate":0,"reset_rate":0}' >/dev/null
if [ "$CODE" = 503 ] && [ "$(header g1 Retry-After)" = 1 ] && [ "$(json_code g1)" = injected_failure ]; then
  ok "g. the upstream's own 503 + Retry-After: 1 reaches the box unchanged"
else fail "g. the upstream's own 503 + Retry-After: 1 reaches the box unchanged" "$(got g1)"; fi

# ---- e. the upstream is down ---------------------------------------------------------------------
kill -TERM "$HQ_PID"; wait "$HQ_PID" 2>/dev/null || true; HQ_PID=""
chat e1 box-0003 e1
ra=$(header e1 Retry-After)
if [ "$CODE" = 503 ] && [[ $ra =~ ^[0-9]+$ ]] && [ "$ra" -gt 0 ] && [ "$(json_code e1)" = upstream_down ]; then
  ok "e. outpost-hq stopped -> 503 JSON (upstream_down), Retry-After: $ra"
else fail "e. outpost-hq stopped -> 503 JSON (upstream_down) with Retry-After > 0" "$(got e1)"; fi

# ---- h. revoking a box with a reload, no restart ---------------------------------------------------
echo "box-0003 1;" >> "$GW_DIR/revoked-boxes.map"
"$NGINX" -t -q -p "$T/" -c "$T/nginx.conf" 2>"$T/nginx-t.log" || { cat "$T/nginx-t.log" >&2; fail "h. nginx -t after editing revoked-boxes.map"; }
"$NGINX" -s reload -p "$T/" -c "$T/nginx.conf" 2>>"$LOG/stderr.log"
# The old workers finish what they hold and exit; poll (bounded) until a new one answers.
for _ in $(seq 1 50); do
  req h1 box-0003 /v1/models "${AUTH[@]}"
  [ "$(json_code h1)" = box_revoked ] && break
  sleep 0.1
done
if [ "$CODE" = 403 ] && [ "$(json_code h1)" = box_revoked ] && kill -0 "$NGINX_PID" 2>/dev/null; then
  ok "h. box-0003 added to revoked-boxes.map + nginx -s reload -> 403 (box_revoked), same master"
else fail "h. box-0003 added to revoked-boxes.map + nginx -s reload -> 403 (box_revoked), same master" "$(got h1)"; fi
req h2 box-0001 /bundles/intent-model-7.outpost
if [ "$CODE" = 200 ]; then ok "h. box-0001 unaffected by the reload"
else fail "h. box-0001 unaffected by the reload" "$(got h2)"; fi

# ---- summary -----------------------------------------------------------------------------------
echo
if [ "$FAILED" -eq 0 ]; then
  echo "gateway: all $PASSED checks passed"
  exit 0
fi
echo "gateway: $FAILED of $((PASSED + FAILED)) checks FAILED"
show_logs
exit 1
