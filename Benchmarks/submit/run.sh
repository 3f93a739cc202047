#!/usr/bin/env bash
# Acknowledged durable submits per second with 1 and 16 concurrent clients against a throw-away
# daemon (no cloud: work is queued), beside the raw SQLite ceiling for one-row durable commits on
# the same disk, measured in the same run. Pass a model file to include the encoder pass.
# With --trace the same benchmark runs twice in one go — tracing off, then on (spans exported over
# OTLP/HTTP JSON to a local outpost-hq) — and prints the throughput ratio on/off per client count.
#   Benchmarks/submit/run.sh [--model FILE] [--seconds N] [--json] [--trace]
set -euo pipefail
cd "$(dirname "$0")/../.."
MODEL=""; SECONDS_ARG=5; JSON=""; TRACE=0
while [ $# -gt 0 ]; do case $1 in --model) MODEL=$2; shift 2;; --seconds) SECONDS_ARG=$2; shift 2;; --json) JSON=--json; shift;; --trace) TRACE=1; shift;; *) echo "unknown $1" >&2; exit 2;; esac; done
swift build -c release --product outpostd >/dev/null && swift build -c release --product outpost >/dev/null
[ "$TRACE" = 1 ] && swift build -c release --product outpost-hq >/dev/null
BIN=$(swift build -c release --show-bin-path)
DIR=$(mktemp -d /var/tmp/outpost-bench.XXXXXX)
trap 'kill $(cat "$DIR"/*.pid 2>/dev/null) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$DIR"' EXIT

# bench NAME [TOML LINES]: a fresh daemon and state directory, one `outpost bench submit`.
bench() {
    local name=$1 extra=${2:-} state="$DIR/$1/state"
    mkdir -p "$DIR/$name"
    { echo "state_dir = \"$state\""; [ -n "$MODEL" ] && echo "[model]" && echo "path = \"$MODEL\"";
      echo "[api]"; echo "socket = \"$DIR/$name/api.sock\""; echo "rate_limit_per_minute = 0"; printf '%b\n' "$extra"; } > "$DIR/$name/outpost.toml"
    "$BIN/outpostd" --config "$DIR/$name/outpost.toml" 2>"$DIR/$name/daemon.log" & echo $! > "$DIR/daemon.pid"
    for _ in $(seq 100); do [ -S "$DIR/$name/api.sock" ] && break; sleep 0.1; done
    "$BIN/outpost" bench submit --socket "$DIR/$name/api.sock" --state-dir "$state" --seconds "$SECONDS_ARG" "${@:3}"
    kill "$(cat "$DIR/daemon.pid")"; wait "$(cat "$DIR/daemon.pid")" 2>/dev/null || true
}

if [ "$TRACE" = 0 ]; then bench plain "" $JSON; exit 0; fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN/outpost-hq" --listen "127.0.0.1:$PORT" --data "$DIR/hq" 2>"$DIR/hq.log" & echo $! > "$DIR/hq.pid"
for _ in $(seq 100); do curl -sf "127.0.0.1:$PORT/hq/health" >/dev/null && break; sleep 0.1; done
bench off "" --json > "$DIR/off.json"
bench on "[telemetry]\notlp_endpoint = \"http://127.0.0.1:$PORT\"\notlp_protocol = \"http/json\"" --json > "$DIR/on.json"
SPANS=$(curl -s "127.0.0.1:$PORT/hq/traces" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["spans"]))')
python3 - "$DIR/off.json" "$DIR/on.json" "$SPANS" "$JSON" <<'PY'
import json, sys
off, on = (json.load(open(p)) for p in sys.argv[1:3])
rows = []
for a, b in zip(off["submits"], on["submits"]):
    rows.append({"clients": a["clients"], "off_per_second": a["per_second"], "on_per_second": b["per_second"],
                 "ratio_on_off": round(b["per_second"] / max(a["per_second"], 1e-9), 3),
                 "off_p50_ms": a["p50_ms"], "on_p50_ms": b["p50_ms"]})
if sys.argv[4]:
    print(json.dumps({"tracing": rows, "spans_exported": int(sys.argv[3])}, indent=2))
else:
    print("%-8s %10s %10s %8s %10s %10s" % ("CLIENTS", "OFF/S", "ON/S", "ON/OFF", "OFF P50", "ON P50"))
    for r in rows:
        print("%-8d %10.1f %10.1f %7.3f× %8.2fms %8.2fms" % (r["clients"], r["off_per_second"], r["on_per_second"], r["ratio_on_off"], r["off_p50_ms"], r["on_p50_ms"]))
    print("spans exported to hq during the traced run: %s" % sys.argv[3])
PY
