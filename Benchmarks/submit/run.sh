#!/usr/bin/env bash
# Acknowledged durable submits per second with 1 and 16 concurrent clients against a throw-away
# daemon (no cloud: work is queued), beside the raw SQLite ceiling for one-row durable commits on
# the same disk, measured in the same run. Pass a model file to include the encoder pass.
#   Benchmarks/submit/run.sh [--model FILE] [--seconds N] [--json]
set -euo pipefail
cd "$(dirname "$0")/../.."
MODEL=""; SECONDS_ARG=5; JSON=""
while [ $# -gt 0 ]; do case $1 in --model) MODEL=$2; shift 2;; --seconds) SECONDS_ARG=$2; shift 2;; --json) JSON=--json; shift;; *) echo "unknown $1" >&2; exit 2;; esac; done
swift build -c release --product outpostd >/dev/null && swift build -c release --product outpost >/dev/null
BIN=$(swift build -c release --show-bin-path)
DIR=$(mktemp -d /var/tmp/outpost-bench.XXXXXX)
trap 'kill $(cat "$DIR/pid" 2>/dev/null) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$DIR"' EXIT
{ echo "state_dir = \"$DIR/state\""; [ -n "$MODEL" ] && echo "[model]" && echo "path = \"$MODEL\""; echo "[api]"; echo "socket = \"$DIR/api.sock\""; echo "rate_limit_per_minute = 0"; } > "$DIR/outpost.toml"
"$BIN/outpostd" --config "$DIR/outpost.toml" 2>"$DIR/daemon.log" & echo $! > "$DIR/pid"
for _ in $(seq 100); do [ -S "$DIR/api.sock" ] && break; sleep 0.1; done
"$BIN/outpost" bench submit --socket "$DIR/api.sock" --state-dir "$DIR/state" --seconds "$SECONDS_ARG" $JSON
