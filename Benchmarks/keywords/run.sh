#!/usr/bin/env bash
# Keyword extraction benchmark: ours (`outpost keywords eval`, encoder included, one core) and
# the YAKE peer on the same data in the same run, then the throughput ratio.
#   Benchmarks/keywords/run.sh [DATA.jsonl] [MODEL.outpost]
# Needs: a built `outpost` ($OUTPOST_BIN, default .build/release/outpost), a python with
# `yake` and `nltk` ($OUTPOST_PYTHON, default python3; the peer is skipped when missing).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
data="${1:-$repo/../shared/data/keyphrase/inspec_dev.jsonl}"
model="${2:-}"
bin="${OUTPOST_BIN:-$repo/.build/release/outpost}"
py="${OUTPOST_PYTHON:-python3}"
cpu="${BENCH_CPU:-1}"
[ -f "$data" ] || { echo "no data at $data (needs ../shared)"; exit 66; }
args=(keywords eval --data "$data" --json)
[ -n "$model" ] && args+=(--model "$model")
ours="$(taskset -c "$cpu" "$bin" "${args[@]}")"
echo "$ours"
if "$py" -c 'import yake, nltk' 2>/dev/null; then
    peer="$(taskset -c "$cpu" "$py" "$here/yake_peer.py" "$data")"
    echo "$peer"
    "$py" - "$ours" "$peer" <<'PY'
import json, sys
o, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(json.dumps({"f1_at_10_delta": round(o["f1_at_10"] - p["f1_at_10"], 2),
                  "throughput_ratio_vs_peer": round(o["documents_per_second"] / p["documents_per_second"], 2)}))
PY
else
    echo "peer skipped: $py lacks yake/nltk (pip install yake nltk)"
fi
