#!/bin/sh
# Trains the demo intent model (clinic front desk + bank branch, examples/intents) on the
# imported encoder and evaluates it on the validation split.
#   OUT      model file to write (default ${OUTPOST_CACHE:-~/.cache/outpost}/demo-intents.outpost)
#   OUTPOST  the outpost binary (default: on PATH, else .build/release, else .build/debug)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${OUTPOST_CACHE:-$HOME/.cache/outpost}
ENCODER=${OUTPOST_ENCODER:-$CACHE/minilm-l6.outpost}
OUT=${OUT:-$CACHE/demo-intents.outpost}
if [ -z "${OUTPOST:-}" ]; then
    if command -v outpost >/dev/null 2>&1; then OUTPOST=outpost
    elif [ -x "$ROOT/.build/release/outpost" ]; then OUTPOST="$ROOT/.build/release/outpost"
    elif [ -x "$ROOT/.build/debug/outpost" ]; then OUTPOST="$ROOT/.build/debug/outpost"
    else echo "no outpost binary: build it (swift build --product outpost) or set OUTPOST" >&2; exit 2
    fi
fi
[ -f "$ENCODER" ] || "$ROOT/scripts/fetch-encoder.sh"
"$OUTPOST" model train --encoder "$ENCODER" --data "$ROOT/examples/intents/train.jsonl" \
    --val "$ROOT/examples/intents/val.jsonl" --out "$OUT" --seed 1
"$OUTPOST" model eval --model "$OUT" --data "$ROOT/examples/intents/val.jsonl"
printf '%s\n' '{"text":"I think someone stole my debit card"}' '{"text":"can I move my checkup to Friday?"}' \
    '{"text":"what is the tallest mountain in Europe"}' | "$OUTPOST" analyze --model "$OUT"
