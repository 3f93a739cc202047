#!/usr/bin/env bash
# Builds outpost_<version>_<arch>.deb with dpkg-deb: the binaries (release, --static-swift-stdlib:
# the target needs no Swift), the systemd unit, sysusers.d and tmpfiles.d files, a udev rule giving
# /dev/gpiochipN to the gpio group, board files,
# a default config (a conffile: kept on upgrade), and a model set-up helper. Maintainer scripts
# create the user, enable the service, keep state and config on remove, and purge removes them.
#   scripts/build-deb.sh [OUTDIR]     (default ./dist)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-dist}
VERSION=$(sed -n 's/.*static let string = "\(.*\)".*/\1/p' Sources/OutpostRuntime/OutpostVersion.swift)
ARCH=$(dpkg --print-architecture)
# its own scratch path: a static-stdlib link must not share .build/ with the dynamic builds
SCRATCH=${OUTPOST_DEB_SCRATCH:-.build-deb}
swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product outpostd >/dev/null
swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product outpost >/dev/null
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)
# the recall net's safe-list, compiled from Debian's hunspell dictionaries
SAFELIST=${OUTPOST_CACHE:-$HOME/.cache/outpost}/safelist.bin
scripts/safelist/build.sh --out "$SAFELIST" >&2
STAGE=$(mktemp -d); trap 'rm -rf "$STAGE"' EXIT
P="$STAGE/outpost_${VERSION}_${ARCH}"
install -D -m 755 "$BIN/outpostd" "$P/usr/bin/outpostd"
install -D -m 755 "$BIN/outpost" "$P/usr/bin/outpost"
strip --strip-unneeded "$P/usr/bin/outpostd" "$P/usr/bin/outpost"
install -D -m 644 systemd/outpostd.service "$P/lib/systemd/system/outpostd.service"
install -D -m 644 systemd/sysusers.d/outpost.conf "$P/usr/lib/sysusers.d/outpost.conf"
install -D -m 644 systemd/tmpfiles.d/outpost.conf "$P/usr/lib/tmpfiles.d/outpost.conf"
install -D -m 644 packaging/udev/60-outpost-gpio.rules "$P/lib/udev/rules.d/60-outpost-gpio.rules"
install -d "$P/usr/share/outpost/board" && install -m 644 board/*.toml "$P/usr/share/outpost/board/"
install -D -m 640 examples/outpost.toml "$P/etc/outpost/outpost.toml"
install -D -m 644 "$SAFELIST" "$P/usr/share/outpost/safelist.bin"
install -D -m 755 scripts/fetch-encoder.sh "$P/usr/share/outpost/fetch-encoder.sh"
install -D -m 644 README.md "$P/usr/share/doc/outpost/README.md"
install -d "$P/DEBIAN"
install -m 755 packaging/debian/postinst packaging/debian/prerm packaging/debian/postrm "$P/DEBIAN/"
echo "/etc/outpost/outpost.toml" > "$P/DEBIAN/conffiles"
SIZE=$(du -sk "$P" --exclude=DEBIAN | cut -f1)
cat > "$P/DEBIAN/control" <<CONTROL
Package: outpost
Version: $VERSION
Architecture: $ARCH
Maintainer: Outpost team <outpost@localhost>
Installed-Size: $SIZE
Depends: libc6, libsqlite3-0, systemd
Recommends: libgpiod2 | libgpiod3
Section: net
Priority: optional
Description: Outpost edge appliance runtime
 outpostd understands requests on the box with an int8 encoder, keeps identifiers on the box
 (typed placeholders, encrypted vault), answers locally or queues anonymized work in a durable
 SQLite outbox for an OpenAI-compatible cloud, and shows its state on LEDs. outpost is the
 technician CLI. The encoder model is set up with /usr/share/outpost/fetch-encoder.sh.
CONTROL
mkdir -p "$OUT"
dpkg-deb --root-owner-group --build "$P" "$OUT/outpost_${VERSION}_${ARCH}.deb"
echo "$OUT/outpost_${VERSION}_${ARCH}.deb"
