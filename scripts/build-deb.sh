#!/usr/bin/env bash
# Builds outpost_<version>_<arch>.deb with dpkg-deb: the binaries (release, --static-swift-stdlib:
# the target needs no Swift), the systemd unit, sysusers.d and tmpfiles.d files, a udev rule giving
# /dev/gpiochipN to the gpio group, board files,
# a default config (a conffile: kept on upgrade), and a model set-up helper. Maintainer scripts
# (packaging/debian/, in the shape debhelper writes them) create the user, enable the service,
# keep state and config on remove, and purge removes them. Also: the DEP-5 copyright file, the
# Debian changelog, manual pages outpost(1) and outpostd(8) generated from the binaries' --help
# (scripts/man/gen-man.sh) and the lintian overrides, each with its reason
# (scripts/lint-deb.sh checks the result).
#   scripts/build-deb.sh [OUTDIR]     (default ./dist)
# The version is packaging/debian/changelog's latest entry (<upstream>-<revision>); its upstream
# part must be OutpostVersion.swift's: a new version needs a changelog entry.
# Environment:
#   OUTPOST_DEB_PREBUILT=DIR   package DIR/outpost and DIR/outpostd instead of building them (no
#                              swift build at all); they should be --static-swift-stdlib release
#                              builds: a warning says when one needs the Swift runtime libraries
#   OUTPOST_DEB_SAFELIST=FILE  package FILE as the safe-list instead of running
#                              scripts/safelist/build.sh (slow when the file is not up to date)
#   OUTPOST_DEB_TAGGER=FILE    package FILE as the sequence tagger instead of running scripts/tagger/build.sh
#   OUTPOST_DEB_SCRATCH        scratch path of the static build (default .build-deb)
#   SOURCE_DATE_EPOCH          timestamps in the archive and the manual pages (default: the
#                              changelog entry's date)
set -euo pipefail
cd "$(dirname "$0")/.."
umask 022
OUT=${1:-dist}
UPSTREAM=$(sed -n 's/.*static let string = "\(.*\)".*/\1/p' Sources/OutpostAPI/OutpostVersion.swift)
CHANGELOG=packaging/debian/changelog
VERSION=$(sed -n '1s/^outpost (\([^)]*\)).*/\1/p' "$CHANGELOG")
if [ "${VERSION%-*}" != "$UPSTREAM" ]; then
    echo "build-deb: $CHANGELOG is at $VERSION but OutpostVersion.swift says $UPSTREAM:" \
        "add a changelog entry 'outpost ($UPSTREAM-1)'" >&2
    exit 1
fi
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(date -d "$(sed -n 's/^ -- .*>  //p' "$CHANGELOG" | head -1)" +%s)
fi
export SOURCE_DATE_EPOCH
ARCH=$(dpkg --print-architecture)
MAINTAINER="Outpost Team <outpost@example.org>"
if [ -n "${OUTPOST_DEB_PREBUILT:-}" ]; then
    BIN=$OUTPOST_DEB_PREBUILT
    for b in outpostd outpost; do
        [ -x "$BIN/$b" ] || { echo "build-deb: OUTPOST_DEB_PREBUILT: no executable $BIN/$b" >&2; exit 1; }
    done
else
    # its own scratch path: a static-stdlib link must not share .build/ with the dynamic builds
    SCRATCH=${OUTPOST_DEB_SCRATCH:-.build-deb}
    swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product outpostd >/dev/null
    swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product outpost >/dev/null
    BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)
fi
# the recall net's safe-list, compiled from Debian's hunspell dictionaries
if [ -n "${OUTPOST_DEB_SAFELIST:-}" ]; then
    SAFELIST=$OUTPOST_DEB_SAFELIST
    [ -s "$SAFELIST" ] || { echo "build-deb: OUTPOST_DEB_SAFELIST: no file $SAFELIST" >&2; exit 1; }
else
    SAFELIST=${OUTPOST_CACHE:-$HOME/.cache/outpost}/safelist.bin
    scripts/safelist/build.sh --out "$SAFELIST" >&2
fi
# the sequence tagger's weights (trained on the generated corpus; its features read that safe-list)
if [ -n "${OUTPOST_DEB_TAGGER:-}" ]; then
    TAGGER=$OUTPOST_DEB_TAGGER
    [ -s "$TAGGER" ] || { echo "build-deb: OUTPOST_DEB_TAGGER: no file $TAGGER" >&2; exit 1; }
else
    TAGGER=${OUTPOST_CACHE:-$HOME/.cache/outpost}/tagger.bin
    OUTPOST_SAFELIST="$SAFELIST" scripts/tagger/build.sh --out "$TAGGER" >&2
fi
STAGE=$(mktemp -d); trap 'rm -rf "$STAGE"' EXIT
P="$STAGE/outpost_${VERSION}_${ARCH}"
install -d -m 755 "$P"
install -D -m 755 "$BIN/outpostd" "$P/usr/bin/outpostd"
install -D -m 755 "$BIN/outpost" "$P/usr/bin/outpost"
# as dh_strip does: no symbols, no .comment/.note sections
strip --remove-section=.comment --remove-section=.note --strip-unneeded "$P/usr/bin/outpostd" "$P/usr/bin/outpost"
for b in outpostd outpost; do
    if readelf -d "$P/usr/bin/$b" | grep -q 'NEEDED.*libswiftCore'; then
        echo "build-deb: warning: $b needs the Swift runtime (libswiftCore.so): not a" \
            "--static-swift-stdlib build; the package will not run on a box without Swift" >&2
    fi
