#!/usr/bin/env bash
# Time to first token through the box vs. straight from hq, and embeddings per second vs.
# onnxruntime, in one run (Benchmarks/facade/bench.py). Release binaries by default.
#
#   Benchmarks/facade/run.sh [--debug] [--token-delay-ms N] [--chats N] [--count N]
#
# Starts outpost-hq (streaming with N ms between tokens, default 5) and outpostd with the imported
# encoder (or the demo's intent model) on loopback, in a temp directory; a venv in the cache holds
# openai, onnxruntime, numpy and tokenizers. Prints the CPU and kernel path with the figures.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="${OUTPOST_CACHE:-$HOME/.cache/outpost}"
CONFIG=release; DELAY=5; ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --debug) CONFIG=debug; shift ;;
    --token-delay-ms) DELAY="$2"; shift 2 ;;
    --chats|--count) ARGS+=("$1" "$2"); shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
cd "$ROOT"
for product in outpostd outpost-hq outpost; do swift build -c "$CONFIG" --product "$product" >&2; done
BIN="$(swift build -c "$CONFIG" --show-bin-path)"
MODEL="$CACHE/demo-intents.outpost"; [ -f "$MODEL" ] || MODEL="$CACHE/minilm-l6.outpost"
[ -f "$MODEL" ] || { echo "run.sh: no model in $CACHE; run scripts/demo.sh first" >&2; exit 1; }
VENV="$CACHE/bench-venv"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c "import openai, onnxruntime, numpy, tokenizers" 2>/dev/null || "$VENV/bin/pip" install -q openai onnxruntime numpy tokenizers
TMP="$(mktemp -d)"; trap 'kill $HQ $D 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
HQP=$(free_port); BOXP=$(free_port)
echo bench-token > "$TMP/token"
"$BIN/outpost-hq" --listen "127.0.0.1:$HQP" --data "$TMP/hq" --token-delay-ms "$DELAY" >"$TMP/hq.log" 2>&1 & HQ=$!
cat > "$TMP/outpost.toml" <<TOML
state_dir = "$TMP/state"
[model]
path = "$MODEL"
[cloud]
base_url = "http://127.0.0.1:$HQP/v1"
[outbox]
startup_delay_s = 0
initial_rate = 50
max_rate = 200
[api]
listen = "127.0.0.1:$BOXP"
token_file = "$TMP/token"
rate_limit_per_minute = 100000
TOML
"$BIN/outpostd" --config "$TMP/outpost.toml" 2>"$TMP/outpostd.log" & D=$!
for _ in $(seq 100); do curl -sf -H "Authorization: Bearer bench-token" "127.0.0.1:$BOXP/v1/health" >/dev/null && break; sleep 0.2; done
KERNELS=$("$BIN/outpost" bench encoder --model "$MODEL" --runs 1 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["kernels"])')
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; kernels: $KERNELS; build: $CONFIG; hq token delay: ${DELAY} ms" >&2
"$VENV/bin/python" "$ROOT/Benchmarks/facade/bench.py" --box "http://127.0.0.1:$BOXP/v1" --token bench-token --hq "http://127.0.0.1:$HQP/v1" ${ARGS[@]+"${ARGS[@]}"}
