#!/usr/bin/env bash
# Redaction benchmark: quality and latency on the PHI dev split, on one pinned core.
#   Benchmarks/redaction/run.sh [data.jsonl]
# Env: OUTPOST_BIN (an already built `outpost`), OUTPOST_ENCODER (encoder file; default
# ~/.cache/outpost/minilm-l6.outpost), CORE (default 1), SCRATCH (release build folder).
# Prints the eval table without the encoder (strict and balanced: budget 1 ms p50), the share of
# everyday requests (CLINC150 val) that get an entity,
# and with it (encoder pass + name tagger: budget 4 ms p50), then the latency ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:-../shared/data/phi/dev.jsonl}"
CORE="${CORE:-1}"
ENCODER="${OUTPOST_ENCODER:-${OUTPOST_CACHE:-$HOME/.cache/outpost}/minilm-l6.outpost}"
if [[ -z "${OUTPOST_BIN:-}" ]]; then
    SCRATCH="${SCRATCH:-/tmp/outpost-bench-redact}"
    swift build -c release --scratch-path "$SCRATCH" --product outpost >&2
    OUTPOST_BIN="$SCRATCH/release/outpost"
fi
[[ -f "$DATA" ]] || { echo "no data at $DATA (needs ../shared/data/phi/dev.jsonl)" >&2; exit 66; }

echo "## without encoder (strict: typed detectors, name lists, safe-list recall net)"
taskset -c "$CORE" "$OUTPOST_BIN" redact eval --data "$DATA" || true
echo
echo "## without encoder, balanced mode (no recall net)"
taskset -c "$CORE" "$OUTPOST_BIN" redact eval --data "$DATA" --mode balanced || true
CLINC="${CLINC:-../shared/data/clinc150/val.jsonl}"
if [[ -f "$CLINC" ]]; then
    echo
    echo "## everyday requests without identifiers ($CLINC), strict and balanced"
    python3 Benchmarks/redaction/score.py --everyday "$CLINC" --bin "$OUTPOST_BIN" || true
    python3 Benchmarks/redaction/score.py --everyday "$CLINC" --bin "$OUTPOST_BIN" -- --mode balanced || true
fi
taskset -c "$CORE" "$OUTPOST_BIN" redact eval --data "$DATA" --json > /tmp/redact-bench-plain.json || true
if [[ -f "$ENCODER" ]]; then
    echo
    echo "## with encoder pass + name tagger ($ENCODER)"
    taskset -c "$CORE" "$OUTPOST_BIN" redact eval --data "$DATA" --model "$ENCODER" || true
    taskset -c "$CORE" "$OUTPOST_BIN" redact eval --data "$DATA" --model "$ENCODER" --json > /tmp/redact-bench-model.json || true
    python3 - <<'PY'
import json
a = json.load(open("/tmp/redact-bench-plain.json")); b = json.load(open("/tmp/redact-bench-model.json"))
print()
print("| run | leak texts | no-id texts touched | protected redacted | p50 ms | p95 ms |")
print("|---|---|---|---|---|---|")
for name, r in (("patterns only", a), ("encoder + tagger", b)):
    print(f"| {name} | {r['leakTexts']}/{r['textsWithIdentifiers']} | {r['noIdentifierTextsTouched']}/{r['noIdentifierTexts']} | "
          f"{r['protectedRedacted']}/{r['protectedTotal']} | {r['latencyP50Ms']:.3f} | {r['latencyP95Ms']:.3f} |")
print(f"\nencoder+tagger / patterns-only p50 ratio: {b['latencyP50Ms'] / max(a['latencyP50Ms'], 1e-9):.0f}x")
PY
else
    echo "no encoder at $ENCODER: run scripts/fetch-encoder.sh for the encoder figures" >&2
fi
