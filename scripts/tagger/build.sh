#!/usr/bin/env bash
# Build the weight file of the sequence tagger (layer 2 of the redactor: persons and places).
#
#   scripts/tagger/build.sh [--out FILE] [--outpost BIN] [--force]
#
# Reproducible from the repository: generates the synthetic corpus (scripts/redaction-corpus, Faker
# at training time only) when it is missing, needs the compiled safe-list the features read
# (scripts/safelist/build.sh), adds CLINC150's train split as texts without names when ../shared
# has it, and trains with `outpost redact train-sequence-tagger` (deterministic; about two minutes
# on one core of a debug build). Skips the work ("up to date") when FILE exists and was trained
# from the same inputs: the sha256 of the corpus train split, of the safe-list, of the negatives,
# and of the tagger's Swift sources (recorded in FILE.inputs).
set -euo pipefail

die() { echo "tagger: error: $*" >&2; exit 1; }
say() { echo "tagger: $*" >&2; }

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CACHE="${OUTPOST_CACHE:-$HOME/.cache/outpost}"
OUT="$CACHE/tagger.bin"
OUTPOST_BIN="${OUTPOST:-}"
FORCE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --out) [ $# -ge 2 ] || die "--out needs a file name"; OUT="$2"; shift 2 ;;
    --out=*) OUT="${1#--out=}"; shift ;;
    --outpost) [ $# -ge 2 ] || die "--outpost needs a binary"; OUTPOST_BIN="$2"; shift 2 ;;
    --force) FORCE=1; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (usage: build.sh [--out FILE] [--outpost BIN] [--force])" ;;
  esac
done
case "$OUT" in /*) ;; *) OUT="$PWD/$OUT" ;; esac
case "$(dirname "$OUT")/" in "$ROOT"/*) die "refusing to write $OUT inside the checkout; use a path outside $ROOT" ;; esac
mkdir -p "$(dirname "$OUT")"

SAFELIST="${OUTPOST_SAFELIST:-$CACHE/safelist.bin}"
if [ ! -f "$SAFELIST" ]; then
  say "no safe-list at $SAFELIST: building it"
  "$ROOT/scripts/safelist/build.sh" --out "$SAFELIST" >&2 || die "the safe-list could not be built; the tagger's features need it"
fi
CORPUS="$CACHE/redaction-corpus"
if [ ! -f "$CORPUS/train.jsonl" ]; then
  say "generating the synthetic corpus into $CORPUS"
  "$ROOT/scripts/redaction-corpus/run.sh" --out "$CORPUS" >&2 || die "the corpus could not be generated"
fi
NEG="$ROOT/../shared/data/clinc150/train.jsonl"
NEG_ARGS=()
if [ -f "$NEG" ]; then NEG_ARGS=(--negatives "$NEG"); else NEG="absent"; say "no $NEG: training without negative texts"; fi

if [ -z "$OUTPOST_BIN" ]; then
  (cd "$ROOT" && swift build --product outpost >&2) || die "swift build --product outpost failed"
  OUTPOST_BIN="$(cd "$ROOT" && swift build --show-bin-path)/outpost"
fi
[ -x "$OUTPOST_BIN" ] || die "$OUTPOST_BIN is not an executable outpost binary"

sha() { if [ -f "$1" ]; then sha256sum "$1" | cut -d' ' -f1; else echo absent; fi; }
SOURCES=$(cd "$ROOT" && cat Sources/OutpostRedaction/Tagger/Sequence*.swift Sources/outpost/Redact/RedactTrainSequenceTaggerCommand.swift \
  Sources/OutpostBench/Training/SequenceTaggerTrainer.swift Sources/OutpostBench/Training/TaggerAugmentation.swift | sha256sum | cut -d' ' -f1)
INPUTS="corpus=$(sha "$CORPUS/train.jsonl") safelist=$(sha "$SAFELIST") negatives=$(sha "$NEG") sources=$SOURCES"
if [ "$FORCE" = 0 ] && [ -f "$OUT" ] && [ -f "$OUT.inputs" ] && [ "$(cat "$OUT.inputs")" = "$INPUTS" ]; then
  say "up to date: $OUT"
  exit 0
fi
say "training into $OUT"
TMP="$OUT.tmp.$$"
trap 'rm -f "$TMP"' EXIT
"$OUTPOST_BIN" redact train-sequence-tagger --corpus "$CORPUS/train.jsonl" ${NEG_ARGS[@]+"${NEG_ARGS[@]}"} \
  --safelist "$SAFELIST" --out "$TMP" >&2
mv "$TMP" "$OUT"
printf '%s' "$INPUTS" > "$OUT.inputs"
say "wrote $OUT"
