#!/usr/bin/env bash
# Build the synthetic de-identification corpus.
#   scripts/redaction-corpus/run.sh [--out DIR] [--n N]
# The venv lives under ${OUTPOST_CACHE:-$HOME/.cache/outpost}/corpus-venv, never in the checkout.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
CACHE="${OUTPOST_CACHE:-$HOME/.cache/outpost}"
OUT="$CACHE/redaction-corpus"
N=40000
SEED=7
FAKER_VERSION=40.63.0

usage() { sed -n '2,4s/^# \{0,1\}//p' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT="${2:?--out needs a directory}"; shift 2 ;;
    --out=*) OUT="${1#--out=}"; shift ;;
    --n) N="${2:?--n needs a number}"; shift 2 ;;
    --n=*) N="${1#--n=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
case "$N" in ''|*[!0-9]*) echo "run.sh: --n must be a positive integer" >&2; exit 2 ;; esac

VENV="$CACHE/corpus-venv"
VENV_ABS="$(realpath -m "$VENV")"
case "$VENV_ABS/" in
  "$(realpath -m "$REPO")"/*) echo "run.sh: refusing to put the venv inside the checkout ($VENV_ABS); set OUTPOST_CACHE elsewhere" >&2; exit 2 ;;
esac
mkdir -p "$CACHE"

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import faker, sys; sys.exit(faker.VERSION != '$FAKER_VERSION')" 2>/dev/null; then
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "faker==$FAKER_VERSION"
fi

PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 exec "$VENV/bin/python" "$HERE/generate.py" --out "$OUT" --seed "$SEED" --n "$N"
