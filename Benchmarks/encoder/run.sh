#!/bin/sh
# Encoder latency: ours (`outpost bench encoder`) against the onnxruntime int8 MiniLM peer
# (../shared/anchors/ort_bench.py), interleaved in the same run, batch 1, one thread,
# pinned to one core. Prints each round and a JSON summary with the ratio ours/peer.
#
# usage: Benchmarks/encoder/run.sh [MODEL]
#   MODEL        default $OUTPOST_ENCODER, else ${OUTPOST_CACHE:-~/.cache/outpost}/minilm-l6.outpost
#   OUTPOST      the outpost binary (default: on PATH, else .build/release, else .build/debug)
#   ORT_PYTHON   python with onnxruntime+tokenizers+numpy (default: a venv made in the cache)
#   BENCH_CPU    core to pin to (default 1); ROUNDS (default 3); RUNS (default 300);
#   REPEAT       repeat the sentence (1 = 20 tokens, 6 = 110 tokens)
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${OUTPOST_CACHE:-$HOME/.cache/outpost}
MODEL=${1:-${OUTPOST_ENCODER:-$CACHE/minilm-l6.outpost}}
SHARED=${OUTPOST_SHARED:-$ROOT/../shared}
CPU=${BENCH_CPU:-1}
ROUNDS=${ROUNDS:-3}
RUNS=${RUNS:-300}
REPEAT=${REPEAT:-1}
if [ -z "${OUTPOST:-}" ]; then
    if command -v outpost >/dev/null 2>&1; then OUTPOST=outpost
    elif [ -x "$ROOT/.build/release/outpost" ]; then OUTPOST="$ROOT/.build/release/outpost"
    elif [ -x "$ROOT/.build/debug/outpost" ]; then OUTPOST="$ROOT/.build/debug/outpost"
    else echo "no outpost binary: build it (swift build -c release --product outpost) or set OUTPOST" >&2; exit 2
    fi
fi
[ -f "$MODEL" ] || { echo "no model at $MODEL: run scripts/fetch-encoder.sh first" >&2; exit 2; }
[ -f "$SHARED/anchors/ort_bench.py" ] || { echo "no peer at $SHARED/anchors/ort_bench.py (set OUTPOST_SHARED)" >&2; exit 2; }
PY=${ORT_PYTHON:-$CACHE/ortvenv/bin/python}
if [ ! -x "$PY" ]; then
    echo "creating the peer's venv in $CACHE/ortvenv …" >&2
    python3 -m venv "$CACHE/ortvenv"
    "$CACHE/ortvenv/bin/pip" install -q onnxruntime tokenizers numpy
    PY="$CACHE/ortvenv/bin/python"
fi
PIN=""
command -v taskset >/dev/null 2>&1 && PIN="taskset -c $CPU"
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
i=1
while [ "$i" -le "$ROUNDS" ]; do
    ours=$($PIN "$OUTPOST" bench encoder --model "$MODEL" --runs "$RUNS" --repeat "$REPEAT" --json)
    peer=$($PIN "$PY" "$SHARED/anchors/ort_bench.py" "$RUNS" "$REPEAT")
    echo "round $i ours $ours"
    echo "round $i peer $peer"
    echo "$ours" >> "$OUT.ours"
    echo "$peer" >> "$OUT.peer"
    i=$((i + 1))
done
python3 - "$OUT.ours" "$OUT.peer" <<'PY'
import json, statistics, sys
ours = [json.loads(l) for l in open(sys.argv[1])]
peer = [json.loads(l) for l in open(sys.argv[2])]
o = statistics.median(r["p50_ms"] for r in ours)
p = statistics.median(r["p50_ms"] for r in peer)
print(json.dumps({"tokens": ours[0]["tokens"], "ours_p50_ms": round(o, 3), "peer_p50_ms": round(p, 3),
                  "ratio_ours_over_peer": round(o / p, 3), "ours_p99_ms": round(statistics.median(r["p99_ms"] for r in ours), 3),
                  "peer_p99_ms": round(statistics.median(r["p99_ms"] for r in peer), 3),
                  "ours_peak_rss_mb": max(r["peak_rss_mb"] for r in ours), "kernels": ours[0].get("kernels")}))
PY
rm -f "$OUT.ours" "$OUT.peer"