done
install -D -m 644 systemd/outpostd.service "$P/lib/systemd/system/outpostd.service"
install -D -m 644 systemd/sysusers.d/outpost.conf "$P/usr/lib/sysusers.d/outpost.conf"
install -D -m 644 systemd/tmpfiles.d/outpost.conf "$P/usr/lib/tmpfiles.d/outpost.conf"
install -D -m 644 packaging/udev/60-outpost-gpio.rules "$P/lib/udev/rules.d/60-outpost-gpio.rules"
install -d "$P/usr/share/outpost/board" && install -m 644 board/*.toml "$P/usr/share/outpost/board/"
# 0644 as shipped (no secret in the default); postinst makes it root:outpost 0640
install -D -m 644 examples/outpost.toml "$P/etc/outpost/outpost.toml"
install -D -m 644 "$SAFELIST" "$P/usr/share/outpost/safelist.bin"
install -D -m 644 "$TAGGER" "$P/usr/share/outpost/tagger.bin"
install -D -m 755 scripts/fetch-encoder.sh "$P/usr/share/outpost/fetch-encoder.sh"
DOC="$P/usr/share/doc/outpost"
install -D -m 644 README.md "$DOC/README.md"
install -D -m 644 packaging/debian/copyright "$DOC/copyright"
gzip -9n <"$CHANGELOG" >"$DOC/changelog.Debian.gz" && chmod 644 "$DOC/changelog.Debian.gz"
install -D -m 644 packaging/debian/lintian-overrides "$P/usr/share/lintian/overrides/outpost"
# manual pages from the packaged binaries' own --help
install -d "$P/usr/share/man/man1" "$P/usr/share/man/man8"
scripts/man/gen-man.sh --commands --extra scripts/man/outpost.1.extra "$P/usr/bin/outpost" 1 \
    "technician CLI for the Outpost edge appliance" | gzip -9n >"$P/usr/share/man/man1/outpost.1.gz"
scripts/man/gen-man.sh --extra scripts/man/outpostd.8.extra "$P/usr/bin/outpostd" 8 \
    "the Outpost edge appliance daemon" | gzip -9n >"$P/usr/share/man/man8/outpostd.8.gz"
chmod 644 "$P/usr/share/man/man1/outpost.1.gz" "$P/usr/share/man/man8/outpostd.8.gz"
install -d "$P/DEBIAN"
install -m 755 packaging/debian/postinst packaging/debian/prerm packaging/debian/postrm "$P/DEBIAN/"
echo "/etc/outpost/outpost.toml" > "$P/DEBIAN/conffiles"
(cd "$P" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) > "$P/DEBIAN/md5sums"
chmod 644 "$P/DEBIAN/conffiles" "$P/DEBIAN/md5sums"
# Shared-library dependencies as dh_shlibdeps finds them (dpkg-dev); the fixed list without it.
SHLIBS="libc6, libgcc-s1, libsqlite3-0, libstdc++6, zlib1g"
if command -v dpkg-shlibdeps >/dev/null; then
    mkdir -p "$STAGE/src/debian"
    printf 'Source: outpost\n\nPackage: outpost\nArchitecture: any\n' >"$STAGE/src/debian/control"
    if line=$(cd "$STAGE/src" && dpkg-shlibdeps -O --ignore-missing-info \
        -e"$P/usr/bin/outpostd" -e"$P/usr/bin/outpost" 2>"$STAGE/shlibdeps.log"); then
        SHLIBS=$(printf '%s\n' "$line" | sed -n 's/^shlibs:Depends=//p')
    else
        cat "$STAGE/shlibdeps.log" >&2; exit 1
    fi
else
    echo "build-deb: no dpkg-shlibdeps (dpkg-dev): Depends uses the fixed list '$SHLIBS'" >&2
fi
SIZE=$(du -sk "$P" --exclude=DEBIAN | cut -f1)
cat > "$P/DEBIAN/control" <<CONTROL
Package: outpost
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $SIZE
Depends: $SHLIBS, systemd
Recommends: libgpiod2 | libgpiod3
Section: net
Priority: optional
Description: edge appliance runtime that keeps identifiers on the box
 outpostd understands requests on the box with an int8 encoder, keeps
 identifiers on the box (typed placeholders, encrypted vault), answers
 locally or queues anonymized work in a durable SQLite outbox for an
 OpenAI-compatible cloud, and shows its state on LEDs.
 .
 outpost is the technician CLI. The encoder model is set up with
 /usr/share/outpost/fetch-encoder.sh.
CONTROL
chmod 644 "$P/DEBIAN/control"
mkdir -p "$OUT"
dpkg-deb --root-owner-group --build "$P" "$OUT/outpost_${VERSION}_${ARCH}.deb" >&2
echo "$OUT/outpost_${VERSION}_${ARCH}.deb"
