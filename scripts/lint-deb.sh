#!/usr/bin/env bash
# Checks a built package with lintian: fails on any error or warning that the package's
# overrides (packaging/debian/lintian-overrides, installed as
# /usr/share/lintian/overrides/outpost) do not cover, and on an override without a comment
# giving its reason. Info, pedantic and overridden tags are printed, never fatal.
#
#   scripts/lint-deb.sh DEB        (e.g. dist/outpost_0.1.0-1_amd64.deb from scripts/build-deb.sh)
#
# Installs lintian with apt-get when it is missing (sudo when not root). Where there is no
# apt-get it says so and exits 0: the check is skipped, not passed. Exit status: 0 clean (or
# skipped), 1 errors/unoverridden warnings/uncommented overrides, 2 usage or lintian could not run.
# Takes about 30 s for the full package (the binaries are large).
set -euo pipefail

die() { echo "lint-deb: $*" >&2; exit 2; }
case ${1:-} in
-h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
"") die "usage: scripts/lint-deb.sh DEB" ;;
esac
[ $# -eq 1 ] || die "usage: scripts/lint-deb.sh DEB"
DEB=$1
[ -f "$DEB" ] || die "no such package: $DEB"

if ! command -v lintian >/dev/null 2>&1; then
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "lint-deb: SKIPPED: lintian is not installed and there is no apt-get to install it" \
            "(not a Debian-like system); $DEB was not checked" >&2
        exit 0
    fi
    SUDO=""
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "lintian is missing; install it (apt-get install lintian) or run as root"
        SUDO=sudo
    fi
    echo "lint-deb: installing lintian (apt-get)" >&2
    if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends lintian >/dev/null 2>&1; then
        $SUDO apt-get update -qq >/dev/null 2>&1 || true
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends lintian >/dev/null \
            || die "apt-get install lintian failed"
    fi
fi

# Every override needs its reason: a comment line in the same paragraph, above it.
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
uncommented=0
if dpkg-deb --fsys-tarfile "$DEB" | tar -xO -f - ./usr/share/lintian/overrides/outpost >"$TMP/overrides" 2>/dev/null; then
    uncommented=$(awk '
        /^[[:space:]]*$/ { reason = 0; next }
        /^[[:space:]]*#/ { reason = 1; next }
        !reason { print "lint-deb: override without a comment giving its reason: " $0 > "/dev/stderr"; n++ }
        END { print n + 0 }' "$TMP/overrides")
fi

# The verdict comes from the printed tags: E: and W: lines are what the overrides left (they show
# overridden tags as O:). Not --fail-on: with --show-overrides it counts overridden tags too.
rc=0
lintian --info --display-info --show-overrides --fail-on none "$DEB" >"$TMP/out" 2>"$TMP/err" || rc=$?
grep -v '^running with root privileges is not recommended!$' "$TMP/err" >&2 || true
[ "$rc" -eq 0 ] || die "lintian could not check $DEB (exit $rc)"
cat "$TMP/out"
errors=$(grep -c '^E: ' "$TMP/out" || true)
warnings=$(grep -c '^W: ' "$TMP/out" || true)
overridden=$(grep -c '^O: ' "$TMP/out" || true)
summary="$errors errors, $warnings warnings not overridden, $overridden overridden, $uncommented overrides without a reason"
if [ "$errors" -ne 0 ] || [ "$warnings" -ne 0 ] || [ "$uncommented" -ne 0 ]; then
    echo "lint-deb: FAIL $(basename "$DEB"): $summary" >&2
    exit 1
fi
echo "lint-deb: PASS $(basename "$DEB"): $summary" >&2
