#!/usr/bin/env bash
# Retrain the redaction name tagger on the imported encoder and regenerate its embedded weights.
#   scripts/train-name-tagger.sh [model-file] [names-dir]
# Defaults: $OUTPOST_ENCODER or ~/.cache/outpost/minilm-l6.outpost, ../shared/data/names.
# Needs the encoder (scripts/fetch-encoder.sh) and the Census lists; the result is committed,
# so a fresh box needs neither.
set -euo pipefail
cd "$(dirname "$0")/.."
MODEL="${1:-${OUTPOST_ENCODER:-${OUTPOST_CACHE:-$HOME/.cache/outpost}/minilm-l6.outpost}}"
NAMES="${2:-../shared/data/names}"
SCRATCH="${OUTPOST_SCRATCH:-/tmp/outpost-tagger-build}"
swift build -c release --scratch-path "$SCRATCH" --product outpost
"$SCRATCH/release/outpost" redact train-tagger --model "$MODEL" --names "$NAMES" \
    --out Sources/OutpostRedaction/Tagger/TaggerWeights.swift
